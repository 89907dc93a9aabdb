import {
  DiscordAPIError,
  RESTJSONErrorCodes,
  Routes,
  type APIChannel,
  type APIMessage,
  type REST,
} from 'discord.js';
import { PostError } from '../delivery/digest-poster.js';
import type { DmPoster, FollowDm } from '../delivery/follow-dm.js';
import { localize, t } from '../i18n/index.js';
import type { ButtonRow, Reply } from '../reply/reply.js';
import { emphasis, strong, text, type Span } from '../reply/rich-text.js';
import { truncate } from '../reply/truncate.js';
import { encodeCustomId } from './custom-ids.js';
import { DISCORD_LIMITS as L } from './limits.js';
import { replyPayload } from './reply-payload.js';

const MAX_TITLE = 120;
const MAX_LEDE = 120;

/**
 * Errors that mean "this user cannot be sent DMs until they act" (DMs from server members closed, the bot
 * blocked, no server shared any more): the user's follows are paused, not deleted, and they are told on their
 * next command.
 */
const PAUSING_ERRORS: ReadonlyMap<number, string> = new Map([
  [RESTJSONErrorCodes.CannotSendMessagesToThisUser, 'Cannot send messages to this user'],
  [
    RESTJSONErrorCodes.CannotSendMessagesToThisUserDueToHavingNoMutualGuilds,
    'Cannot send messages to this user: no server in common',
  ],
  [RESTJSONErrorCodes.UnknownUser, 'Unknown User'],
]);

/**
 * A follow DM as a reply: one card listing each story (title, the keyword that matched, its lede) and an
 * "open" button per story (the digest's `summary:<id>` button, which works in a DM too).
 */
export function followDmReply(dm: FollowDm, locale: string): Reply {
  const body: Span[] = [];
  dm.items.forEach((item, i) => {
    if (i > 0) body.push(text('\n\n'));
    body.push(
      strong(`${i + 1}. ${truncate(item.title, MAX_TITLE)}`),
      text(' · '),
      emphasis(t(locale, 'follow.dm.matched', { keyword: item.keyword })),
    );
    const lede = item.lede.replace(/\s+/g, ' ').trim();
    if (lede) body.push(text(`\n${truncate(lede, MAX_LEDE)}`));
  });
  if (dm.more > 0) body.push(text('\n\n'), ...localize(locale, 'follow.dm.more', { count: dm.more }));
  const controls: ButtonRow[] = [];
  dm.items.forEach((item, i) => {
    if (i % L.buttonsPerRow === 0) controls.push({ kind: 'buttons', buttons: [] });
    controls.at(-1)!.buttons.push({
      id: encodeCustomId({ kind: 'summary', articleId: item.articleId }),
      label: t(locale, 'follow.dm.open', { n: i + 1 }),
    });
  });
  return {
    cards: [
      {
        title: t(locale, 'follow.dm.heading', { count: dm.items.length + dm.more }),
        body,
        footer: t(locale, 'follow.dm.footer'),
      },
    ],
    controls: controls.slice(0, L.rowsPerMessage),
  };
}

/** A failed DM as a PostError: pause the user's follows, or retry at the next run. */
export function classifyDmError(err: unknown): PostError {
  if (err instanceof DiscordAPIError) {
    const code = typeof err.code === 'number' ? err.code : Number(err.code);
    const known = PAUSING_ERRORS.get(code);
    if (known) return new PostError('pause', `${known} (${code})`, { cause: err });
    return new PostError('retry', `HTTP ${err.status} (${err.code}): ${err.message}`.slice(0, 300), {
      cause: err,
    });
  }
  return new PostError('retry', (err instanceof Error ? err.message : String(err)).slice(0, 300), {
    cause: err,
  });
}

export interface DmPosterOptions {
  /** discord.js's REST client (`client.rest`): it queues per rate-limit bucket and waits out 429s. */
  rest: Pick<REST, 'post'>;
  /** The language of a DM for the server the user followed from (its preferred locale); default English. */
  localeFor?: (guildId: string | null) => string;
}

/**
 * The discord.js adapter of {@link DmPoster}: opens (once per user, then remembered) the DM channel with
 * POST /users/@me/channels, then posts the message there with the DM's nonce enforced and no mentions.
 */
export function createDmPoster(options: DmPosterOptions): DmPoster {
  const { rest } = options;
  const channels = new Map<string, string>();

  async function dmChannel(userId: string): Promise<string> {
    const known = channels.get(userId);
    if (known) return known;
    const channel = (await rest.post(Routes.userChannels(), {
      body: { recipient_id: userId },
    })) as APIChannel;
    channels.set(userId, channel.id);
    return channel.id;
  }

  return {
    async send(dm) {
      const locale = options.localeFor?.(dm.guildId) ?? 'en-US';
      const body = {
        ...replyPayload(followDmReply(dm, locale)),
        nonce: dm.nonce,
        enforce_nonce: true,
        allowed_mentions: { parse: [] },
      };
      try {
        const created = (await rest.post(Routes.channelMessages(await dmChannel(dm.userId)), {
          body,
        })) as APIMessage;
        return created.id;
      } catch (err) {
        throw classifyDmError(err);
      }
    },
  };
}

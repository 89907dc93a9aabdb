import {
  DiscordAPIError,
  RESTJSONErrorCodes,
  Routes,
  SnowflakeUtil,
  type APIMessage,
  type REST,
} from 'discord.js';
import { PostError, type DigestPoster } from '../delivery/digest-poster.js';
import { realSleep } from '../delivery/fan-out.js';
import { messageNonce } from '../digest/nonce.js';
import type { Digest } from '../digest/types.js';
import { renderDigestMessages, type DigestMessage, type DigestRenderOptions } from './digest-message.js';

/**
 * Discord errors that mean "this bot cannot post in this channel until someone acts": retrying is pointless,
 * so the subscription is paused with the reason.
 */
const PAUSING_ERRORS: ReadonlyMap<number, string> = new Map([
  [RESTJSONErrorCodes.MissingAccess, 'Missing Access'],
  [RESTJSONErrorCodes.MissingPermissions, 'Missing Permissions'],
  [RESTJSONErrorCodes.UnknownChannel, 'Unknown Channel'],
]);

export interface ChannelPosterOptions {
  /** discord.js's REST client (`client.rest`): it queues per rate-limit bucket, waits out 429s and retries 5xx. */
  rest: Pick<REST, 'post' | 'get'>;
  /**
   * The bot's user id (`client.user.id`). With it the poster can tell whether a digest claimed before a
   * crash already reached the channel; without it, resuming relies on the nonce alone. A function is read
   * at use, so the poster can be built before login: `() => client.user?.id`.
   */
  botUserId?: string | (() => string | undefined);
  /** The digest's language (Chinese for any zh-* locale); default English. */
  locale?: string;
  /**
   * Per-channel language, e.g. from the guild's preferred locale:
   * `(id) => (client.channels.cache.get(id) as GuildChannel | undefined)?.guild.preferredLocale ?? 'en'`.
   */
  localeFor?: (channelId: string) => string;
  /** Paper name and layout limits of every digest (PAPER_NAME, DIGEST_* settings). */
  display?: DigestRenderOptions;
  /**
   * Extra attempts, with exponential back-off, after discord.js's own immediate 5xx retries are used up; a post
   * still failing after that is recorded as failed and retried at the next scheduler run.
   */
  retries?: number;
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** How a REST failure should be handled: pause the subscription, or retry (now, if `transient`, or next run). */
export function classifyPostError(err: unknown): { error: PostError; transient: boolean } {
  if (err instanceof DiscordAPIError) {
    const code = typeof err.code === 'number' ? err.code : Number(err.code);
    const known = PAUSING_ERRORS.get(code);
    if (known)
      return { error: new PostError('pause', `${known} (${code})`, { cause: err }), transient: false };
    // A 403/404 without a known code still means the channel is out of reach.
    if (err.status === 403 || err.status === 404)
      return {
        error: new PostError('pause', `HTTP ${err.status}: ${err.message}`.slice(0, 200), { cause: err }),
        transient: false,
      };
    // Other 4xx will not fix themselves within seconds; record them and let the next run try again.
    return {
      error: new PostError('retry', `HTTP ${err.status} (${err.code}): ${err.message}`.slice(0, 300), {
        cause: err,
      }),
      transient: false,
    };
  }
  // HTTPError (5xx after discord.js's retries), timeouts and network errors.
  const status = (err as { status?: unknown } | null)?.status;
  const what = err instanceof Error ? err.message : String(err);
  return {
    error: new PostError(
      'retry',
      (typeof status === 'number' ? `HTTP ${status}: ${what}` : what).slice(0, 300),
      { cause: err },
    ),
    transient: true,
  };
}

/**
 * The discord.js adapter of {@link DigestPoster}: posts a digest through the REST client (no channel fetch, so
 * one request per message), each message with its own deterministic nonce, `enforce_nonce` and no mentions.
 */
export function createChannelPoster(options: ChannelPosterOptions): DigestPoster {
  const { rest } = options;
  const retries = options.retries ?? 2;
  const backoffMs = options.backoffMs ?? 2_000;
  const sleep = options.sleep ?? realSleep;

  const postOne = async (channelId: string, message: DigestMessage, nonce: string): Promise<string> => {
    const body = { ...message, nonce, enforce_nonce: true, allowed_mentions: { parse: [] } };
    for (let attempt = 0; ; attempt++) {
      try {
        const created = (await rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
        return created.id;
      } catch (err) {
        const { error, transient } = classifyPostError(err);
        if (!transient || attempt >= retries) throw error;
        // Safe to repeat: the nonce makes Discord return the first message if that one did get through.
        await sleep(backoffMs * 2 ** attempt);
      }
    }
  };

  const render = (channelId: string, digest: Digest): DigestMessage[] =>
    renderDigestMessages(digest, options.localeFor?.(channelId) ?? options.locale ?? 'en', options.display);

  return {
    async findPosted(channelId: string, digest: Digest, since: Date): Promise<string[] | null> {
      const botUserId = typeof options.botUserId === 'function' ? options.botUserId() : options.botUserId;
      if (!botUserId) return null;
      const expected = render(channelId, digest);
      // A minute of slack for clock skew between this host and Discord's snowflake timestamps.
      const after = SnowflakeUtil.generate({ timestamp: since.getTime() - 60_000 }).toString();
      let history: APIMessage[];
      try {
        history = (await rest.get(Routes.channelMessages(channelId), {
          query: new URLSearchParams({ after, limit: '100' }),
        })) as APIMessage[];
      } catch {
        return null; // No history access: fall back to the nonce.
      }
      const mine = history
        .filter((m) => m.author.id === botUserId)
        .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
      const start = mine.findIndex(
        (m) => m.content === expected[0]?.content && m.embeds.length === expected[0]?.embeds.length,
      );
      if (start < 0) return null;
      const run = mine.slice(start, start + expected.length);
      const same =
        run.length === expected.length &&
        run.every((m, i) => m.embeds[0]?.title === expected[i]?.embeds[0]?.title);
      return same ? run.map((m) => m.id) : null;
    },

    async post(channelId: string, digest: Digest, nonce: string): Promise<string[]> {
      const ids: string[] = [];
      const messages = render(channelId, digest);
      for (const [i, message] of messages.entries())
        ids.push(await postOne(channelId, message, messageNonce(nonce, i)));
      return ids;
    },
  };
}

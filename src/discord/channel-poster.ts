import { Routes, type APIMessage, type REST } from 'discord.js';
import type { DigestPoster, PostTarget } from '../delivery/digest-poster.js';
import { realSleep } from '../delivery/fan-out.js';
import { messageNonce } from '../digest/nonce.js';
import type { Digest } from '../digest/types.js';
import type { Logger } from '../logger.js';
import { renderDigestMessages, type DigestMessage, type DigestRenderOptions } from './digest-message.js';
import { findRun } from './channel-history.js';
import { classifyPostError } from './post-error.js';
import { createThreadPoster, type ForumTag, type PostOne } from './thread-poster.js';

// Where they were before threads and forums came: the poster's error rules, for callers and tests.
export { classifyPostError } from './post-error.js';

export interface ChannelPosterOptions {
  /** discord.js's REST client (`client.rest`): it queues per rate-limit bucket, waits out 429s and retries 5xx. */
  rest: Pick<REST, 'post' | 'get'>;
  /**
   * The bot's user id (`client.user.id`). With it the poster can tell whether a digest claimed before a
   * crash already reached the channel; without it, resuming relies on the nonce alone. A function is read
   * at use, so the poster can be built before login: `() => client.user?.id`.
   */
  botUserId?: string | (() => string | undefined);
  /**
   * A forum's tags (`(client.channels.cache.get(id) as ForumChannel | undefined)?.availableTags`), to turn a
   * subscription's tag name into the id Discord wants; without it (or when it knows nothing) the forum is
   * fetched once per post.
   */
  forumTags?: (forumId: string) => readonly ForumTag[] | undefined;
  /** Where a forum tag that no longer exists is reported (the post then goes without it). */
  logger?: Pick<Logger, 'warn'>;
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

/**
 * The discord.js adapter of {@link DigestPoster}: posts a digest through the REST client (no channel fetch, so
 * one request per message), each message with its own deterministic nonce, `enforce_nonce` and no mentions.
 * Thread and forum destinations go through src/discord/thread-poster.ts.
 */
export function createChannelPoster(options: ChannelPosterOptions): DigestPoster {
  const { rest } = options;
  const retries = options.retries ?? 2;
  const backoffMs = options.backoffMs ?? 2_000;
  const sleep = options.sleep ?? realSleep;
  const botUserId = (): string | undefined =>
    typeof options.botUserId === 'function' ? options.botUserId() : options.botUserId;

  const postOne: PostOne = async (channelId, message, nonce) => {
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

  const localeOf = (channelId: string): string => options.localeFor?.(channelId) ?? options.locale ?? 'en';
  const render = (channelId: string, digest: Digest): DigestMessage[] =>
    renderDigestMessages(digest, localeOf(channelId), options.display);
  const threads = createThreadPoster({
    rest,
    postOne,
    botUserId,
    localeOf,
    paperName: options.display?.paperName,
    forumTags: options.forumTags,
    logger: options.logger,
    retries,
    backoffMs,
    sleep,
  });

  return {
    async findPosted(target: PostTarget, digest: Digest, since: Date): Promise<string[] | null> {
      const expected = render(target.channelId, digest);
      if (target.destination === 'messages')
        return findRun(rest, botUserId(), target.channelId, expected, since);
      return threads.findPosted(target, expected, since);
    },

    async post(target: PostTarget, digest: Digest, nonce: string): Promise<string[]> {
      const messages = render(target.channelId, digest);
      if (target.destination === 'thread') return threads.postInThread(target, messages, nonce);
      if (target.destination === 'forum') return threads.postInForum(target, messages, nonce);
      const ids: string[] = [];
      for (const [i, message] of messages.entries())
        ids.push(await postOne(target.channelId, message, messageNonce(nonce, i)));
      return ids;
    },
  };
}

import type { Digest } from '../digest/types.js';
import type { Destination } from '../store/types.js';

/**
 * Where one delivery goes. `messages`: the digest's messages in the channel. `thread`: a short header message
 * in the channel, a thread started from it, the messages inside. `forum`: one post in the forum channel, the
 * first message as its starter, the rest inside it.
 */
export interface PostTarget {
  channelId: string;
  guildId: string;
  /** The delivery's local day, `YYYY-MM-DD`: the thread or forum post is titled with it. */
  day: string;
  destination: Destination;
  /** Forum posts: the name of the forum tag to apply, or null. */
  forumTag: string | null;
  /** The thread or forum post this delivery already recorded (a resumed delivery), else null. */
  threadId: string | null;
  /**
   * Set when this attempt resumes a delivery claimed before (at this instant): something may already be
   * posted, so a thread or forum post is looked for before one is created (their creation takes no nonce).
   */
  resumedFrom: Date | null;
  /** Called as soon as the thread or forum post is known (created or found), before anything is posted in it. */
  onThread(threadId: string): void;
}

/**
 * The port the delivery job posts through. The discord.js adapter lives in src/discord/channel-poster.ts;
 * tests may pass their own.
 */
export interface DigestPoster {
  /**
   * Posts `digest` to the target, as one message or as few as Discord's limits allow, each with a nonce derived
   * from `nonce` and enforced, and returns the digest's message ids in order (a thread's header not included).
   * Throws a {@link PostError} on failure.
   */
  post(target: PostTarget, digest: Digest, nonce: string): Promise<string[]>;
  /**
   * Optional: the ids of this digest's messages if the bot already posted all of them to the target at or
   * after `since`, else null. Asked when resuming a delivery claimed longer ago than Discord's nonce window
   * ("a few minutes"), where the nonce alone would no longer stop a second copy.
   */
  findPosted?(target: PostTarget, digest: Digest, since: Date): Promise<string[] | null>;
}

/**
 * What to do about a failed post: `pause` the subscription (the bot cannot post there until an admin acts),
 * or `retry` at the next run.
 */
export type PostErrorAction = 'pause' | 'retry';

export class PostError extends Error {
  constructor(
    readonly action: PostErrorAction,
    /** A short human reason, shown in /digest list, e.g. `Missing Permissions (50013)`. */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
    this.name = 'PostError';
  }
}

/** Any thrown value as a PostError; unknown failures are retried, never silently dropped. */
export function toPostError(err: unknown): PostError {
  if (err instanceof PostError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new PostError('retry', message.slice(0, 300) || 'Unknown error', { cause: err });
}

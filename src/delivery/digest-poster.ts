import type { Digest } from '../digest/types.js';

/**
 * The port the delivery job posts through. The discord.js adapter lives in src/discord/channel-poster.ts;
 * tests may pass their own.
 */
export interface DigestPoster {
  /**
   * Posts `digest` to a channel, as one message or as few as Discord's limits allow, each with a nonce derived
   * from `nonce` and enforced, and returns the message ids in order. Throws a {@link PostError} on failure.
   */
  post(channelId: string, digest: Digest, nonce: string): Promise<string[]>;
  /**
   * Optional: the ids of this digest's messages if the bot already posted all of them in the channel at or
   * after `since`, else null. Asked when resuming a delivery claimed longer ago than Discord's nonce window
   * ("a few minutes"), where the nonce alone would no longer stop a second copy.
   */
  findPosted?(channelId: string, digest: Digest, since: Date): Promise<string[] | null>;
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

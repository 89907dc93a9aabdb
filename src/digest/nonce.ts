import { createHash } from 'node:crypto';

/** Discord accepts a message nonce of at most 25 characters. */
export const MAX_NONCE_LENGTH = 25;

function digest25(input: string): string {
  // 'd' + 24 base64url chars = 144 bits: collisions between (channel, day) pairs are not a practical concern.
  return (
    'd' +
    createHash('sha256')
      .update(input)
      .digest('base64url')
      .slice(0, MAX_NONCE_LENGTH - 1)
  );
}

/**
 * The deterministic nonce for one channel's digest on one local day. The same (channel, day) always gives the
 * same nonce, so a post retried after a crash is recognised by Discord (`enforce_nonce`) and not created twice.
 */
export function deliveryNonce(channelId: string, day: string): string {
  return digest25(`digest:${channelId}:${day}`);
}

/**
 * The nonce of message `index` of a digest that had to be split: the first message uses the delivery nonce
 * itself, later ones a nonce derived from it, so each message is deduplicated on its own.
 */
export function messageNonce(baseNonce: string, index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`Message index must be a whole number ≥ 0`);
  return index === 0 ? baseNonce : digest25(`${baseNonce}#${index}`);
}

import { describe, expect, it } from 'vitest';
import { deliveryNonce, MAX_NONCE_LENGTH, messageNonce } from '../../src/digest/nonce.js';

describe('deliveryNonce', () => {
  it('is the same for the same channel and day, and fits Discord’s 25 characters', () => {
    const n = deliveryNonce('123456789012345678', '2024-07-30');
    expect(n).toBe(deliveryNonce('123456789012345678', '2024-07-30'));
    expect(n.length).toBeLessThanOrEqual(MAX_NONCE_LENGTH);
  });

  it('differs between days and between channels', () => {
    const seen = new Set<string>();
    for (let c = 0; c < 200; c++)
      for (const day of ['2024-07-30', '2024-07-31']) seen.add(deliveryNonce(`1000000000000000${c}`, day));
    expect(seen.size).toBe(400);
  });
});

describe('messageNonce', () => {
  it('uses the delivery nonce for the first message and distinct derived ones after it', () => {
    const base = deliveryNonce('1', '2024-07-30');
    expect(messageNonce(base, 0)).toBe(base);
    const later = [1, 2, 3].map((i) => messageNonce(base, i));
    expect(new Set([base, ...later]).size).toBe(4);
    for (const n of later) expect(n.length).toBeLessThanOrEqual(MAX_NONCE_LENGTH);
    expect(messageNonce(base, 2)).toBe(later[1]);
  });

  it('rejects a negative index', () => {
    expect(() => messageNonce('x', -1)).toThrow(RangeError);
  });
});

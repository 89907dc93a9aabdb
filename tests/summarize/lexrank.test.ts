import { describe, expect, it } from 'vitest';
import { cosine, lexRank } from '../../src/summarize/lexrank.js';

describe('cosine', () => {
  it('is 1 for parallel vectors and 0 for disjoint ones', () => {
    expect(
      cosine(
        new Map([
          ['甲', 1],
          ['乙', 2],
        ]),
        new Map([
          ['甲', 2],
          ['乙', 4],
        ]),
      ),
    ).toBeCloseTo(1);
    expect(cosine(new Map([['甲', 1]]), new Map([['乙', 1]]))).toBe(0);
    expect(cosine(new Map(), new Map([['乙', 1]]))).toBe(0);
  });
});

describe('lexRank', () => {
  it('ranks the hub of a star graph first', () => {
    const s = [
      [0, 0.5, 0.5, 0.5],
      [0.5, 0, 0, 0],
      [0.5, 0, 0, 0],
      [0.5, 0, 0, 0],
    ];
    const scores = lexRank(s);
    expect(scores[0]).toBeGreaterThan(scores[1] as number);
    expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it('falls back to the prior when sentences share nothing', () => {
    const none = [
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ];
    const scores = lexRank(none, [3, 2, 1]);
    expect(scores[0]).toBeCloseTo(0.5);
    expect(scores[2]).toBeCloseTo(1 / 6);
  });

  it('returns nothing for no sentences', () => {
    expect(lexRank([])).toEqual([]);
  });
});

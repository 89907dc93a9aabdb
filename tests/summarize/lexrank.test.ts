import { describe, expect, it } from 'vitest';
import { cosine, lexRank, sparseCosine, sparseVector } from '../../src/summarize/lexrank.js';

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

describe('sparseCosine', () => {
  it('agrees with the Map cosine whatever order the ids come in', () => {
    const a = sparseVector([7, 2, 5], [1.5, 2, 0.5]);
    const b = sparseVector([5, 9, 2], [3, 1, 0.25]);
    const expected = cosine(
      new Map([
        ['7', 1.5],
        ['2', 2],
        ['5', 0.5],
      ]),
      new Map([
        ['5', 3],
        ['9', 1],
        ['2', 0.25],
      ]),
    );
    expect(expected).toBeGreaterThan(0);
    expect(sparseCosine(a, b)).toBeCloseTo(expected, 12);
    expect(sparseCosine(b, a)).toBeCloseTo(expected, 12);
  });

  it('is 0 for disjoint or empty vectors', () => {
    expect(sparseCosine(sparseVector([1], [1]), sparseVector([2], [1]))).toBe(0);
    expect(sparseCosine(sparseVector([], []), sparseVector([2], [1]))).toBe(0);
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

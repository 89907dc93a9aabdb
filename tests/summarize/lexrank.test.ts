import { describe, expect, it } from 'vitest';
import { lexRank, sparseCosine, sparseVector } from '../../src/summarize/lexrank.js';

/** The textbook cosine over term -> weight maps, as a reference for the summarizer's sorted-id vectors. */
function mapCosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
  const norm = (v: ReadonlyMap<string, number>) => Math.hypot(...v.values());
  return dot === 0 ? 0 : dot / (norm(a) * norm(b));
}

describe('sparseCosine', () => {
  it('is 1 for parallel vectors', () => {
    expect(sparseCosine(sparseVector([1, 2], [1, 2]), sparseVector([2, 1], [4, 2]))).toBeCloseTo(1, 12);
  });

  it('agrees with the textbook cosine whatever order the ids come in', () => {
    const a = sparseVector([7, 2, 5], [1.5, 2, 0.5]);
    const b = sparseVector([5, 9, 2], [3, 1, 0.25]);
    const expected = mapCosine(
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

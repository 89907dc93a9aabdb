/**
 * Sentence centrality: continuous LexRank (Erkan & Radev 2004) over a tf-idf cosine graph, with
 * the uniform jump of PageRank replaced by a position prior, so that in news the lead paragraphs
 * are favoured when the graph alone does not decide.
 */

/** A sparse term vector: term -> weight (tf × idf). */
export type TermVector = ReadonlyMap<string, number>;

/** Cosine similarity of two sparse vectors; 0 when either is empty. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += weight * other;
  }
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
}

// Every sentence vector meets every other in the similarity matrix; compute each norm once.
const norms = new WeakMap<TermVector, number>();

function norm(v: TermVector): number {
  let cached = norms.get(v);
  if (cached === undefined) {
    let sum = 0;
    for (const weight of v.values()) sum += weight * weight;
    cached = Math.sqrt(sum);
    norms.set(v, cached);
  }
  return cached;
}

export interface LexRankOptions {
  /** Probability of following a similarity edge rather than jumping by the prior. */
  damping?: number;
  /** Power-iteration stop: largest change of any score. */
  tolerance?: number;
  maxIterations?: number;
}

/**
 * Scores sentences by centrality. `similarity` is a symmetric matrix (the diagonal is ignored);
 * `prior` is the jump distribution (need not be normalised; uniform when omitted). Scores sum to 1.
 * A sentence similar to nothing else keeps only its share of the prior.
 */
export function lexRank(
  similarity: readonly (readonly number[])[],
  prior?: readonly number[],
  options: LexRankOptions = {},
): number[] {
  const n = similarity.length;
  if (n === 0) return [];
  const damping = options.damping ?? 0.85;
  const tolerance = options.tolerance ?? 1e-6;
  const maxIterations = options.maxIterations ?? 100;

  const jump = normalise(prior ?? new Array<number>(n).fill(1));
  const rowSums = similarity.map((row, i) => row.reduce((sum, s, j) => (i === j ? sum : sum + s), 0));

  let scores = jump.slice();
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    const next = jump.map((p) => (1 - damping) * p);
    let dangling = 0;
    for (let i = 0; i < n; i += 1) {
      const rowSum = rowSums[i] as number;
      const score = scores[i] as number;
      if (rowSum === 0) {
        // No edges: its mass follows the prior, as a dangling node does in PageRank.
        dangling += score;
        continue;
      }
      const row = similarity[i] as readonly number[];
      for (let j = 0; j < n; j += 1) {
        if (i !== j) next[j] = (next[j] as number) + (damping * score * (row[j] as number)) / rowSum;
      }
    }
    for (let j = 0; j < n; j += 1) next[j] = (next[j] as number) + damping * dangling * (jump[j] as number);
    const change = next.reduce((max, value, j) => Math.max(max, Math.abs(value - (scores[j] as number))), 0);
    scores = next;
    if (change < tolerance) break;
  }
  return scores;
}

function normalise(values: readonly number[]): number[] {
  const total = values.reduce((sum, v) => sum + Math.max(0, v), 0);
  if (total === 0) return values.map(() => 1 / values.length);
  return values.map((v) => Math.max(0, v) / total);
}

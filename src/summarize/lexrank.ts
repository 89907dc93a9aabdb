/**
 * Sentence centrality: continuous LexRank (Erkan & Radev 2004) over a tf-idf cosine graph, with
 * the uniform jump of PageRank replaced by a position prior, so that in news the lead paragraphs
 * are favoured when the graph alone does not decide.
 */

/**
 * A sparse term vector over an article's own vocabulary: term ids in ascending order, their weights,
 * and the Euclidean norm. The summarizer compares every sentence with every other, and merging two
 * short sorted id arrays is several times cheaper than hashing strings into a Map.
 */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

/** Builds a {@link SparseVector} from parallel id/weight lists (ids distinct, any order). */
export function sparseVector(ids: readonly number[], weights: readonly number[]): SparseVector {
  const n = ids.length;
  const sortedIds = new Int32Array(n);
  const sortedWeights = new Float64Array(n);
  let sum = 0;
  // Insertion sort: a sentence's ids are short and mostly ascending already (ids follow first use).
  for (let k = 0; k < n; k += 1) {
    const id = ids[k] as number;
    const weight = weights[k] as number;
    // Summed in the caller's order, as the Map-based cosine this replaced did, so scores stay bit-identical.
    sum += weight * weight;
    let m = k;
    while (m > 0 && (sortedIds[m - 1] as number) > id) {
      sortedIds[m] = sortedIds[m - 1] as number;
      sortedWeights[m] = sortedWeights[m - 1] as number;
      m -= 1;
    }
    sortedIds[m] = id;
    sortedWeights[m] = weight;
  }
  return { ids: sortedIds, weights: sortedWeights, norm: Math.sqrt(sum) };
}

/** Cosine similarity of two {@link SparseVector}s; 0 when either is empty. */
export function sparseCosine(a: SparseVector, b: SparseVector): number {
  const ai = a.ids;
  const bi = b.ids;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i] as number;
    const y = bi[j] as number;
    if (x === y) {
      dot += (a.weights[i] as number) * (b.weights[j] as number);
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  if (dot === 0) return 0;
  return dot / (a.norm * b.norm);
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

/**
 * Character-level ROUGE for Chinese (Lin 2004), where each character is a token. Whitespace and
 * punctuation (anything that is not a letter or a digit) are ignored, so `“三服务”` and `三服务`
 * score the same. A measuring tool for `bench:summary`, not part of the bot (tested in tests/bench/).
 */

/** Precision, recall and F1 (β = 1) of one candidate against one reference. */
export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

/** The scored characters of a text: letters and digits only, ASCII letters lower-cased. */
export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]/gu) ?? [];
}

function score(overlap: number, candidateCount: number, referenceCount: number): RougeScore {
  const precision = candidateCount === 0 ? 0 : overlap / candidateCount;
  const recall = referenceCount === 0 ? 0 : overlap / referenceCount;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i += 1) {
    // Tokens are single characters, so plain concatenation is an unambiguous key.
    let gram = tokens[i] as string;
    for (let k = 1; k < n; k += 1) gram += tokens[i + k] as string;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N: clipped n-gram overlap (an n-gram counts at most as often as the reference has it). */
export function rougeN(candidate: string, reference: string, n: number): RougeScore {
  const cand = ngramCounts(rougeTokens(candidate), n);
  const ref = ngramCounts(rougeTokens(reference), n);
  let overlap = 0;
  for (const [gram, count] of cand) overlap += Math.min(count, ref.get(gram) ?? 0);
  const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  return score(overlap, total(cand), total(ref));
}

/** ROUGE-L: longest common subsequence of characters. */
export function rougeL(candidate: string, reference: string): RougeScore {
  const a = rougeTokens(candidate);
  const b = rougeTokens(reference);
  // One rolling row: O(|a|·|b|) time, O(|b|) memory.
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] as number;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number);
      diagonal = above;
    }
  }
  return score(row[b.length] as number, a.length, b.length);
}

/** ROUGE-1, ROUGE-2 and ROUGE-L F1 of a candidate against a reference. */
export function rougeF1(candidate: string, reference: string): { r1: number; r2: number; rl: number } {
  return {
    r1: rougeN(candidate, reference, 1).f1,
    r2: rougeN(candidate, reference, 2).f1,
    rl: rougeL(candidate, reference).f1,
  };
}

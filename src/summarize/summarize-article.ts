/**
 * The offline summary of one article: a one-sentence lede, a short extractive summary and keywords.
 */
import type { Article } from '../news/types.js';
import { parseByline } from '../news/vocabulary.js';
import { stripDateline } from './dateline.js';
import { contentWeight, rankKeywords } from './keywords.js';
import { lexRank, sparseCosine, sparseVector, type SparseVector } from './lexrank.js';
import { segment } from './segment.js';
import { countWordChars, isWordCode } from './letters.js';
import { splitSentences } from './sentence-split.js';
import type { ArticleSummary } from './types.js';

/** Default summary budget in characters: two or three sentences of typical news prose. */
export const DEFAULT_BUDGET = 160;
/** Default cap on summary sentences, so a budget full of short sentences still reads as a summary. */
const DEFAULT_MAX_SENTENCES = 3;
/** Default number of keywords. */
const DEFAULT_KEYWORD_COUNT = 6;

export interface SummarizeOptions {
  /**
   * Character budget of the summary (code points, punctuation included). Sentences are never cut:
   * the summary holds whole sentences whose lengths add up to at most the budget, except that when
   * not even one sentence fits, it holds the single most central sentence, whatever its length.
   */
  budget?: number;
  /** Most sentences in the summary. */
  maxSentences?: number;
  /** How many keywords to return. */
  keywordCount?: number;
}

interface Sentence {
  text: string;
  /** Position among candidate sentences, 0 = first. */
  index: number;
  length: number;
  words: string[];
  vector: SparseVector;
}

/** Title similarity below this is weak whatever the other sentences score (see chooseLede). */
const MIN_TITLE_SCALE = 0.25;
/** Two summary sentences this similar say the same thing; the lower-ranked one is skipped. */
const REDUNDANCY = 0.6;

/**
 * Summarizes an article.
 *
 * - `lede`: the one sentence that best represents the article, chosen by LexRank centrality,
 *   similarity to the title and position, with dateline boilerplate (`本报讯 7月29日晚，`)
 *   removed. Never the title itself. For photo items it is the caption's first sentence.
 * - `summary`: the most central sentences (LexRank over a tf-idf cosine graph with a lead prior),
 *   in their original order, within `budget` characters (see {@link SummarizeOptions.budget}).
 * - `keywords`: top tf-idf terms, title words counting double.
 *
 * Empty or punctuation-only bodies give an empty lede and summary, never an error.
 */
export function summarizeArticle(
  article: Pick<Article, 'title' | 'paragraphs' | 'dateline' | 'kind'>,
  options: SummarizeOptions = {},
): ArticleSummary {
  const budget = options.budget ?? DEFAULT_BUDGET;
  const maxSentences = options.maxSentences ?? DEFAULT_MAX_SENTENCES;
  const keywordCount = options.keywordCount ?? DEFAULT_KEYWORD_COUNT;

  const vocabulary = new Vocabulary();
  const titleWords = segment(article.title);
  const titleVector = vocabulary.vector(titleWords);
  const sentences = candidateSentences(article, vocabulary);
  const allWords = sentences.flatMap((s) => s.words);
  const keywords = rankKeywords([...titleWords, ...allWords], keywordCount, new Set(titleWords));
  if (sentences.length === 0) return { lede: '', summary: '', keywords };

  const similarity = similarityMatrix(sentences);
  const centrality = lexRank(
    similarity,
    sentences.map((s) => leadPrior(s.index)),
  );

  return {
    lede: chooseLede(article, sentences, centrality, titleVector),
    summary: chooseSummary(sentences, centrality, similarity, budget, maxSentences),
    keywords,
  };
}

/** News front-loads: the jump distribution of the random walk favours early sentences. */
function leadPrior(index: number): number {
  return 1 / (index + 1);
}

/** A credit line, a byline or a bare marker is not a sentence of the story. */
function notProse(sentence: string): boolean {
  return (
    /^[（(]?完[）)]?$|(?:供图|制图)[）)]?$/u.test(sentence) ||
    parseByline(sentence.replace(/[。．.]$/u, '')) !== null
  );
}
const MIN_SENTENCE_CHARS = 6;

function candidateSentences(
  article: Pick<Article, 'paragraphs' | 'dateline'>,
  vocabulary: Vocabulary,
): Sentence[] {
  const out: Sentence[] = [];
  let first = true;
  for (const paragraph of article.paragraphs) {
    let text = paragraph;
    // The dateline opens the first paragraph that has any words (OCR leaves stray punctuation lines).
    if (first && /[\p{L}\p{N}]/u.test(paragraph)) {
      text = stripDateline(paragraph, article.dateline);
      first = false;
    }
    for (const sentence of splitSentences(text)) {
      if (countWordChars(sentence, MIN_SENTENCE_CHARS) < MIN_SENTENCE_CHARS || notProse(sentence)) continue;
      const words = segment(sentence);
      out.push({
        text: sentence,
        index: out.length,
        length: codePointLength(sentence),
        words,
        vector: vocabulary.vector(words),
      });
    }
  }
  return out;
}

/** Symmetric cosine matrix with a zero diagonal; each pair is computed once. */
function similarityMatrix(sentences: readonly Sentence[]): number[][] {
  const n = sentences.length;
  const rows = sentences.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i += 1) {
    const a = (sentences[i] as Sentence).vector;
    const row = rows[i] as number[];
    for (let j = i + 1; j < n; j += 1) {
      const sim = sparseCosine(a, (sentences[j] as Sentence).vector);
      row[j] = sim;
      (rows[j] as number[])[i] = sim;
    }
  }
  return rows;
}

/**
 * One article's content words numbered in order of appearance, so that sentence vectors are sorted
 * id arrays (see {@link SparseVector}) instead of string-keyed maps.
 */
class Vocabulary {
  private readonly ids = new Map<string, number>();
  /** Scratch, indexed by id: where the id sits in the vector being built, valid when `owner` matches. */
  private readonly slot: number[] = [];
  private readonly owner: number[] = [];
  private serial = 0;

  /** The tf × idf vector of some words; words that are not content words are left out. */
  vector(words: readonly string[]): SparseVector {
    const serial = ++this.serial;
    const ids: number[] = [];
    const weights: number[] = [];
    for (const word of words) {
      const weight = contentWeight(word);
      if (weight === 0) continue;
      let id = this.ids.get(word);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(word, id);
      }
      if (this.owner[id] === serial) {
        const at = this.slot[id] as number;
        weights[at] = (weights[at] as number) + weight;
      } else {
        this.owner[id] = serial;
        this.slot[id] = ids.length;
        ids.push(id);
        weights.push(weight);
      }
    }
    return sparseVector(ids, weights);
  }
}

function codePointLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // A low surrogate after a high one is the second half of one character.
    if (code >= 0xdc00 && code <= 0xdfff && i > 0) {
      const before = text.charCodeAt(i - 1);
      if (before >= 0xd800 && before <= 0xdbff) length -= 1;
    }
  }
  return length;
}

/**
 * Sentences that open with a pronoun or a connective lean on what came before (`他说，`, `同时，`)
 * and read badly on their own in a digest.
 */
const DEPENDENT_OPENING =
  /^(?:他|她|它|其|这|那|该|此|对此|为此|因此|同时|此外|另外|但|而|并|随后|其中|据悉|据了解|与此同时)/u;

/** Ledes are read in a list: very short ones say too little, long ones are trimmed by the eye. */
function lengthFactor(length: number): number {
  if (length < 12) return 0.5;
  if (length > 100) return 100 / length;
  return 1;
}

function chooseLede(
  article: Pick<Article, 'title' | 'kind'>,
  sentences: readonly Sentence[],
  centrality: readonly number[],
  titleVector: SparseVector,
): string {
  const title = normaliseForCompare(article.title);
  const candidates = sentences.filter((s) => normaliseForCompare(s.text) !== title);
  const first = candidates[0];
  if (first === undefined) return sentences[0]?.text ?? '';
  // A photo caption opens by describing the picture; that is the lede by convention.
  if (article.kind === 'photo') return first.text;

  const maxCentrality = Math.max(...centrality);
  // Word-level tf-idf similarity, plus character bigrams for names jieba splits differently.
  const titleBigrams = charBigrams(article.title);
  const titleSimilarity = candidates.map(
    (s) => 0.5 * sparseCosine(s.vector, titleVector) + 0.5 * bigramF1(charBigrams(s.text), titleBigrams),
  );
  // Relative to the best match, like centrality; the floor keeps a faint best match (a title that
  // shares one word with the body) from counting as a strong one.
  const titleScale = Math.max(MIN_TITLE_SCALE, ...titleSimilarity);
  let best = first;
  let bestScore = -Infinity;
  for (const [i, s] of candidates.entries()) {
    const central = (centrality[s.index] as number) / maxCentrality;
    const titleMatch = (titleSimilarity[i] as number) / titleScale;
    // Centrality already carries the lead prior (it is the walk's jump vector), so the explicit
    // position term here decays more gently than leadPrior.
    let score = 0.35 * central + 0.45 * titleMatch + 0.2 / Math.sqrt(s.index + 1);
    score *= lengthFactor(s.length);
    if (DEPENDENT_OPENING.test(s.text)) score *= 0.7;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best.text;
}

/**
 * Character bigrams over letters and digits, counted (the ROUGE-2 view of a text). A bigram is
 * keyed by its two code units as one number, which hashes much faster than a two-character string.
 */
function charBigrams(text: string): Map<number, number> {
  const grams = new Map<number, number>();
  let previous = -1;
  for (let i = 0; i < text.length; i += 1) {
    // Code units, not code points: an astral character makes two odd bigrams, harmless here.
    const code = text.charCodeAt(i);
    if (!isWordCode(code)) continue;
    if (previous !== -1) {
      const gram = previous * 0x10000 + code;
      grams.set(gram, (grams.get(gram) ?? 0) + 1);
    }
    previous = code;
  }
  return grams;
}

/** F1 of clipped bigram overlap, as ROUGE-2 computes it. */
function bigramF1(candidate: ReadonlyMap<number, number>, reference: ReadonlyMap<number, number>): number {
  let overlap = 0;
  let candidateTotal = 0;
  for (const [gram, count] of candidate) {
    candidateTotal += count;
    overlap += Math.min(count, reference.get(gram) ?? 0);
  }
  let referenceTotal = 0;
  for (const count of reference.values()) referenceTotal += count;
  if (overlap === 0) return 0;
  return (2 * overlap) / (candidateTotal + referenceTotal);
}

const NOT_WORD_CHARS = /[^\p{L}\p{N}]/gu;

/** The text's letters and digits only. */
function normaliseForCompare(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // Astral characters (emoji, rare ideographs): let the regex decide for the whole text.
    if (code >= 0xd800 && code <= 0xdfff) return text.replace(NOT_WORD_CHARS, '');
    if (isWordCode(code)) out += text[i] as string;
  }
  return out;
}

function chooseSummary(
  sentences: readonly Sentence[],
  centrality: readonly number[],
  similarity: readonly (readonly number[])[],
  budget: number,
  maxSentences: number,
): string {
  const ranked = sentences
    .slice()
    .sort((a, b) => (centrality[b.index] as number) - (centrality[a.index] as number) || a.index - b.index);
  const chosen: Sentence[] = [];
  let used = 0;
  for (const s of ranked) {
    if (chosen.length >= maxSentences) break;
    if (used + s.length > budget) continue;
    if (chosen.some((c) => (similarity[c.index]?.[s.index] ?? 0) > REDUNDANCY)) continue;
    chosen.push(s);
    used += s.length;
  }
  // Not even one sentence fits: one whole sentence over budget beats a sentence cut in half.
  if (chosen.length === 0 && ranked[0] !== undefined) chosen.push(ranked[0]);
  chosen.sort((a, b) => a.index - b.index);
  return chosen.map((s) => s.text).join('');
}

/**
 * Keywords: the top tf-idf terms of an article, with stopwords, function words, numbers, dates and
 * punctuation filtered out.
 */
import { idfOf, tagOf } from './segment.js';
import { STOPWORDS } from './stopwords.js';

/**
 * Numbers, dates, counts and ordinals (`2019年`, `7月`, `29日晚`, `第四批`, `3.5亿元`, `一名`)
 * are facts, not topics.
 */
const NUMERIC =
  /^(?:第?[\d０-９.．%％一二三四五六七八九十百千万亿两几]+(?:[年月日号时点分秒个名位次批项条件家所元亿万%％]|日晚|月份)*|[年月日时]\w?)$/u;

const HAS_LETTER = /\p{L}/u;

/**
 * A word that may carry meaning in similarity and keywords: has a letter, is at least two
 * characters, is not a stopword and is not a number or date.
 */
function isContentWord(word: string): boolean {
  if (word.length < 2 || !HAS_LETTER.test(word)) return false;
  if (STOPWORDS.has(word)) return false;
  return !NUMERIC.test(word);
}

const contentWeights = new Map<string, number>();

/**
 * The weight of a word in similarity and keywords: its idf when it is a content word (see
 * {@link isContentWord}), else 0. Cached, because every word of every sentence asks, and the
 * regex tests cost more than the lookup; the cache is bounded by the vocabulary seen.
 */
export function contentWeight(word: string): number {
  let weight = contentWeights.get(word);
  if (weight === undefined) {
    weight = isContentWord(word) ? idfOf(word) : 0;
    contentWeights.set(word, weight);
  }
  return weight;
}

/**
 * Parts of speech a keyword may have: nouns of all kinds, verbal and adjectival nouns, idioms and
 * abbreviations, foreign words. Plain verbs are left out: news verbs (`召开`, `参加`) say little
 * about the topic. `x` is what jieba gives words it found only by HMM (mostly unseen names).
 */
const KEYWORD_TAGS = new Set([
  'n',
  'nr',
  'nrt',
  'nrfg',
  'ns',
  'nt',
  'nz',
  'nw',
  'vn',
  'an',
  'l',
  'j',
  'i',
  'eng',
  'x',
]);

/**
 * Picks the top `count` terms by tf × idf from segmented words, most important first. Words in
 * `boosted` (e.g. the title's) count double, since the headline names the topic. Ties keep
 * first-appearance order, so the result is deterministic.
 */
export function rankKeywords(
  words: readonly string[],
  count: number,
  boosted: ReadonlySet<string> = new Set(),
): string[] {
  const tf = new Map<string, number>();
  for (const word of words) {
    if (contentWeight(word) > 0) tf.set(word, (tf.get(word) ?? 0) + 1);
  }
  const scored = [...tf].map(([word, freq], order) => ({
    word,
    freq,
    order,
    score: (boosted.has(word) ? freq + 1 : freq) * contentWeight(word),
  }));
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  const chosen: string[] = [];
  for (const { word, freq } of scored) {
    if (chosen.length >= count) break;
    const tag = tagOf(word);
    if (!KEYWORD_TAGS.has(tag)) continue;
    // HMM-only words (`x`) are often mis-joined fragments (`以个` from `以个大`); a real unseen
    // name is repeated, a fragment rarely is.
    if (tag === 'x' && freq < 2) continue;
    // `舟山` next to `舟山镇` adds nothing: skip a term contained in (or containing) a chosen one.
    if (chosen.some((c) => c.includes(word) || word.includes(c))) continue;
    chosen.push(word);
  }
  return chosen;
}

/**
 * The pure half of search: what text goes into the indexes, how a query becomes index lookups, and how
 * candidates are scored and quoted. No SQL here; search-queries.ts runs it.
 */
import { dayNumber } from '../calendar-date.js';
import { stripDateline } from '../summarize/dateline.js';
import { unique, WORD_RUN, type QueryTerm } from '../query-terms.js';

export { parseQuery, TRIGRAM_MIN, type QueryTerm } from '../query-terms.js';

/** The searchable body of an article: kicker, subtitle and paragraphs, one per line. */
export function bodyText(a: {
  kicker: string | null;
  subtitle: string | null;
  paragraphs: readonly string[];
}): string {
  const parts: string[] = [];
  if (a.kicker) parts.push(a.kicker);
  if (a.subtitle) parts.push(a.subtitle);
  parts.push(...a.paragraphs);
  return parts.join('\n');
}

/**
 * The distinct characters and adjacent character pairs of `text`, lower-cased, space-separated: the
 * document side of the one- and two-character index. Pairs never span punctuation or spaces (a query term is
 * cleaned the same way, see `parseQuery`). Distinct, because that index keeps no positions or counts.
 */
export function gramsOf(text: string): string {
  const grams = new Set<string>();
  for (const run of text.toLowerCase().match(WORD_RUN) ?? []) {
    const chars = Array.from(run);
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i]!;
      grams.add(c);
      if (i + 1 < chars.length) grams.add(c + chars[i + 1]!);
    }
  }
  return [...grams].join(' ');
}

/** An FTS5 string literal: whatever the user typed (`"`, `AND`, `*`, `:`) is matched as text, never as syntax. */
export function ftsString(s: string): string {
  return `"${s.replaceAll('"', '""')}"`;
}

/** The FTS5 MATCH expression for some terms: every term, any of its variants; optionally one column only. */
export function matchExpression(terms: readonly QueryTerm[], column?: 'title'): string {
  const expr = terms.map((t) => `(${t.variants.map(ftsString).join(' OR ')})`).join(' AND ');
  return column ? `${column} : (${expr})` : expr;
}

/** How often `needle` occurs in `haystack` (both lower-cased already), not overlapping. */
export function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** A candidate article's text for scoring and quoting. */
export interface Candidate {
  title: string;
  body: string;
  date: string | null;
}

/** BM25 constants (Robertson's usual values); a title match counts as this many body matches. */
const K1 = 1.2;
const B = 0.75;
const TITLE_WEIGHT = 3;
/** Days for the recency boost to fall from ×2 to ×1.5; it tends to ×1 for old editions. */
const RECENCY_HALF_DAYS = 30;

/**
 * Relevance × recency. Relevance is BM25's term-frequency part per term (title matches weighted ×3), summed
 * over terms; inverse document frequency is left out because every candidate matches every term. Recency
 * multiplies by 1 + 1/(1 + age/30 days), age counted back from `newest` (the newest edition among the
 * candidates), so a fresh article counts double and a year-old one about ×1.08; undated articles get ×1.
 */
export function scoreCandidate(
  c: Candidate,
  terms: readonly QueryTerm[],
  averageBodyLength: number,
  newest: string | null,
): number {
  const title = c.title.toLowerCase();
  const body = c.body.toLowerCase();
  const lengthNorm = 1 - B + (B * body.length) / Math.max(1, averageBodyLength);
  let relevance = 0;
  for (const term of terms) {
    let tf = 0;
    for (const v of term.variants) tf += TITLE_WEIGHT * occurrences(title, v) + occurrences(body, v);
    // The index said this article matches; text folding may differ slightly from SQLite's, so never score 0.
    tf = Math.max(tf, 1);
    relevance += (tf * (K1 + 1)) / (tf + K1 * lengthNorm);
  }
  let recency = 1;
  if (c.date && newest) {
    const age = Math.max(0, dayNumber(newest) - dayNumber(c.date));
    if (Number.isFinite(age)) recency = 1 + 1 / (1 + age / RECENCY_HALF_DAYS);
  }
  return relevance * recency;
}

/** Characters of context a snippet aims for. */
export const SNIPPET_LENGTH = 80;
/** Characters kept before the first match when no sentence or clause starts close enough before it. */
const SNIPPET_LEAD = 20;
/** How far back from the first match a snippet looks for the start of its sentence or clause. */
const BOUNDARY_LOOKBACK = 40;
/** Punctuation after which a sentence or clause starts. */
const CLAUSE_END = /[。！？!?；;，,：:、]/u;
/** A line ending in one of these runs on into the next with a space; any other line (a kicker) gets ` · `. */
const SENTENCE_END = /[。！？!?；;”’"』」）)…]$/u;

/**
 * The body as one line, each line's dateline boilerplate (`本报讯`, `本报7月29日电（记者…）`) dropped: it is
 * the same on every story and says nothing about this one. A line that does not end a sentence (a kicker
 * or subtitle) is kept apart from what follows with ` · `, so it never reads as the start of the next line.
 */
function flatten(body: string): string {
  const lines = body
    .split('\n')
    .map((l) => stripDateline(l.trim()).trim())
    .filter((l) => l.length > 0);
  let out = '';
  for (const l of lines) out += out ? (SENTENCE_END.test(out) ? ' ' : ' · ') + l : l;
  return out;
}

/** The start of the sentence or clause holding `at`, if one starts within the look-back; else null. */
function clauseStart(flat: string, at: number): number | null {
  for (let i = at - 1; i >= Math.max(0, at - BOUNDARY_LOOKBACK); i--) {
    const c = flat[i]!;
    if (CLAUSE_END.test(c) || (c === ' ' && i > 0 && SENTENCE_END.test(flat[i - 1]!)) || c === '·') {
      let j = i + 1;
      while (j < at && /\s/u.test(flat[j]!)) j++;
      return j;
    }
  }
  return at - BOUNDARY_LOOKBACK <= 0 ? 0 : null;
}

/**
 * A short excerpt of `body` around the first match of any term, every match in it wrapped in `**…**`, with
 * `…` where text was cut. It starts where the sentence or clause holding the first match starts when that is
 * close, and skips dateline boilerplate. Adjacent or overlapping matches are one mark (`**市市**`, never
 * `**市****市**`, which Discord mis-pairs). Text stays unescaped (the renderer escapes around the marks).
 * When only the title matched, the start of the body, unmarked.
 */
export function snippet(body: string, terms: readonly QueryTerm[], length = SNIPPET_LENGTH): string {
  const flat = flatten(body);
  const lower = flat.toLowerCase();
  // Longest first, so 舟山镇 is marked whole rather than a shorter variant inside it.
  const needles = unique(terms.flatMap((t) => t.variants)).sort((a, b) => b.length - a.length);
  let first = -1;
  for (const n of needles) {
    const i = lower.indexOf(n);
    if (i !== -1 && (first === -1 || i < first)) first = i;
  }
  let start = first === -1 ? 0 : (clauseStart(flat, first) ?? Math.max(0, first - SNIPPET_LEAD));
  let end = Math.min(flat.length, start + length);
  if (end - start < length) start = Math.min(start, Math.max(0, end - length));
  // Pulled back to fill the length: begin at a clause start in that stretch if there is one.
  if (first !== -1 && start < first) {
    const c = clauseStart(flat, start + 1);
    if (c !== null && c > start && c <= first) start = c;
  }
  start = avoidSplitPair(flat, start);
  end = avoidSplitPair(flat, end);

  const marks: Array<[number, number]> = [];
  if (first !== -1) {
    for (const n of needles) {
      for (let i = lower.indexOf(n, start); i !== -1 && i < end; i = lower.indexOf(n, i + n.length)) {
        const stop = Math.min(end, i + n.length);
        if (!marks.some(([a, b]) => i < b && stop > a)) marks.push([i, stop]);
      }
    }
    marks.sort((x, y) => x[0] - y[0]);
  }
  // Touching marks become one: `**市****市**` would pair its inner `**` and flip bold for the rest.
  const merged: Array<[number, number]> = [];
  for (const m of marks) {
    const last = merged[merged.length - 1];
    if (last && m[0] <= last[1]) last[1] = Math.max(last[1], m[1]);
    else merged.push([m[0], m[1]]);
  }
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const [a, b] of merged) {
    out += flat.slice(at, a) + '**' + flat.slice(a, b) + '**';
    at = b;
  }
  out += flat.slice(at, end);
  if (end < flat.length) out += '…';
  return out;
}

/** Moves a cut off the low half of a surrogate pair, so no character is split in two. */
function avoidSplitPair(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return i > 0 && i < s.length && c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
}

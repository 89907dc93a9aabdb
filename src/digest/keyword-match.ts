/**
 * Matching keywords against new articles, for subscription filters, alerts and personal follows. A keyword is
 * read exactly as a search query is (src/query-terms.ts: terms at white space, Traditional forms, one- and
 * two-character terms), so `/follow add 舟山鎮` fires on the stories `/search 舟山鎮` finds.
 */
import { parseQuery, WORD_RUN, type QueryTerm } from '../query-terms.js';

/** The Simplified forms of a Traditional term (the store's OpenCC converter); none by default. */
export type ToSimplified = (term: string) => string[];

/** What a keyword is matched against: an article's title, kicker, subtitle and paragraphs. */
export interface MatchableArticle {
  title: string;
  kicker?: string | null;
  subtitle?: string | null;
  paragraphs?: readonly string[];
}

/**
 * An article's text prepared once for any number of keywords: `long` for terms of three or more characters
 * (search's trigram index matches them anywhere, punctuation included), `short` for one- and two-character
 * terms (search's gram index never lets them span punctuation or spaces, so runs are kept apart by NUL).
 */
export interface MatchText {
  long: string;
  short: string;
}

export function matchText(a: MatchableArticle): MatchText {
  const parts = [a.title, a.kicker ?? '', a.subtitle ?? '', ...(a.paragraphs ?? [])];
  const long = parts.join('\n').normalize('NFC').toLowerCase();
  return { long, short: (long.match(WORD_RUN) ?? []).join('\u0000') };
}

/** The terms of a keyword, or null when nothing searchable is left (punctuation only). */
export function keywordTerms(keyword: string, toSimplified?: ToSimplified): QueryTerm[] | null {
  const terms = parseQuery(keyword, toSimplified);
  return terms.length > 0 ? terms : null;
}

/** One form of one term, filed under its first code unit. */
interface Needle {
  text: string;
  short: boolean;
  term: number;
}

/**
 * Many keywords, each with a value (a follow, a subscription), matched against an article in one pass over its
 * text: every term form is filed under its first character, so the cost grows with the article's length and
 * the few forms sharing each character, not with the number of keywords (10,000 follows: see
 * bench/match.bench.ts).
 */
export class KeywordIndex<T> {
  private readonly needles = new Map<string, Needle[]>();
  private readonly termIds = new Map<string, number>();
  /** For each term, the entries that need it as their first term (an entry matches when all its terms do). */
  private readonly byFirstTerm: Array<Array<{ terms: number[]; value: T }>> = [];
  private entryCount = 0;

  constructor(private readonly toSimplified?: ToSimplified) {}

  get size(): number {
    return this.entryCount;
  }

  /** Adds a keyword; false (and nothing added) when it has nothing searchable. */
  add(keyword: string, value: T): boolean {
    const terms = keywordTerms(keyword, this.toSimplified);
    if (!terms) return false;
    const ids = terms.map((t) => this.termId(t));
    this.byFirstTerm[ids[0]!]!.push({ terms: ids, value });
    this.entryCount++;
    return true;
  }

  /** The values of every keyword the article matches, each value once, in the order they were added per term. */
  match(text: MatchText): T[] {
    const hit = new Set<number>();
    this.scan(text.long, false, hit);
    this.scan(text.short, true, hit);
    const out = new Set<T>();
    for (const term of hit)
      for (const entry of this.byFirstTerm[term]!)
        if (entry.terms.every((t) => hit.has(t))) out.add(entry.value);
    return [...out];
  }

  private termId(term: QueryTerm): number {
    const key = `${term.short ? 's' : 'l'}|${term.variants.join('\u0000')}`;
    let id = this.termIds.get(key);
    if (id !== undefined) return id;
    id = this.byFirstTerm.length;
    this.termIds.set(key, id);
    this.byFirstTerm.push([]);
    for (const text of term.variants) {
      const list = this.needles.get(text[0]!) ?? [];
      list.push({ text, short: term.short, term: id });
      this.needles.set(text[0]!, list);
    }
    return id;
  }

  private scan(text: string, short: boolean, hit: Set<number>): void {
    for (let i = 0; i < text.length; i++) {
      const candidates = this.needles.get(text[i]!);
      if (!candidates) continue;
      for (const n of candidates)
        if (n.short === short && !hit.has(n.term) && text.startsWith(n.text, i)) hit.add(n.term);
    }
  }
}

/** Whether one keyword matches one article (the index, for a single keyword). */
export function keywordMatches(keyword: string, text: MatchText, toSimplified?: ToSimplified): boolean {
  const index = new KeywordIndex<true>(toSimplified);
  return index.add(keyword, true) && index.match(text).length > 0;
}

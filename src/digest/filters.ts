/**
 * A subscription's filters (#11): which stories of an edition a channel gets. Pure: the store keeps them as
 * JSON, /digest sets them, delivery, alerts and the preview apply them.
 */
import {
  KeywordIndex,
  matchText,
  type MatchableArticle,
  type MatchText,
  type ToSimplified,
} from './keyword-match.js';

export interface SubscriptionFilters {
  /** Section banners to keep (any of; a story's section contains one); empty keeps every section. */
  sections: string[];
  /** Keywords, any of which a story must match (title and body, as search matches); empty keeps all. */
  include: string[];
  /** Keywords none of which a story may match. */
  exclude: string[];
}

export const NO_FILTERS: SubscriptionFilters = Object.freeze({ sections: [], include: [], exclude: [] });

export function hasFilters(f: SubscriptionFilters): boolean {
  return f.sections.length + f.include.length + f.exclude.length > 0;
}

/** An article as the filters see it. */
export type FilterableArticle = MatchableArticle & { section: string | null };

/**
 * The filters compiled once for many articles: true for a story the channel should get. Sections are matched
 * as keywords against the section banner, so 經濟 keeps 经济 and 国际 keeps 国际新闻. One subscription's
 * filters (delivery, preview); many subscriptions against each new story go through {@link FilterSet}.
 */
export function compileFilters(
  filters: SubscriptionFilters,
  toSimplified?: ToSimplified,
): (a: FilterableArticle) => boolean {
  if (!hasFilters(filters)) return () => true;
  const one = new FilterSet<true>(toSimplified);
  one.add(filters, true);
  return (a) => one.match(a).length > 0;
}

/**
 * Many subscriptions' filters matched against an article in one pass each over its text and its section, instead
 * of one pass per subscription: what an article costs the alerts fan-out (bench/match.bench.ts measures 1,000
 * subscriptions both ways). {@link compileFilters} is one subscription's.
 */
export class FilterSet<T> {
  private readonly keywords: KeywordIndex<number>;
  private readonly sectionWords: KeywordIndex<number>;
  private readonly entries: Array<{ value: T; sections: boolean; include: boolean; exclude: boolean }> = [];

  constructor(toSimplified?: ToSimplified) {
    this.keywords = new KeywordIndex<number>(toSimplified);
    this.sectionWords = new KeywordIndex<number>(toSimplified);
  }

  get size(): number {
    return this.entries.length;
  }

  add(filters: SubscriptionFilters, value: T): void {
    const id = this.entries.length;
    // A list none of whose keywords is searchable keeps everything.
    let sections = false;
    let include = false;
    let exclude = false;
    for (const w of filters.sections) sections = this.sectionWords.add(w, id) || sections;
    for (const w of filters.include) include = this.keywords.add(w, id * 2) || include;
    for (const w of filters.exclude) exclude = this.keywords.add(w, id * 2 + 1) || exclude;
    this.entries.push({ value, sections, include, exclude });
  }

  /** The values whose filters keep `a`, in the order they were added; `text` is `matchText(a)` if prepared. */
  match(a: FilterableArticle, text: MatchText | null = null): T[] {
    const hits = new Set(this.keywords.size > 0 ? this.keywords.match(text ?? matchText(a)) : []);
    const sectionHits = new Set(
      this.sectionWords.size > 0 ? this.sectionWords.match(matchText({ title: a.section ?? '' })) : [],
    );
    const out: T[] = [];
    this.entries.forEach((e, id) => {
      if (e.sections && !sectionHits.has(id)) return;
      if (e.include && !hits.has(id * 2)) return;
      if (e.exclude && hits.has(id * 2 + 1)) return;
      out.push(e.value);
    });
    return out;
  }
}

/**
 * A subscription's filters (#11): which stories of an edition a channel gets. Pure: the store keeps them as
 * JSON, /digest sets them, delivery, alerts and the preview apply them.
 */
import { KeywordIndex, matchText, type MatchableArticle, type ToSimplified } from './keyword-match.js';

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
 * as keywords against the section banner, so 經濟 keeps 经济 and 国际 keeps 国际新闻.
 */
export function compileFilters(
  filters: SubscriptionFilters,
  toSimplified?: ToSimplified,
): (a: FilterableArticle) => boolean {
  if (!hasFilters(filters)) return () => true;
  const index = (words: readonly string[]): KeywordIndex<true> | null => {
    const k = new KeywordIndex<true>(toSimplified);
    for (const w of words) k.add(w, true);
    return k.size > 0 ? k : null;
  };
  const sections = index(filters.sections);
  const include = index(filters.include);
  const exclude = index(filters.exclude);
  return (a) => {
    if (sections && sections.match(matchText({ title: a.section ?? '' })).length === 0) return false;
    if (!include && !exclude) return true;
    const text = matchText(a);
    if (include && include.match(text).length === 0) return false;
    return !(exclude && exclude.match(text).length > 0);
  };
}

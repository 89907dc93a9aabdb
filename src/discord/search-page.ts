import { t } from '../i18n/index.js';
import type { Store } from '../store/types.js';
import { UserError, type Reply } from './command.js';
import { renderSearch } from './render.js';

export const SEARCH_PER_PAGE = 5;
export const SEARCH_MAX_PER_PAGE = 10;

/** One page of results; shared by the command and its Previous/Next buttons. */
export function searchPage(
  store: Store,
  query: string,
  page: number,
  perPage: number,
  locale: string,
): Reply {
  const q = query.trim();
  if (!q) throw new UserError(t(locale, 'search.emptyQuery'));
  const size = Math.min(Math.max(perPage, 1), SEARCH_MAX_PER_PAGE);
  let p = Math.max(page, 0);
  let result = store.search(q, { limit: size, offset: p * size });
  if (result.hits.length === 0 && result.total > 0) {
    // A stale button can point past the end after re-ingesting; show the last page instead.
    p = Math.max(0, Math.ceil(result.total / size) - 1);
    result = store.search(q, { limit: size, offset: p * size });
  }
  if (result.total === 0 || result.hits.length === 0)
    throw new UserError(t(locale, 'search.none', { query: q }));
  return renderSearch(q, result, p, size, locale, SEARCH_PER_PAGE);
}

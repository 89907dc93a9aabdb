import { t } from '../../src/i18n/index.js';
import type { StoredArticle } from '../../src/store/types.js';

/** An article's title as lists and cards show it: a photo story says so. */
export function displayTitle(a: StoredArticle, locale: string): string {
  return a.kind === 'photo' ? `📷 ${a.title} (${t(locale, 'article.photo')})` : a.title;
}

/** The article's authors as printed in Chinese (joined with 、), or null when it names none. */
export function authorNames(a: StoredArticle): string | null {
  return a.authors.length > 0 ? a.authors.join('、') : null;
}

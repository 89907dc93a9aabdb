import type { Store } from '../types.js';

/**
 * What the article commands read: /summary, /article and /search, their autocomplete, and the buttons and
 * menus that open an article or a page of results. Lookup by id, title suggestions, full-text search.
 */
export type ArticleReader = Pick<Store, 'getArticle' | 'suggestArticles' | 'search'>;

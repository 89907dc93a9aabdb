import type { Store } from '../types.js';

/**
 * What reads editions (a date's articles in print order): /headlines and its date autocomplete, /digest
 * preview, the digest CLI, and the starting point of a new subscription.
 */
export type EditionReader = Pick<
  Store,
  'editionDates' | 'receivedDates' | 'articlesForDate' | 'articleCount'
>;

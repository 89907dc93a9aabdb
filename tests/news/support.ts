import type { Page } from '../../src/news/types.js';

/** Sorted non-blank characters: two texts hold the same characters when these are equal. */
export function nonBlankMultiset(s: string): string {
  return Array.from(s.replace(/\s+/gu, '')).sort().join('');
}

/** Everything an editor checks on a parsed page, ids aside (they are content hashes, tested elsewhere). */
export function reading(page: Page) {
  return {
    date: page.date,
    sections: page.sections,
    furniture: page.furniture,
    articles: page.articles.map(({ id: _id, ...a }) => a),
  };
}

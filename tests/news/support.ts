import type { Article, Page } from '../../src/news/types.js';

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

/** An expected article: defaults for every field a story may leave out; `|` marks hand-set line breaks. */
export function story(
  a: Partial<Omit<Article, 'id'>> & { title: string; paragraphs: string[] },
): Omit<Article, 'id'> {
  return {
    kind: 'article',
    kicker: null,
    subtitle: null,
    authors: [],
    byline: null,
    dateline: null,
    section: null,
    ...a,
    paragraphs: a.paragraphs.map((text) => text.replaceAll('|', '')),
  };
}

/** An expected photo item: title, one caption paragraph, and the credit. */
export function photo(
  title: string,
  caption: string,
  byline: string,
  authors: string[],
  section: string | null = null,
): Omit<Article, 'id'> {
  return story({ kind: 'photo', title, paragraphs: [caption], byline, authors, section });
}

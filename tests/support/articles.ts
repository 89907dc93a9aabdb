import type { Article } from '../../src/news/types.js';

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

import type { Article, Page } from '../../src/news/types.js';
import type { ArticleSummary } from '../../src/summarize/types.js';
import { story } from '../support/articles.js';

let counter = 0;

/** A hand-made article; only what a test cares about needs saying. */
export function article(over: Partial<Article> & { title: string }): Article {
  counter++;
  const { id, ...fields } = over;
  return { id: id ?? `a${counter.toString(16).padStart(6, '0')}`, ...story({ paragraphs: [], ...fields }) };
}

export function page(source: string, date: string | null, articles: Article[]): Page {
  return { source, encoding: 'utf-8', date, sections: [], furniture: [], articles };
}

/** Summaries for every article of a page, derived from the title so tests can tell them apart. */
export function summariesOf(p: Page): Map<string, ArticleSummary> {
  return new Map(
    p.articles.map((a) => [
      a.id,
      { lede: `lede of ${a.title}`, summary: `summary of ${a.title}`, keywords: [a.title] },
    ]),
  );
}

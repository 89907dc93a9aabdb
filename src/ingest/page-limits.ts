/**
 * Limits that keep one page from swamping the bot (#9): a huge file, a page that parses into thousands of
 * articles, a title that is really a paragraph. Configured in `.env` (`MAX_PAGE_BYTES`, `MAX_ARTICLES_PER_PAGE`,
 * `MAX_TITLE_CHARS`); main.ts and the ingest CLI pass them in.
 */
import type { Article, Page } from '../news/types.js';

export interface PageLimits {
  /** A page file larger than this is not read. */
  maxPageBytes: number;
  /** A page that parses into more articles than this is refused (it is not a newspaper page). */
  maxArticlesPerPage: number;
  /** Titles are cut to this many characters (with `…`). */
  maxTitleChars: number;
}

export const DEFAULT_PAGE_LIMITS: PageLimits = {
  maxPageBytes: 2 * 1024 * 1024,
  maxArticlesPerPage: 200,
  maxTitleChars: 120,
};

/** The limits from the MAX_* settings (see src/config.ts). */
export function pageLimitsFrom(config: PageLimits): PageLimits {
  return {
    maxPageBytes: config.maxPageBytes,
    maxArticlesPerPage: config.maxArticlesPerPage,
    maxTitleChars: config.maxTitleChars,
  };
}

/** A page over a limit: the message names the file, the size, the limit and the setting that changes it. */
export class PageLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PageLimitError';
  }
}

/** A size as people say it: `50.0 MB`, `12.5 KB`, `900 bytes`. */
function size(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** Throws when a file of `size` bytes is over the page size limit. */
export function checkPageSize(bytes: number, limits: PageLimits): void {
  if (bytes > limits.maxPageBytes)
    throw new PageLimitError(
      `is ${size(bytes)}, over the page size limit of ${size(limits.maxPageBytes)}: ` +
        `split the file, or raise MAX_PAGE_BYTES (now ${limits.maxPageBytes}) in .env`,
    );
}

const SENTENCE_END = /[。！？!?；;]/u;

/**
 * A title for an article the parser found none for (a page of very long lines, where every line reads as body
 * text): the first sentence of its first paragraph. A blank `1. ` in /headlines and the digest helps no one.
 */
function fallbackTitle(a: Article): string {
  const first = (a.paragraphs.find((p) => p.trim() !== '') ?? a.subtitle ?? a.kicker ?? '').trim();
  const end = first.search(SENTENCE_END);
  return end > 0 ? first.slice(0, end) : first;
}

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/**
 * Holds a parsed page to the limits: refuses one with too many articles, gives every article a non-empty
 * title of at most `maxTitleChars`. Article ids are the parser's and are left as they are.
 */
export function limitPage(page: Page, limits: PageLimits): Page {
  if (page.articles.length > limits.maxArticlesPerPage)
    throw new PageLimitError(
      `parses into ${page.articles.length} articles, over the limit of ${limits.maxArticlesPerPage} per page ` +
        `(is it one newspaper page?): split the file, or raise MAX_ARTICLES_PER_PAGE in .env`,
    );
  let changed = false;
  const articles = page.articles.map((a) => {
    const title = clip(a.title.trim() === '' ? fallbackTitle(a) : a.title, limits.maxTitleChars);
    if (title === a.title) return a;
    changed = true;
    return { ...a, title };
  });
  return changed ? { ...page, articles } : page;
}

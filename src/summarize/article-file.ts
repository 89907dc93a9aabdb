/**
 * Plain article files, the simple format the summary benchmark reads besides OCR pages: title lines,
 * a blank line, then body paragraphs (one per line, blank lines between them optional).
 *
 * ```
 * 方山柿迎来采摘季            <- title
 * 舟山镇柿农喜获丰收          <- further title lines: the subtitle
 *
 * 本报讯 10月18日，记者走进……
 * 方山柿是永康传统特色农产品……
 * ```
 */
import { articleId } from '../news/article-id.js';
import type { Article } from '../news/types.js';
import { parseByline } from '../news/vocabulary.js';
import { findDateline } from './dateline.js';

/** Lines that are a byline, not prose (`□首席记者 陈晓苏`, `记者 杨成栋 摄`, `本报记者 姜 峰`): the news vocabulary's. */
function isBylineLine(line: string): boolean {
  return parseByline(line) !== null;
}

/**
 * Whether text is in the article-file format rather than an OCR page. OCR pages open with a byline
 * or with short column-width lines; article files open with a short title block and then have long
 * paragraph lines.
 */
export function looksLikeArticleFile(text: string): boolean {
  const blocks = text
    .replace(/^\uFEFF/u, '')
    .trim()
    .split(/\r?\n\s*\r?\n/u);
  const head = (blocks[0] ?? '').split(/\r?\n/u).map((l) => l.trim());
  if (blocks.length < 2 || head.length > 3) return false;
  if (head.some((line) => line === '' || Array.from(line).length > 60 || isBylineLine(line))) return false;
  const bodyLines = blocks
    .slice(1)
    .join('\n')
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (bodyLines.length === 0) return false;
  const lengths = bodyLines.map((l) => Array.from(l).length).sort((a, b) => a - b);
  // OCR columns of Chinese newspapers are 12-20 characters wide; real paragraphs are much longer.
  return (lengths[Math.floor(lengths.length / 2)] as number) >= 30;
}

/**
 * Reads one article file into an `Article`. The first title line is the title, any further title
 * lines the subtitle. Byline lines in the body are moved to `byline`. The id is content-derived
 * (as the page parser makes it), so reading the same file twice gives the same id.
 *
 * @throws Error when there is no title or no body.
 */
export function parseArticleFile(text: string, source: string): Article {
  const blocks = text
    .replace(/^\uFEFF/u, '')
    .trim()
    .split(/\r?\n\s*\r?\n/u);
  const head = (blocks[0] ?? '')
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const title = head[0];
  if (title === undefined) throw new Error(`${source}: no title line`);
  const lines = blocks
    .slice(1)
    .join('\n')
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const bylines = lines.filter((l) => isBylineLine(l));
  const paragraphs = lines.filter((l) => !isBylineLine(l));
  if (paragraphs.length === 0)
    throw new Error(`${source}: no body paragraphs after the title and a blank line`);
  const dateline = findDateline(paragraphs[0] as string);
  const subtitle = head.length > 1 ? head.slice(1).join(' ') : null;
  return {
    // The page parser's id scheme, so an article keeps its id whichever format it came in.
    id: articleId('article', title, paragraphs[0] as string),
    kind: 'article',
    title,
    kicker: null,
    subtitle,
    authors: [],
    byline: bylines.length > 0 ? bylines.join(' ') : null,
    dateline,
    paragraphs,
    section: null,
  };
}

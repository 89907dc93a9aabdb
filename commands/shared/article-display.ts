import { t } from '../../src/i18n/index.js';
import { emphasis, text, type Span } from '../../src/reply/rich-text.js';
import type { StoredArticle } from '../../src/store/types.js';
import { stripDateline } from '../../src/summarize/dateline.js';

/**
 * How every view shows one article, so /headlines, /summary, /article and /search agree: the title first, then
 * the kicker in italics; names without the page's byline marks or job titles; ` · ` between short items.
 */
export const SEPARATOR = ' · ';

/** An article's title as lists and cards show it: a photo story carries one 📷 and no second label. */
export function displayTitle(a: Pick<StoredArticle, 'kind' | 'title'>, _locale?: string): string {
  return a.kind === 'photo' ? `📷 ${a.title}` : a.title;
}

/** Byline marks OCR keeps (□ reads as a missing glyph), then job titles and the photo credit's 摄. */
const MARKS = /[□■●◆◇○◎]/gu;
const ROLES =
  /^(?:本报|特约|实习|首席|见习|资深|高级|驻站)*(?:记者|通讯员|摄影记者|摄影|编辑|实习生|评论员)\s*/u;

/** One author's name as a reader wants it: `□首席记者 陈晓苏` → `陈晓苏`. */
export function cleanName(raw: string): string {
  let s = raw.replace(MARKS, ' ').replace(/\s+/gu, ' ').trim();
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(ROLES, '').trim();
  }
  return s.replace(/\s*摄$/u, '').trim();
}

/** The article's authors as printed in Chinese (joined with 、), cleaned, or null when it names none. */
export function authorNames(a: Pick<StoredArticle, 'authors'>): string | null {
  const names = a.authors.map(cleanName).filter((n) => n.length > 0);
  return names.length > 0 ? [...new Set(names)].join('、') : null;
}

/** The lines above an article's text in every card: the kicker in italics, then the subtitle. */
export function articleHead(a: Pick<StoredArticle, 'kicker' | 'subtitle'>): Span[] {
  const head: Span[] = [];
  if (a.kicker) head.push(emphasis(a.kicker));
  if (a.subtitle) head.push(text(head.length > 0 ? `\n${a.subtitle}` : a.subtitle));
  return head;
}

/** The author line of the full text: names only, and for a photo the credit (`杨成栋 摄`). */
export function authorLine(a: Pick<StoredArticle, 'authors' | 'kind'>, locale: string): string | null {
  const names = authorNames(a);
  if (!names) return null;
  return a.kind === 'photo' ? t(locale, 'article.photoBy', { names }) : names;
}

const compact = (s: string): string => s.replace(/\s+/gu, '');

/**
 * True when the full text says nothing the summary does not (a photo caption, a brief): then "Read full
 * article" would open the same words again, so it is not offered.
 */
export function fullTextIsSummary(a: Pick<StoredArticle, 'paragraphs' | 'summary' | 'dateline'>): boolean {
  const full = compact(a.paragraphs.map((p, i) => (i === 0 ? stripDateline(p, a.dateline) : p)).join(''));
  const summary = compact(a.summary);
  return full.length === 0 || full === summary || full.length <= summary.length;
}

/**
 * Article corpora for measuring the parser (tests/news/corpus/*): each article is a file of headline lines, a
 * blank line and one body line per paragraph, with a gold JSON beside it. `layoutCorpusPage` sets a corpus page
 * the way OCR returns a newspaper page, in one of four layouts; `scorePage` says which gold articles the parser
 * rebuilt. The corpora are only measured on: nothing in the parser may be tuned to their text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePageText } from '../../src/news/page-parser.js';
import type { Article } from '../../src/news/types.js';
import { DATELINE_TIME } from '../../src/news/datelines.js';
import { CORPORA } from '../news/corpus/corpora.js';
import { rng } from './page-generator.js';

/** What `../shared/corpus/README.md` says an article's JSON holds. */
export interface GoldArticle {
  kind: 'article' | 'photo';
  kicker: string | null;
  title: string;
  subtitle: string | null;
  authors: string[];
  dateline: string | null;
  paragraphs: string[];
}

export interface CorpusArticle {
  /** `01-yaowen/03-jinritan`: page folder and article file, without extension. */
  id: string;
  /** Headline lines in print order, as in the article file. */
  heads: string[];
  gold: GoldArticle;
}

export interface CorpusPage {
  name: string;
  articles: CorpusArticle[];
}

/** Reads `<dir>/pages/<page>/<NN-slug>.{txt,json}`, pages and articles in name order. */
export function loadCorpus(dir: string): CorpusPage[] {
  const root = join(dir, 'pages');
  return readdirSync(root)
    .sort()
    .map((name) => {
      const files = readdirSync(join(root, name))
        .filter((f) => f.endsWith('.txt'))
        .sort();
      const articles = files.map((file): CorpusArticle => {
        const base = file.slice(0, -4);
        const text = readFileSync(join(root, name, file), 'utf8');
        const blank = text.indexOf('\n\n');
        const heads = text.slice(0, blank).split('\n');
        const gold = JSON.parse(readFileSync(join(root, name, `${base}.json`), 'utf8')) as GoldArticle;
        return { id: `${name}/${base}`, heads, gold };
      });
      return { name, articles };
    });
}

export interface Layout {
  /** Headlines printed above their story (true) or under it, as on the seed page (false). */
  headlineFirst: boolean;
  /** A blank line after every line, as on the seed page, or none. */
  blankLines: boolean;
}

export const LAYOUTS: ReadonlyArray<{ name: string; layout: Layout }> = [
  { name: 'after+blank', layout: { headlineFirst: false, blankLines: true } },
  { name: 'after', layout: { headlineFirst: false, blankLines: false } },
  { name: 'first+blank', layout: { headlineFirst: true, blankLines: true } },
  { name: 'first', layout: { headlineFirst: true, blankLines: false } },
];

/** Closing marks a typesetter keeps off a line's start (避头尾); OCR'd pages do not always. */
const CLOSING = new Set(Array.from('，。、；：！？”’）》」』'));

function printUnits(ch: string): number {
  return /[\x21-\x7e]/u.test(ch) ? 0.5 : 1;
}

/**
 * Breaks a paragraph into OCR lines: each line's room is drawn from 15-17 ems (a justified column whose
 * half-width punctuation shifts every line's count), the first line loses two ems to the indent OCR drops,
 * a Latin word or number moves whole to the next line, and a closing mark either hangs at the end of a line or,
 * a third of the time, starts the next one. A line that fits the column whole is set whole.
 */
export function setParagraph(text: string, r: () => number): string[] {
  const units: string[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9][A-Za-z0-9.%+-]*|[\s\S]/gu)) units.push(m[0]);
  const lines: string[] = [];
  let line = '';
  let used = 0;
  let room = 15 + Math.floor(r() * 3) - 2;
  const widthOf = (u: string): number => Array.from(u).reduce((s, ch) => s + printUnits(ch), 0);
  // A line short enough for the column (a byline, an intertitle) is set whole, not indented and broken.
  if (widthOf(text) <= room + 2) return [text];
  for (const u of units) {
    const w = widthOf(u);
    if (used + w > room && line !== '' && u === ' ') {
      // A space at the break stays at the end of the line; OCR keeps it there.
      line += u;
      continue;
    }
    if (used + w > room && line !== '' && !(CLOSING.has(u) && r() < 0.67)) {
      lines.push(line);
      line = '';
      used = 0;
      room = 15 + Math.floor(r() * 3);
    }
    line += u;
    used += w;
  }
  if (line !== '') lines.push(line);
  return lines;
}

const WEEKDAYS = '日一二三四五六';

/**
 * One corpus page as OCR text: a header line, then every article, headlines before or after their body, each
 * body line set as a paragraph of the column. Short headline lines are sometimes centred (a leading space), as
 * the seed page's photo title is. Deterministic for a page, a layout and a seed.
 */
export function layoutCorpusPage(page: CorpusPage, layout: Layout, seed = 1): string {
  const r = rng(seed * 7919 + page.name.length * 31 + page.articles.length);
  const day = 1 + Math.floor(r() * 28);
  const date = new Date(Date.UTC(2020, 0, day));
  const out: string[] = [`2020年1月${day}日 星期${WEEKDAYS[date.getUTCDay()]} 第${page.name.slice(0, 2)}版`];
  for (const a of page.articles) {
    const heads = a.heads.map((h) => (Array.from(h).length < 12 && r() < 0.3 ? ` ${h}` : h));
    const body = a.gold.paragraphs.flatMap((p) => setParagraph(p, r));
    if (layout.headlineFirst) out.push(...heads, ...body);
    else out.push(...body, ...heads);
  }
  out.push(`责任编辑：林 立 版式设计：王 敏`);
  return out.map((l) => l + (layout.blankLines ? '\n\n' : '\n')).join('');
}

/** Text without punctuation and spaces: what the score compares. */
function bare(s: string): string {
  return s.replace(/[\s\p{P}\p{S}]/gu, '');
}

/**
 * The text of a parsed article that the gold counts as body: its paragraphs, and its byline or credit where that
 * was a line of its own (the gold keeps standalone bylines and credits among the paragraphs, the parser in
 * `byline`); a byline read out of the dateline is already in the first paragraph.
 */
function printedBody(a: Article): string {
  const inDateline = a.byline !== null && a.paragraphs[0]?.includes(a.byline) === true;
  return (a.byline !== null && !inDateline ? a.byline : '') + a.paragraphs.join('');
}

/** A parsed article whose kicker + title + subtitle holds the gold's main title (`title` already `bare`). */
function carriesTitle(p: Article, title: string): boolean {
  return bare(`${p.kicker ?? ''}${p.title}${p.subtitle ?? ''}`).includes(title);
}

export interface ArticleScore {
  id: string;
  ok: boolean;
  /** Why not: no parsed article carries the main title, or the body length is off (by how much). */
  reason: string | null;
}

/**
 * An article counts when some parsed article holds its main title inside kicker + title + subtitle and that
 * article's body (`printedBody`) is within 3 % (at least 10 characters) of the gold body, punctuation and spaces
 * ignored.
 */
export function scorePage(page: CorpusPage, parsed: Article[]): ArticleScore[] {
  return page.articles.map((a) => {
    const title = bare(a.gold.title);
    const goldLen = Array.from(bare(a.gold.paragraphs.join(''))).length;
    const carriers = parsed.filter((p) => carriesTitle(p, title));
    if (carriers.length === 0) return { id: a.id, ok: false, reason: 'title not found' };
    const diffs = carriers.map((p) => Array.from(bare(printedBody(p))).length - goldLen);
    const best = diffs.reduce((x, y) => (Math.abs(y) < Math.abs(x) ? y : x));
    const ok = Math.abs(best) <= Math.max(10, 0.03 * goldLen);
    return { id: a.id, ok, reason: ok ? null : `body ${best > 0 ? '+' : ''}${best} of ${goldLen}` };
  });
}

/** What `Article.dateline` may hold after the opening words: a byline (bracketed, or `记者 X 报道`), then a date or time. */
const AFTER_OPENING = new RegExp(
  `^\\s*(?:[（(][^）)]*[）)]|(?:记者|通讯员)[^，。]*报道)?\\s*(?:${DATELINE_TIME.source})?$`,
  'u',
);

/**
 * Of the articles whose title was found, how many have the gold's authors (same names, same order), the gold's
 * dateline, and the gold's kicker, title and subtitle each in its place. `Article.dateline` keeps the bracketed byline and the date or time that follow the opening words
 * (`本报讯（记者 王明）昨天上午`); the gold has the opening words alone, so those are compared.
 */
export function metadataAgreement(
  page: CorpusPage,
  parsed: Article[],
): { found: number; authors: number; datelines: number; headlines: number } {
  let found = 0;
  let authors = 0;
  let datelines = 0;
  let headlines = 0;
  for (const a of page.articles) {
    const title = bare(a.gold.title);
    const got = parsed.find((p) => carriesTitle(p, title));
    if (got === undefined) continue;
    found++;
    if (JSON.stringify(got.authors) === JSON.stringify(a.gold.authors)) authors++;
    // The whole headline group in its parts: kicker, title and subtitle each the gold's (punctuation and spaces aside).
    const same = (x: string | null, y: string | null): boolean => bare(x ?? '') === bare(y ?? '');
    if (
      same(got.title, a.gold.title) &&
      same(got.kicker, a.gold.kicker) &&
      same(got.subtitle, a.gold.subtitle)
    )
      headlines++;
    const gold = a.gold.dateline;
    const ours = got.dateline;
    if (
      gold === null
        ? ours === null
        : ours !== null && ours.startsWith(gold) && AFTER_OPENING.test(ours.slice(gold.length))
    )
      datelines++;
  }
  return { found, authors, datelines, headlines };
}

/** A corpus page set in `layout` (with layout seed `seed`), parsed, and scored. */
export function scoreLaidOut(page: CorpusPage, layout: Layout, seed = 1): ArticleScore[] {
  return scorePage(page, parsePageText(layoutCorpusPage(page, layout, seed), `${page.name}.txt`).articles);
}

/** A corpus's page, by corpus and page name (tests hold fixes to the pages they were found on). */
export function corpusPage(corpus: string, page: string): CorpusPage {
  return loadCorpus(CORPORA.find((c) => c.name === corpus)!.dir).find((p) => p.name === page)!;
}

/** `page` as the corpus layout `layoutName` sets it at layout seed `seed`, parsed. */
export function parsedCorpusPage(page: CorpusPage, layoutName: string, seed = 1): Article[] {
  const layout = LAYOUTS.find((l) => l.name === layoutName)!.layout;
  return parsePageText(layoutCorpusPage(page, layout, seed), `${page.name}.txt`).articles;
}

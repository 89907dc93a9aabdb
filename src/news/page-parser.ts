/**
 * One OCR'd newspaper page in, a `Page` out.
 *
 * How a page is read:
 * 1. Every non-blank line is furniture (header/footer: date line, 版次, 责任编辑 …), a section banner, a byline,
 *    a photo credit (`记者 X 摄`), or text.
 * 2. Text between bylines, banners and credits is split into headline lines and paragraphs (see layout.ts).
 * 3. A credit closes a photo item: the paragraphs just before it are its caption, the headline line before the
 *    caption its title.
 * 4. The rest forms stories: a story's body starts at a byline, at a dateline paragraph (`本报讯…`) or after a
 *    headline; consecutive headline lines form its headline (kicker, title, subtitle starting with `——`).
 *    Whether a page prints headlines after the body (as the seed page does) or before the byline is decided
 *    once per page, from headlines that have a body on one side only.
 * 5. A banner applies to the stories and photos that start after it, up to the next banner.
 */
import { accountedText } from './accounting.js';
import { articleId, uniqueIds } from './article-id.js';
import { charCount, hasClausePunct, hasSpaceBetweenHan, printWidth, scanLine } from './char-class.js';
import { decodePage, splitLines } from './decode.js';
import { admitCommaTitles } from './comma-titles.js';
import { chooseWidthModel, columnWidth, fullLineSpread, measure } from './column-width.js';
import { joinHeadline, joinLines } from './join-lines.js';
import { isDataRow, opensListRow } from './data-rows.js';
import { brokenMidPhrase, segmentRun } from './layout.js';
import {
  makeLine,
  markBrokenDatelines,
  markBrokenDashes,
  markBrokenUnits,
  markCommaRunOns,
  markHandoutCredits,
  markOpenQuotes,
  markWrappedTrailers,
  type TextLine,
} from './text-line.js';
import { dateFromFileName, findDate, isFurniture, parseBanner } from './line-kinds.js';
import { assembleArticles, type Draft, type Element } from './page-structure.js';
import type { Article, Page } from './types.js';
import { brokenInsideRole, isCreditTail, joinWrappedByline, opensWrappedCredit } from './wrapped-bylines.js';
import { CREDIT_END, opensByline, parseByline, trailingCreditAt } from './vocabulary.js';
import { parseDateline, reporterInLede, startsDateline } from './datelines.js';

export { PageError } from './page-error.js';
export { accountedText };

/**
 * Decodes a page's bytes (UTF-8 with or without BOM, UTF-16 with BOM, GBK/GB18030) and parses it.
 *
 * @throws PageError (only) when the bytes are empty, binary or in no encoding a page comes in.
 */
export function parsePage(bytes: Uint8Array, source: string): Page {
  const { text, encoding } = decodePage(bytes, source);
  return parsePageText(text, source, encoding);
}

/** A line of closing brackets or quotes alone: `）`, `”`. */
const CLOSING_ONLY = /^[”’）)》」』]+[：，。；]?$/u;
/** A picture's credit to a wire agency, in brackets: `（法新社）`, `（美联社）`, `（路透社）`. */
const WIRE_CREDIT =
  /^[（(](?:法新社|美联社|路透社|欧新社|塔斯社|共同社|韩联社|安莎社|埃菲社|新华社|中新社)[）)]$/u;

/**
 * Parses a page's text. Never throws: any string gives a `Page`, at worst with its text kept as headline or
 * paragraph rather than lost.
 */
export function parsePageText(text: string, source: string, encoding = 'utf-8'): Page {
  const raw = splitLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const nonBlank: number[] = [];
  const trimmedLines: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!.trim();
    trimmedLines.push(t);
    if (t !== '') nonBlank.push(i);
  }
  const edgeFrom = nonBlank[3] ?? Infinity;
  const edgeTo = nonBlank[nonBlank.length - 4] ?? -Infinity;

  const furniture: string[] = [];
  let date: string | null = null;
  // Pass 1: classify lines. Text lines are collected in runs between the non-text elements.
  const items: Array<Element | TextLine[]> = [];
  let run: TextLine[] | null = null;
  const allText: TextLine[] = [];
  for (let n = 0; n < nonBlank.length; n++) {
    const i = nonBlank[n]!;
    const line = raw[i]!;
    let trimmed = trimmedLines[i]!;
    // Closing marks alone on the next line were pushed down by a narrow column (`…（本报记者 王海燕` / `）`,
    // `…原料供应。` / `”`, `…安排（北京时间` / `）：`): they end this line.
    const pushed = n + 1 < nonBlank.length ? trimmedLines[nonBlank[n + 1]!]! : '';
    // So is a table row the column broke at a bar between its cells (`…卵苗径流量（亿粒）` / `｜约60｜约95`).
    const barred = pushed !== '' && (pushed.charCodeAt(0) === 0xff5c || trimmed.endsWith('｜'));
    // And a wire agency credited in brackets after a caption's sentence (`…享受阳光。` / `（法新社）`).
    const agency = pushed.length <= 9 && /[。！？]$/u.test(trimmed) && WIRE_CREDIT.test(pushed);
    if ((pushed.length <= 3 && CLOSING_ONLY.test(pushed)) || barred || agency) {
      trimmed += pushed;
      n++;
    }
    const scan = scanLine(trimmed);
    // Clause punctuation marks running text; furniture, bylines and banners never have it.
    const plain = !scan.clause;
    if (plain && isFurniture(trimmed, i < edgeFrom || i > edgeTo)) {
      furniture.push(trimmed);
      date ??= findDate(trimmed);
      continue;
    }
    let by = plain ? parseByline(trimmed) : null;
    const lineBefore = n > 0 ? nonBlank[n - 1] : -1;
    const following1 = n + 1 < nonBlank.length ? trimmedLines[nonBlank[n + 1]!]! : '';
    // (A photo credit goes on only with the picture it is for: `…赵 迪摄` / `（图①） 新华社记者 黄 河摄（图②）`, or
    // with the next picture's credit: `图①…何 晓摄` / `图②通讯员 张俊供图`.)
    const wraps = by
      ? !by.photo ||
        /^[（(]图[①-⑳\d]+[）)]/u.test(following1) ||
        (/^图[①-⑳]/u.test(trimmed) && /^图[①-⑳]/u.test(following1))
      : plain &&
        (opensWrappedCredit(trimmed) ||
          opensByline(trimmed) ||
          // (Or broken inside its first role: `文/片 齐鲁晚报·齐鲁壹点记` / `者 于 悦 …`.)
          brokenInsideRole(trimmed, following1));
    const next = wraps ? following1 : '';
    const wrapped = next === '' ? null : joinWrappedByline(trimmed, next);
    // A long byline over three lines (`文/广州日报全媒体记者 黄` / `丹 通讯员 南宣 图/广州日报全` / `媒体记者 苏俊杰`):
    // the second line goes on with the first's names, the third completes it.
    const third = wrapped === null && next !== '' && n + 2 < nonBlank.length;
    const wrapped3 = third ? joinWrappedByline(trimmed + next, trimmedLines[nonBlank[n + 2]!]!) : null;
    if (wrapped !== null) {
      ({ text: trimmed, byline: by } = wrapped);
      n++;
      // (Where it was filed may have gone on to a third line: `…南方` / `周末特约撰稿 Chloé Martin` / `发自上海`.)
      const tail = n + 1 < nonBlank.length ? trimmedLines[nonBlank[n + 1]!]! : '';
      const filed = tail !== '' && tail.length <= 8 && !by.photo ? joinWrappedByline(trimmed, tail) : null;
      if (filed !== null && filed.byline.authors.length === by.authors.length) {
        ({ text: trimmed, byline: by } = filed);
        n++;
      }
    } else if (
      wrapped3 !== null &&
      !hasClausePunct(next) &&
      next.length <= 24 &&
      // (A first line that is a byline alone gives way only to one naming more, `…黄 丹` / `通讯员 南宣 图/…`, or
      // to one that drops its last word, a fragment: `…苏 丹 南方周` / `末特约撰稿 …`.)
      (!by ||
        by.photo ||
        wrapped3.byline.authors.length > by.authors.length ||
        !wrapped3.byline.authors.includes(by.authors[by.authors.length - 1]!))
    ) {
      ({ text: trimmed, byline: by } = wrapped3);
      n += 2;
    }
    if (by) {
      const above = allText.at(-1);
      if (above && above.no === lineBefore) above.bylineNext = true;
      const text = trimmed.replace(/\s+/gu, ' ');
      // (A photographer labelled under the writer, `采写：南都记者 钟 欣` / `摄影：南都记者 张 驰`, is the story's
      // byline too, not a picture's credit.)
      const last = items.at(-1);
      const paired =
        by.photo &&
        last !== undefined &&
        !Array.isArray(last) &&
        last.t === 'byline' &&
        /^(?:摄影|图片)[：:]/u.test(text);
      if (by.photo && !paired) items.push({ t: 'credit', no: i, text, authors: by.authors });
      else items.push({ t: 'byline', no: i, text, authors: by.authors, closing: by.closing });
      run = null;
      continue;
    }
    // (A box's marked title over the rows it introduces, `■总决赛各场比分` / `第一场 广东 98∶91 北京`, or over a chart's,
    // `■当日主要指数表现` / `上证指数 3470.07点 +2.57%`, is no section's.)
    let section = plain ? parseBanner(trimmed) : null;
    if (section !== null && (opensListRow(following1) || isDataRow(following1))) section = null;
    if (section !== null) {
      furniture.push(trimmed);
      items.push({ t: 'banner', no: i, section });
      run = null;
      continue;
    }
    // A credit run onto the caption's last line and broken inside its name (`…采收晚稻。王` / `彪摄（人民视觉）`):
    // the caption's line takes the rest of the credit back.
    const following = n + 1 < nonBlank.length ? trimmedLines[nonBlank[n + 1]!]! : '';
    if (following !== '' && isCreditTail(following) && !trimmed.endsWith('摄')) {
      const joined = trimmed + following;
      const at = trailingCreditAt(joined);
      if (at > 0 && at < trimmed.length && parseByline(joined.slice(at).trim())?.photo) {
        trimmed = joined;
        n++;
      }
    }
    // A credit run onto the caption's last line: the caption text, then the credit.
    const lastCode = trimmed.charCodeAt(trimmed.length - 1);
    const creditAt =
      (lastCode === 0x6444 || lastCode === 0xff09 || lastCode === 0x29) && CREDIT_END.test(trimmed)
        ? trailingCreditAt(trimmed)
        : -1;
    if (creditAt > 0) {
      const credit = trimmed.slice(creditAt).trim();
      const by2 = parseByline(credit);
      if (by2?.photo) {
        const tl = makeLine(i, trimmed.slice(0, creditAt));
        if (run === null) {
          run = [];
          items.push(run);
        }
        run.push(tl);
        allText.push(tl);
        items.push({ t: 'credit', no: i, text: credit.replace(/\s+/gu, ' '), authors: by2.authors });
        run = null;
        continue;
      }
    }
    const tl = makeLine(i, line, trimmed, trimmed === trimmedLines[i] ? scan : undefined);
    if (run === null) {
      run = [];
      items.push(run);
    }
    run.push(tl);
    allText.push(tl);
  }

  // Pass 2: measure, then split each run into headline lines and paragraphs.
  const { model, width: pageWidth } = chooseWidthModel(allText, 15.5);
  measure(allText, model);
  // Some OCR tools pad every line; a trailing space means something only where it is rare.
  if (allText.filter((l) => l.trail).length * 10 > allText.length) for (const l of allText) l.trail = false;
  markWrappedTrailers(allText);
  markBrokenDatelines(allText);
  markOpenQuotes(allText);
  markHandoutCredits(allText);
  markBrokenDashes(allText);
  markBrokenUnits(allText);
  markCommaRunOns(allText);
  admitCommaTitles(allText, pageWidth);
  const spread = fullLineSpread(allText, pageWidth);
  const elements: Element[] = [];
  for (const item of items) {
    if (!Array.isArray(item)) {
      elements.push(item);
      continue;
    }
    // A stretch may be set in its own column (a caption, a boxed story), but in a short one of brief paragraphs
    // the first lines (two ems short) outnumber the full ones and would pass for the column: it needs more lines
    // than the page to overrule the page's width.
    const w = columnWidth(item, pageWidth, 8);
    for (const b of segmentRun(item, w, spread)) {
      if (b.type === 'head') elements.push({ t: 'head', no: b.line.no, text: b.line.text });
      else {
        const first = b.lines[0]!;
        // A title-shaped first line is kept aside: the page pass may find it was a headline run into the text.
        // (A chart row the column broke, its text given, is no paragraph with a first line.)
        const lead =
          b.lines.length > 1 && b.text === undefined && first.titleish && !first.dateline
            ? first.text
            : undefined;
        const text = b.text ?? joinLines(b.lines, w);
        // A dateline the column broke before its 电 (`据新华社布宜诺斯艾利斯7月` / `14日电 …`) shows once joined.
        const dateline = b.dateline || (b.lines.length > 1 && startsDateline(text));
        elements.push({ t: 'para', no: first.no, text, dateline, lead });
      }
    }
  }

  const width = model === 'chars' ? charCount : printWidth;
  const drafts = assembleArticles(elements, { width: pageWidth, measure: width });
  const banners = elements.filter((e): e is Extract<Element, { t: 'banner' }> => e.t === 'banner');
  const sections = [...new Set(banners.map((b) => b.section))];
  const articles = finish(drafts, banners, pageWidth, width);
  return {
    source,
    encoding,
    date: date ?? dateFromFileName(source),
    sections,
    furniture,
    articles,
  };
}

/**
 * Splits a headline group into kicker, title and subtitle. Of two main lines the first is a kicker, printed
 * smaller and alone on its line, unless the two read as one title wrapped at the column: the first line fills
 * the column to its last em (the next character did not fit), has no phrase space, and the second is short (at
 * most 60% of the column). A kicker that happens to fill the column above a short title is read as a wrapped
 * title too: the widths cannot tell the two apart. Nor can they a kicker that fills the column from a title over a
 * subtitle set across columns: that pair is read as title and subtitle.
 */
function splitHeadline(
  lines: string[],
  column: number,
  width: (s: string) => number,
): { kicker: string | null; title: string; subtitle: string | null } {
  if (lines.length === 0) return { kicker: null, title: '', subtitle: null };
  const sub = lines.findIndex((l, i) => i > 0 && /^(?:——|──|—|--)/u.test(l));
  const main = sub > 0 ? lines.slice(0, sub) : lines;
  const subtitle = sub > 0 ? joinHeadline(lines.slice(sub)) : null;
  if (main.length === 1) return { kicker: null, title: main[0]!, subtitle };
  if (main.length === 2) {
    const [a, b] = main as [string, string];
    const wa = width(a);
    if (wa > column - 1 && wa <= column && !hasSpaceBetweenHan(a) && width(b) <= 0.6 * column)
      return { kicker: null, title: joinHeadline(main), subtitle };
    // A title as wide as the column over a line of clauses set across columns, half as wide again: the second is
    // the subtitle without its dash (`北京今年将新建改造2000公里慢行系统` / `重点推进…自行车道连通，年底前…力争达75.5%`).
    if (subtitle === null && wa >= column - 1 && width(b) >= 1.5 * column && b.includes('，'))
      return { kicker: null, title: a, subtitle: b };
  }
  // Three lines and no `——`: kicker, title and a subtitle set without its dash (`乡村振兴一线行` / `一颗猕猴桃的“致富经”` /
  // `秦岭北麓蹲点调研记②`), unless the title's line was broken mid-phrase.
  if (main.length === 3 && subtitle === null) {
    const [, b, c] = main as [string, string, string];
    if (!brokenMidPhrase(b, c, width(b), column)) return { kicker: main[0]!, title: b, subtitle: c };
  }
  return { kicker: main[0]!, title: joinHeadline(main.slice(1)), subtitle };
}

function finish(
  drafts: Draft[],
  banners: Array<{ no: number; section: string }>,
  column: number,
  width: (s: string) => number,
): Article[] {
  const articles = drafts.map((d): Article => {
    const { kicker, title, subtitle } = splitHeadline(d.heads, column, width);
    let section: string | null = null;
    for (const b of banners) if (b.no < d.no) section = b.section;
    const dl = d.kind === 'article' && d.paragraphs[0] !== undefined ? parseDateline(d.paragraphs[0]) : null;
    let byline = d.bylines.length > 0 ? d.bylines.join(' ') : null;
    let authors = d.authors;
    if (dl?.byline && byline === null) {
      byline = dl.byline;
      // The dateline's reporters come first; photographers and trailers inside the story after them.
      authors = [...dl.authors, ...d.authors];
    } else if (dl === null && byline === null && d.kind === 'article' && d.paragraphs[0] !== undefined)
      authors = [...reporterInLede(d.paragraphs[0]), ...d.authors];
    const article: Omit<Article, 'section'> & { section?: string | null } = {
      id: articleId(d.kind, title, d.paragraphs[0] ?? ''),
      kind: d.kind,
      title,
      kicker,
      subtitle,
      authors: distinct(authors),
      byline,
      dateline: dl?.dateline ?? null,
      paragraphs: d.paragraphs,
    };
    // `subheads` only when there are some, before `section`: assigned in that order, as a conditional spread into
    // the literal is many times slower to build.
    if (d.subheads) article.subheads = d.subheads;
    article.section = section;
    return article as Article;
  });
  const ids = uniqueIds(articles.map((a) => a.id));
  articles.forEach((a, k) => (a.id = ids[k]!));
  return articles;
}

/** The names in first-seen order, each once (`[...new Set(names)]`, for the few names of a story). */
function distinct(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) if (!out.includes(n)) out.push(n);
  return out;
}

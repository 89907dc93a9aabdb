/**
 * Running text of an OCR'd page: which lines are headline lines and which are body, where paragraphs break, and
 * how broken lines are joined again.
 *
 * OCR keeps the column's line breaks and loses the paragraph indent. So, in a column of width W:
 * - a body line that is not a paragraph's last runs (nearly) to W;
 * - a paragraph's first line is about two ems short (the lost indent);
 * - a paragraph's last line ends a sentence and is usually short.
 * Headline lines break that pattern: they end no sentence, hold no `，。；`, often separate phrases with a space,
 * and have any width. Where the widths cannot tell (a title about as wide as the column), position does: text
 * that ends no sentence before a byline, banner, photo or the end of the page is headline, not body.
 */
import {
  charCount,
  endsSentence,
  hasClausePunct,
  hasSpaceBetweenHan,
  isLatinOrDigit,
  printWidth,
  widths,
} from './char-class.js';
import { closesWithTrailer, isBareName, isBoxLabel, startsDateline } from './vocabulary.js';

/** One non-blank text line, trimmed, with what its whitespace and width say. */
export interface TextLine {
  /** Index of the line in the page. */
  no: number;
  /** Trimmed, whitespace runs inside folded to one space. */
  text: string;
  /** Printed with leading whitespace (OCR puts it before centred lines: short titles, bylines). */
  lead: boolean;
  /** Leading ideographic space or two spaces: a paragraph indent that survived OCR. */
  indent: boolean;
  /** Printed with trailing whitespace. */
  trail: boolean;
  /** Width under the page's model (see `chooseWidthModel`). */
  w: number;
  /** Print width and character count: the two models' widths. */
  wPrint: number;
  wChars: number;
  /** Width of the Latin word or number the line starts with (0 if none): what may have been pushed down. */
  latinHead: number;
  /** Ends a sentence (`endsSentence`). */
  ends: boolean;
  /** Closes a story with its trailer (`（作者为…）`, `（本报记者 X）`): nothing after it is the same paragraph. */
  closes: boolean;
  /** Has a space between ideographs (`hasSpaceBetweenHan`). */
  spaced: boolean;
  /** Opens with a dateline (`本报讯…`). */
  dateline: boolean;
  /** Opens with a news lede's time and a comma (`近日，`, `8月5日上午，`): how a brief without a dateline starts. */
  lede: boolean;
  /** Title-shaped: no clause punctuation, not ending mid-sentence, not absurdly long. */
  titleish: boolean;
  /** A byline line comes right after it (bylines are not text lines, so the page pass tells). */
  bylineNext?: boolean;
  /** Admitted as a headline by `admitCommaTitles` (a question, a comma): at a boundary it is one. */
  headline?: boolean;
}

type WidthModel = 'print' | 'chars';

// Hot per-line patterns, without the `u` flag (all BMP) so V8 keeps its fast paths.
const INDENT = /^(?:\u3000|[ \t]{2,})/;
const CONTINUES = /[，、；]$/;
/** Opens with a quotation mark or bracket, which 避头尾 never leaves at a line's end. */
const OPENS = /^[“‘《（「]/;
/** A full stop, question or exclamation mark, colon or semicolon before the line's last character. */
const MID_STOP = /[。！？：；](?=.)/;

/**
 * A story's first sentence, when it has no dateline, opens with when it happened: `近日，`, `日前，`, `昨天，`,
 * `今年以来，`, `一季度，`, `前两个月，`, `8月5日上午`, `记者从…获悉`. Right after a line of nothing but title-shaped text, such an opening shows that the
 * text above was a headline rather than the start of the paragraph.
 */
const LEDE =
  /^(?:(?:近日|日前|近期|连日来|昨天|昨日|今天|今日|今年以来|(?:今年|去年)?(?:[一二三四]季度|[上下]半年|前[一二三四五六七八九十两]个月))，|(?:当地时间)?\d{1,2}月\d{1,2}日|记者(?:近日|日前)?从|记者(?:获悉|了解到)，|图片说明[：:]|图[①-⑳]+[：:]|[上下左右]图[：:])/;

/** The characters a lede opens with (besides digits), as a table over the basic CJK block: the test is hot. */
const LEDE_FIRST = new Uint8Array(0xa000 - 0x4e00);
for (const ch of '近日昨今连记图当一二三四上下前去左右') LEDE_FIRST[ch.charCodeAt(0) - 0x4e00] = 1;

export function opensLede(text: string): boolean {
  // Every lede opens with one of these characters (or a digit); most lines are turned away without the regex.
  const c = text.charCodeAt(0);
  const first = c >= 0x4e00 && c < 0xa000 ? LEDE_FIRST[c - 0x4e00] === 1 : c >= 0x30 && c <= 0x39;
  return first && LEDE.test(text);
}

/**
 * Words that open a paragraph of news copy rather than a sentence inside one. Only consulted where widths cannot
 * tell (see `paragraphBreak`). A speaker's `他说，` is left out: it opens sentences inside paragraphs as often.
 */
const PARAGRAPH_OPENER =
  /^(?:会议(?:指出|强调|要求|认为|提出|明确|决定|听取|审议)|据(?:悉|了解|介绍|统计|测算)|记者(?:了解到|获悉|注意到)|目前|此外|另外|同时|与此同时|下一步)/;

/** A column's name closing a headline: `（今日谈）`, `（人民时评）`, `（身边看“六稳”（16））`. */
const COLUMN_TAG = /[（(][\u4e00-\u9fff“”]{2,8}(?:[（(]\d{1,3}[）)])?[）)]$/u;

function columnTagged(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return (c === 0xff09 || c === 0x29) && COLUMN_TAG.test(text);
}

/** A numbered intertitle or list head: `一、…`, `（一）…`, `(2)…`. */
export const NUMBERED = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)])/u;

/** Whitespace other than single spaces, which `makeLine` folds to one space (what `/\s+/g` would change). */
const ODD_SPACE = /[^\S ]| {2}/;

/** A chart's source note. */
const SOURCE_NOTE = /^(?:数据|资料)?来源[：:]/;

function isBullet(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 0x25b2 || c === 0x25cf; // ▲ ●
}

/** `trimmed` is `raw.trim()`, when the caller has it already. */
export function makeLine(no: number, raw: string, trimmed = raw.trim()): TextLine {
  const text = ODD_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  const dateline = startsDateline(text);
  // A trailer ends its paragraph; a dateline's own bracketed byline (`本报讯（记者 X）`) closes nothing.
  const closes = !dateline && closesWithTrailer(text);
  const ends = closes || endsSentence(text);
  const { print, chars } = widths(text);
  return {
    no,
    text,
    lead: trimmed.length > 0 && raw.charCodeAt(0) !== text.charCodeAt(0),
    indent: INDENT.test(raw),
    trail: trimmed.length > 0 && raw.charCodeAt(raw.length - 1) !== text.charCodeAt(text.length - 1),
    w: 0,
    wPrint: print,
    wChars: chars,
    latinHead: 0,
    ends,
    closes,
    spaced: hasSpaceBetweenHan(text),
    dateline,
    lede: opensLede(text),
    // A bullet (`▲4000万吨：…`, `●历时一年半改造`) is a list item of the text, never a headline line.
    titleish: !ends && text.length <= 40 && !hasClausePunct(text) && !CONTINUES.test(text) && !isBullet(text),
  };
}

/**
 * Headlines may carry commas (`数据多跑路，群众少跑腿（今日谈）`, `前两个月…增长7.3%，民营企业占比首次超过六成`), which
 * `titleish` turns away because body lines are full of them. Two signs no body line has let such a line back in:
 * a column's name closing it, or a width well past the column (lines vary by an em or so, not three).
 */
export function admitCommaTitles(lines: TextLine[], w: number): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const t = l.text;
    // Cheap tests first: this looks at every line of the page, and most are mid-paragraph.
    if (l.titleish || t.length > 40) continue;
    const last = t.charCodeAt(t.length - 1);
    if (l.ends && last !== 0xff1f && last !== 0xff01) continue; // a sentence end other than ？ ！
    const prev = lines[i - 1];
    // (A kicker above it is short; a full line above it is the paragraph it goes on with.)
    // (Or a title-shaped line of its own after a sentence end, however wide: `距…开幕还有48天`.)
    const before = lines[i - 2];
    const afterEnd =
      prev === undefined ||
      prev.ends ||
      (prev.titleish && (prev.w <= w - 3 || before === undefined || before.ends));
    const marked = !l.ends && (l.w >= w + 3 || last === 0xff09 || last === 0x29);
    if (!afterEnd && !marked) continue;
    const comma = t.indexOf('，');
    if (!l.ends && comma < 0) continue;
    // One comma: a headline's two halves. A line with more is a sentence, whatever its width.
    if (comma >= 0 && t.indexOf('，', comma + 1) >= 0) continue;
    if (CONTINUES.test(t) || /[。；]/.test(t) || (l.ends && /[？！]./.test(t))) continue;
    if (marked && (columnTagged(t) || l.w >= w + 3)) {
      l.titleish = true;
      continue;
    }
    // Otherwise a headline with a comma or a question (`高温天气，如何防范热射病？`) stands on a line of its own,
    // after the end of what came before, and a byline, a dateline, a `——` subtitle, an editor's box (`核心阅读`)
    // or a bare name follows it: a paragraph's last line has its sentence above it.
    if (!afterEnd || l.w > w + 6) continue;
    const next = lines[i + 1];
    // (The page's first text line, ending in ？ or ！, is a headline too: no sentence is cut off above it.)
    const opensPage = prev === undefined && l.ends;
    const after = lines[i + 2];
    if (
      opensPage ||
      l.bylineNext ||
      (next &&
        (next.dateline ||
          next.lede ||
          isSubtitle(next) ||
          isBoxLabel(next.text) ||
          isBareName(next.text) ||
          (next.titleish && after !== undefined && (after.dateline || after.lede))))
    ) {
      l.titleish = true;
      l.headline = true;
      l.ends = false;
    }
  }
}

/** Lines that look like the middle of a paragraph: what the column width is measured on. */
function isColumnSample(l: TextLine): boolean {
  return !l.ends && !l.lead && !l.spaced && l.text.length >= 6;
}

/**
 * Pages are laid out either by print width (punctuation and Latin at half an em, as in real papers) or by plain
 * character count (as some converters do). The model under which the column's full lines agree best wins; the
 * page's column width under it (as `columnWidth` measures, `fallback` with too few samples) comes with it.
 */
export function chooseWidthModel(lines: TextLine[], fallback: number): { model: WidthModel; width: number } {
  const samples = lines.filter(isColumnSample);
  if (samples.length < 4) return { model: 'print', width: fallback };
  // Full lines fill the column's last unit: under the right model most samples fall in one window (m-1, m].
  const densest = (ws: number[]): { m: number; n: number } => {
    const m = densestEm(ws);
    return { m, n: ws.filter((w) => w > m - 1 && w <= m).length };
  };
  const chars = densest(samples.map((l) => l.wChars));
  const print = densest(samples.map((l) => l.wPrint));
  // Print is how papers are set; on a short or narrow page many full lines can share a character count by chance
  // (a 14-em column with few digits), so character counting has to win clearly.
  const model = chars.n > 1.25 * print.n ? 'chars' : 'print';
  return { model, width: samples.length >= 5 ? (model === 'chars' ? chars.m : print.m) : fallback };
}

export function measure(lines: TextLine[], model: WidthModel): void {
  const f = model === 'chars' ? charCount : printWidth;
  for (const l of lines) {
    l.w = model === 'chars' ? l.wChars : l.wPrint;
    if (!isLatinOrDigit(l.text.charCodeAt(0))) continue;
    const head = /^[A-Za-z0-9][A-Za-z0-9.%-]*(?: [A-Za-z0-9][A-Za-z0-9.%-]*)*/u.exec(l.text);
    l.latinHead = head ? f(head[0]) : 0;
  }
}

/**
 * The column width of a stretch of text, from its mid-paragraph lines: a full line falls anywhere in the
 * column's last em (the next character did not fit), so the width is the top of the busiest one-em window.
 * First lines (two ems short) and last lines do not move it. `fallback` when fewer than `minSamples` lines say.
 */
export function columnWidth(lines: TextLine[], fallback: number, minSamples = 5): number {
  if (lines.length < minSamples) return fallback; // (most runs: a headline, a short paragraph)
  const ws = lines.filter(isColumnSample).map((l) => l.w);
  return ws.length >= minSamples ? densestEm(ws) : fallback;
}

/** The upper end m of the window (m-1, m] holding the most values: where full lines of a column fall. */
const BUCKETS = new Uint32Array(520);

function densestEm(ws: number[]): number {
  // Widths are whole or half units: count them in half-unit buckets, then slide a two-bucket window over the
  // buckets that hold any (a handful: visiting only those, and clearing only those, keeps this cheap however
  // wide the widest line). Lines wider than any column are no evidence (and would make the bucket array huge).
  let max = 0;
  const touched: number[] = [];
  for (const w of ws) {
    if (w > 256) continue;
    max = Math.max(max, w);
    const b = Math.round(w * 2);
    if (BUCKETS[b]!++ === 0) touched.push(b);
  }
  const size = Math.ceil(max * 2) + 2;
  touched.sort((a, b) => a - b);
  let best = 0;
  let bestM = 0;
  for (const b of touched) {
    if (b === 0) continue;
    const n = BUCKETS[b]! + BUCKETS[b - 1]!;
    if (n >= best) {
      best = n;
      bestM = b / 2;
    }
  }
  // Paragraphs of one or two lines have more first lines (two ems short) than full ones, and those can win the
  // count. Full lines two ems above the winner, in fair number, mean the winner was the first lines.
  const up = Math.round(bestM * 2) + 4;
  const wider = up < size && BUCKETS[up]! + BUCKETS[up - 1]! >= best / 2;
  for (const b of touched) BUCKETS[b] = 0;
  return wider ? up / 2 : bestM;
}

/** A block of running text: one headline line, or one paragraph's lines. */
type TextBlock = { type: 'head'; line: TextLine } | { type: 'para'; lines: TextLine[]; dateline: boolean };

function isSubtitle(l: TextLine): boolean {
  // ——, ──, — or -- (OCR's reading of a dash). A single dash before a digit is a range broken at the line's
  // start (`…信号。1` / `—2月份，…`), not a subtitle.
  const c = l.text.charCodeAt(0);
  const c1 = l.text.charCodeAt(1);
  if (c === 0x2014 && c1 >= 0x30 && c1 <= 0x39) return false;
  return c === 0x2014 || c === 0x2500 || (c === 0x2d && c1 === 0x2d);
}

/** Title-shaped: no clause punctuation, not ending mid-sentence, not absurdly long. */
function titleish(l: TextLine): boolean {
  return l.titleish;
}

/** Title-shaped and printed like a headline: phrases separated by a space, centred (leading space), or `——`. */
function headlineShaped(l: TextLine): boolean {
  return titleish(l) && (l.spaced || l.lead || isSubtitle(l));
}

/** A line that cannot continue a paragraph: a subtitle, a centred short line, a dateline, a surviving indent. */
function startsSomethingNew(l: TextLine, prev: TextLine, w: number): boolean {
  if (l.indent || l.dateline) return true;
  // A list item (`▲…`, `●…`) or a chart's source note (`数据来源：…`) opens a paragraph of its own.
  if (isBullet(l.text) || SOURCE_NOTE.test(l.text)) return true;
  if (isSubtitle(l) || (titleish(l) && isBoxLabel(l.text))) return true;
  // A column's name closes a headline, but a line broken mid-sentence may end on a bracket too
  // (`…获悉，今` / `年我省将新建社区老年食堂（助餐点）`).
  if (titleish(l) && columnTagged(l.text) && prev.ends) return true;
  return l.lead && titleish(l) && l.w <= w - 3;
}

/** At a paragraph boundary: is this line a headline line rather than a paragraph's first line? */
function headlineAtBoundary(l: TextLine, next: TextLine | undefined, w: number, afterEnd: boolean): boolean {
  if (l.dateline || l.indent) return false;
  if (isSubtitle(l)) return true;
  if (!titleish(l)) return false;
  // Intertitles and list heads (`一、…`, `（一）…`) are part of the body.
  if (NUMBERED.test(l.text)) return false;
  if (l.lead || l.spaced || l.headline === true || columnTagged(l.text)) return true;
  if (next === undefined) return false;
  // A first line is about two ems short; much shorter or wider than the column, it is not body. Right under a
  // headline line or a story's closing trailer, a title-shaped line as wide as the column cannot be a first line
  // either (`（本报记者 唐 宁）` / `全国古籍数字资源累计发布超13万部（件）`, a headline set one em over the column).
  // (Unless it opens a lede, `4月3日拍摄的…`: a story or a caption starts there.)
  return l.w <= w - 4.5 || l.w >= w + 1.5 || (afterEnd && l.w > w - 1.25 && !l.lede);
}

/**
 * Does a paragraph end between `prev` and `cur`? `after` is the line after `cur`; `prevFirst` says `prev` is its
 * paragraph's first line.
 */
function paragraphBreak(
  prev: TextLine,
  cur: TextLine,
  after: TextLine | undefined,
  w: number,
  prevFirst: boolean,
): boolean {
  if (cur.indent || prev.closes) return true;
  // After a sentence end, a title-shaped line running two ems and more past the column is no paragraph's line
  // (lines vary by an em or so, not more): it is a headline set across columns.
  if (prev.ends && cur.titleish && cur.w >= w + 2.5) return true;
  if (!prev.ends) {
    // `他说：` closing a short line may introduce a quoted paragraph, and a quotation closing a short line
    // (`…是最好的练兵”`, the full stop left out or lost) may end one: a justified column has no short lines
    // inside a paragraph, and the next line shows the lost indent.
    return /[：:”’」』]$/u.test(prev.text) && prev.w <= w - 2.5 && cur.w >= w - 4 && cur.w <= w - 1.5;
  }
  // A first line is full two ems short of the column (the lost indent): one ending a sentence right at that
  // edge (`本报讯 入伏以来，我市持续高温。`) runs on into the next line.
  const edge = prevFirst ? w - 2 : w;
  if (prev.w <= edge - 1.25) {
    // A full line can fall further short of the column than one character: 避头尾 pushes an opening quote down
    // with the character after it (`…1.2万元。` / `“古村落…`), a number or Latin word does not fit whole
    // (`…42幢。` / `2017年起`), and a full stop inside a line takes a whole em where the page is measured at half.
    // Each allows that much more, but only when the next line runs
    // to the column: a paragraph's first line is two ems short (the lost indent), so it cannot be one. A
    // title-shaped line might be a headline printed after the body, so it still breaks.
    const pushed = OPENS.test(cur.text) ? 0.75 : Math.max(0, cur.latinHead - 1);
    const slack = pushed + (MID_STOP.test(prev.text) ? 0.5 : 0);
    return !(
      slack > 0 &&
      prev.w > edge - 1.25 - slack &&
      cur.w >= w - 1 &&
      !cur.titleish &&
      after !== undefined
    );
  }
  // A full last line: the next line shows the lost indent of a new paragraph, unless it is short only because a
  // Latin word or number did not fit and starts the line after (it would have fitted after an indent too).
  // When the number would not have fitted on a full line either, the widths cannot tell a paragraph's first
  // line from the rest of a sentence that began at the line's start; words that open paragraphs in news copy
  // (`会议强调`, `据悉`, `目前`, `此外`) tip it to a break. A line more than two ems short can only be a first line.
  if (
    after !== undefined &&
    after.latinHead > 0 &&
    !isLatinOrDigit(cur.text.charCodeAt(cur.text.length - 1)) &&
    cur.w + after.latinHead > w - 0.5
  )
    return cur.w <= w - 2 && PARAGRAPH_OPENER.test(cur.text);
  return cur.w <= w - 1.25 && cur.w >= w - 4.5 && !cur.ends;
}

/**
 * A row of a chart printed as text (`一季度 395.2`, `制造业 6.3`, `城镇 3.2%`): a label, a space, a figure, with
 * another such row next to it (a chart has rows; a lone `时速 350` may be a line of running text). Each is a
 * paragraph of its own, never a headline, however short and unpunctuated.
 */
const DATA_ROW =
  /^[\u4e00-\u9fff（）()、·\d]{1,24}[ \u3000]+[-+−]?\d+(?:\.\d+)?\s*(?:%|％|[\u4e00-\u9fff]{1,2})?$/u;

/** Which lines of a run are chart rows; null when none is (most runs: the line pass is hot). */
function dataRows(lines: TextLine[]): boolean[] | null {
  let rows: boolean[] | null = null;
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k]!.text;
    // Most lines hold no space at all (makeLine folded U+3000 to one): the pattern runs only on the few that do.
    if (text.includes(' ') && DATA_ROW.test(text)) (rows ??= [])[k] = true;
  }
  if (rows === null) return null;
  const shaped = rows;
  return lines.map((_, k) => shaped[k] === true && [-2, -1, 1, 2].some((d) => shaped[k + d] === true));
}

/**
 * Splits one stretch of text lines (between bylines, banners and credits) into headline lines and paragraphs.
 */
export function segmentRun(lines: TextLine[], w: number): TextBlock[] {
  const blocks: TextBlock[] = [];
  const rows = dataRows(lines);
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    if (rows?.[i] === true) {
      blocks.push({ type: 'para', lines: [first], dateline: false });
      i++;
      continue;
    }
    const before = blocks[blocks.length - 1];
    // After a headline line, or a trailer that closed a story, a paragraph cannot open until a story does.
    const afterEnd = before?.type === 'head' || before?.lines[before.lines.length - 1]!.closes === true;
    if (headlineAtBoundary(first, lines[i + 1], w, afterEnd)) {
      blocks.push({ type: 'head', line: first });
      i++;
      continue;
    }
    const para: TextLine[] = [first];
    // Brackets left open by the paragraph so far; only counted on dateline paragraphs (see below).
    let open = first.dateline ? bracketDepth(first.text, 0) : 0;
    i++;
    while (i < lines.length) {
      const prev = para[para.length - 1]!;
      const cur = lines[i]!;
      // A dateline whose bracketed byline is still open (`本报讯（记者 应丽斋 通` / `讯员 胡晓东）“以前…`) runs on,
      // however title-like the next line looks: a narrow column breaks the byline between its names. A byline
      // spans two lines at most; a bracket OCR left unclosed must not swallow the rest of the page.
      if (open > 0 && para.length < 3) {
        open = bracketDepth(cur.text, open);
        para.push(cur);
        i++;
        continue;
      }
      if (
        paragraphBreak(prev, cur, lines[i + 1], w, para.length === 1) ||
        startsSomethingNew(cur, prev, w) ||
        rows?.[i] === true
      )
        break;
      // A numbered intertitle (`一、聚焦重点区域`) is a paragraph of its own: title-shaped and short of even a
      // first line, it does not run on into the text under it.
      if (para.length === 1 && titleish(prev) && prev.w <= w - 3.25 && NUMBERED.test(prev.text)) break;
      // A short line that ends no sentence cannot sit inside a paragraph: after a sentence end or title-shaped
      // lines, it is a headline (a photo's title, typically).
      if (titleish(cur) && cur.w <= w - 4.5 && i + 1 < lines.length && (prev.ends || para.every(titleish)))
        break;
      // Text with no clause punctuation at all, then a line opening a lede (`近日，…`): the text was the headline
      // of a story that has neither byline nor dateline (a brief), printed above its body or after the previous
      // story's, however wide it is. Running text does not break a sentence right before `近日，`.
      if (cur.lede && !prev.ends && !first.dateline && para.every(titleish)) break;
      // A phrase-spaced line ends a run of title-shaped lines (kicker, then title) rather than joining it.
      if (headlineShaped(cur) && (para.every(titleish) || prev.ends)) break;
      // After a sentence end, a title-shaped line followed by a headline line, a dateline, a lede (`10月13日，…`) or
      // nothing is a headline line (a kicker, or a title printed after its story).
      if (prev.ends && titleish(cur)) {
        const after = lines[i + 1];
        if (
          after === undefined ||
          headlineShaped(after) ||
          after.headline === true ||
          after.dateline ||
          after.lede
        )
          break;
      }
      para.push(cur);
      i++;
    }
    blocks.push({ type: 'para', lines: para, dateline: first.dateline });
  }
  return convertUnterminated(blocks);
}

const DANGLING = /[的和与及对把将从向在]$/u;
const LEANING = /^[的地得了着过们]/u;

/**
 * Two headline lines that are one line broken mid-phrase: no headline line ends on a word that needs the next
 * (`以制度创新打通科技成果转化的` / `堵点难点`) or opens on a particle that leans on the one before (`…成果转化` /
 * `的堵点难点`). `aWidth` is the first line's width, `w` the column's.
 */
export function brokenMidPhrase(a: string, b: string, aWidth: number, w: number): boolean {
  return (DANGLING.test(a) && aWidth >= w - 1.5) || (LEANING.test(b) && aWidth >= w - 3.5);
}

/** Bracket depth after `text`, starting from `depth`. */
export function bracketDepth(text: string, depth: number): number {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0xff08 || c === 0x28) depth++;
    else if ((c === 0xff09 || c === 0x29) && depth > 0) depth--;
  }
  return depth;
}

/**
 * A paragraph that ends no sentence and is followed by a headline line, a dateline or the end of the stretch was
 * never body: it is the headline printed after the story (or before the next byline). Its title-shaped tail
 * becomes headline lines, at most four (kicker, two title lines, subtitle).
 */
function convertUnterminated(blocks: TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.type !== 'para') {
      out.push(b);
      continue;
    }
    const next = blocks[k + 1];
    const last = b.lines[b.lines.length - 1]!;
    const trailing =
      next === undefined ||
      next.type === 'head' ||
      next.dateline ||
      (next.lines[0]!.lede && b.lines.length <= 4 && b.lines.every(titleish));
    // (A list item, `▲…增长19.8%`, ends no sentence and is never a headline.)
    if (!trailing || last.ends || b.dateline || isBullet(b.lines[0]!.text)) {
      out.push(b);
      continue;
    }
    let cut = b.lines.length;
    while (cut > 0 && b.lines.length - cut < 4 && titleish(b.lines[cut - 1]!)) cut--;
    // A headline may hold a comma (`寒冬里，那一份份温暖守护`): a one-line paragraph that ends no sentence, with a
    // headline line, a dateline or the end of the stretch after it, is one all the same.
    if (
      cut === 1 &&
      b.lines.length === 1 &&
      b.lines[0]!.text.length <= 30 &&
      !/[。；]/.test(b.lines[0]!.text)
    )
      cut = 0;
    if (cut > 0) out.push({ type: 'para', lines: b.lines.slice(0, cut), dateline: b.dateline });
    for (const line of b.lines.slice(cut)) out.push({ type: 'head', line });
  }
  return out;
}

/**
 * Joins a paragraph's lines. Between ideographs no space; between two Latin letters or digits a space only when
 * the break was at a word boundary: OCR kept a space there, or the line stops well short of the column (the
 * next word did not fit). A full line ending mid-word was broken mid-word.
 */
export function joinLines(lines: TextLine[], fallback: number): string {
  // The paragraph's own column (captions are often narrower than the stories around them): its widest line
  // before the last, counting the first line's lost indent.
  let w = lines.length > 1 ? 0 : fallback;
  for (let k = 0; k < lines.length - 1; k++) w = Math.max(w, lines[k]!.w + (k === 0 ? 2 : 0));
  let out = lines[0]?.text ?? '';
  for (let k = 1; k < lines.length; k++) {
    const a = lines[k - 1]!;
    const b = lines[k]!;
    // The first line is set two ems in: measure its shortfall against that.
    out += joinGap(a, b, k === 1 ? w - 2 : w) + b.text;
  }
  return out;
}

function joinGap(a: TextLine, b: TextLine, w: number): string {
  const ca = a.text.charCodeAt(a.text.length - 1);
  const cb = b.text.charCodeAt(0);
  const latinA = isLatinOrDigit(ca);
  const latinB = isLatinOrDigit(cb);
  // `trail` is only set where trailing whitespace is rare on the page, so it marks a real space.
  if (a.trail) return ' ';
  if (latinA && latinB) {
    if (b.lead || a.w <= w - 2) return ' ';
    // A word of running letters followed by a number (`iPhone` / `11`, `Windows` / `10`) was broken at the space
    // between them: a typesetter does not split a model name's letters from its number. All-capital codes run
    // on (`MP` / `3` is `MP3`), and so do digits followed by letters (`5` / `G`).
    return /[a-z]{2}$/u.test(a.text) && cb >= 0x30 && cb <= 0x39 ? ' ' : '';
  }
  // A byline inside a dateline broken between a role and a name: `（记者 X 通讯员` / `Y）`.
  if (/(?:记者|通讯员|实习生)$/u.test(a.text) && /^[\u4e00-\u9fff]{2,4}(?:[\s）)]|$)/u.test(b.text))
    return ' ';
  return '';
}

/** Joins headline lines printed on several lines: ideographs run on, Latin words keep a space. */
export function joinHeadline(parts: string[]): string {
  let out = parts[0] ?? '';
  for (let k = 1; k < parts.length; k++) {
    const p = parts[k]!;
    const gap = isLatinOrDigit(out.charCodeAt(out.length - 1)) && isLatinOrDigit(p.charCodeAt(0)) ? ' ' : '';
    out += gap + p;
  }
  return out;
}

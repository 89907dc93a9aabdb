/**
 * One text line of an OCR'd page and what its characters say on their own: width under both models, a sentence
 * end, a dateline or lede opening, title shape. The line pass (layout.ts) reads them in context.
 */
import { endsSentence, scanLine, type LineScan } from './char-class.js';
import { closesWithTrailer, isBoxLabel, isPlaceName, isTrailer } from './vocabulary.js';
import { startsDateline, startsDatelineJoined } from './datelines.js';

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
  /**
   * A byline line comes right after it (bylines are not text lines, so the page pass tells). Set on every line
   * by `makeLine`, like `headline`, so all lines share one object shape (the line passes read them by the page).
   */
  bylineNext: boolean;
  /** Admitted as a headline by `admitCommaTitles` (a question, a comma): at a boundary it is one. */
  headline: boolean;
  /** Either side of a dash the column broke (`…慢慢逛—` / `—这几年，…`): running text, set by `markBrokenDashes`. */
  brokenDash: boolean;
}

/** A kicker naming who speaks in the title under it: `海关总署：`, `国家统计局：`, `专家：`. */
const SPEAKER_KICKER = /^[\u4e00-\u9fff]{0,8}(?:部|局|署|委|院|厅|办|中心|组织|专家|发言人)：$/u;

/** Ends on `，`, `、` or `；`: the sentence goes on (`/[，、；]$/` as a look at the last character: it runs per line). */
export function continuesAtEnd(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 0xff0c || c === 0x3001 || c === 0xff1b;
}

/** A leading ideographic space or two spaces or tabs (`/^(?:\u3000|[ \t]{2,})/`): a paragraph indent. */
function indented(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c === 0x3000) return true;
  const c1 = raw.charCodeAt(1);
  return (c === 0x20 || c === 0x09) && (c1 === 0x20 || c1 === 0x09);
}

/**
 * A story's first sentence, when it has no dateline, opens with when it happened: `近日，`, `日前，`, `昨天，`,
 * `今年以来，`, `一季度，`, `前两个月，`, `8月5日上午`, `记者从…获悉`; an editor's note opens a story too
 * (`编者按：…`). Right after a line of nothing but title-shaped text, such an opening shows that the text above
 * was a headline rather than the start of the paragraph. (Hot, per line: no `u` flag, all BMP, so V8 keeps its
 * fast paths.)
 */
const LEDE =
  /^(?:(?:近日|日前|近期|连日来|昨天|昨日|今天|今日|今年以来|(?:入[伏汛夏冬秋春梅]|开[春学年]|出梅|立[春夏秋冬]|汛期|暑期|假期|春节|国庆|元旦)以来|(?:今年|去年)?(?:[一二三四]季度|[上下]半年|前[一二三四五六七八九十两]个月))，|(?:当地时间)?\d{1,2}月\d{1,2}日|记者(?:[\u4e00-\u9fff]{2,3}?)?(?:近日|日前|(?:\d{1,2}月)?\d{1,2}日)?从|记者(?:获悉|了解到)，|(?:采访|走访|调研)中，|图片说明[：:]|编者按[：:\s]|图[①-⑳]+[：:]|[上下左右]图[：:])/;

/** The characters a lede opens with (besides digits), as a table over the basic CJK block: the test is hot. */
const LEDE_FIRST = new Uint8Array(0xa000 - 0x4e00);
for (const ch of '近日昨今连记图当一二三四上下前去左右编入开出立汛暑假春国元采走调')
  LEDE_FIRST[ch.charCodeAt(0) - 0x4e00] = 1;

export function opensLede(text: string): boolean {
  // Every lede opens with one of these characters (or a digit); most lines are turned away without the regex.
  const c = text.charCodeAt(0);
  const first = c >= 0x4e00 && c < 0xa000 ? LEDE_FIRST[c - 0x4e00] === 1 : c >= 0x30 && c <= 0x39;
  return first && LEDE.test(text);
}

/** A column's name closing a headline: `（今日谈）`, `（人民时评）`, `（身边看“六稳”（16））`. */
const COLUMN_TAG = /[（(][\u4e00-\u9fff“”]{2,8}(?:[（(]\d{1,3}[）)])?[）)]$/u;

export function columnTagged(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  if ((c !== 0xff09 && c !== 0x29) || !COLUMN_TAG.test(text)) return false;
  // A place in brackets (`西部（成都）`) is no column's name.
  const open = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('));
  return !isPlaceName(text.slice(open + 1, -1));
}

/** A numbered intertitle or list head: `一、…`, `（一）…`, `(2)…`. */
export const NUMBERED = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)])/u;

export function isBullet(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 0x25b2 || c === 0x25cf; // ▲ ●
}

/** `trimmed` is `raw.trim()` and `scan` its `scanLine`, when the caller has them already. */
export function makeLine(no: number, raw: string, trimmed = raw.trim(), scan = scanLine(trimmed)): TextLine {
  // Whitespace runs inside fold to one space (rare: scanned again only then).
  const folded = scan.oddSpace;
  const text = folded ? trimmed.replace(/\s+/g, ' ') : trimmed;
  const { print, chars, clause, spacedHan }: LineScan = folded ? scanLine(text) : scan;
  const dateline = startsDateline(text);
  // A trailer ends its paragraph; a dateline's own bracketed byline (`本报讯（记者 X）`) closes nothing.
  const closes = !dateline && closesWithTrailer(text);
  const ends = closes || endsSentence(text);
  const lastCode = text.charCodeAt(text.length - 1);
  return {
    no,
    text,
    lead: trimmed.length > 0 && raw.charCodeAt(0) !== text.charCodeAt(0),
    indent: indented(raw),
    trail: trimmed.length > 0 && raw.charCodeAt(raw.length - 1) !== text.charCodeAt(text.length - 1),
    w: 0,
    wPrint: print,
    wChars: chars,
    latinHead: 0,
    ends,
    closes,
    spaced: spacedHan,
    dateline,
    lede: opensLede(text),
    // A bullet (`▲4000万吨：…`, `●历时一年半改造`) is a list item of the text, never a headline line.
    // (Nor does a headline end on a colon, introducing what follows, `…专家建议以` / `下人群优先接种：`; a box's
    // label may, `编者按：`.)
    titleish:
      !ends &&
      // (Longer only as a title and its subtitle on one line, set apart by a space: `…挂牌运营 老人在家门口…`.)
      (text.length <= 40 || (text.length <= 56 && / [\u4e00-\u9fff]/u.test(text))) &&
      !clause &&
      !continuesAtEnd(text) &&
      !isBullet(text) &&
      !(lastCode === 0xff1a && !isBoxLabel(text) && !SPEAKER_KICKER.test(text)) &&
      // (Nor on an opening bracket, which 避头尾 keeps off a line's end: the text goes on, `…户外运动（` / `58.2%）；`.)
      lastCode !== 0xff08 &&
      lastCode !== 0x28,
    bylineNext: false,
    headline: false,
    brokenDash: false,
  };
}

/** A `——` subtitle line. */
export function isSubtitle(l: TextLine): boolean {
  // ——, ──, — or -- (OCR's reading of a dash). A single dash before a digit is a range broken at the line's
  // start (`…信号。1` / `—2月份，…`), not a subtitle.
  const c = l.text.charCodeAt(0);
  const c1 = l.text.charCodeAt(1);
  if ((c === 0x2014 && c1 >= 0x30 && c1 <= 0x39) || l.brokenDash) return false;
  return c === 0x2014 || c === 0x2500 || (c === 0x2d && c1 === 0x2d);
}

/**
 * A trailer the column wrapped (`（作者为北京邮电大学经济管理学` / `院教授）`) closes its story on its second line, as
 * one on a single line does (`closes`): neither line shows it alone.
 */
export function markWrappedTrailers(lines: TextLine[]): void {
  for (let i = 1; i < lines.length; i++) {
    const b = lines[i]!;
    const c = b.text.charCodeAt(b.text.length - 1);
    if (c !== 0xff09 && c !== 0x29) continue;
    const a = lines[i - 1]!;
    // The rest of a dateline's bracketed byline (`本报讯 （记者 沈 佳 县` / `委报道组 何 洋 通讯员 吕 晓）`) looks like
    // a trailer's end, but the story starts there.
    if (b.closes && a.dateline && leavesBracketOpen(a.text)) {
      b.closes = false;
      b.ends = endsSentence(b.text);
      continue;
    }
    const c0 = a.text.charCodeAt(0);
    if ((c0 !== 0xff08 && c0 !== 0x28) || a.closes) continue;
    if (isTrailer(a.text + b.text)) {
      a.titleish = false;
      b.closes = true;
      b.ends = true;
      b.titleish = false;
    } else if (BRACKETED_SOURCE.test(a.text + b.text)) {
      // So does a source note in brackets (`（数据来源：日本总务省《劳动力` / `调查》）`) end its paragraph, though
      // text may follow it.
      a.titleish = false;
      b.ends = true;
      b.titleish = false;
    }
  }
}

const BRACKETED_SOURCE = /^[（(](?:数据|资料)来源[：:][^（）()]{1,40}[）)]$/u;

function leavesBracketOpen(text: string): boolean {
  const open = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('));
  return open >= 0 && !text.includes('）', open) && !text.includes(')', open);
}

/**
 * A title-shaped line that leaves a quotation open, over a line of running text (`“旧家电怎么处理”“新家电` /
 * `谁来装”，是不少消费者…`), is that paragraph's first line: the quotation closes in the text. (A headline the
 * column broke inside a quotation goes on with a title-shaped line.)
 */
export function markOpenQuotes(lines: TextLine[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    if (!l.titleish) continue;
    const open = l.text.lastIndexOf('“');
    if (open < 0 || l.text.includes('”', open)) continue;
    const next = lines[i + 1]!;
    if (!next.titleish && next.headline !== true) l.titleish = false;
  }
}

/**
 * A line under one ending on a comma (`…穿过种满桂花树的校门，` / `孩子们被教学楼顶的红色跑道吸引住了`) goes on with
 * its sentence, however title-shaped: no headline line ends on a comma.
 */
export function markCommaRunOns(lines: TextLine[]): void {
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.titleish) continue;
    const c = lines[i - 1]!.text.charCodeAt(lines[i - 1]!.text.length - 1);
    if (c === 0xff0c || c === 0x3001 || c === 0xff1b) l.titleish = false; // ，、；
  }
}

/**
 * A dash the column broke between two lines (`…红色跑道吸引住了—` / `—这是一座建在五楼屋顶的…`) runs a sentence on:
 * neither line is a headline's (so the second is no `——` subtitle either).
 */
export function markBrokenDashes(lines: TextLine[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!.text;
    const b = lines[i + 1]!.text;
    // (Or a dash opening a line inside a quotation the lines above left open: `“画说海上` / `——海派连环画特展”将在…`,
    // `…点击“我的—设置—` / `账户与安全—会员管理` / `—自动续费管理”等…`.)
    const inQuote = b.startsWith('—') && quoteOpenBefore(lines, i + 1);
    // (Or a single dash joining two places, `…随着中俄珲春` / `—马哈林诺铁路口岸…`, under a line of running text: a
    // subtitle's dash is doubled, and stands under a headline line or a sentence's end.)
    const single = b.startsWith('—') && !b.startsWith('——');
    const joining = single && !lines[i]!.ends && !lines[i]!.titleish && /[，、；：]/u.test(a);
    if ((a.endsWith('—') && !a.endsWith('——') && single) || inQuote || joining) {
      lines[i]!.titleish = false;
      lines[i + 1]!.titleish = false;
      lines[i]!.brokenDash = lines[i + 1]!.brokenDash = true;
    }
  }
}

/**
 * A unit the column pushed to the next line's start (`…温度不宜低于26` / `℃，室内外温差…`) runs the line above on:
 * the line above is no headline's, however title-shaped.
 */
export function markBrokenUnits(lines: TextLine[]): void {
  for (let i = 1; i < lines.length; i++) {
    const c = lines[i]!.text.charCodeAt(0);
    // ℃ ％ % ‰ ㎡ ㎞ ° (most lines open on an ideograph: turned away on the first comparison)
    const unit =
      c < 0x4e00 &&
      (c === 0x2103 ||
        c === 0xff05 ||
        c === 0x25 ||
        c === 0x2030 ||
        c === 0x33a1 ||
        c === 0x339e ||
        c === 0xb0);
    // (So does a sentence's closing mark alone on a line, `…飞得更稳更远` / `？`: a headline is set on lines of its own.)
    const closing = !unit && lines[i]!.text.length <= 2 && /^[？！。；”’）]+$/u.test(lines[i]!.text);
    if (unit || closing) {
      lines[i - 1]!.titleish = false;
      lines[i]!.titleish = false;
    }
  }
}

/** A quotation opened in the three lines before line `k` and not closed by it. */
function quoteOpenBefore(lines: TextLine[], k: number): boolean {
  let depth = 0;
  for (let j = Math.max(0, k - 3); j < k; j++)
    for (const ch of lines[j]!.text) {
      if (ch === '“') depth++;
      else if (ch === '”') depth = Math.max(0, depth - 1);
    }
  return depth > 0;
}

const RUN_ON_HANDOUT = /[。！？”][\u4e00-\u9fff]{2,10}供图$/u;

/**
 * A handout picture's credit under its caption inside a story (`图为周老师在为孩子们辅导作业。` / `受访者供图`) ends
 * the caption's paragraph: it is not a headline line.
 */
export function markHandoutCredits(lines: TextLine[]): void {
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.text.endsWith('供图')) continue;
    // (Or run onto the caption's last line: `业。受访者供图`.)
    if (RUN_ON_HANDOUT.test(l.text)) {
      l.titleish = false;
      l.ends = true;
      // (It closes the story, as a trailer does: a headline follows, its own printed after it or the next one's.)
      l.closes = true;
      continue;
    }
    if (!l.titleish || l.text.length > 10 || !lines[i - 1]!.ends) continue;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--)
      if (lines[j]!.text.startsWith('图为')) {
        l.titleish = false;
        l.ends = true;
        break;
      }
  }
}

/**
 * A dateline the column broke before its 电 (`据新华社布宜诺斯艾利斯7月14日` / `电 据阿根廷媒体报道，…`): its first
 * line, with nothing but a place and a date, is title-shaped; the two lines read together open a story.
 */
export function markBrokenDatelines(lines: TextLine[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (a.dateline || b.dateline || !a.titleish || a.text.length > 24) continue;
    if (startsDatelineJoined(a.text, b.text)) {
      a.dateline = true;
      a.titleish = false;
    }
  }
}

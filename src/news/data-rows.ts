/**
 * Charts and tables printed as text: which lines are rows (`制造业 6.3`, `居民消费价格｜0.6｜0.4`, `CPI同比：+0.7%`),
 * and rows the column broke over two lines, joined again. The line pass (layout.ts) keeps each row a paragraph.
 */
import { bracketDepth, isHan } from './char-class.js';
import { joinLines } from './join-lines.js';
import type { TextLine } from './text-line.js';
import { SOURCE_NOTE } from './vocabulary.js';

/**
 * A number with its unit (`15.2%`, `3.31万亿元`, `1100余万标准箱`, basis points `13bp`) or a bare range (`12000—20000`,
 * a pay scale; never `1—3月`, a table's column head); and a chart's figure: one, perhaps after the words naming it
 * (`同比增长8.5%`, `稻虾综合种养面积12.6万亩`).
 */
const NUMBER = String.raw`(?:\d+(?:\.\d+)?[—～~]\d+(?:\.\d+)?(?=\s|$)|\d+(?:\.\d+)?\s*(?:%|％|bp|BP|pp|[余多]?[万亿]?[\u4e00-\u9fff]{1,3})?)`;
const FIGURE = String.raw`[\u4e00-\u9fff]{0,10}[-+−]?${NUMBER}`;

/**
 * A row of a chart printed as text (`一季度 395.2`, `制造业 6.3`, `城镇 3.2%`): a label, a space, a figure, with
 * another such row next to it (a chart has rows; a lone `时速 350` may be a line of running text). Each is a
 * paragraph of its own, never a headline, however short and unpunctuated.
 */
const DATA_ROW = new RegExp(
  // (A cell may be a dash for a figure not given, `规模以上工业增加值 — 4.9%`, as long as the row's last cell holds one.)
  // (Its label may hold capitals, `A级景区门票收入（亿元）`; its last figure a note in brackets, `2023 约2700（预计）`.)
  String.raw`^(?=.*\d[^\s]*$)[\u4e00-\u9fff“”（）()、·：/\dA-Z]{1,24}(?:[ \u3000]+(?:${FIGURE}|[—－]{1,2})){1,3}(?:[（(][\u4e00-\u9fff]{1,6}[）)])?$`,
  'u',
);

/**
 * A chart row's shape: a label, a space, a figure (`制造业 6.3`), perhaps with more figures after spaces
 * (`出口 2.19万亿元 同比增长8.5%`).
 */
export function isDataRow(text: string): boolean {
  // (A table's cells may be parted by bars, `居民消费价格｜0.6｜0.4`, as by spaces.)
  if (hasCellBars(text)) return DATA_ROW.test(text.replace(/\s*[｜|]\s*/gu, ' ')) || barredRow(text);
  return text.includes(' ') && DATA_ROW.test(text);
}

/**
 * A row of a table parted by bars whose cells between the label and the figures are words (`高州市｜荔枝、龙眼｜67.4｜
 * 9.1%`): bars say table where spaces alone would not, so a word may stand in a cell there.
 */
function barredRow(text: string): boolean {
  const cells = text.split(/\s*[｜|]\s*/u);
  if (cells.length < 3 || !ROW_LABEL.test(cells[0]!)) return false;
  // (The last cell may be words too, a remark, `不含药剂`, if a figure stands before it.)
  const rest = cells.slice(1);
  return rest.some((c) => FIGURE_CELL.test(c)) && rest.every((c) => FIGURE_CELL.test(c) || WORD_CELL.test(c));
}

const ROW_LABEL = /^[\u4e00-\u9fff“”（）()、·\d]{1,24}$/u;
const FIGURE_CELL = new RegExp(String.raw`^(?:${FIGURE}|[—－]{1,2})$`, 'u');
const WORD_CELL = /^[\u4e00-\u9fff、·（）]{1,8}$/u;

/** Holds a bar parting a table's cells (`｜` or `|`). */
export function hasCellBars(text: string): boolean {
  return text.includes('｜') || text.includes('|');
}

/**
 * A row of a box of key figures printed as label, colon, figures (`规模以上工业增加值：增长1.1%`,
 * `地区生产总值：10446.7亿元，增长3.1%`).
 */
export function isKeyedRow(text: string): boolean {
  return text.includes('：') && KEYED_ROW.test(text);
}

/**
 * Two and more keyed rows the line pass ran together, one after another (`…：开行186列，同比增长32.9%` +
 * `通道运输货值：约390亿元，…`), split where each ends, or null: a box's row the column broke reads as a running line.
 */
export function splitKeyedRows(text: string): string[] | null {
  if (text.indexOf('：') === text.lastIndexOf('：')) return null;
  for (let i = text.indexOf('：') + 2; i < text.length - 2; i++) {
    // (Only after a unit's last character: `12亿元利润：…` reads `12亿元` + `利润：…`, not `12亿元利` + `润：…`.)
    if (!ROW_END.test(text[i - 1]!) || !isKeyedRow(text.slice(0, i))) continue;
    const rest = text.slice(i);
    if (isKeyedRow(rest)) return [text.slice(0, i), rest];
    const more = splitKeyedRows(rest);
    if (more !== null) return [text.slice(0, i), ...more];
  }
  return null;
}

const ROW_END = /[%％元次箱列吨人个户家座项件辆里米台套亩天倍]/u;

// (Its label may hold Latin, `CPI同比`, and its figure a note in brackets, `+0.7%（1月为-0.8%）`.)
const KEYED_ROW = new RegExp(
  String.raw`^[\u4e00-\u9fff“”（）()、·\dA-Za-z]{1,24}：${FIGURE}(?:，${FIGURE}){0,2}(?:[（(][^（）()]{1,12}[）)])?$`,
  'u',
);

/** A chart row's figures alone (`14.8%`, `11.9% 8.4%`, `1.08万亿元 同比增长11.7%`): the end of a row the column broke. */
const FIGURES = new RegExp(String.raw`^${NUMBER}(?:\s+${FIGURE})*$`, 'u');

/**
 * A chart row the column broke over lines `a` and `b`, joined, or undefined. Either at a space the line pass
 * trimmed, before figures that did not fit on `a` (`电气机械和器材制造业 15.2%` / `14.8%`, `化学原料和化学制品制造业` /
 * `11.9% 8.4%`), or inside a label, under another row (`铁路、船舶、航空航天和其他运` / `输设备制造业 9.7%`). A
 * headline over the first row (`社区食堂开进老小区（民生一线）` / `一季度 395.2`) is neither: no figures on `b` alone,
 * no row above. (Widths say little about a broken label: its punctuation may be set half or whole.)
 */
function brokenRow(a: TextLine, b: TextLine, w: number, rowAbove: boolean): string | undefined {
  if (b.latinHead > 0 && a.w + 1 + b.latinHead > w - 0.5 && FIGURES.test(b.text)) {
    const joined = `${a.text} ${b.text}`;
    return isDataRow(joined) ? joined : undefined;
  }
  // Inside the words after a figure, or at the space before them (`进出口总值 3.31万亿元 同比增` / `长4.2%`,
  // `民营企业进出口 1.86万亿元` / `占比56.2%`).
  if (a.text.includes(' ') && /\d/u.test(a.text) && isHan(b.text.charCodeAt(0)) && !b.text.includes(' ')) {
    const joined = [a.text + b.text, `${a.text} ${b.text}`].find(isDataRow);
    if (joined !== undefined) return joined;
  }
  if (!rowAbove || a.w < w - 4 || a.text.includes(' ') || !isHan(a.text.charCodeAt(a.text.length - 1)))
    return undefined;
  if (!isHan(b.text.charCodeAt(0)) || !isDataRow(b.text)) return undefined;
  const joined = a.text + b.text;
  return isDataRow(joined) ? joined : undefined;
}

/**
 * Which lines of a run are chart rows, and the rows the column broke (by their first line: the row joined, and
 * how many lines it took); null when no line is a row (most runs: the line pass is hot).
 */
export function dataRows(
  lines: TextLine[],
  w: number,
): { rows: boolean[]; broken: Map<number, { text: string; n: number }> } | null {
  let shaped: boolean[] | null = null;
  let barred = false;
  let listed = false;
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k]!.text;
    // Most lines hold no space at all (makeLine folded U+3000 to one): the pattern runs only on the few that do.
    if (isDataRow(text)) (shaped ??= [])[k] = true;
    barred ||= hasCellBars(text);
    const c0 = text.charCodeAt(0);
    listed ||=
      text.charCodeAt(text.length - 1) === 0xff1a || // ：
      (MARKS.has(c0) && MARKED_LEAD.test(text)) ||
      (((c0 >= 0x30 && c0 <= 0x39) || c0 === 0x7b2c) && opensListRow(text, 3)); // a digit, 第
  }
  if (shaped === null && !barred && !listed) return null;
  const is = shaped ?? [];
  const rows = lines.map((_, k) => is[k] === true && [-2, -1, 1, 2].some((d) => is[k + d] === true));
  const broken = new Map<number, { text: string; n: number }>();
  if (barred) barredTables(lines, w, rows, broken);
  if (listed) listRows(lines, w, rows, broken);
  for (let k = 0; k + 1 < lines.length; k++) {
    if ((is[k] === true && is[k + 1] === true) || broken.has(k)) continue;
    const above = rows[k - 1] === true || rows[k - 2] === true;
    if (!above && rows[k] !== true && rows[k + 2] !== true) continue;
    if (rows[k + 1] === true && !is[k + 1]) continue;
    const joined = brokenRow(lines[k]!, lines[k + 1]!, w, above);
    if (joined === undefined) continue;
    broken.set(k, { text: joined, n: 2 });
    rows[k] = rows[k + 1] = true;
    k++;
  }
  // (A row next to a broken one is a row too: `…64万标准箱 同比` / `增长15.1%` / `新开集装箱航线 8条`.)
  for (let k = 0; k < lines.length; k++)
    if (is[k] === true && !rows[k] && (rows[k - 1] === true || rows[k + 1] === true)) rows[k] = true;
  return { rows, broken };
}

/** How many bars part a line's cells. */
function barCount(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) if (text[k] === '｜' || text[k] === '|') n++;
  return n;
}

const CELL_BAR = /\s*[｜|]\s*/u;
const HEAD_CELL = /^[\u4e00-\u9fff（）()、/A-Za-z\d%％]{1,10}$/u;
const ROW_START = /^[\u4e00-\u9fff“”（）()、·\dA-Za-z]{1,12}\s*[｜|]/u;

/**
 * Tables parted by bars whose rows the column broke anywhere, inside a cell too (`瑞金医院｜皮肤科、内分泌科、` /
 * `消化科｜周一至周五 17:30—20:30`), words in every cell. Under a head row of short cells (`医院｜开设科室｜开诊时间`),
 * each row has as many bars as the head: it goes on over lines until it has them all, and then while a bracket
 * is left open or its last cell was broken after its bar (`cellLeftOpen`).
 * A table has two rows under its head at least. Marks its lines in `rows`, its broken rows in `broken`.
 */
function barredTables(
  lines: TextLine[],
  w: number,
  rows: boolean[],
  broken: Map<number, { text: string; n: number }>,
): void {
  for (let k = 0; k < lines.length; k++) {
    const head = lines[k]!.text;
    const bars = barCount(head);
    if (bars < 2 || !head.split(CELL_BAR).every((c) => HEAD_CELL.test(c))) continue;
    const found: { start: number; n: number }[] = [];
    let j = k + 1;
    while (j < lines.length && ROW_START.test(lines[j]!.text)) {
      const start = j;
      let count = 0;
      let open = 0;
      while (j < lines.length && count < bars) {
        count += barCount(lines[j]!.text);
        open = bracketDepth(lines[j]!.text, open);
        j++;
      }
      if (count !== bars) break;
      while (
        j < lines.length &&
        barCount(lines[j]!.text) === 0 &&
        (open > 0 || (barCount(lines[j - 1]!.text) > 0 && cellLeftOpen(lines[j - 1]!, lines[j]!, w)))
      ) {
        open = bracketDepth(lines[j]!.text, open);
        j++;
      }
      found.push({ start, n: j - start });
    }
    if (found.length < 2) continue;
    // (A note in brackets under the table is its own, `（以上信息以各医院官方公众号` / `发布为准）`.)
    const note = bracketedNote(lines, j);
    if (note > 0) found.push({ start: j, n: note });
    j += note;
    rows[k] = true;
    markRows(found, lines, w, rows, broken);
    k = j - 1;
  }
}

/** Marks the rows `found` (each by its first line and how many lines it took) in `rows`, the broken ones in `broken`. */
function markRows(
  found: { start: number; n: number }[],
  lines: TextLine[],
  w: number,
  rows: boolean[],
  broken: Map<number, { text: string; n: number }>,
): void {
  for (const { start, n } of found) {
    for (let d = 0; d < n; d++) rows[start + d] = true;
    if (n > 1) broken.set(start, { text: joinLines(lines.slice(start, start + n), w), n });
  }
}

/**
 * A row's last cell broken after its bar (`…｜周` / `二、周四 17:00—20:00`, `…｜按` / `用量浮动`): the line stops on a word,
 * near the column's edge or over a line too short for a paragraph's first that ends no sentence.
 */
function cellLeftOpen(l: TextLine, next: TextLine, w: number): boolean {
  // (Or inside a figure: `…17:30—20:` / `30`, `…17:30` / `—21:00`.)
  if (/[\d:.—～]$/u.test(l.text)) return /^[\d:.—～]/u.test(next.text);
  return /[\u4e00-\u9fff、]$/u.test(l.text) && (l.w >= w - 4.5 || (next.w <= w - 3.5 && !next.ends));
}

/** How many lines from `j` hold a note in brackets (`（以上数据截至…）`), three at most; 0 for none. */
function bracketedNote(lines: TextLine[], j: number): number {
  if (j >= lines.length || !/^[（(]/u.test(lines[j]!.text)) return 0;
  let open = 0;
  for (let d = 0; d < 3 && j + d < lines.length; d++) {
    const text = lines[j + d]!.text;
    open = bracketDepth(text, open);
    if (open === 0) return /[）)]$/u.test(text) ? d + 1 : 0;
  }
  return 0;
}

/**
 * Another row of the list opens within two lines of `j`, no sentence ending before it: the lines up to it are the
 * rest of the row above (`5月21日 19:35 中超第13轮` / `上海海港—成都蓉城（上海浦东足` / `球场）` / `5月22日 …`).
 */
function nextRowWithin(lines: TextLine[], j: number, opener: RegExp): boolean {
  for (let q = j; q < j + 3 && q < lines.length; q++) {
    if (q > j && opener.test(lines[q]!.text)) return true;
    if (lines[q]!.ends && !/[）)]$/u.test(lines[q]!.text)) return false;
  }
  return false;
}

/**
 * The last row's short rest over the list's source note (`5.越剧《新龙门客栈》（杭州）` / `票房约1420万元` /
 * `数据来源：…`): no clause in it, half the column at most.
 */
function rowTailOverNote(lines: TextLine[], j: number, w: number): boolean {
  const tail = lines[j]!;
  const below = lines[j + 1];
  return (
    tail.w <= w / 2 && !/[，。；：]/u.test(tail.text) && below !== undefined && SOURCE_NOTE.test(below.text)
  );
}

/** The first characters of a marked title (`MARKED_LEAD`), tested before the pattern. */
const MARKS = new Set(Array.from('■◆【', (c) => c.charCodeAt(0)));
/** A box's title marked as one (`■总决赛各场比分`, `【数据一览】`): it introduces a list as a colon does. */
const MARKED_LEAD = /^(?:[■◆]\s?[^，。；：■◆]{2,18}|【[^，。；：【】]{2,12}】)$/u;

/**
 * How the rows of a list open, one kind to a list: numbered (`1.北京`), dated (`5月21日 19:35 中超第13轮…`), a game's
 * number (`第一场 广东 98∶91 北京`), a label and a colon (`男子100米：陈嘉树（广东）9秒97、…`, `普通展映场：40元至80元`),
 * a square mark (`■ 安徽黄山风景区：…`), a name and its date (`歌剧《茶花女》 7月5日—7日 19:30 …`, `上海大剧院 6月20日—23日 …`).
 */
const LIST_OPENERS = [
  /^\d{1,2}[.．](?!\d)/u,
  /^\d{1,2}月\d{1,2}日(?:[—-]\d{1,2}日)?\s/u,
  /^第[一二三四五六七八九十\d]{1,3}[场轮局盘]/u,
  /^[\u4e00-\u9fff\dA-Za-z][\u4e00-\u9fff（）()·\dA-Za-z]{1,13}：(?=\S)/u,
  /^[■◆]\s?/u,
  /^[^\s，。；：]{2,16}\s\d{1,2}月\d{1,2}日/u,
];

/**
 * `text` opens a numbered, dated, game's or labelled row (`1.北京`, `5月21日 19:35 …`, `第一场 …`, `美国：…`): a
 * marked line over it is its list's title, not a section's banner (over a marked line, `■本报记者 胡晓`, it may be one).
 */
export function opensListRow(text: string, kinds = 4): boolean {
  return listOpener(text, kinds) !== undefined;
}

/** The first of the first `kinds` of `LIST_OPENERS` that `text` opens with, if any. */
function listOpener(text: string, kinds = LIST_OPENERS.length): RegExp | undefined {
  for (let i = 0; i < kinds; i++) if (LIST_OPENERS[i]!.test(text)) return LIST_OPENERS[i];
  return undefined;
}

/**
 * A list a line ending on a colon introduces (`…活动安排如下：`), or a marked title (`MARKED_LEAD`), its rows
 * opening alike (`LIST_OPENERS`), two at least: each row is a paragraph of its own, however the column broke it
 * (`5月21日 19:35 中超第13轮` / `上海海港—成都蓉城（上海浦东足` / `球场）`). A row goes on over lines that open no
 * row while the line above ran to the column ending no sentence, a bracket is open or its last line stops inside
 * a clause (`粤东4市：AQI达标率96.8%，` / `PM2.5…`). Marks its lines in `rows`, its broken rows in `broken`.
 */
function listRows(
  lines: TextLine[],
  w: number,
  rows: boolean[],
  broken: Map<number, { text: string; n: number }>,
): void {
  for (let k = 0; k + 2 < lines.length; k++) {
    const lead = lines[k]!.text;
    // (After a sentence end, only numbered, dated and games' rows, three at least: `…票房排行。` / `1.音乐剧…`.)
    const introduced = lead.endsWith('：') || MARKED_LEAD.test(lead);
    if ((!introduced && !lines[k]!.ends) || rows[k + 1] === true) continue;
    const opener = listOpener(lines[k + 1]!.text, introduced ? undefined : 3);
    if (opener === undefined) continue;
    const found: { start: number; n: number }[] = [];
    let j = k + 1;
    while (j < lines.length && opener.test(lines[j]!.text) && rows[j] !== true) {
      const start = j;
      let open = bracketDepth(lines[j]!.text, 0);
      j++;
      while (
        j < lines.length &&
        !opener.test(lines[j]!.text) &&
        rows[j] !== true &&
        (open > 0 ||
          (lines[j - 1]!.w >= w - 2.5 && !lines[j - 1]!.ends) ||
          /[，、：—:/]$/u.test(lines[j - 1]!.text) ||
          nextRowWithin(lines, j, opener) ||
          rowTailOverNote(lines, j, w))
      ) {
        open = bracketDepth(lines[j]!.text, open);
        j++;
      }
      found.push({ start, n: j - start });
    }
    if (found.length < (introduced ? 2 : 3)) continue;
    markRows(found, lines, w, rows, broken);
    k = j - 1;
  }
}

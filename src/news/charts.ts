/** Charts set inside a story, which the line pass reads as headline lines and short paragraphs. */
import { endsSentence } from './char-class.js';
import { joinHeadline } from './join-lines.js';
import { hasCellBars, isDataRow, isKeyedRow, splitKeyedRows } from './data-rows.js';
import type { Column, Element, Token } from './structure-types.js';
import { NOTE_UNDER } from './vocabulary.js';

const CHART_TITLE = /^图?表\d{0,2}[：:]/u;
const UNIT = /^[（(]?单位[：:]/u;
/** A table's column heads: three and more short words set apart by spaces, no figure (`省份 进出口额 同比增长`). */
const COLUMN_HEADS = /^[\p{Script=Han}]{1,6}(?:\s+[\p{Script=Han}]{1,6}){2,}$/u;
/** Column heads with a unit in brackets, two and more (`品种 平均价格（元/公斤）`, `区 零售额（亿元） 同比增长`). */
const UNIT_HEADS =
  /^(?=.*（)[\p{Script=Han}]{1,6}(?:（[\p{Script=Han}/%]{1,6}）)?(?:\s+[\p{Script=Han}]{1,6}(?:（[\p{Script=Han}/%]{1,6}）)?)+$/u;

/** A table's unit line or its column heads (parted by spaces or bars: `项目｜同比涨跌（%）｜环比涨跌（%）`). */
export function isTableLead(text: string): boolean {
  if (UNIT.test(text)) return true;
  if (hasCellBars(text)) return BARRED_HEADS.test(text);
  return COLUMN_HEADS.test(text) || (text.includes('（') && UNIT_HEADS.test(text));
}

const BARRED_HEADS = /^[\p{Script=Han}（）()%、]{1,10}(?:\s*[｜|]\s*[\p{Script=Han}（）()%、]{1,10}){2,}$/u;

/**
 * A table's unit (`单位：亿元`) and column heads (`省份 进出口额 同比增长`) over two and more rows: the table's first
 * lines, never a headline's, whichever way the page prints its headlines.
 */
export function tableLeadsAsText(elements: Element[]): Element[] {
  const lead = (x: Element | undefined): x is Extract<Element, { t: 'head' }> =>
    x?.t === 'head' && isTableLead(x.text);
  const row = (x: Element | undefined): boolean => (x?.t === 'head' || x?.t === 'para') && isDataRow(x.text);
  return elements.map((e, n) => {
    if (!lead(e)) return e;
    let k = n + 1;
    while (lead(elements[k]) && k - n < 2) k++;
    return row(elements[k]) && row(elements[k + 1])
      ? { t: 'para', no: e.no, text: e.text, dateline: false }
      : e;
  });
}

/**
 * Rows of figures a sentence introduces (`…呈现跨越式增长：` / `2021年底：约400万千瓦` / `2022年底：…`): two and more
 * keyed rows right after a paragraph ending on a colon are its list, in the story's text, however headline-like.
 */
export function listedRowsAsText(elements: Element[]): Element[] {
  const keyed = (x: Element | undefined): x is Extract<Element, { t: 'head' | 'para' }> =>
    (x?.t === 'head' || x?.t === 'para') && isKeyedRow(x.text);
  const out = [...elements];
  for (let n = 1; n < out.length; n++) {
    const intro = out[n - 1]!;
    if (intro.t !== 'para' || !intro.text.endsWith('：') || !keyed(out[n]) || !keyed(out[n + 1])) continue;
    for (let k = n; keyed(out[k]); k++) {
      const row = out[k] as { no: number; text: string };
      out[k] = { t: 'para', no: row.no, text: row.text, dateline: false };
    }
  }
  return out;
}

/**
 * A table's column heads parted by bars at element `n`, the column's wrap joined (`…｜环比` / `涨跌（%）`), or null;
 * heads parted by spaces, or a unit line, only where a sentence `introduced` the table.
 */
function leadAt(elements: Element[], n: number, introduced = false): { text: string; lines: number } | null {
  const x = elements[n];
  if (x?.t !== 'head' && x?.t !== 'para') return null;
  // (Spaced heads and a unit line are tableLeadsAsText's, read whichever way the page prints its headlines; but
  // under a sentence introducing the table, `以下为…薪资情况：`, the heads are the chart's, never a headline.)
  if (!hasCellBars(x.text)) return introduced && isTableLead(x.text) ? { text: x.text, lines: 1 } : null;
  const y = elements[n + 1];
  // (The break may fall inside a cell, the rest of the heads after it: `…｜全产业` / `链产值（亿元）｜同比增长`.)
  const wrap =
    (y?.t === 'head' || y?.t === 'para') &&
    (!hasCellBars(y.text) || !/[｜|]\s*$/u.test(x.text)) &&
    !isDataRow(y.text);
  if (wrap && isTableLead(x.text + y.text)) return { text: x.text + y.text, lines: 2 };
  return isTableLead(x.text) ? { text: x.text, lines: 1 } : null;
}

/**
 * A chart set inside a story: its title (`图表：…`, perhaps wrapped onto a second line) right after the story's
 * text and right before its source note (`数据来源：…`).
 */
export function insideChart(elements: Element[], n: number, last: Token | undefined): boolean {
  const e = elements[n]!;
  if (last?.t !== 'body' || e.t !== 'head' || !CHART_TITLE.test(e.text)) return false;
  const isNote = (x: Element | undefined): boolean =>
    (x?.t === 'para' || x?.t === 'head') && NOTE_UNDER.test(x.text);
  return isNote(elements[n + 1]) || (elements[n + 1]?.t === 'head' && isNote(elements[n + 2]));
}

/**
 * A keyed row the column broke inside or right after its label (`数字经济核心产业制造业增加值` / `：同比增长9.6%`,
 * `…增加` / `值：…`): a tail of a few characters before the colon, where a title over a row has the row's label.
 */
function brokenAtColon(text: string, next: Element | undefined): boolean {
  if (next?.t !== 'head' && next?.t !== 'para') return false;
  const colon = next.text.indexOf('：');
  return colon >= 0 && colon <= 3 && !text.includes('：') && isKeyedRow(text + next.text);
}

/**
 * The first row of a chart, the column broke inside the words of its figure (`货物吞吐量 1.72亿吨 同比` /
 * `增长3.6%`, `规上装备制造业增加值 同比` / `增长8.6%`): a title over the rows holds no cells.
 */
function brokenBeforeFigure(text: string, next: Element | undefined): boolean {
  if ((next?.t !== 'head' && next?.t !== 'para') || !text.includes(' ')) return false;
  return !NOTE_UNDER.test(next.text) && [text + next.text, `${text} ${next.text}`].some(isDataRow);
}

/** A paragraph of a story's text, no dateline opening a story of its own. */
function storyText(x: Element | undefined): boolean {
  return x?.t === 'para' && !x.dateline;
}

/** A book title is open at the end of `text` (`…《2020年三江源地区`). */
function openTitle(text: string): boolean {
  return text.split('《').length > text.split('》').length;
}

/** Keyed rows run together on line `x`, or on `x` and the `rest` of its row, and how many lines they took. */
function ranTogether(x: string, rest: string | null): [string[] | null, number] {
  const both = rest === null || NOTE_UNDER.test(rest) ? null : splitKeyedRows(x + rest);
  return both !== null ? [both, 2] : [splitKeyedRows(x), 1];
}

/**
 * A chart printed as text inside a story, with no `图表：` to say so: a title (one or two headline-shaped lines)
 * after the story's text, two or more rows (`制造业 6.3`, one the column broke: `电力、热力…生产和供` / `应业 3.1`),
 * then its source note (`数据来源：国家统计局`). Title and broken rows become paragraphs of the story, as printed.
 */
export function chartsAsText(elements: Element[], column: Column): Element[] {
  const out: Element[] = [];
  const para = (no: number, text: string): Element => ({ t: 'para', no, text, dateline: false });
  for (let n = 0; n < elements.length; n++) {
    const e = elements[n]!;
    const before = out[out.length - 1]?.t;
    if (e.t !== 'head' || (before !== 'para' && before !== 'head')) {
      out.push(e);
      continue;
    }
    let k = n;
    for (
      let h = elements[k];
      k - n < 2 &&
      h?.t === 'head' &&
      !isDataRow(h.text) &&
      !isKeyedRow(h.text) &&
      !brokenAtColon(h.text, elements[k + 1]) &&
      !brokenBeforeFigure(h.text, elements[k + 1]) &&
      leadAt(elements, k) === null;
      h = elements[k]
    )
      k++;
    const rows: Element[] = [];
    let keyed = 0;
    let m = k;
    // The table's unit and column heads, over its rows (`项目｜同比涨跌（%）｜环比` / `涨跌（%）`, wrapped).
    const leads: Element[] = [];
    const introduced = k > n && (elements[k - 1] as { text: string }).text.endsWith('：');
    for (let lead = leadAt(elements, m, introduced); lead !== null && leads.length < 2;) {
      leads.push(para(elements[m]!.no, lead.text));
      m += lead.lines;
      lead = leadAt(elements, m, introduced);
    }
    for (;;) {
      const x = elements[m];
      const y = elements[m + 1];
      if (x?.t !== 'para' && x?.t !== 'head') break;
      // A box of key figures (`规模以上工业增加值：增长1.1%`), its rows whole or broken after the colon or a comma.
      // (The line under `x`, which may be the rest of its row.)
      const rest = y?.t === 'para' || y?.t === 'head' ? y.text : null;
      const keyedRow =
        rest !== null &&
        !NOTE_UNDER.test(rest) &&
        // (A line with no colon is no row: it is the label of the row under it, broken, `…亿元以上` / `项目：187个`.)
        (!isKeyedRow(rest) || !x.text.includes('：')) &&
        isKeyedRow(x.text + rest)
          ? x.text + rest
          : isKeyedRow(x.text)
            ? x.text
            : undefined;
      if (keyedRow !== undefined) {
        rows.push(para(x.no, keyedRow));
        keyed++;
        m += keyedRow === x.text ? 1 : 2;
        continue;
      }
      // (Rows the line pass ran together, a broken one's tail with the next: `开行186列，同比增长32.9%通道运输…`.)
      const [split, used] = ranTogether(x.text, rest);
      if (split !== null) {
        rows.push(...split.map((row) => para(x.no, row)));
        keyed += split.length;
        m += used;
        continue;
      }
      // A row the column broke: inside a word (`同比增` / `长4.2%`, `…生产和供` / `应业 3.1`), or at a space the line
      // pass trimmed (`…进出口` / `1.08万亿元`); a row of its own goes on only with a line that is none
      // (`…1.86万亿元` / `占比56.2%`).
      const whole = isDataRow(x.text);
      // (Figures meeting at the break were cells apart, `对“一带一路”国家 14120` / `7.5%`: the column broke the
      // row at a space, never inside a number.)
      const gaps = /\d$/u.test(x.text) && rest !== null && /^\d/u.test(rest) ? [' ', ''] : ['', ' '];
      const joined =
        rest === null || NOTE_UNDER.test(rest) || (whole && isDataRow(rest))
          ? undefined
          : gaps.map((gap) => x.text + gap + rest).find(isDataRow);
      // (A long label may take the column twice: `…通过公共网络实` / `现的商品零售额 142.9亿元 增` / `长11.2%`.)
      const z = elements[m + 2];
      const third =
        joined === undefined &&
        !whole &&
        rest !== null &&
        (z?.t === 'para' || z?.t === 'head') &&
        !NOTE_UNDER.test(z.text)
          ? ['', ' '].map((gap) => x.text + rest + gap + z.text).find(isDataRow)
          : undefined;
      if (joined !== undefined) {
        rows.push(para(x.no, joined));
        m += 2;
      } else if (third !== undefined) {
        rows.push(para(x.no, third));
        m += 3;
      } else if (whole) {
        rows.push(para(x.no, x.text));
        m++;
      } else break;
    }
    const note = elements[m];
    // (Keyed rows alone make a box only three and more at a time, two may be a story's lines; and only inside a
    // story, its text going on under the note: a box of its own has a headline of its own. A title that says
    // table, `表1：…`, says it is the story's, however the page goes on.)
    const after = elements[m + 1];
    // (Or under an intertitle of the story: a short line with the story's text under it.)
    const goesOn =
      storyText(after) ||
      (before === 'para' &&
        after?.t === 'head' &&
        column.measure(after.text) <= column.width / 2 &&
        storyText(elements[m + 2]));
    const enough =
      keyed === rows.length ? rows.length >= 3 && (goesOn || CHART_TITLE.test(e.text)) : rows.length >= 2;
    if (!enough || (note?.t !== 'para' && note?.t !== 'head') || !NOTE_UNDER.test(note.text)) {
      out.push(e);
      continue;
    }
    // A note the column broke (`数据来源：国家统计局、各省` / `统计局`): a full first line, then a short tail.
    const tail = elements[m + 1];
    const wrapped =
      tail?.t === 'head' &&
      column.measure(note.text) >= column.width - 4.5 &&
      // (Short, or with the chart's credit under it: `批发市场价格信息系统` / `刘 畅制图`.)
      (column.measure(tail.text) <= column.width / 2 ||
        (elements[m + 2]?.t === 'credit' && column.measure(tail.text) < column.width - 1)) &&
      !/[。）)]$/u.test(note.text);
    let noteText = wrapped ? note.text + tail.text : note.text;
    let end = wrapped ? m + 1 : m;
    // (Or broken inside the book title it cites, over two lines or three: `…生态环境厅《` / `2020年…评估报告` / `》`.)
    for (let q = m + 1; !wrapped && q <= m + 2 && openTitle(noteText); q++) {
      const x = elements[q];
      if (x?.t !== 'head' && x?.t !== 'para') break;
      noteText += x.text;
      end = q;
    }
    if (!wrapped && openTitle(noteText)) [noteText, end] = [note.text, m];
    // A chart of its own closes with its credit (`制图：…`): its headline, or the headline of the story above, may
    // stand over its title, so the title is the one line over the rows. One inside a story has text above it,
    // and a title of one line no wider than the column: one set across columns is the chart's own headline.
    const own = elements[end + 1]?.t === 'credit';
    // (The line under it may be the chart's unit, `（单位：%）`.)
    const second = k - n === 2 ? (elements[n + 1] as { text: string }).text : '';
    const across = (k - n === 1 || UNIT.test(second)) && column.measure(e.text) > column.width + 1.5;
    if (!own && (before !== 'para' || across)) {
      const heads = across && k - n === 2 ? [e, para(elements[n + 1]!.no, second)] : elements.slice(n, k);
      out.push(...heads, ...leads, ...rows, para(note.no, noteText));
      n = end;
      continue;
    }
    // After text, two lines over the rows are its title wrapped, unless the chart closes with its credit and the
    // second line is no wrapped title's short tail (over 60 % of the column, as splitHeadline reads a title):
    // then the first is a headline, the chart's own printed above it or the story's above printed after it.
    const apart = second !== '' && column.measure(second) > 0.6 * column.width;
    // (A `——` subtitle over the rows is the story's above, printed after it: that chart has no title line.)
    const untitled = own && k > n && /^(?:——|──)/u.test((elements[k - 1] as { text: string }).text);
    const from = untitled ? k : own && (before === 'head' || apart) ? Math.max(n, k - 1) : n;
    out.push(...elements.slice(n, from));
    const title = elements.slice(from, k).map((h) => (h as { text: string }).text);
    if (title.length > 0) out.push(para(elements[from]!.no, joinHeadline(title)));
    out.push(...leads, ...rows, para(note.no, noteText));
    n = end;
  }
  return out;
}

/** A key-figure box's row led by its figure: `120个——今年新增示范点`, `96.2%——中心城区居民步行…`. */
const FIGURE_FIRST = /^\d[\d.]*(?:%|％|[万亿]?[\u4e00-\u9fff]{0,4})——[\u4e00-\u9fff“”]/u;

/**
 * A box of key figures whose rows lead with the figure (`【数读】` / `120个——今年新增示范点` / `38个——年底前投运的
 * “一站式”` / `综合体`): three rows and more, each with the lines its label wrapped onto, are the story's text.
 */
export function figureFirstRows(elements: Element[], column: Column): Element[] {
  const rowStart = (x: Element | undefined): x is Extract<Element, { t: 'head' | 'para' }> =>
    (x?.t === 'head' || x?.t === 'para') && FIGURE_FIRST.test(x.text);
  const out: Element[] = [];
  for (let n = 0; n < elements.length; n++) {
    const rows: Element[] = [];
    let m = n;
    for (let row = elements[m]; rowStart(row); row = elements[m]) {
      let text = row.text;
      m++;
      // (The lines its label wrapped onto, up to the next row.)
      for (let x = elements[m]; wrapsLabel(x, text, column) && !rowStart(x); x = elements[m]) {
        text += (x as { text: string }).text;
        m++;
      }
      rows.push({ t: 'para', no: row.no, text, dateline: false });
    }
    if (rows.length < 3) {
      out.push(elements[n]!);
      continue;
    }
    out.push(...rows);
    n = m - 1;
  }
  return out;
}

/** Element `x` is the rest of a key figure's label `text`: a short line, no note, under a label that ends nothing. */
function wrapsLabel(x: Element | undefined, text: string, column: Column): boolean {
  if (x?.t !== 'head' && x?.t !== 'para') return false;
  return !NOTE_UNDER.test(x.text) && !endsSentence(text) && column.measure(x.text) <= column.width;
}

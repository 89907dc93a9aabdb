/** Charts set inside a story, which the line pass reads as headline lines and short paragraphs. */
import { joinHeadline } from './join-lines.js';
import { isDataRow } from './layout.js';
import type { Element, Token } from './structure-types.js';
import { NOTE_UNDER } from './vocabulary.js';

const CHART_TITLE = /^图表[：:]/u;

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
 * A chart printed as text inside a story, with no `图表：` to say so: a title (one or two headline-shaped lines)
 * after the story's text, two or more rows (`制造业 6.3`, one the column broke: `电力、热力…生产和供` / `应业 3.1`),
 * then its source note (`数据来源：国家统计局`). Title and broken rows become paragraphs of the story, as printed.
 */
export function chartsAsText(elements: Element[]): Element[] {
  const out: Element[] = [];
  const para = (no: number, text: string): Element => ({ t: 'para', no, text, dateline: false });
  for (let n = 0; n < elements.length; n++) {
    const e = elements[n]!;
    if (e.t !== 'head' || out[out.length - 1]?.t !== 'para') {
      out.push(e);
      continue;
    }
    let k = n;
    for (let h = elements[k]; k - n < 2 && h?.t === 'head' && !isDataRow(h.text); h = elements[k]) k++;
    const rows: Element[] = [];
    let m = k;
    for (;;) {
      const x = elements[m];
      const y = elements[m + 1];
      if ((x?.t === 'para' || x?.t === 'head') && isDataRow(x.text)) {
        rows.push(para(x.no, x.text));
        m++;
      } else if (
        (x?.t === 'head' || x?.t === 'para') &&
        (y?.t === 'head' || y?.t === 'para') &&
        isDataRow(x.text + y.text)
      ) {
        rows.push(para(x.no, x.text + y.text));
        m += 2;
      } else break;
    }
    const note = elements[m];
    if (rows.length < 2 || (note?.t !== 'para' && note?.t !== 'head') || !NOTE_UNDER.test(note.text)) {
      out.push(e);
      continue;
    }
    const title = elements.slice(n, k).map((h) => (h as { text: string }).text);
    out.push(para(e.no, joinHeadline(title)), ...rows, para(note.no, note.text));
    n = m;
  }
  return out;
}

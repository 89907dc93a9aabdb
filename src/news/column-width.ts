/** The page's width model and column width, measured on the lines that look like the middle of a paragraph. */
import { charCount, isLatinOrDigit, printWidth } from './char-class.js';
import type { TextLine } from './text-line.js';

type WidthModel = 'print' | 'chars';

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

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
  // (The samples' widths under both models, gathered in one loop: this runs on every page.)
  const charWidths: number[] = [];
  const printWidths: number[] = [];
  for (const l of lines) {
    if (!isColumnSample(l)) continue;
    charWidths.push(l.wChars);
    printWidths.push(l.wPrint);
  }
  const samples = charWidths.length;
  if (samples < 4) return { model: 'print', width: fallback };
  // Full lines fill the column's last unit: under the right model most samples fall in one window (m-1, m].
  const chars = densest(charWidths);
  const print = densest(printWidths);
  // Print is how papers are set; on a short or narrow page many full lines can share a character count by chance
  // (a 14-em column with few digits), so character counting has to win clearly.
  const model = chars.n > 1.25 * print.n ? 'chars' : 'print';
  return { model, width: samples >= 5 ? (model === 'chars' ? chars.m : print.m) : fallback };
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
 * How far the page's full lines run past its column width: 19 in 20 of its mid-paragraph lines (title-shaped ones
 * aside, which may be headlines) are at most this much wider. Typesetting varies a line by a character or two
 * (punctuation set half-width, a character pushed down by 避头尾), and some pages vary it by more. 0 when fewer than
 * ten lines say.
 */
export function fullLineSpread(lines: TextLine[], width: number): number {
  const widths: number[] = [];
  for (const l of lines) if (!l.titleish && isColumnSample(l)) widths.push(l.w);
  if (widths.length < 10) return 0;
  // A typed array sorts numerically natively, several times faster than a comparator over a plain array.
  const ws = Float64Array.from(widths).sort();
  return Math.max(0, ws[Math.floor(ws.length * 0.95)]! - width);
}

/**
 * The column width of a stretch of text, from its mid-paragraph lines: a full line falls anywhere in the
 * column's last em (the next character did not fit), so the width is the top of the busiest one-em window.
 * First lines (two ems short) and last lines do not move it. `fallback` when fewer than `minSamples` lines say.
 */
export function columnWidth(lines: TextLine[], fallback: number, minSamples = 5): number {
  if (lines.length < minSamples) return fallback; // (most runs: a headline, a short paragraph)
  const ws: number[] = [];
  for (const l of lines) if (isColumnSample(l)) ws.push(l.w);
  return ws.length >= minSamples ? densest(ws).m : fallback;
}

/**
 * The upper end m of the window (m-1, m] holding the most values, where full lines of a column fall, and how many
 * values it holds.
 */
const BUCKETS = new Uint32Array(520);

function densest(ws: number[]): { m: number; n: number } {
  // Widths are whole or half units: count them in half-unit buckets, then slide a two-bucket window up the
  // buckets from the narrowest line's to the widest's, counting windows whose upper bucket holds a line. Lines
  // wider than any column are no evidence (and would make the bucket array huge).
  let lo = BUCKETS.length;
  let hi = 0;
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!;
    if (w > 256) continue;
    const b = Math.round(w * 2);
    BUCKETS[b]!++;
    if (b < lo) lo = b;
    if (b > hi) hi = b;
  }
  const size = hi + 2;
  let best = 0;
  let bestM = 0;
  for (let b = Math.max(lo, 1); b <= hi; b++) {
    if (BUCKETS[b] === 0) continue;
    const n = BUCKETS[b]! + BUCKETS[b - 1]!;
    if (n >= best) {
      best = n;
      bestM = b / 2;
    }
  }
  // Paragraphs of one or two lines have more first lines (two ems short) than full ones, and those can win the
  // count. Full lines two ems above the winner, in fair number, mean the winner was the first lines.
  const up = Math.round(bestM * 2) + 4;
  const atUp = up < size ? BUCKETS[up]! + BUCKETS[up - 1]! : 0;
  const wider = up < size && atUp >= best / 2;
  BUCKETS.fill(0, lo, hi + 1);
  // (Widths are whole or half units, so the two buckets under m are exactly the values in (m-1, m].)
  return wider ? { m: up / 2, n: atUp } : { m: bestM, n: best };
}

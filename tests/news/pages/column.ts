/**
 * Sets a paragraph in a newspaper column the way a typesetter would, independently of the page generator the
 * parser was tuned on: print widths (ideographs one em, punctuation, Latin and digits half an em), the first line
 * two ems in (OCR then loses the indent), and 避头尾 by pushing out: a closing mark that would start a line takes
 * the previous character down with it, and an opening quote never ends a line. A `|` in the text is a break set
 * by hand, for the cases a test wants exactly: a word or number broken mid-way,
 * a last line exactly full. Text between two `|` is still set automatically.
 */

const CLOSING = new Set(Array.from('，。、；：！？”’）》…」'));
const OPENING = new Set(Array.from('“‘（《「'));

function unitWidth(u: string): number {
  let w = 0;
  for (const ch of u) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff10 && c <= 0xff5a) ? 1 : 0.5;
  }
  return w;
}

/** Latin words and numbers (with an inner space, as in `iPhone 11`) are one unit; everything else a character. */
function units(text: string): string[] {
  const out: string[] = [];
  const cs = Array.from(text);
  for (let i = 0; i < cs.length;) {
    if (/[A-Za-z0-9.%]/u.test(cs[i]!)) {
      let j = i;
      while (
        j < cs.length &&
        (/[A-Za-z0-9.%]/u.test(cs[j]!) || (cs[j] === ' ' && /[A-Za-z0-9]/u.test(cs[j + 1] ?? '')))
      )
        j++;
      out.push(cs.slice(i, j).join(''));
      i = j;
    } else out.push(cs[i++]!);
  }
  return out;
}

/** The paragraph's lines in a column `width` ems wide. */
export function setColumn(text: string, width: number): string[] {
  const us = text.split('|').flatMap((part, k) => (k === 0 ? units(part) : ['|', ...units(part)]));
  const lines: string[][] = [];
  let line: string[] = [];
  let w = 0;
  let cap = width - 2;
  for (let k = 0; k < us.length; k++) {
    const u = us[k]!;
    if (u === '|') {
      lines.push(line);
      line = [];
      w = 0;
      cap = width;
      continue;
    }
    const uw = unitWidth(u);
    if (w + uw > cap && line.length > 0) {
      const carried: string[] = [];
      if (CLOSING.has(u) && line.length > 1) carried.push(line.pop()!);
      while (line.length > 1 && OPENING.has(line[line.length - 1]!)) carried.unshift(line.pop()!);
      lines.push(line);
      line = carried;
      w = carried.reduce((n, c) => n + unitWidth(c), 0);
      cap = width;
    }
    line.push(u);
    w += uw;
  }
  if (line.length > 0) lines.push(line);
  // A space at a break is a layout decision the text should not leave to chance: break such a line by hand.
  if (lines.some((l) => l[0] === ' ')) throw new Error(`a line would start with a space: ${text}`);
  return lines.map((l) => l.join('').trimEnd());
}

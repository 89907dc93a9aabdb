/** Joining a paragraph's or a headline's broken lines again. */
import { isLatinOrDigit } from './char-class.js';
import type { TextLine } from './text-line.js';

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
  // (者, 员, 生: the role words' last characters, tested first as this runs on every line break.)
  if (
    (ca === 0x8005 || ca === 0x5458 || ca === 0x751f) &&
    /(?:记者|通讯员|实习生)$/u.test(a.text) &&
    /^[\u4e00-\u9fff]{2,4}(?:[\s）)]|$)/u.test(b.text)
  )
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

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
  // Names inside a dateline's bracketed byline broken at the space between them (`（记者 王鹏` / `周岚）`, `（记者 刘 阳` /
  // `赵 超）`): the space goes back. Broken inside a name (`（记者 王鹏` / `飞 周岚）`, `（记者 王` / `鹏飞）`), the
  // parts are one name.
  if (ca >= 0x4e00 && ca <= 0x9fff && cb >= 0x4e00 && cb <= 0x9fff && a.text.includes('（')) {
    const gap = bylineGap(a.text, b.text);
    if (gap !== null) return gap;
  }
  return '';
}

/**
 * The gap between two parts of a bracketed byline (`（记者 X Y` / `Z）`), or null outside one. A name of two or more
 * characters, or a padded pair (`刘 阳`), is whole: a part of one character or two after it is the next name's if
 * it is set apart (`周岚 `), the rest of this one if it is one character (`王鹏` / `飞`). A lone character left over
 * (`王`, `沈 佳 县`) goes on with what follows, as printed: a padded partner or a given name (`鹏`, `鹏飞`).
 */
function bylineGap(a: string, b: string): string | null {
  const open = a.lastIndexOf('（');
  const inner = a.slice(open + 1);
  if (inner.includes('）') || !/记者|通讯员|实习生/u.test(inner)) return null;
  const first = /^([\u4e00-\u9fff]{1,4})(?:[\s）)]|$)/u.exec(b);
  if (first === null) return null;
  const tokens = inner.replace(/[\u4e00-\u9fff]{0,8}(?:记者|通讯员|实习生)/gu, ' ').split(/[\s/／]+/u);
  const last = tokens[tokens.length - 1]!;
  if (!/^[\u4e00-\u9fff]{1,4}$/u.test(last)) return null;
  // (Or inside a role word: `县委报` / `道组 何 洋`.)
  if (/^[\u4e00-\u9fff]{0,3}(?:报道组|记者|通讯员|实习生)/u.test(last + b)) return '';
  const next = first[1]!.length;
  // (Characters set apart in pairs, `李 俊 通讯员…`, are padded names of their own; one over, `思 梁 锐）`, ends
  // the name above.)
  let opening = 0;
  if (next === 1)
    for (const t of b.split(/[\s）)]/u))
      if (t.length === 1) opening++;
      else break;
  const padded = next === 1 && opening % 2 === 0;
  if (last.length >= 2) return next >= 2 || padded ? ' ' : '';
  let singles = 0;
  for (let k = tokens.length - 1; k >= 0 && tokens[k]!.length === 1; k--) singles++;
  return singles % 2 === 0 ? ' ' : '';
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

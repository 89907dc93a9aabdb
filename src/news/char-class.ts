/** Character classes and print widths for OCR'd Chinese column text. */

/** A CJK ideograph (the basic and extension-A blocks, compatibility ideographs, and astral extensions). */
export function isHan(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x20000 && c <= 0x3134f)
  );
}

/** Latin letters and digits, half- or full-width: the characters that form words across which spaces matter. */
export function isLatinOrDigit(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f) ||
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a)
  );
}

/**
 * Print width of a line in ems. Chinese columns squeeze punctuation to half an em and set Latin letters and
 * digits at half width, so a full line of the seed page measures 15-16 ems whatever its character count (15-18).
 */
export function printWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      w += 1;
      i++;
    } else if (isHan(c)) w += 1;
    else if (c < 0x80 || c === 0x3000) w += 0.5;
    else if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a))
      w += 1;
    else if (c >= 0xac00 && c <= 0xd7a3) w += 1;
    else w += 0.5;
  }
  return w;
}

/** What one pass over a line's characters tells: both widths, clause punctuation, spacing. */
export interface LineScan {
  /** `printWidth`. */
  print: number;
  /** `charCount`. */
  chars: number;
  /** `hasClausePunct`. */
  clause: boolean;
  /** Whitespace other than single spaces (a tab, two spaces, U+3000): what `/\s+/g` folding would change. */
  oddSpace: boolean;
  /** `hasSpaceBetweenHan`. */
  spacedHan: boolean;
}

/**
 * `printWidth`, `charCount`, `hasClausePunct`, odd whitespace and `hasSpaceBetweenHan` in one pass: every text
 * line of a page needs all five, and one loop costs less than five (this is the parser's hottest code).
 */
export function scanLine(s: string): LineScan {
  let w = 0;
  let n = 0;
  let clause = false;
  let oddSpace = false;
  let spacedHan = false;
  // The character before the current run of spaces (-1: none yet, or not in a run).
  let beforeSpace = -1;
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n++;
    // Most characters are basic CJK ideographs: one em, nothing else to note (what the branches below would find).
    if (c >= 0x4e00 && c <= 0x9fff) {
      w += 1;
      if (inSpace) {
        inSpace = false;
        if (beforeSpace !== -1 && isHanOrQuote(beforeSpace)) spacedHan = true;
      }
      continue;
    }
    if (c === 0x20) {
      if (inSpace) oddSpace = true;
      else {
        inSpace = true;
        beforeSpace = i > 0 ? s.charCodeAt(i - 1) : -1;
      }
      w += 0.5;
      continue;
    }
    if (inSpace) {
      inSpace = false;
      if (beforeSpace !== -1 && isHanOrQuote(beforeSpace) && isHanOrQuote(c)) spacedHan = true;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      w += 1;
      i++;
    } else if (c < 0x80) {
      w += 0.5;
      if (c >= 0x09 && c <= 0x0d) oddSpace = true;
    } else if (isHan(c) || (c >= 0xac00 && c <= 0xd7a3)) w += 1;
    else if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a))
      w += 1;
    else {
      w += 0.5;
      if (c === 0xff0c || c === 0x3002 || c === 0xff1b) clause = true;
      else if (isOtherSpace(c)) oddSpace = true;
    }
  }
  return { print: w, chars: n, clause, oddSpace, spacedHan };
}

/** Whitespace above ASCII that `\s` matches. */
function isOtherSpace(c: number): boolean {
  return (
    c === 0x3000 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0xfeff
  );
}

/** Count of code points: the width model of pages laid out by character count rather than by print width. */
export function charCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) i++;
    n++;
  }
  return n;
}

function isSentenceEnd(c: number): boolean {
  // 。！？… ! ?
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x2026 || c === 0x21 || c === 0x3f;
}

function isCloser(c: number): boolean {
  // ” ’ 」 』 ） ) 》 〉 】 " '
  return (
    c === 0x201d ||
    c === 0x2019 ||
    c === 0x300d ||
    c === 0x300f ||
    c === 0xff09 ||
    c === 0x29 ||
    c === 0x300b ||
    c === 0x3009 ||
    c === 0x3011 ||
    c === 0x22 ||
    c === 0x27
  );
}

/** The line ends a sentence: `。！？…`, possibly followed by closing quotes or brackets (`。”`). */
export function endsSentence(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && isCloser(s.charCodeAt(i))) i--;
  return i >= 0 && isSentenceEnd(s.charCodeAt(i));
}

/** Punctuation that only occurs inside running text, never inside a headline line. */
export function hasClausePunct(s: string): boolean {
  return CLAUSE_PUNCT.test(s);
}

const CLAUSE_PUNCT = /[，。；]/;

/** A space with an ideograph on both sides (`立足生态优势 打造休闲小镇`): how headlines separate their phrases. */
export function hasSpaceBetweenHan(s: string): boolean {
  if (!s.includes(' ')) return false;
  for (let i = 1; i < s.length - 1; i++) {
    if (s.charCodeAt(i) !== 0x20) continue;
    const a = s.charCodeAt(i - 1);
    let j = i + 1;
    while (j < s.length && s.charCodeAt(j) === 0x20) j++;
    if (j < s.length && isHanOrQuote(a) && isHanOrQuote(s.charCodeAt(j))) return true;
  }
  return false;
}

function isHanOrQuote(c: number): boolean {
  return isHan(c) || c === 0x201c || c === 0x201d || c === 0x300a || c === 0x300b;
}

/** Non-blank characters of a string, in order: what the accounting property compares. */
export function nonBlank(s: string): string {
  return s.replace(/\s+/gu, '');
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

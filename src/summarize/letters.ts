/**
 * Fast letter-or-digit tests. `\p{L}|\p{N}` regexes are the rule, but testing them once per
 * character dominated the summarizer's profile; Chinese news text is nearly all CJK ideographs,
 * ASCII and CJK punctuation, which are decided here by range, and only the rest falls back to
 * the regex.
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the UTF-16 code unit (or code point) is a letter or digit. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  // General punctuation (“”‘’…—), CJK symbols and punctuation (。、「」), full-width forms' punctuation.
  if ((code >= 0x2000 && code <= 0x206f) || (code >= 0x3000 && code <= 0x303f)) return false;
  if (code >= 0xff01 && code <= 0xff0f) return false;
  if (code >= 0xd800 && code <= 0xdfff) return true; // half of an astral character: Ext-B ideographs, mostly
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/** Number of letters and digits in text, counting up to `limit` at most. */
export function countWordChars(text: string, limit = Infinity): number {
  let count = 0;
  for (let i = 0; i < text.length && count < limit; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // low surrogate: counted with its high half
    if (isWordCode(code)) count += 1;
  }
  return count;
}

import { Buffer, isUtf8, transcode } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { PageError } from './page-error.js';

/** Text decoded from a page's bytes, with the encoding that was detected. */
export interface DecodedText {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `gb18030`. */
  encoding: string;
  /**
   * Invalid byte sequences replaced by U+FFFD (a page damaged in transfer or by OCR software); 0 for a clean
   * page. The caller warns with the page's name and this count.
   */
  replaced: number;
}

const gb18030 = new TextDecoder('gb18030', { fatal: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });
const gb18030Lenient = new TextDecoder('gb18030');

/**
 * How much damage a page may have and still be read: a handful of bad sequences (up to 16, or 1 in 50
 * characters on a long page; one damaged character can be up to 3 of them), and never more than 1 character in
 * 10. Past that it is more likely the wrong kind of file, or garbage, and is refused.
 */
function tolerable(replaced: number, text: string): boolean {
  return replaced <= Math.max(16, text.length / 50) && replaced * 10 <= text.length;
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** U+FFFD already in the bytes (EF BF BD) is text, not damage. */
function encodedReplacementChars(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++)
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  return n;
}

/**
 * Reads bytes that are neither valid UTF-8 nor valid GB18030 with the invalid sequences replaced, or null when
 * that is more damage than `tolerable`. UTF-8 first: GBK text almost never passes for mostly valid UTF-8, while
 * UTF-8 Chinese often decodes as (nonsense) GB18030 without a single error.
 */
function decodeDamaged(bytes: Uint8Array): { text: string; encoding: string; replaced: number } | null {
  const asUtf8 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const utf8Damage = countChar(asUtf8, '\uFFFD') - encodedReplacementChars(bytes);
  if (tolerable(utf8Damage, asUtf8)) return { text: asUtf8, encoding: 'utf-8', replaced: utf8Damage };
  const asGb = gb18030Lenient.decode(bytes);
  const gbDamage = countChar(asGb, '\uFFFD');
  if (tolerable(gbDamage, asGb) && plausibleChinese(asGb))
    return { text: asGb, encoding: 'gb18030', replaced: gbDamage };
  return null;
}

/**
 * Strict UTF-8, or null: native validation, then ICU's transcoding to UTF-16 and a plain UTF-16 read. For Chinese
 * text that is several times faster than a fatal TextDecoder or `Buffer.toString('utf8')` (V8's own UTF-8
 * decoding is slow on multi-byte characters), and gives the same string: valid UTF-8 has one reading.
 */
function strictUtf8(bytes: Uint8Array): string | null {
  return isUtf8(bytes) ? transcode(bytes, 'utf8', 'utf16le').toString('utf16le') : null;
}

function tryDecode(decoder: TextDecoder, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Guesses UTF-16 without a BOM from its line ends: `\n\0` at even offsets (LE) or `\0\n` (BE). Chinese text in
 * UTF-16 has few zero bytes, but every line end of a page has one.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const a = bytes[i]!;
    const b = bytes[i + 1]!;
    if ((a === 0x0a || a === 0x0d) && b === 0) le++;
    else if (a === 0 && (b === 0x0a || b === 0x0d)) be++;
  }
  if (le > 0 && be === 0) return 'utf-16le';
  if (be > 0 && le === 0) return 'utf-16be';
  return null;
}

/** The control characters `controlCount` counts, for a quick look first (they are rare). */
// Control characters are exactly what this pattern is for.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]/;

/** Control characters that never occur in a text page (tab, line ends, form feed and escape excepted). */
function controlCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) ||
      c === 0x7f
    )
      n++;
  }
  return n;
}

function controlBytes(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) ||
      c === 0x7f
    )
      n++;
  }
  return n;
}

function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  const n = controlCount(text);
  return n > 0 && n * 100 > text.length;
}

/**
 * A GB18030 decode succeeds on many byte strings that are not Chinese at all (its four-byte form reaches all of
 * Unicode). Real pages are mostly common CJK, CJK punctuation and ASCII, so require that.
 */
function plausibleChinese(text: string): boolean {
  let common = 0;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) continue;
    // An astral character is one character, and not a common one.
    if (c >= 0xd800 && c <= 0xdbff) {
      total++;
      i++;
      continue;
    }
    total++;
    if (
      c < 0x7f ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2010 && c <= 0x2027) ||
      c === 0x25a1 ||
      c === 0x25a0 ||
      c === 0xb7
    )
      common++;
  }
  return total === 0 || common * 10 >= total * 8;
}

/**
 * Decodes a page's bytes, detecting the encoding without being told: a BOM (UTF-8, UTF-16 LE/BE) wins; else
 * UTF-16 recognised by its line ends; else strict UTF-8; else GB18030 (a superset of GBK and GB2312); else,
 * when only a few byte sequences are invalid, UTF-8 or GB18030 with them replaced by U+FFFD (`replaced`).
 *
 * @throws PageError `empty` (no bytes, or only whitespace), `binary` (NUL or control bytes), `undecodable`.
 */
export function decodePage(bytes: Uint8Array, source: string): DecodedText {
  if (bytes.length === 0) throw new PageError('empty', source, 'the file is empty');
  let text: string | null = null;
  let encoding = '';
  let replaced = 0;
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8-bom';
    if (bytes.includes(0) || controlBytes(bytes) * 100 > bytes.length)
      throw new PageError('binary', source, 'looks like a binary file (control bytes), not a text page');
    text = strictUtf8(bytes.subarray(3));
    if (text === null) {
      const body = bytes.subarray(3);
      const lenient = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
      const damage = countChar(lenient, '\uFFFD') - encodedReplacementChars(body);
      if (tolerable(damage, lenient)) {
        text = lenient;
        replaced = damage;
      }
    }
  } else if (b0 === 0xff && b1 === 0xfe) {
    encoding = 'utf-16le';
    text = tryDecode(utf16le, bytes.subarray(2));
  } else if (b0 === 0xfe && b1 === 0xff) {
    encoding = 'utf-16be';
    text = tryDecode(utf16be, bytes.subarray(2));
  } else {
    const nul = bytes.includes(0);
    const sniffed = nul ? sniffUtf16(bytes) : null;
    if (sniffed) {
      encoding = sniffed;
      text = tryDecode(sniffed === 'utf-16le' ? utf16le : utf16be, bytes);
      if (text !== null && looksBinary(text)) text = null;
    }
    if (text === null) {
      if (nul)
        throw new PageError('binary', source, 'looks like a binary file (it has NUL bytes), not a text page');
      encoding = 'utf-8';
      text = strictUtf8(bytes);
      if (text === null) {
        encoding = 'gb18030';
        text = tryDecode(gb18030, bytes);
        if (text !== null && !plausibleChinese(text)) text = null;
      }
      if (text === null) {
        const damaged = decodeDamaged(bytes);
        if (damaged) ({ text, encoding, replaced } = damaged);
      }
      // UTF-8 and GB18030 never use bytes below 0x20 inside a character, so each control character of the text
      // is a control byte of the file: counting them on the decoded text (a native regex first, as they are
      // rare) counts the bytes, at a fraction of a byte loop's cost.
      const controls = text === null ? controlBytes(bytes) : CONTROL.test(text) ? controlCount(text) : 0;
      if (controls * 100 > bytes.length)
        throw new PageError('binary', source, 'looks like a binary file (control bytes), not a text page');
    }
  }
  if (text === null) {
    throw new PageError(
      'undecodable',
      source,
      encoding.startsWith('utf-16')
        ? `has a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`
        : 'is not valid UTF-8, UTF-16 or GBK/GB18030 text',
    );
  }
  // 8-bit encodings were checked byte by byte above; UTF-16 can only be checked once decoded.
  if (encoding.startsWith('utf-16') && looksBinary(text))
    throw new PageError('binary', source, 'looks like a binary file (control bytes), not a text page');
  if (!/\S/u.test(text)) throw new PageError('empty', source, 'has no text (only whitespace)');
  return { text, encoding, replaced };
}

/** Splits text on LF, CRLF or CR, so a page from any platform gives the same lines. */
export function splitLines(text: string): string[] {
  // Most pages have one kind of line end, and plain string splits are much faster than the pattern.
  if (!text.includes('\r')) return text.split('\n');
  if (!text.includes('\n')) return text.split('\r');
  // CRLF: split on it, unless a piece holds a lone CR or LF (mixed line ends, rare).
  const crlf = text.split('\r\n');
  for (const piece of crlf) if (piece.includes('\r') || piece.includes('\n')) return splitMixed(text);
  return crlf;
}

function splitMixed(text: string): string[] {
  return text.replaceAll('\r\n', '\n').split(/\r|\n/);
}

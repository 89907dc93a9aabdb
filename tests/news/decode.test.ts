import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePage, splitLines } from '../../src/news/decode.js';
import { PageError } from '../../src/news/page-error.js';
import { parsePage } from '../../src/news/page-parser.js';
import { encodePage } from '../support/page-generator.js';

const SEED = 'seeds/000_4397dc98031408d7.txt';
const seedText = readFileSync(SEED, 'utf8');
const reference = parsePage(readFileSync(SEED), SEED);
const strip = (p: typeof reference) => ({ ...p, source: '', encoding: '' });

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PageError);
    return (e as PageError).code;
  }
  return undefined;
}

describe('decodePage', () => {
  it.each([
    ['utf-8', 'utf-8'],
    ['utf-8-bom', 'utf-8-bom'],
    ['utf-16le', 'utf-16le'],
    ['utf-16be', 'utf-16be'],
    ['gbk', 'gb18030'],
    ['gb18030', 'gb18030'],
  ] as const)('detects %s without being told and parses it like the UTF-8 original', (enc, detected) => {
    const bytes = encodePage(seedText, enc);
    expect(decodePage(bytes, 'x').encoding).toBe(detected);
    expect(strip(parsePage(bytes, 'x'))).toEqual(strip({ ...reference, source: 'x' }));
  });

  it('recognises UTF-16 without a BOM by its line ends', () => {
    const le = encodePage(seedText, 'utf-16le').subarray(2);
    expect(decodePage(le, 'x')).toEqual({ text: seedText, encoding: 'utf-16le', replaced: 0 });
  });

  it.each(['\r\n', '\r'])('parses %j line ends like LF', (eol) => {
    const page = parsePage(Buffer.from(seedText.replace(/\n/g, eol)), SEED);
    expect(page).toEqual(reference);
  });

  it('splits LF, CRLF and CR alike, mixed in one text', () => {
    expect(splitLines('a\nb\r\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitLines('a\r\n\r\nb\r\n')).toEqual(['a', '', 'b', '']);
    expect(splitLines('a\r\rb\n\rc')).toEqual(['a', '', 'b', '', 'c']);
  });

  it('refuses an empty file, and one of only whitespace, as empty', () => {
    expect(codeOf(() => decodePage(new Uint8Array(), 'e.txt'))).toBe('empty');
    expect(codeOf(() => decodePage(Buffer.from(' \n\r\n\t'), 'e.txt'))).toBe('empty');
    expect(codeOf(() => decodePage(Buffer.from([0xef, 0xbb, 0xbf]), 'e.txt'))).toBe('empty');
  });

  it('refuses binary data with a message naming the file', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(codeOf(() => decodePage(png, 'photo.png'))).toBe('binary');
    expect(() => decodePage(png, 'photo.png')).toThrow(/^photo\.png: .*binary/);
    const controls = Buffer.from('abc\u0001\u0002\u0003\u0004def', 'latin1');
    expect(codeOf(() => decodePage(controls, 'c.bin'))).toBe('binary');
  });

  it('refuses bytes that are in no supported encoding as undecodable', () => {
    expect(codeOf(() => decodePage(Buffer.from([0xff, 0xff, 0x41, 0x42, 0x80]), 'u.txt'))).toBe(
      'undecodable',
    );
    // A UTF-16 BOM followed by an odd byte count cannot be UTF-16.
    expect(codeOf(() => decodePage(Buffer.from([0xff, 0xfe, 0x41]), 'u.txt'))).toBe('undecodable');
  });
});

describe('decodePage on damaged bytes (#9)', () => {
  /** The seed with `at` bytes overwritten by 0xFF (never valid in UTF-8 or GB18030). */
  function damaged(bytes: Uint8Array, at: number[]): Uint8Array {
    const copy = Uint8Array.from(bytes);
    for (const i of at) copy[i] = 0xff;
    return copy;
  }

  it('reads a UTF-8 page with a few invalid bytes, replacing them by U+FFFD and counting them', () => {
    const bytes = Buffer.from(seedText);
    // An ASCII position (the space after the date) and a lead byte of a Chinese character (which also strands
    // its two continuation bytes: three invalid sequences).
    const ascii = bytes.indexOf(0x20);
    const lead = bytes.indexOf(Buffer.from('本报讯'));
    const d = decodePage(damaged(bytes, [ascii, lead]), 'd.txt');
    expect(d.encoding).toBe('utf-8');
    expect(d.replaced).toBe(4);
    expect([...d.text].filter((c) => c === '\uFFFD')).toHaveLength(4);
    expect(d.text.replaceAll('\uFFFD', '')).toBe(
      seedText.slice(0, seedText.indexOf(' ')) +
        seedText.slice(seedText.indexOf(' ') + 1, seedText.indexOf('本报讯')) +
        seedText.slice(seedText.indexOf('本报讯') + 1),
    );
  });

  it('reads a GBK page with a few invalid bytes', () => {
    const bytes = encodePage(seedText, 'gbk');
    const d = decodePage(damaged(bytes, [200, 900]), 'g.txt');
    expect(d.encoding).toBe('gb18030');
    expect(d.replaced).toBeGreaterThanOrEqual(2);
    expect(d.replaced).toBeLessThanOrEqual(4);
  });

  it('does not count a U+FFFD that is in the text itself as damage', () => {
    const d = decodePage(Buffer.from(`标题\uFFFD\n正文正文正文。\n`), 'r.txt');
    expect(d).toMatchObject({ encoding: 'utf-8', replaced: 0 });
  });

  it('still refuses a page that is mostly garbage', () => {
    const bytes = Buffer.from(seedText);
    const every10th = [...bytes.keys()].filter((i) => i % 10 === 0);
    expect(codeOf(() => decodePage(damaged(bytes, every10th), 'g.txt'))).toBe('undecodable');
    expect(() => decodePage(damaged(bytes, every10th), 'g.txt')).toThrow(/^g\.txt: /);
  });

  it('reports no damage for a clean page', () => {
    expect(decodePage(Buffer.from(seedText), 'x').replaced).toBe(0);
  });
});

/**
 * Chinese word segmentation with @node-rs/jieba, its bundled dictionary and idf table, plus a small
 * user dictionary of local names and terms (`user-dict.txt`, jieba's `word freq tag` format).
 *
 * Everything is loaded once, lazily, on first use: building the jieba dictionary takes a few hundred
 * milliseconds, which a process that never summarizes should not pay.
 */
import { readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict, idf } from '@node-rs/jieba/dict.js';
import { isWordCode } from './letters.js';

let jieba: Jieba | undefined;

function getJieba(): Jieba {
  if (jieba === undefined) {
    const instance = Jieba.withDict(dict);
    instance.loadDict(readFileSync(new URL('./user-dict.txt', import.meta.url)));
    jieba = instance;
  }
  return jieba;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether a token has a letter or digit; a code-unit scan, cheaper than the regex per token. */
function isWordToken(token: string): boolean {
  for (let i = 0; i < token.length; i += 1) {
    const code = token.charCodeAt(i);
    // Astral characters (emoji, rare ideographs) are decided by the regex over the whole token.
    if (code >= 0xd800 && code <= 0xdfff) return WORD_CHAR.test(token);
    if (isWordCode(code)) return true;
  }
  return false;
}

/**
 * Splits text into words (HMM on, so unseen names are still grouped). Whitespace and
 * punctuation-only tokens are dropped, so the result is ready for indexing or counting.
 */
export function segment(text: string): string[] {
  return getJieba().cut(text, true).filter(isWordToken);
}

const tagCache = new Map<string, string>();

/**
 * The dictionary part of speech of one word, or `x` when the dictionaries do not know it as a
 * whole (jieba found it by HMM). Tagging text is about five times slower than cutting it, so the
 * summarizer cuts everything and asks for tags only of the few keyword candidates.
 */
export function tagOf(word: string): string {
  let tag = tagCache.get(word);
  if (tag === undefined) {
    const tagged = getJieba().tag(word, false);
    tag = tagged.length === 1 && tagged[0]?.word === word ? tagged[0].tag : 'x';
    // Bounded by the vocabulary of keyword candidates seen, a few tens of thousands at most.
    tagCache.set(word, tag);
  }
  return tag;
}

/**
 * The idf table is 270 000 lines. Building a JS Map of it costs ~0.5 s (hashing that many fresh
 * strings), so instead an open-addressing table of line offsets is hashed straight from the UTF-8
 * bytes (~0.1 s), and values are parsed only for the words actually looked up.
 */
interface IdfIndex {
  bytes: Uint8Array;
  slots: Int32Array;
  mask: number;
  median: number;
  cache: Map<string, number>;
}

let idfIndex: IdfIndex | undefined;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
const SPACE = 0x20;
const NEWLINE = 0x0a;

function getIdfIndex(): IdfIndex {
  if (idfIndex !== undefined) return idfIndex;
  const bytes = idf;
  const slotCount = 1 << 20; // > 3x the 270k entries keeps probe chains short.
  const mask = slotCount - 1;
  const slots = new Int32Array(slotCount).fill(-1);
  const sample: number[] = [];
  let pos = 0;
  let line = 0;
  while (pos < bytes.length) {
    let hash = FNV_OFFSET;
    let i = pos;
    while (i < bytes.length && bytes[i] !== SPACE && bytes[i] !== NEWLINE) {
      hash = Math.imul(hash ^ (bytes[i] as number), FNV_PRIME);
      i += 1;
    }
    if (i < bytes.length && bytes[i] === SPACE && i > pos) {
      let slot = hash & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = pos;
      // Every 64th value is enough to estimate the median used for unknown words, as jieba does.
      if (line % 64 === 0) sample.push(readNumber(bytes, i + 1));
      line += 1;
    }
    while (i < bytes.length && bytes[i] !== NEWLINE) i += 1;
    pos = i + 1;
  }
  sample.sort((a, b) => a - b);
  const median = sample[Math.floor(sample.length / 2)] ?? 10;
  idfIndex = { bytes, slots, mask, median, cache: new Map() };
  return idfIndex;
}

function readNumber(bytes: Uint8Array, start: number): number {
  let end = start;
  while (end < bytes.length && bytes[end] !== NEWLINE && bytes[end] !== 0x0d) end += 1;
  return Number(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1'));
}

const encoder = new TextEncoder();

/**
 * Inverse document frequency of a word from jieba's bundled table; words it does not know (local
 * names from the user dictionary, OCR oddities) get the table's median, as jieba itself does.
 */
export function idfOf(word: string): number {
  const index = getIdfIndex();
  const cached = index.cache.get(word);
  if (cached !== undefined) return cached;
  const key = encoder.encode(word);
  let hash = FNV_OFFSET;
  for (const byte of key) hash = Math.imul(hash ^ byte, FNV_PRIME);
  let value = index.median;
  for (let slot = hash & index.mask; index.slots[slot] !== -1; slot = (slot + 1) & index.mask) {
    const start = index.slots[slot] as number;
    if (index.bytes[start + key.length] === SPACE && matchesAt(index.bytes, start, key)) {
      value = readNumber(index.bytes, start + key.length + 1);
      break;
    }
  }
  // The cache holds only words seen in real text, so it stays small next to the table.
  index.cache.set(word, value);
  return value;
}

function matchesAt(bytes: Uint8Array, start: number, key: Uint8Array): boolean {
  for (let i = 0; i < key.length; i += 1) if (bytes[start + i] !== key[i]) return false;
  return true;
}

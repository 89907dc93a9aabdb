/**
 * Sentence splitting for Chinese news text.
 *
 * A sentence ends at a full-width or ASCII terminator (`。！？!?`) that is not inside a matched
 * quotation or bracket pair. Closing quotes and brackets that follow a terminator stay with the
 * sentence (`……。”`). A quoted sentence followed by a short attribution (`“……。”他说。`) is one
 * sentence. Line breaks always end a sentence, because paragraphs never continue across them.
 */

import { countWordChars } from './letters.js';

const TERMINATORS = new Set(['。', '！', '？', '!', '?', '｡']);

/** Opening mark -> the closing mark that matches it. Straight `"` is handled separately. */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['（', '）'],
  ['(', ')'],
  ['《', '》'],
  ['〈', '〉'],
  ['【', '】'],
]);
const CLOSERS = new Set([...PAIRS.values(), '"', "'"]);
/** Marks that may end a sentence once a terminator has: more terminators and the ellipsis. */
const ENDS = new Set([...TERMINATORS, '…']);

// The sets above as flags per UTF-16 code unit (all the marks are in the BMP): the splitter looks at
// every character of every paragraph, and a table lookup costs far less than making a one-character
// string and hashing it.
const TERMINATOR = 1;
const END = 2;
const CLOSER = 4;
const OPENER = 8;
const STRAIGHT_QUOTE = 0x22;
const FLAGS = new Uint8Array(0x10000);
/** Opening mark's code unit -> its closing mark's code unit. */
const CLOSER_OF = new Map<number, number>();
for (const ch of TERMINATORS) FLAGS[ch.charCodeAt(0)]! |= TERMINATOR;
for (const ch of ENDS) FLAGS[ch.charCodeAt(0)]! |= END;
for (const ch of CLOSERS) FLAGS[ch.charCodeAt(0)]! |= CLOSER;
for (const [open, close] of PAIRS) {
  FLAGS[open.charCodeAt(0)]! |= OPENER;
  CLOSER_OF.set(open.charCodeAt(0), close.charCodeAt(0));
}

function has(text: string, i: number, flag: number): boolean {
  return ((FLAGS[text.charCodeAt(i)] as number) & flag) !== 0;
}
const QUOTE_AFTER_TERMINATOR = /[。！？!?｡…][”’」』）)》〉】"']/u;

/**
 * After `。”` the text up to the next terminator is treated as an attribution (and kept in the
 * same sentence) when it is this short: `他说。`, `朱志杰表示。`, `记者了解到。` all fit, a new
 * clause of news text almost never does.
 */
const MAX_ATTRIBUTION_CHARS = 8;
/** A longer tail is still an attribution when it ends in a speech verb: `市会展中心负责人说。` */
const MAX_SPEAKER_CHARS = 24;
const SPEECH_VERB = /(?:说|表示|介绍|指出|强调|称|道|问|答|告诉记者|坦言|感慨|笑着说)[。！？!?…]*$/u;

/**
 * Splits text into whole sentences, respecting quotes and full-width punctuation.
 *
 * Whitespace around sentences is trimmed and empty pieces are dropped; otherwise the text is kept
 * exactly, so joining the result (after removing whitespace) gives back the input's non-space text.
 * Unbalanced quotes from OCR do not swallow the rest of a paragraph: only marks that have a match
 * on the same line protect their contents.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\r?\n|\r|\u2028|\u2029/)) {
    for (const sentence of splitLine(line)) {
      const trimmed = sentence.trim();
      if (trimmed === '') continue;
      if (countWordChars(trimmed, 1) > 0) sentences.push(trimmed);
      else if (sentences.length > 0) sentences[sentences.length - 1] += trimmed;
    }
  }
  return sentences;
}

// The splitter walks UTF-16 code units, not code points: every mark it looks for is in the BMP,
// and it only cuts right after such a mark, so a surrogate pair is never split.

function splitLine(line: string): string[] {
  const depthDelta = matchedPairs(line);
  const pieces: string[] = [];
  let start = 0;
  let depth = 0;
  let i = 0;
  while (i < line.length) {
    depth += depthDelta[i] as number;
    if (depth > 0 || !has(line, i, TERMINATOR)) {
      i += 1;
      continue;
    }
    // A terminator outside any quote: absorb further terminators and any closing marks.
    // Closers here can only be unmatched ones (OCR dropped the opener); they still end the sentence.
    let end = i + 1;
    while (end < line.length && has(line, end, END | CLOSER)) end += 1;
    pieces.push(line.slice(start, end));
    start = end;
    i = end;
  }
  if (start < line.length) pieces.push(line.slice(start));
  // No split is ever made inside a quote, so a quote that ends a sentence (`……。”`) runs on to the
  // next terminator outside it; cut such pieces back to the closing quote where that is right.
  if (!QUOTE_AFTER_TERMINATOR.test(line)) return pieces;
  return pieces.flatMap(cutAfterQuotedSentence);
}

/**
 * `“甲。”乙丙丁戊己庚辛壬。` -> [`“甲。”`, `乙丙丁戊己庚辛壬。`]; unchanged when what follows the
 * quote is a short attribution (`“甲。”他说。`).
 */
function cutAfterQuotedSentence(piece: string): string[] {
  // Most pieces have no quote that ends in a terminator; skip the walk for them.
  if (!QUOTE_AFTER_TERMINATOR.test(piece)) return [piece];
  const depthDelta = matchedPairs(piece);
  let depth = 0;
  for (let i = 0; i < piece.length; i += 1) {
    depth += depthDelta[i] as number;
    // A closing mark that brings us back to depth 0, right after a terminator inside the quote.
    if (depth !== 0 || (depthDelta[i] as number) >= 0) continue;
    let j = i - 1;
    while (j >= 0 && has(piece, j, CLOSER)) j -= 1;
    if (j < 0 || !has(piece, j, END)) continue;
    // Absorb any further closing marks (`。”）`).
    let end = i + 1;
    while (end < piece.length && has(piece, end, CLOSER) && (depthDelta[end] as number) < 0) end += 1;
    const tail = piece.slice(end);
    const tailText = countWordChars(tail, MAX_SPEAKER_CHARS + 1);
    if (tailText <= MAX_ATTRIBUTION_CHARS) return [piece];
    if (tailText <= MAX_SPEAKER_CHARS && SPEECH_VERB.test(tail)) return [piece];
    return [piece.slice(0, end), ...cutAfterQuotedSentence(tail)];
  }
  return [piece];
}

/**
 * For each position, +1 where a matched opening mark stands, -1 where its closing mark stands, 0
 * elsewhere (including unmatched marks, which OCR produces often enough to matter).
 */
function matchedPairs(text: string): Int8Array {
  const delta = new Int8Array(text.length);
  // Open marks not closed yet: their positions and the closing mark each waits for.
  const openAt: number[] = [];
  const closerOf: number[] = [];
  let straightOpen = -1;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const flags = FLAGS[code] as number;
    if (flags === 0) continue;
    if (code === STRAIGHT_QUOTE) {
      if (straightOpen < 0) straightOpen = i;
      else {
        delta[straightOpen] = 1;
        delta[i] = -1;
        straightOpen = -1;
      }
      continue;
    }
    if ((flags & OPENER) !== 0) {
      openAt.push(i);
      closerOf.push(CLOSER_OF.get(code) as number);
      continue;
    }
    if ((flags & CLOSER) === 0) continue;
    // Pop to the nearest opener this mark closes; openers skipped over were unmatched.
    for (let k = openAt.length - 1; k >= 0; k -= 1) {
      if (closerOf[k] === code) {
        delta[openAt[k] as number] = 1;
        delta[i] = -1;
        openAt.length = k;
        closerOf.length = k;
        break;
      }
    }
  }
  return delta;
}

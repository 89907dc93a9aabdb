/**
 * Intertitles: which one-line headline groups between two stretches of a story's text are its section heads
 * rather than the next story's title. Part of the page's assembly (page-structure.ts).
 */
import { endsSentence } from './char-class.js';
import type { Column, Token } from './structure-types.js';
import { NUMBERED, opensLede } from './text-line.js';
import { closesOnSource, isTrailer, NOTE_UNDER, OPINION_LABEL, trailerAuthors } from './vocabulary.js';
import { parseDateline } from './datelines.js';

/** The first body element's opening says a story starts there. */
export function opensStory(tok: Token | undefined): boolean {
  if (tok === undefined) return false;
  if (tok.t === 'heads') return tok.role === 'place' || tok.role === 'label';
  if (tok.t !== 'body') return false;
  const first = tok.items[0]!;
  if (first.t === 'byline') return !first.closing;
  // A feature opens with a paragraph, then its reporter's line.
  const second = tok.items[1];
  if (first.t === 'para' && second?.t === 'byline' && !second.closing) return true;
  return first.t === 'para' && (first.dateline || opensLede(first.text));
}

/** The stretch opens on a paragraph with no dateline, and no reporter's line follows it. */
function ledeOnly(tok: Extract<Token, { t: 'body' }>): boolean {
  const first = tok.items[0]!;
  const second = tok.items[1];
  return first.t === 'para' && !first.dateline && !(second?.t === 'byline' && !second.closing);
}

/** Since the last title before token `k`, an intertitle has stood in the text: the story is a feature's sections. */
function sectioned(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.t === 'heads') return t.role === 'intertitle';
    if (t.t === 'stop') return false;
  }
  return false;
}

/**
 * Ten paragraphs or more with no headline among them: a feature's, whose intertitles the line pass kept in the
 * text (`“链主”先行，大企业蹚出一条路` reads as a paragraph's first line). A news story is rarely half as long.
 */
function longStretch(tok: Extract<Token, { t: 'body' }>): boolean {
  let n = 0;
  for (const i of tok.items) if (i.t === 'para' && ++n >= 10) return true;
  return false;
}

/**
 * A comma intertitle the line pass kept in the text as a paragraph of its own (`路通了，山货走出了大山`): short, with
 * a comma and no sentence end. A stretch holding one is a feature's sections.
 */
function keptIntertitle(tok: Extract<Token, { t: 'body' }>, column: Column): boolean {
  return tok.items.some(
    (i) =>
      i.t === 'para' &&
      !i.dateline &&
      i.text.includes('，') &&
      !endsSentence(i.text) &&
      !/[：；]/u.test(i.text) &&
      column.measure(i.text) <= column.width - 4,
  );
}

/** The body before ends its story: a trailer (`（作者为…）`, `（本报记者 X）`) or a closing credit. */
function closesStory(tok: Token | undefined): boolean {
  if (tok?.t !== 'body') return false;
  const last = tok.items[tok.items.length - 1]!;
  return (last.t === 'byline' && last.closing) || (last.t === 'para' && isTrailer(last.text));
}

/** The stretch opens on a dateline. */
export function dated(tok: Extract<Token, { t: 'body' }>): boolean {
  const first = tok.items[0]!;
  return first.t === 'para' && first.dateline;
}

/**
 * The names a stretch is signed with: its bylines', its datelines' and its trailers'. (Not a contributor's,
 * `（本报记者 格桑伦珠 参与采写）`: they joined the reporters above, they sign no story of their own.)
 */
function signatures(tok: Extract<Token, { t: 'body' }>): string[] {
  return tok.items.flatMap((i) => {
    if ((i.t !== 'byline' && i.t !== 'para') || i.text.includes('参与采写')) return [];
    if (i.t === 'byline') return i.authors;
    return i.dateline ? (parseDateline(i.text)?.authors ?? []) : trailerAuthors(i.text);
  });
}

const TIME_OF_DAY =
  /^(?:清晨|早上|上午|中午|下午|傍晚|晚上|凌晨)\d{1,2}[点时](?:\d{1,2}分|半)?(?:许|左右)?，/u;

export const TITLE_MARKS = /[（(][^）)]{1,12}[）)]$|[①-⑳]|^(?:——|──|—|--)/u;

/**
 * A one-line headline group between two stretches of body is an intertitle unless something says a story
 * starts or ends there. Groups of two or more lines are titles, but for a phrase over its words set apart.
 */
export function markIntertitles(tokens: Token[], column: Column): void {
  const mark = (tok: Token, k: number): void => {
    if (tok.t !== 'heads' || tok.role !== 'title' || (tok.lines.length > 1 && !pairedIntertitle(tok.lines)))
      return;
    const line = tok.lines[0]!;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    // A headline over a caption is a photo's.
    if (prev?.t !== 'body' || next?.t !== 'body' || (tokens[k + 2]?.t === 'credit' && !NUMBERED.test(line)))
      return;
    // An intertitle may have wrapped and been joined: only a line set as one is too wide for one.
    if (
      TITLE_MARKS.test(line) ||
      (!NUMBERED.test(line) && !tok.wrapped && column.measure(line) > column.width + 1)
    )
      return;
    if (closesStory(prev)) return;
    // A lede (`记者从…了解到，`) opens a story, and also a section of a feature (one that has had intertitles
    // already, or is long), when no one signs the stretch under it.
    const feature =
      sectioned(tokens, k) || longStretch(prev) || sectionedBelow(tokens, k) || keptIntertitle(prev, column);
    if (opensStory(next) && !(feature && ledeOnly(next) && signatures(next).length === 0)) return;
    // Signed by different people above and below (`□ 周 鹏` … / … `（本报记者 韩 雪）`): two stories.
    const above = signatures(prev);
    const below = signatures(next);
    if (above.length > 0 && below.length > 0 && !above.some((n) => below.includes(n))) return;
    // A dated story above, and below a stretch that closes naming where it came from (`（据新华社电）`): two.
    const end = next.items[next.items.length - 1]!;
    if (dated(prev) && end.t === 'para' && closesOnSource(end.text)) return;
    // A dated story above, and below the text of an editorial, its headline printed after it (`社论` / …): no
    // editorial has a dateline.
    const after = tokens[k + 2];
    if (dated(prev) && after?.t === 'heads' && OPINION_LABEL.test(after.lines[0]!)) return;
    // A feature may open on the time of day (`下午4点，…`), and so may the text under an intertitle; after a dated
    // story's few paragraphs (`据新华社东京…电`), it is the next story's opening.
    const first = next.items[0]!;
    if (dated(prev) && first.t === 'para' && TIME_OF_DAY.test(first.text)) return;
    // A story's last paragraph ends a sentence, or is a chart's source note; text that breaks off was the body of
    // a headline after it.
    const last = prev.items[prev.items.length - 1]!;
    if (last.t === 'para' && !endsSentence(last.text) && !NOTE_UNDER.test(last.text) && !NUMBERED.test(line))
      return;
    tok.role = 'intertitle';
  };
  // Twice: a feature's first intertitle is known for one by those the first pass found under it.
  tokens.forEach(mark);
  tokens.forEach(mark);
}

/**
 * An intertitle of two lines, a phrase and its words set apart (`从“守着山”到“靠着山”` / `修路 引水 通网`): no
 * headline is set so.
 */
function pairedIntertitle(lines: string[]): boolean {
  return lines.length === 2 && PHRASES.test(lines[1]!) && !PHRASES.test(lines[0]!) && lines[0]!.length <= 16;
}

const PHRASES = /^[\u4e00-\u9fff]{2,4}(?: [\u4e00-\u9fff]{2,4}){2,3}$/u;

/**
 * The stretch under the headline group at `k` goes on past an intertitle: a feature's section. (Under a numbered
 * one, `一、乘客多了 旅途近了`, the next may be a line of the stretch itself, `二、货物快了 通道宽了`.)
 */
function sectionedBelow(tokens: Token[], k: number): boolean {
  const t = tokens[k + 2];
  if (t?.t === 'heads' && t.role === 'intertitle') return true;
  const head = tokens[k]!;
  const below = tokens[k + 1];
  return (
    head.t === 'heads' &&
    NUMBERED.test(head.lines[0]!) &&
    below?.t === 'body' &&
    below.items.some((i) => i.t === 'para' && numberedIntertitle(i.text))
  );
}

/** A numbered intertitle the line pass kept as a paragraph of its own (`（一）完善长效机制`). */
export function numberedIntertitle(text: string): boolean {
  return text.length <= 30 && NUMBERED.test(text) && !endsSentence(text);
}

/**
 * Headlines hidden in a body stretch: printed after a story and run into the next story's first line, or a chart's
 * title run into the text above it. Found by what the stretch holds on either side of them.
 */
import { endsSentence, isHan } from './char-class.js';
import { dated } from './intertitles.js';
import type { BodyElement, Token } from './structure-types.js';
import {
  CAPTION_START,
  closesOnSource,
  OPENERS,
  OPINION_LABEL,
  SOURCE_NOTE,
  trailerAuthors,
} from './vocabulary.js';
import { parseDateline } from './datelines.js';

/**
 * A headline printed after its story and straight before the next story's first line reads as that line's start
 * (`日本流感患者人数处于高位` / `在巴西圣保罗一栋老式公寓里，…`). The stretch gives it away when it holds two
 * stories' openings: a dateline, and later a reporter's line after the next story's first paragraph. That
 * paragraph's title-shaped first line was the headline between them.
 */
export function splitHiddenHeadlines(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    const next = tokens[k + 1];
    const split =
      tok.t === 'body' ? (hiddenHeadline(tok) ?? chartTitle(tok, next) ?? aboveEditorial(tok, next)) : null;
    if (split !== null) (out ??= tokens.slice(0, k)).push(...split);
    else out?.push(tok);
  }
  return out ?? tokens;
}

/** The stretch cut around its hidden headline, or null when it has none. */
function hiddenHeadline(tok: Extract<Token, { t: 'body' }>): Token[] | null {
  const items = tok.items;
  let dated = -1;
  for (let j = 0; j < items.length && dated < 0; j++) {
    const i = items[j]!;
    if (i.t === 'para' && i.dateline) dated = j;
  }
  for (let j = dated + 2; dated >= 0 && j < items.length; j++) {
    const by = items[j]!;
    const para = items[j - 1]!;
    if (by.t !== 'byline' || by.closing || !opensOnLead(para)) continue;
    return cutAtLead(tok, j - 1);
  }
  // Or reporters at the head, in a dateline or a byline, and a trailer's below that are not the same people
  // (`新民晚报讯（记者 陶然…）` or `■本报记者 孟瑶` … `（文/本报记者 庄雯）`): the first paragraph between them that opens
  // with a title-shaped line opens with the headline between the two stories (a later one's first line may be
  // title-shaped by chance: `让每一个需要帮助的人都能及时` / `获得法律服务，…`).
  // (The trailer first: most stretches have none, and then the dateline need not be read.)
  const last = items[items.length - 1]!;
  // (A bracketed trailer on a line of its own, `（本报记者 陈 静）`, came through as a closing byline.)
  const trailer =
    last.t === 'para' ? trailerAuthors(last.text) : last.t === 'byline' && last.closing ? last.authors : [];
  // (Or, under a dated story, a brief's word on where it came from: `（据新华社电）` closes a story of its own.)
  const sourced = dated >= 0 && last.t === 'para' && closesOnSource(last.text);
  if (trailer.length === 0 && !sourced) return null;
  const head = dated >= 0 ? dated : 0;
  const opening = items[head]!;
  const signed =
    opening.t === 'byline'
      ? opening.closing
        ? []
        : opening.authors
      : opening.t === 'para' && opening.dateline
        ? (parseDateline(opening.text)?.authors ?? [])
        : [];
  if (!sourced && (signed.length === 0 || trailer.some((n) => signed.includes(n)))) return null;
  // (The trailer's own paragraph may be the one: then only by its first line, not as a title-shaped whole.)
  const candidates: number[] = [];
  for (let j = head + 1; j < items.length; j++) {
    const i = items[j]!;
    if (i.t !== 'para') continue;
    if (opensOnLead(i) || (j < items.length - 1 && titleShaped(i.text))) candidates.push(j);
  }
  // (Before the first, the one whose text's first sentence repeats the most of its words, as a story's first
  // sentence repeats its headline's: `丹东草莓首次直航出口新加坡` / `从直航出口新加坡的丹东草莓，…`, where a first line
  // goes on with a sentence that repeats nothing of it, `丹东是全国最大的草莓生产和出` / `口基地之一，…`.)
  let best = candidates[0];
  let most = ECHOES - 1;
  for (const j of candidates) {
    const i = items[j] as Para;
    const rest = i.lead === undefined ? '' : afterLead(i, i.lead).text;
    const n = i.lead === undefined || brokenWord(i.lead, rest) ? 0 : echoes(i.lead, rest);
    if (n > most) [best, most] = [j, n];
  }
  return best === undefined ? null : cutAtLead(tok, best);
}

/**
 * The column broke a word at the end of `line`, as the text after it shows by using the word again (`…第一大贸` /
 * `易伙伴，…第一大贸易伙伴`): a first line of a paragraph, not a headline.
 */
function brokenWord(line: string, rest: string): boolean {
  const pair = line.slice(-1) + rest.slice(0, 1);
  return isHan(pair.charCodeAt(0)) && isHan(pair.charCodeAt(1)) && rest.includes(pair, 1);
}

/** How many of a headline's words its story's first sentence must repeat to be told by them. */
const ECHOES = 3;

/** The two-character words of `line` that the first sentence of `text` repeats. */
function echoes(line: string, text: string): number {
  const end = text.indexOf('。');
  const sentence = text.slice(0, end < 0 ? 80 : Math.min(end, 80));
  const seen = new Set<string>();
  for (let k = 0; k + 1 < line.length; k++) {
    const pair = line.slice(k, k + 2);
    if (isHan(pair.charCodeAt(0)) && isHan(pair.charCodeAt(1)) && sentence.includes(pair)) seen.add(pair);
  }
  return seen.size;
}

/**
 * A dated stretch right before an editorial's headline, printed after it (`社论` / `快递员…的难处，得有人接着`): an
 * editorial carries no dateline, so the stretch holds the dated story and then the editorial's text, the first
 * paragraph whose title-shaped first line runs into a sentence's opening (`…试运营` / `这几天，…`) opening with the dated
 * story's headline.
 */
function aboveEditorial(tok: Extract<Token, { t: 'body' }>, next: Token | undefined): Token[] | null {
  if (next?.t !== 'heads' || next.lines.length < 2 || !OPINION_LABEL.test(next.lines[0]!)) return null;
  if (!dated(tok)) return null;
  for (let j = 1; j < tok.items.length; j++) {
    const i = tok.items[j]!;
    if (opensOnLead(i) && OPENERS.test(afterLead(i, i.lead).text)) return cutAtLead(tok, j);
  }
  return null;
}

/** A paragraph of one title-shaped line: no clause punctuation, no sentence end, not long. */
function titleShaped(text: string): boolean {
  return text.length <= 30 && !endsSentence(text) && !/[，。；：]/u.test(text) && !CAPTION_START.test(text);
}

type Para = Extract<BodyElement, { t: 'para' }>;

/** A paragraph that still opens on its title-shaped first line (`lead`), which may be a headline run into it. */
function opensOnLead(i: BodyElement | undefined): i is Para & { lead: string } {
  return i?.t === 'para' && i.lead !== undefined && i.text.startsWith(i.lead);
}

/** The paragraph with its first line `lead` taken off (to stand as a headline). */
function afterLead(para: Para, lead: string): Para {
  return { ...para, text: para.text.slice(lead.length).trimStart(), lead: undefined };
}

/** The stretch cut before paragraph `j`, whose title-shaped first line becomes a headline. */
function cutAtLead(tok: Extract<Token, { t: 'body' }>, j: number): Token[] {
  const para = tok.items[j] as Para;
  const lead = para.lead ?? para.text;
  const rest = afterLead(para, lead);
  return [
    { t: 'body', no: tok.no, items: tok.items.slice(0, j) },
    { t: 'heads', no: para.no, lines: [lead], role: 'title' },
    { t: 'body', no: para.no, items: [...(rest.text === '' ? [] : [rest]), ...tok.items.slice(j + 1)] },
  ];
}

/**
 * A chart's title run into the text above it (`…优结构。` / `一季度全省规上工业增加值分月增速` / `今年1—2月、3月，…`):
 * a stretch closing with a chart's source note (`数据来源：…`) right before its credit (`制图：…`) has the chart's
 * note as its last paragraphs, and the title-shaped first line of the paragraph before the note is the chart's
 * title. (A photo's caption has no source note: its title is left to the photo pass.)
 */
function chartTitle(tok: Extract<Token, { t: 'body' }>, next: Token | undefined): Token[] | null {
  if (next?.t !== 'credit') return null;
  const items = tok.items;
  const note = items[items.length - 1];
  const para = items[items.length - 2];
  if (note?.t !== 'para' || !SOURCE_NOTE.test(note.text)) return null;
  if (!opensOnLead(para)) return null;
  if (CAPTION_START.test(para.text) || items.length < 3) return null;
  const rest = afterLead(para, para.lead);
  return [
    { t: 'body', no: tok.no, items: items.slice(0, -2) },
    { t: 'heads', no: para.no, lines: [para.lead], role: 'title' },
    { t: 'body', no: para.no, items: [rest, note] },
  ];
}

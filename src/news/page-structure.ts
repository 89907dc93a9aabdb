/**
 * Page structure: which headline groups title which bodies, decided for the whole page.
 *
 * The line pass (page-parser.ts, layout.ts) gives a sequence of elements: headline lines, paragraphs, bylines,
 * photo credits and section banners. Here they become articles:
 * 1. Runs of headline lines are cut where a package's place line (`陕西西安`) or an editor's box label (`编者的话`)
 *    starts: those are body, not headline.
 * 2. Every headline group is a story's title or an intertitle of the story it stands in (`抓项目 促发展`, `一、…`).
 *    What follows it says which (intertitles.ts): a byline, a dateline, a lede (`近日，`), an editor's box or a
 *    package opening start a story, and so do two or more lines, a `——` subtitle, a column name (`（今日谈）`) or a
 *    serial mark.
 * 3. The page's headlines are all printed before their bodies or all after them. Both readings are assembled
 *    and the one that leaves fewer bodies without a headline and fewer headlines without a body is kept: the page
 *    edges, banners and photos are where the two differ. There is no default.
 * 4. A photo item is its caption and credit lines with the headline on the page's side of them; several
 *    captions with their credits under one headline (`图①：…`, `图②：…`) are one item.
 */
import { bracketDepth, endsSentence, hasSpaceBetweenHan } from './char-class.js';
import {
  chartsAsText,
  figureFirstRows,
  insideChart,
  isTableLead,
  listedRowsAsText,
  tableLeadsAsText,
} from './charts.js';
import { brokenMidPhrase, endsMidPhrase } from './layout.js';
import { NUMBERED, opensLede } from './text-line.js';
import { markIntertitles, numberedIntertitle, opensStory, TITLE_MARKS } from './intertitles.js';
import { packagePlaces, wrappedHead } from './package-places.js';
import { extractPhotos } from './photo-items.js';
import { splitHiddenHeadlines } from './hidden-headlines.js';
import { bylineLast, splitVerse } from './verse.js';
import type { BodyElement, Column, Draft, Element, Token } from './structure-types.js';
import {
  CAPTION_START,
  bareNames,
  contributorAuthors,
  isBoxLabel,
  isTrailer,
  NOTE_UNDER,
  trailerAuthors,
  OPENERS,
} from './vocabulary.js';

export type { Column, Draft, Element } from './structure-types.js';

const PADDED_NAME = /^[\u4e00-\u9fff] [\u4e00-\u9fff]$/u;

/**
 * Line `n` is inside a poem printed with another (`稻田（外一首）`): the run of short lines above it goes up to
 * that headline, so a two-character line here is the second poem's inner title (`谷仓`), not its author.
 */
function insidePoems(elements: Element[], n: number): boolean {
  // (A verse line the line pass took for a paragraph, `掂一掂，笑一笑`, is short and ends no sentence.)
  const verse = (x: Element): boolean =>
    x.t === 'head' || (x.t === 'para' && x.text.length <= 20 && !endsSentence(x.text));
  let above = 0;
  for (let k = n - 1; k >= 0 && n - k <= 60 && verse(elements[k]!); k--, above++)
    if (POEMS.test((elements[k] as { text: string }).text)) return n - k > 2;
  // Printed after its poems, the headline closes the run below; the first poem's lines are above.
  for (let k = n + 1; k < elements.length && k - n <= 60 && verse(elements[k]!); k++)
    if (POEMS.test((elements[k] as { text: string }).text)) return above >= 4;
  return false;
}

const POEMS = /[（(]外[一二三四五]首[）)]/u;

/** Groups elements into headline groups, body stretches, banners and credits. */
function tokenize(allElements: Element[], column: Column): Token[] {
  const elements = figureFirstRows(
    listedRowsAsText(tableLeadsAsText(chartsAsText(allElements, column))),
    column,
  );
  const places = packagePlaces(elements);
  const tokens: Token[] = [];
  for (let n = 0; n < elements.length; n++) {
    let e = elements[n]!;
    // A bare name between a headline group and a paragraph is the story's byline (`林晓东`, `周 舟`).
    // So is one between a story's last paragraph and its `（作者单位：…）` or the page's end, signing it at the foot.
    const before = elements[n - 1];
    const after = elements[n + 1];
    // (Not inside verse under `（外一首）`: there a two-character line is the second poem's title.)
    // (Not under a numbered intertitle, whose wrapped tail it is: `二、“加法”：植入功能 补` / `齐短板`.)
    const opening =
      (n === 0 || (before?.t === 'head' && !NUMBERED.test(before.text)) || before?.t === 'banner') &&
      (after?.t === 'para' || after?.t === 'head') &&
      !(e.t === 'head' && insidePoems(elements, n));
    // A name padded to three ems (`秦 川`) under a story's last sentence signs it: a kicker is never padded.
    const closing =
      before?.t === 'para' &&
      (after === undefined ||
        ((after.t === 'head' || after.t === 'para') && /^[（(]作者/u.test(after.text)) ||
        (e.t === 'head' && PADDED_NAME.test(e.text) && endsSentence(before.text)));
    const signed = e.t === 'head' && (opening || closing) ? bareNames(e.text) : null;
    if (signed && e.t === 'head') e = { t: 'byline', no: e.no, text: e.text, authors: signed, closing };
    const last = tokens[tokens.length - 1];
    const chart = insideChart(elements, n, last);
    if (e.t === 'banner') tokens.push({ t: 'stop' });
    else if (e.t === 'credit') tokens.push({ t: 'credit', e });
    else if (e.t === 'head' && (CAPTION_START.test(e.text) || isTrailer(e.text) || chart)) {
      // (A chart title the column wrapped is one paragraph.)
      const below = elements[n + 1];
      if (chart && below?.t === 'head' && !NOTE_UNDER.test(below.text))
        e = { ...e, text: e.text + (elements[++n] as { text: string }).text };
      if (last?.t === 'body') last.items.push({ t: 'para', no: e.no, text: e.text, dateline: false });
      else
        tokens.push({ t: 'body', no: e.no, items: [{ t: 'para', no: e.no, text: e.text, dateline: false }] });
    } else if (e.t === 'head') {
      const role = places.has(n) ? 'place' : isBoxLabel(e.text) ? 'label' : null;
      // A place line or a box label starts a group of its own; a place line keeps the sub-title under it. A
      // reporter's column label with a headline line right under it, no text between, is the title's kicker
      // (`记者观察` / `东京街头的“银发打工族”`); an editor's box (`编者的话`) always has text under it.
      if (
        role === null &&
        last?.t === 'heads' &&
        last.role === 'label' &&
        last.lines.length === 1 &&
        /手记|观察/u.test(last.lines[0]!)
      ) {
        last.role = 'title';
        last.lines.push(e.text);
      } else if (role === 'label' || role === 'place' || last?.t !== 'heads' || last.role === 'label')
        tokens.push({ t: 'heads', no: e.no, lines: [e.text], role: role ?? 'title' });
      else last.lines.push(e.text);
      // (A place line's sub-title that the column broke or wrapped: its two parts are one line.)
      const sub = elements[n + 1];
      if (places.has(n) && (sub?.t === 'para' || wrappedHead(sub, elements[n + 2]))) {
        (tokens[tokens.length - 1] as Extract<Token, { t: 'heads' }>).lines.push(
          (sub as { text: string }).text + (elements[n + 2] as { text: string }).text,
        );
        n += 2;
      }
    } else if (last?.t === 'body') last.items.push(e);
    else tokens.push({ t: 'body', no: e.no, items: [e] });
  }
  return mergeBodies(
    keepEmbeddedPhotos(
      mergeWrapped(rejoinFirstLines(splitHiddenHeadlines(splitVerse(tokens, column)), column), column),
    ),
  );
}

/**
 * A picture set inside a story (`…开镰。` / `图为9月20日，在安徽省阜南县…` / `卢 旭摄（人民视觉）` / `针对部分地区…`) is
 * part of the story, not a photo item of its own: a `图为…` caption that closes a stretch of the story's text, with
 * the credit after it. Caption and credit stay where they were printed, with the text after them when it opens
 * nothing new. (A photo item's caption stands alone between headlines, bylines and credits.)
 */
function keepEmbeddedPhotos(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    const body = out[out.length - 1];
    if (tok.t !== 'credit' || body?.t !== 'body' || !embeddedCaption(body.items)) {
      out.push(tok);
      continue;
    }
    const items: BodyElement[] = [...body.items, tok.e];
    const next = tokens[k + 1];
    if (next?.t === 'body' && !opensStory(next)) {
      items.push(...next.items);
      k++;
    }
    out[out.length - 1] = { ...body, items };
  }
  return out;
}

/**
 * The stretch closes with a picture's or chart's caption (`图为…`, `图表：…`, then any source notes) after a
 * paragraph of the story.
 */
function embeddedCaption(items: BodyElement[]): boolean {
  let c = items.length - 1;
  while (c > 0 && items[c]!.t === 'para' && NOTE_UNDER.test(items[c]!.text)) c--;
  return (
    c > 0 && items.length - c <= 3 && EMBEDDED_CAPTION.test(items[c]!.text) && items[c - 1]!.t === 'para'
  );
}

const EMBEDDED_CAPTION = /^(?:图为|图表[：:])/u;

/**
 * A paragraph's first words that continue a sentence broken at the line before (`心，一块电子地图…`,
 * `任务之一。`): a few characters, then clause or sentence punctuation, and not a word that opens paragraphs.
 */
const CONTINUES =
  /^(?:[，、。；：！？”’）]|[\u4e00-\u9fff]{1,2}[，、；：]|[\u4e00-\u9fff]{1,4}[。！？]|\d[\d.]*[\u4e00-\u9fff%]{0,3}[。！？])/u;
/** A particle no sentence opens on (`们`, `的` but for `的确`): the line above it is its sentence's. */
const LEANS_BACK = /^(?:们|的(?!确))/u;

/**
 * A line taken for a headline because it is as wide as a title, right before a paragraph that goes on with its
 * sentence, was that paragraph's first line (the lost indent made it short): it goes back into the paragraph.
 */
function rejoinFirstLines(tokens: Token[], column: Column): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    const next = tokens[k + 1];
    const first = next?.t === 'body' ? next.items[0] : undefined;
    if (tok.t === 'heads' && tok.role === 'title' && first?.t === 'para' && !first.dateline) {
      const line = tok.lines[tok.lines.length - 1]!;
      // Only a line as wide as a paragraph's first line (the column less the lost indent) can be one.
      const w = column.measure(line);
      const firstLineWide = measuredWhole(column, line) >= column.width - 4 && w <= column.width;
      // Under an intertitle (`补链条 强集群`, `一、…`) in the middle of a story, a first-line-wide line over a
      // paragraph that opens nothing new is that paragraph's first line, whatever its words.
      const prev = out[out.length - 1];
      const lead = tok.lines.length === 2 ? tok.lines[0]! : '';
      // A numbered intertitle too long for the column wraps (`一、处理好粮食安全与农民增收` / `的关系`) before the line.
      const [wrapped, tail] = tok.lines.length === 3 ? tok.lines : [];
      const wrappedNumbered =
        wrapped !== undefined &&
        NUMBERED.test(wrapped) &&
        column.measure(wrapped) >= column.width - 6 &&
        column.measure(tail!) <= column.width - 3;
      const underIntertitle =
        (((hasSpaceBetweenHan(lead) || NUMBERED.test(lead)) && column.measure(lead) <= column.width - 3) ||
          wrappedNumbered) &&
        prev?.t === 'body' &&
        endsSentence(prev.items[prev.items.length - 1]!.text) &&
        !opensLede(first.text);
      // Nothing comes between a reporter's line and the story's text: a line there is the text's first.
      const underByline = prev?.t === 'body' && bylineLast(prev.items);
      const afterByline = underByline && tok.lines.length === 1;
      // The paragraph goes on with the line's sentence, or the line ends on a word that needs the next
      // (`转机出现在企业瞄准新能源汽车和` / `风电装备市场之后。`).
      // (`单位：亿元` under a table's title goes on with nothing.)
      // (Or the paragraph opens on a particle that leans on the word before: `…是设计师` / `们最常挂在嘴边的一句话。`.)
      const goesOn =
        (CONTINUES.test(first.text) && !OPENERS.test(first.text) && !isTableLead(first.text)) ||
        endsMidPhrase(line) ||
        LEANS_BACK.test(first.text);
      // A full line of a paragraph (`扬州市历史文化名城研究院一位负责人` / `说。东关街…`) may run a little past the
      // column too: no headline is followed by the rest of a sentence.
      const fullLine = tok.lines.length === 1 && w > column.width && w <= column.width + 3 && goesOn;
      if (
        (fullLine || (firstLineWide && (goesOn || underIntertitle || afterByline))) &&
        !TITLE_MARKS.test(line)
      ) {
        tokens[k + 1] = withFirstLines(next as Extract<Token, { t: 'body' }>, line);
        if (tok.lines.length > 1) out.push({ ...tok, lines: tok.lines.slice(0, -1) });
        continue;
      }
      // Two lines under a reporter's line, a first line's width then a full one (`“小候鸟”是成都市金牛区一` /
      // `些社区对暑期来城里和打工父母团聚的`): a first sentence with no comma yet, the text's first lines.
      const [a, b] = tok.lines;
      if (
        underByline &&
        tok.lines.length === 2 &&
        measuredWhole(column, a!) >= column.width - 4 &&
        column.measure(a!) <= column.width &&
        column.measure(b!) >= column.width - 1.5 &&
        !TITLE_MARKS.test(b!)
      ) {
        tokens[k + 1] = withFirstLines(next as Extract<Token, { t: 'body' }>, a! + b!);
        continue;
      }
    }
    out.push(tok);
  }
  return out;
}

/**
 * A line's width as the page model measures it, or counted a character an em, whichever is more: the model
 * measures quotes and commas half, a column may set them whole. (For a lower bound only: `≥ a first line's width`.)
 */
function measuredWhole(column: Column, text: string): number {
  return Math.max(column.measure(text), text.length);
}

/** The stretch `body` with `lines` put back at the start of its first paragraph. */
function withFirstLines(body: Extract<Token, { t: 'body' }>, lines: string): Token {
  const [first, ...rest] = body.items;
  return { ...body, items: [{ ...first!, text: lines + first!.text } as BodyElement, ...rest] };
}

/**
 * An intertitle or trailer too long for the column wraps onto a second line (`一、处理好粮食安全与农民增` / `收的关系`,
 * `（作者为中国农业大学经济管` / `理学院教授）`): numbered or with a bracket left open, a first line that fills the
 * column (give or take the lost indent and half-width marks) is one line
 * with the next; so is a column-wide line ending on a word that needs what follows. A wrapped trailer is body text.
 */
function mergeWrapped(tokens: Token[], column: Column): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    if (tok.t !== 'heads' || tok.role !== 'title' || tok.lines.length < 2) {
      out.push(tok);
      continue;
    }
    const [a, b] = tok.lines as [string, string];
    const numbered = NUMBERED.test(a) && tok.lines.length === 2;
    const dangling = tok.lines.length === 2 && brokenMidPhrase(a, b, column.measure(a), column.width);
    // A phrase-spaced intertitle filling the column, its last word's rest alone below (`从零起步 在“冷板凳”上坐` /
    // `出名堂`): a kicker is not set to the column's edge over a title of a word or two.
    // (Inside a story: between two stretches of its text, over no photo's caption and credit, where a headline
    // over a photo's title, `我市工业产值 突破千亿大关` / `晒席草`, stands.)
    const inside =
      tokens[k - 1]?.t === 'body' && tokens[k + 1]?.t === 'body' && tokens[k + 2]?.t !== 'credit';
    const spilled =
      inside &&
      tok.lines.length === 2 &&
      hasSpaceBetweenHan(a) &&
      !b.includes(' ') &&
      column.measure(b) <= 3 &&
      measuredWhole(column, a) >= column.width - 4 &&
      !TITLE_MARKS.test(b);
    if (
      !(numbered || dangling || spilled || bracketDepth(a, 0) > 0) ||
      column.measure(a) < column.width - 6
    ) {
      out.push(tok);
      continue;
    }
    const line = a + b;
    if (isTrailer(line) && tokens[k - 1]?.t === 'body')
      out.push({ t: 'body', no: tok.no, items: [{ t: 'para', no: tok.no, text: line, dateline: false }] });
    else out.push({ ...tok, lines: [line], wrapped: true });
    if (tok.lines.length > 2) out.push({ ...tok, no: tok.no + 2, lines: tok.lines.slice(2) });
  }
  return out;
}

/** Two body stretches in a row (a wrapped trailer turned back into body) are one. */
function mergeBodies(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const tok of tokens) {
    const last = out[out.length - 1];
    if (tok.t === 'body' && last?.t === 'body')
      out[out.length - 1] = { ...last, items: [...last.items, ...tok.items] };
    else out.push(tok);
  }
  return out;
}

interface Assembly {
  drafts: Draft[];
  /** Bodies without a headline plus headlines without a body: what a wrong reading leaves behind. */
  cost: number;
}

function newDraft(no: number, heads: string[]): Draft {
  return { no, kind: 'article', heads, bylines: [], authors: [], paragraphs: [] };
}

function addBody(d: Draft, tok: Token): void {
  if (tok.t === 'heads') {
    if (tok.role === 'intertitle')
      (d.subheads ??= []).push(...tok.lines.map((_, k) => d.paragraphs.length + k));
    d.paragraphs.push(...tok.lines);
    return;
  }
  if (tok.t !== 'body') return;
  for (const item of tok.items) {
    if (item.t === 'para') {
      // A numbered intertitle the line pass kept as a paragraph of its own is one too.
      if (numberedIntertitle(item.text)) (d.subheads ??= []).push(d.paragraphs.length);
      d.paragraphs.push(item.text);
      // A trailer signs the story (`（本报记者 唐 宁）`): its names are authors, where they were printed.
      d.authors.push(...trailerAuthors(item.text), ...contributorAuthors(item.text));
    } else {
      // Bylines before the first paragraph are the story's byline; later ones (a package's reporter lines, a
      // closing `（本报记者 X）`) stay in the text where they were printed.
      if (d.paragraphs.length === 0 && item.t === 'byline' && !item.closing) d.bylines.push(item.text);
      else d.paragraphs.push(item.text);
      d.authors.push(...item.authors);
    }
  }
}

function assemble(tokens: Token[], headlineFirst: boolean, photoTitleFirst: boolean): Assembly {
  const { rest, photos } = extractPhotos(tokens, photoTitleFirst, headlineFirst);
  const drafts: Draft[] = [...photos];
  // A photo left without a title is a wrong reading too, if a lesser one than a story without a headline.
  let cost = photos.filter((p) => p.heads.length === 0).length;
  let cur: Draft | null = null;
  const close = (): void => {
    if (cur !== null && cur.heads.length === 0 && cur.paragraphs.length + cur.bylines.length > 0) cost += 2;
    cur = null;
  };
  for (const tok of rest) {
    if (tok.t === 'stop' || tok.t === 'credit') {
      close();
      continue;
    }
    if (tok.t === 'heads' && tok.role === 'title') {
      if (headlineFirst) {
        close();
        cur = newDraft(tok.no, tok.lines);
        drafts.push(cur);
      } else if (cur === null) {
        // A headline with nothing before it to title.
        drafts.push(newDraft(tok.no, tok.lines));
        cost += 2;
      } else {
        cur.heads = tok.lines;
        cur = null;
      }
      continue;
    }
    if (cur === null) {
      cur = newDraft(tok.no, []);
      drafts.push(cur);
    }
    addBody(cur, tok);
  }
  close();
  // A headline-first story left without a body is a headline with nothing under it.
  if (headlineFirst)
    for (const d of drafts)
      if (d.kind === 'article' && d.paragraphs.length + d.bylines.length === 0) cost += 2;
  return { drafts: drafts.sort((a, b) => a.no - b.no), cost };
}

/** Assembles the page's articles, reading its headlines as printed before or after their bodies. */
export function assembleArticles(elements: Element[], column: Column): Draft[] {
  const tokens = tokenize(elements, column);
  markIntertitles(tokens, column);
  // Where readings leave as much behind, the page's edges decide: a page that opens with a headline or closes
  // with body prints headlines first, and the other way round. Photo titles are printed above their pictures on
  // some pages whose stories have theirs below, so they are read both ways too, the story's way first.
  const text = tokens.filter((t) => t.t === 'heads' || t.t === 'body');
  const edge = (t: Token | undefined): number =>
    t?.t === 'heads' && t.role === 'title' ? 1 : t?.t === 'body' ? -1 : 0;
  let best: { drafts: Draft[]; cost: number } | null = null;
  const photos = tokens.some((t) => t.t === 'credit');
  for (const [headlineFirst, photoTitleFirst] of [
    [false, false],
    [true, true],
    [false, true],
    [true, false],
  ] as const) {
    // Without a photo on the page the photo side of a reading changes nothing.
    if (!photos && headlineFirst !== photoTitleFirst) continue;
    const reading = assemble(tokens, headlineFirst, photoTitleFirst);
    const cost = reading.cost + (headlineFirst ? edge(text[text.length - 1]) : edge(text[0]));
    if (best === null || cost < best.cost) best = { drafts: reading.drafts, cost };
  }
  return best!.drafts;
}

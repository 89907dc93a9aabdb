/**
 * Photo items: a caption's paragraphs and its credit lines, with the headline on the page's side of them, cut out
 * of the token stream of page-structure.ts. Several captions with their credits under one headline (`图①：…`,
 * `图②：…`) are one item.
 */
import { isDataRow } from './data-rows.js';
import type { Draft, Token } from './structure-types.js';
import { CAPTION_START, SOURCE_NOTE } from './vocabulary.js';

/** A numbered caption of a photo set: `图①：…`. */
const NUMBERED_CAPTION = /^图[①-⑳]/u;

/**
 * A caption's pieces are one paragraph, but each numbered caption (`图①：…`) and the lead-in stay their own, and so
 * do a chart's rows (`制造业 6.3`) and its source note, as printed.
 */
function captionParagraphs(texts: string[]): string[] {
  const out: string[] = [];
  let afterRow = false;
  for (const t of texts) {
    const row = isDataRow(t);
    if (out.length > 0 && !row && !afterRow && !NUMBERED_CAPTION.test(t) && !SOURCE_NOTE.test(t))
      out[out.length - 1] += t;
    else out.push(t);
    afterRow = row;
  }
  return out;
}

/** Photo items, cut out of the token stream: a photo's place is kept as a stop. */
export function extractPhotos(
  tokens: Token[],
  photoTitleFirst: boolean,
  storyHeadlineFirst: boolean,
): { rest: Token[]; photos: Draft[] } {
  const rest: Token[] = [];
  const photos: Draft[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    if (tok.t !== 'credit') {
      rest.push(tok);
      continue;
    }
    // The caption: the paragraphs right before the credit, back to a headline, byline, banner or credit.
    const body = rest[rest.length - 1]?.t === 'body' ? (rest.pop() as Extract<Token, { t: 'body' }>) : null;
    let from = body ? body.items.length : 0;
    while (from > 0 && body!.items[from - 1]!.t === 'para') from--;
    const before = rest[rest.length - 1];
    const headed = photoTitleFirst && from === 0 && before?.t === 'heads' && before.role === 'title';
    if (body && !headed && from < body.items.length) {
      // Without the photo's own headline in front, a caption is its last paragraph, so a story's body is never
      // taken; on a headlines-after page, right after the previous story's headline (or a boundary), up to three.
      // Numbered captions (`图①：…`) are all one photo's, with the lead-in paragraph before them, if any. A chart's
      // source note (`数据来源：…`) is not one of the three.
      const noted = SOURCE_NOTE.test(body.items[body.items.length - 1]!.text) ? 1 : 0;
      // Nor are a chart's rows (`出口 2.19万亿元 同比增长8.5%`) over the note.
      let rows = 0;
      while (
        noted > 0 &&
        rows < body.items.length - 1 &&
        isDataRow(body.items[body.items.length - 2 - rows]!.text)
      )
        rows++;
      const boundary = before === undefined || before.t === 'heads' || before.t === 'stop';
      const numbered = body.items.findIndex((i) => NUMBERED_CAPTION.test(i.text));
      from =
        !photoTitleFirst && from === 0 && boundary
          ? numbered === 0 || numbered === 1
            ? 0
            : Math.max(0, body.items.length - 3 - noted - rows)
          : body.items.length - 1;
    }
    const caption = body ? body.items.slice(from) : [];
    if (body && from > 0) rest.push({ ...body, items: body.items.slice(0, from) });
    const photo: Draft = {
      no: caption[0]?.no ?? tok.e.no,
      kind: 'photo',
      heads: [],
      bylines: [tok.e.text],
      authors: [...tok.e.authors],
      paragraphs: [],
    };
    const texts = caption.map((c) => c.text);
    // More credits, each with its caption, under the same headline (`图①：…` / credit / `图②：…` / credit).
    const extra: string[] = [];
    while (tokens[k + 1]?.t === 'credit' || (tokens[k + 1]?.t === 'body' && tokens[k + 2]?.t === 'credit')) {
      const nb = tokens[k + 1]!;
      if (nb.t === 'body') {
        // (Numbered captions may come back in more pieces: `图②：一名学生在工作人员指` / `导下操作机械臂。` / `图③：…`.)
        const most = NUMBERED_CAPTION.test(nb.items[0]!.text) ? 4 : 2;
        if (nb.items.length > most || nb.items.some((i) => i.t !== 'para')) break;
        extra.push(...nb.items.map((i) => i.text));
        k++;
      }
      const c = tokens[++k] as Extract<Token, { t: 'credit' }>;
      extra.push(c.e.text);
      photo.authors.push(...c.e.authors);
    }
    // A note under the picture that closes with its source (`…持续扩大。` / `数据来源：国家能源局`) is the photo's too.
    const note = tokens[k + 1];
    // So is a short text under the last credit of a numbered set with the next headline (or nothing) after it: the
    // set's lead-in, printed below the pictures (`立冬过后，各地农民…`). On a page printing photo titles above, that
    // headline is the next item's; on one printing them below, it is the set's own, and a lead-in has no dateline.
    const after = tokens[k + 2];
    const leadIn =
      (photoTitleFirst
        ? headed
        : note?.t === 'body' && note.items.every((i) => i.t === 'para' && !i.dateline)) &&
      texts.some((t) => NUMBERED_CAPTION.test(t)) &&
      (after === undefined || after.t === 'heads' || after.t === 'stop') &&
      note?.t === 'body' &&
      note.items.length <= 2;
    if (
      note?.t === 'body' &&
      note.items.length <= 3 &&
      note.items.every((i) => i.t === 'para') &&
      (leadIn || CAPTION_START.test(note.items[note.items.length - 1]!.text))
    ) {
      extra.push(...note.items.map((i) => i.text));
      k++;
    }
    photo.paragraphs = [...captionParagraphs(texts), ...extra];
    if (headed) {
      const heads = rest.pop() as Extract<Token, { t: 'heads' }>;
      photo.no = Math.min(photo.no, heads.no);
      if (!storyHeadlineFirst && rest[rest.length - 1]?.t === 'body') {
        // On a page of headlines-after stories the group also closes the story before: the photo's title is
        // its last line, if it has one to spare.
        if (heads.lines.length >= 2) {
          rest.push({ ...heads, lines: heads.lines.slice(0, -1) });
          photo.heads = heads.lines.slice(-1);
        } else rest.push(heads);
      } else photo.heads = heads.lines;
    } else if (!photoTitleFirst) {
      const after = tokens[k + 1];
      // A headline right after the credit is this photo's.
      if (after?.t === 'heads' && after.role === 'title') {
        photo.heads = after.lines;
        k++;
      } else {
        // A photo's title may still be printed above it on a page of headlines-after stories (the seed page):
        const prev = rest[rest.length - 1];
        // the whole group when there is no story before it to title, else its last line when it has lines to spare.
        const story = rest[rest.length - 2];
        if (from === 0 && prev?.t === 'heads' && prev.role === 'title') {
          if (story === undefined || story.t === 'stop') {
            rest.pop();
            photo.heads = prev.lines;
          } else if (prev.lines.length >= 2) {
            // Tokens are shared by both readings of the page: replace, never mutate.
            rest[rest.length - 1] = { ...prev, lines: prev.lines.slice(0, -1) };
            photo.heads = prev.lines.slice(-1);
          }
        }
      }
    }
    photos.push(photo);
    rest.push({ t: 'stop' });
  }
  return { rest, photos };
}

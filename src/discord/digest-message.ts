import type { APIEmbed } from 'discord.js';
import { digestHeading } from '../digest/render-text.js';
import type { Digest, DigestItem } from '../digest/types.js';
import { t } from '../i18n/index.js';
import type { Button, ButtonRow, Card, Reply } from '../reply/reply.js';
import { emphasis, strong, text, type Span } from '../reply/rich-text.js';
import { truncate } from '../reply/truncate.js';
import { encodeCustomId } from './custom-ids.js';
import { DISCORD_LIMITS as L } from './limits.js';
import { toMarkdown } from './markdown.js';
import { buttonRowPayload, cardTitle, replyPayload, type ButtonRowPayload } from './reply-payload.js';

/** Longest lede / title kept per item, so one item can never outgrow an embed on its own. */
const MAX_LEDE = 1000;
const MAX_TITLE = 300;
/** Short button labels keep five to a row readable on a phone. */
const BUTTON_LABEL = 24;

/** One digest message as posted: a REST body, or discord.js `send` / `reply` options. */
export interface DigestMessage {
  content?: string;
  embeds: APIEmbed[];
  components: ButtonRowPayload[];
}

function itemBlock(item: DigestItem, n: number, locale: string): Span[] {
  const lead = `${item.kind === 'photo' ? '📷 ' : ''}${item.kicker ? `${truncate(item.kicker, MAX_TITLE)} | ` : ''}`;
  const spans = [strong(`${n}.`), text(` ${lead}`), strong(truncate(item.title, MAX_TITLE))];
  if (item.lede) spans.push(text(`\n${truncate(item.lede, MAX_LEDE)}`));
  if (item.authors.length > 0)
    spans.push(text('\n'), emphasis(`— ${item.authors.join(t(locale, 'digest.post.authorsJoin'))}`));
  return spans;
}

function button(item: DigestItem, n: number): Button {
  return {
    id: encodeCustomId({ kind: 'summary', articleId: item.articleId }),
    label: truncate(`${n}. ${item.title}`, Math.min(BUTTON_LABEL, L.buttonLabel)),
  };
}

function rows(buttons: Button[]): ButtonRow[] {
  const out: ButtonRow[] = [];
  for (let i = 0; i < buttons.length; i += L.buttonsPerRow)
    out.push({ kind: 'buttons', buttons: buttons.slice(i, i + L.buttonsPerRow) });
  return out;
}

/**
 * A digest as the replies that carry it: one message with one card per section (the edition date on each
 * edition's first card, numbered titles with ledes and authors in the body) and a `summary:<id>` button per
 * item. It is split into more messages only where Discord's limits force it: 10 embeds or 6,000 embed characters
 * per message, 4,096 per description, 25 buttons (5 rows of 5), each measured as Discord will get it (escaped
 * Markdown). An empty digest gives no replies. The channel poster, `/digest preview` and the console all use
 * this, so a preview is exactly what a channel gets.
 */
export function digestReplies(digest: Digest, locale = 'en'): Reply[] {
  if (digest.itemCount === 0) return [];
  const maxButtons = L.rowsPerMessage * L.buttonsPerRow;
  const replies: Reply[] = [];
  let cards: Card[] = [];
  let buttons: Button[] = [];
  let chars = 0;
  // The card items are being added to, and the length of its description as Markdown.
  let open: { body: Span[]; length: number } | null = null;

  const flush = (): void => {
    if (cards.length === 0) return;
    replies.push({ cards, controls: rows(buttons) });
    cards = [];
    buttons = [];
    chars = 0;
    open = null;
  };

  let n = 0;
  for (const edition of digest.editions) {
    let editionLabelPending = true;
    for (const section of edition.sections) {
      let sectionChunk = 0;
      open = null;
      for (const item of section.items) {
        const block = itemBlock(item, ++n, locale);
        const blockLength = toMarkdown(block).length;
        if (buttons.length >= maxButtons) flush();
        const current: { body: Span[]; length: number } | null = open;
        if (
          current !== null &&
          current.length + 2 + blockLength <= L.description &&
          chars + 2 + blockLength <= L.embedCharsPerMessage
        ) {
          current.body.push(text('\n\n'), ...block);
          current.length += 2 + blockLength;
          chars += 2 + blockLength;
        } else {
          const name = section.name ?? t(locale, 'digest.post.noSection');
          const title = sectionChunk > 0 ? `${name} ${t(locale, 'digest.post.continued')}` : name;
          const label = truncate(t(locale, 'digest.post.edition', { date: edition.date }), L.authorName);
          const titleLength = cardTitle(title).length;
          // Counted with the label whether or not it ends up there, so the check is never optimistic.
          if (
            cards.length >= L.embedsPerMessage ||
            chars + titleLength + label.length + blockLength > L.embedCharsPerMessage
          )
            flush();
          const body = [...block];
          const card: Card = { accent: 'digest', title, body };
          if (editionLabelPending || cards.length === 0) card.label = label;
          cards.push(card);
          chars += titleLength + blockLength + (card.label ? label.length : 0);
          open = { body, length: blockLength };
          sectionChunk++;
          editionLabelPending = false;
        }
        buttons.push(button(item, n));
      }
    }
  }
  flush();
  const first = replies[0];
  if (first) first.text = [strong(digestHeading(locale, digest.editionDate, digest.itemCount))];
  return replies;
}

/**
 * The digest as Discord message payloads (see {@link digestReplies}); article text is escaped for Markdown.
 * Mentions are never parsed: the poster sends `allowed_mentions: { parse: [] }` with every payload.
 */
export function renderDigestMessages(digest: Digest, locale = 'en'): DigestMessage[] {
  return digestReplies(digest, locale).map((reply) => {
    const { content, embeds } = replyPayload(reply);
    const components = reply.controls.flatMap((c) => (c.kind === 'buttons' ? [buttonRowPayload(c)] : []));
    return { ...(content === undefined ? {} : { content }), embeds, components };
  });
}

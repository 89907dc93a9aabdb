import { digestCoverage, editionDateLabel } from '../digest/render-text.js';
import {
  DEFAULT_DIGEST_LAYOUT,
  shapeEdition,
  type DigestLayout,
  type NumberedItem,
} from '../digest/shape.js';
import type { Digest } from '../digest/types.js';
import { t } from '../i18n/index.js';
import type { Card, Control, Menu, Reply } from '../reply/reply.js';
import { emphasis, strong, text, type Span } from '../reply/rich-text.js';
import { truncate } from '../reply/truncate.js';
import { encodeCustomId } from './custom-ids.js';
import { DISCORD_LIMITS as L } from './limits.js';
import { toMarkdown } from './markdown.js';
import { cardTitle, replyPayload, type MessagePayload } from './reply-payload.js';

/** A top story's lede is cut to one line on a phone; the lead story keeps a few lines. */
const ONE_LINE = 40;
const LEAD_LEDE = 120;
const MAX_TITLE = 120;
/** One action row goes to the lead's button, so four can hold menus: 100 stories a message at most. */
const MAX_MENUS = L.rowsPerMessage - 1;

/** One digest message as posted: a REST body, or discord.js `send` / `reply` options. */
export type DigestMessage = MessagePayload;

export interface DigestRenderOptions {
  layout?: DigestLayout;
  /** The newspaper's name (the PAPER_NAME setting), shown before the date when set. */
  paperName?: string;
}

function oneLine(lede: string, max: number): string {
  return truncate(lede.replace(/\s+/g, ' ').trim(), max);
}

/** A top story as one numbered line, title first then the kicker, and its lede on the next line. */
function itemLine(item: NumberedItem): Span[] {
  const photo = item.kind === 'photo' ? '📷 ' : '';
  const spans: Span[] = [strong(`${item.n}.`), text(` ${photo}`), strong(truncate(item.title, MAX_TITLE))];
  if (item.kicker) spans.push(text(' '), emphasis(truncate(item.kicker, MAX_TITLE)));
  if (item.lede) spans.push(text(`\n${oneLine(item.lede, ONE_LINE)}`));
  return spans;
}

function leadCard(lead: NumberedItem, locale: string): Card {
  const body: Span[] = [];
  if (lead.kicker) body.push(emphasis(truncate(lead.kicker, MAX_TITLE)), text('\n'));
  if (lead.lede) body.push(text(oneLine(lead.lede, LEAD_LEDE)));
  if (lead.authors.length > 0)
    body.push(
      text(body.length ? '\n' : ''),
      text(`— ${lead.authors.join(t(locale, 'digest.post.authorsJoin'))}`),
    );
  return {
    accent: 'digest',
    label: truncate(lead.section ?? t(locale, 'digest.post.front'), L.authorName),
    title: `${lead.n}. ${truncate(lead.title, MAX_TITLE)}`,
    ...(body.length ? { body } : {}),
  };
}

function menus(items: NumberedItem[], total: number, locale: string): Menu[] {
  const out: Menu[] = [];
  const chunks = Math.min(MAX_MENUS, Math.ceil(items.length / L.selectOptions));
  for (let c = 0; c < chunks; c++) {
    const part = items.slice(c * L.selectOptions, (c + 1) * L.selectOptions);
    const first = part[0]!;
    const last = part.at(-1)!;
    out.push({
      kind: 'menu',
      id: encodeCustomId({ kind: 'open', context: c === 0 ? 'digest' : `digest-${c + 1}` }),
      placeholder:
        chunks === 1
          ? t(locale, 'digest.post.menu', { count: total })
          : t(locale, 'digest.post.menuPart', { count: total, from: first.n, to: last.n }),
      options: part.map((i) => ({
        label: `${i.n}. ${i.title}`,
        value: i.articleId,
        description: [i.section ?? t(locale, 'digest.post.noSection'), i.kicker].filter(Boolean).join(' · '),
      })),
    });
  }
  return out;
}

/**
 * One edition as one message: a heading (paper, the date written the locale's way, the story count), the lead
 * story's card, one card per section with its top stories on one line each, and menus that open any story the
 * message carries. Stories that do not fit Discord's 6,000 embed characters or 10 embeds stay in the menus, so
 * the message is never split; stories beyond `maxItems` are counted in the footer, which points to /headlines.
 */
function editionReply(
  shaped: ReturnType<typeof shapeEdition>,
  locale: string,
  options: DigestRenderOptions,
): Reply {
  const date = editionDateLabel(locale, shaped.date, shaped.received);
  const heading = t(locale, shaped.total === 1 ? 'digest.post.headingOne' : 'digest.post.heading', {
    date,
    count: shaped.total,
  });
  const footerParts = [t(locale, 'digest.post.language')];
  if (shaped.more > 0) footerParts.push(t(locale, 'digest.post.more', { count: shaped.more }));
  const footer = footerParts.join(' · ');
  const cards: Card[] = [];
  let chars = footer.length;
  if (shaped.lead) {
    const card = leadCard(shaped.lead, locale);
    cards.push(card);
    chars +=
      (card.label?.length ?? 0) + cardTitle(card.title ?? '').length + toMarkdown(card.body ?? []).length;
  }
  for (const section of shaped.sections) {
    if (cards.length >= L.embedsPerMessage) break;
    const title = section.name ?? t(locale, 'digest.post.noSection');
    let used = cardTitle(title).length;
    const body: Span[] = [];
    let bodyLength = 0;
    for (const item of section.items) {
      const line = itemLine(item);
      const length = toMarkdown(line).length + (body.length ? 2 : 0);
      if (chars + used + bodyLength + length > L.embedCharsPerMessage || bodyLength + length > L.description)
        break;
      if (body.length) body.push(text('\n\n'));
      body.push(...line);
      bodyLength += length;
    }
    if (body.length === 0) break;
    used += bodyLength;
    chars += used;
    cards.push({ accent: 'digest', title, body });
  }
  const last = cards.at(-1);
  if (last) last.footer = footer;
  const controls: Control[] = [];
  if (shaped.lead)
    controls.push({
      kind: 'buttons',
      buttons: [
        {
          id: encodeCustomId({ kind: 'summary', articleId: shaped.lead.articleId }),
          label: t(locale, 'digest.post.readLead'),
          primary: true,
        },
      ],
    });
  controls.push(...menus(shaped.carried, shaped.total, locale));
  const paper = options.paperName?.trim();
  return { text: [strong(paper ? `${paper} · ${heading}` : heading)], cards, controls };
}

/**
 * A digest as the replies that carry it: one message per edition (newest `maxMessages` editions, oldest first),
 * each complete on its own. An empty digest gives no replies. The channel poster, `/digest preview` and the
 * console all use this, so a preview is exactly what a channel gets.
 */
export function digestReplies(digest: Digest, locale = 'en', options: DigestRenderOptions = {}): Reply[] {
  if (digest.itemCount === 0) return [];
  const layout = options.layout ?? DEFAULT_DIGEST_LAYOUT;
  const maxItems = Math.min(layout.maxItems, MAX_MENUS * L.selectOptions);
  const shown = digest.editions.slice(-Math.max(1, layout.maxMessages));
  const replies = shown
    .map((e) => shapeEdition(e, { ...layout, maxItems }))
    .filter((s) => s.total > 0)
    .map((s) => editionReply(s, locale, options));
  // #11: a digest of several editions (a weekly one, a catch-up) says what it covers in its first message.
  const coverage = digestCoverage(
    locale,
    shown.map((e) => e.date),
    digest.editions.length - shown.length,
  );
  const first = replies[0];
  if (coverage && first) first.text = [...(first.text ?? []), text(`\n${coverage}`)];
  return replies;
}

/**
 * The digest as Discord message payloads (see {@link digestReplies}); article text is escaped for Markdown.
 * Mentions are never parsed: the poster sends `allowed_mentions: { parse: [] }` with every payload.
 */
export function renderDigestMessages(
  digest: Digest,
  locale = 'en',
  options: DigestRenderOptions = {},
): DigestMessage[] {
  return digestReplies(digest, locale, options).map((reply) => replyPayload(reply));
}

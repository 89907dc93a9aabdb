import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
} from 'discord.js';
import { digestLabels, type DigestLabels, type DigestLocale } from '../digest/labels.js';
import type { Digest, DigestItem } from '../digest/types.js';
import { encodeCustomId } from './custom-ids.js';
import { escapeText, truncate } from './markdown.js';

/** Discord's documented message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD_LIMITS = {
  embedsPerMessage: 10,
  /** Sum of every embed's title, description, field names and values, footer text and author name. */
  embedCharsPerMessage: 6000,
  description: 4096,
  title: 256,
  authorName: 256,
  content: 2000,
  rowsPerMessage: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
} as const;

/** Longest lede / title kept per item, so one item can never outgrow an embed on its own. */
const MAX_LEDE = 1000;
const MAX_TITLE = 300;
/** Short button labels keep five to a row readable on a phone. */
const BUTTON_LABEL = 24;
const EMBED_COLOR = 0xb22222;

export type DigestButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** One message's payload, usable as a REST body or as discord.js `send` / `reply` options. */
export interface DigestMessage {
  content?: string;
  embeds: APIEmbed[];
  components: DigestButtonRow[];
}

/** Newspaper text is not Markdown; make sure `*`, `_`, `#`, `1.` … print as themselves (linear-time escape). */
const md = escapeText;

function itemBlock(item: DigestItem, n: number, l: DigestLabels): string {
  const photo = item.kind === 'photo' ? `📷 ` : '';
  const kicker = item.kicker ? `${md(truncate(item.kicker, MAX_TITLE))} | ` : '';
  const lines = [`**${n}.** ${photo}${kicker}**${md(truncate(item.title, MAX_TITLE))}**`];
  if (item.lede) lines.push(md(truncate(item.lede, MAX_LEDE)));
  if (item.authors.length > 0) lines.push(`*— ${md(item.authors.join(l.authorsJoin))}*`);
  return lines.join('\n');
}

function button(item: DigestItem, n: number): APIButtonComponentWithCustomId {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: truncate(`${n}. ${item.title}`, Math.min(BUTTON_LABEL, DISCORD_LIMITS.buttonLabel)),
    custom_id: encodeCustomId({ kind: 'summary', articleId: item.articleId }),
  };
}

function embedChars(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.footer?.text.length ?? 0)
  );
}

function rows(buttons: APIButtonComponentWithCustomId[]): DigestButtonRow[] {
  const out: DigestButtonRow[] = [];
  for (let i = 0; i < buttons.length; i += DISCORD_LIMITS.buttonsPerRow)
    out.push({
      type: ComponentType.ActionRow,
      components: buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow),
    });
  return out;
}

/**
 * Renders a digest as Discord message payloads: one message with one embed per section (the edition date on
 * each edition's first embed, numbered titles with ledes and authors in the description) and a `summary:<id>`
 * button per item. It is split into more messages only where Discord's limits force it: 10 embeds or 6,000
 * embed characters per message, 4,096 per description, 25 buttons (5 rows of 5). Article text is escaped for
 * Markdown. An empty digest gives no messages. Mentions are never parsed: the poster sends
 * `allowed_mentions: { parse: [] }` with every payload.
 */
export function renderDigestMessages(digest: Digest, locale: DigestLocale | string = 'en'): DigestMessage[] {
  if (digest.itemCount === 0) return [];
  const l = digestLabels(locale);
  const maxButtons = DISCORD_LIMITS.rowsPerMessage * DISCORD_LIMITS.buttonsPerRow;
  const messages: DigestMessage[] = [];
  let embeds: APIEmbed[] = [];
  let buttons: APIButtonComponentWithCustomId[] = [];
  let chars = 0;
  let embed: APIEmbed | null = null;

  const flush = (): void => {
    if (embeds.length === 0) return;
    messages.push({ embeds, components: rows(buttons) });
    embeds = [];
    buttons = [];
    chars = 0;
    embed = null;
  };

  let n = 0;
  for (const edition of digest.editions) {
    let editionLabelPending = true;
    for (const section of edition.sections) {
      let sectionChunk = 0;
      embed = null;
      for (const item of section.items) {
        const block = itemBlock(item, ++n, l);
        if (buttons.length >= maxButtons) flush();
        const current: APIEmbed | null = embed;
        const fits =
          current !== null &&
          (current.description?.length ?? 0) + 2 + block.length <= DISCORD_LIMITS.description &&
          chars + 2 + block.length <= DISCORD_LIMITS.embedCharsPerMessage;
        if (current !== null && fits) {
          current.description += `\n\n${block}`;
          chars += 2 + block.length;
        } else {
          const name = section.name ?? l.noSection;
          const title = truncate(sectionChunk > 0 ? `${name} ${l.continued}` : name, DISCORD_LIMITS.title);
          const author = truncate(l.edition(edition.date), DISCORD_LIMITS.authorName);
          // Counted with the author line whether or not it ends up there, so the check is never optimistic.
          const cost = title.length + author.length + block.length;
          if (
            embeds.length >= DISCORD_LIMITS.embedsPerMessage ||
            chars + cost > DISCORD_LIMITS.embedCharsPerMessage
          )
            flush();
          const next: APIEmbed = { title, description: block, color: EMBED_COLOR };
          if (editionLabelPending || embeds.length === 0) next.author = { name: author };
          embeds.push(next);
          chars += embedChars(next);
          embed = next;
          sectionChunk++;
          editionLabelPending = false;
        }
        buttons.push(button(item, n));
      }
    }
  }
  flush();
  const first = messages[0];
  if (first)
    first.content = truncate(
      `**${md(l.heading(digest.editionDate, digest.itemCount))}**`,
      DISCORD_LIMITS.content,
    );
  return messages;
}

import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIStringSelectComponent,
  type InteractionReplyOptions,
} from 'discord.js';
import type { Button, ButtonRow, Card, Control, Menu, Reply } from '../reply/reply.js';
import { truncate } from '../reply/truncate.js';
import { DISCORD_LIMITS as L } from './limits.js';
import { escapeText, toMarkdown } from './markdown.js';

const COLOR = 0x2f6f9f;
const DIGEST_COLOR = 0xb22222;

export type ButtonRowPayload = APIActionRowComponent<APIButtonComponentWithCustomId>;
export type MenuRowPayload = APIActionRowComponent<APIStringSelectComponent>;

/** One message as Discord takes it: a REST body, or discord.js `send` / `reply` options. */
export interface MessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components: (ButtonRowPayload | MenuRowPayload)[];
}

/** A card's title as the embed shows it: Markdown escaped (titles render it), then cut to Discord's limit. */
export function cardTitle(title: string): string {
  return truncate(escapeText(title), L.title);
}

// Author names, footers, field names and component labels show no Markdown, so they are cut but not escaped.
function embed(card: Card): APIEmbed {
  const e: APIEmbed = { color: card.accent === 'digest' ? DIGEST_COLOR : COLOR };
  if (card.label) e.author = { name: truncate(card.label, L.authorName) };
  if (card.title) e.title = cardTitle(card.title);
  const description = card.body ? truncate(toMarkdown(card.body), L.description) : '';
  // Discord refuses an empty description, and an article with no text has none.
  if (description) e.description = description;
  if (card.fields?.length)
    e.fields = card.fields.map((f) => ({
      name: truncate(f.name, L.fieldName),
      value: truncate(toMarkdown(f.value), L.fieldValue),
      ...(f.inline ? { inline: true } : {}),
    }));
  if (card.footer) e.footer = { text: truncate(card.footer, L.footer) };
  return e;
}

function button(b: Button): APIButtonComponentWithCustomId {
  return {
    type: ComponentType.Button,
    style: b.primary ? ButtonStyle.Primary : ButtonStyle.Secondary,
    custom_id: b.id,
    label: truncate(b.label, L.buttonLabel),
    disabled: b.disabled ?? false,
  };
}

export function buttonRowPayload(row: ButtonRow): ButtonRowPayload {
  return { type: ComponentType.ActionRow, components: row.buttons.map(button) };
}

function menuRowPayload(menu: Menu): MenuRowPayload {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: menu.id,
        placeholder: truncate(menu.placeholder, L.selectPlaceholder),
        min_values: 1,
        max_values: 1,
        options: menu.options.slice(0, L.selectOptions).map((o) => ({
          label: truncate(o.label, L.selectOptionLabel),
          value: o.value,
          ...(o.description ? { description: truncate(o.description, L.selectOptionDescription) } : {}),
        })),
      },
    ],
  };
}

const controlPayload = (c: Control): ButtonRowPayload | MenuRowPayload =>
  c.kind === 'buttons' ? buttonRowPayload(c) : menuRowPayload(c);

/** A reply as one Discord message: rich text as Markdown, cards as embeds, controls as action rows. */
export function replyPayload(reply: Reply): MessagePayload {
  const content = reply.text ? truncate(toMarkdown(reply.text), L.content) : '';
  return {
    ...(content ? { content } : {}),
    embeds: reply.cards.map(embed),
    components: reply.controls.map(controlPayload),
  };
}

/** A reply as discord.js interaction options. Mentions are never parsed, whatever the text says. */
export function interactionPayload(
  reply: Reply,
): InteractionReplyOptions & { flags?: MessageFlags.Ephemeral } {
  return {
    ...replyPayload(reply),
    allowedMentions: { parse: [] },
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

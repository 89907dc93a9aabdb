import type { RichText } from './rich-text.js';

/**
 * A transport-neutral answer, as plain data. Commands and component handlers return one; the Discord adapter
 * renders it as embeds and components (src/discord/reply-payload.ts) and the console as text
 * (src/console/reply-text.ts), so both run the very same handlers. Strings here are text as printed: renderers
 * escape or shorten them to fit, handlers never format for one transport.
 */
export interface Reply {
  /** The message's own text, above its cards. */
  text?: RichText;
  cards: Card[];
  controls: Control[];
  /** Only the invoking user sees it. */
  ephemeral?: boolean;
  /** Further messages sent after this one (a digest preview that Discord's limits split). */
  followUps?: Reply[];
}

/** A framed block of content: an embed on Discord. */
export interface Card {
  /** Digests wear their own accent, so a channel tells them from command answers at a glance. */
  accent?: 'digest';
  /** A short line above the title: an article's kicker, a digest's edition. */
  label?: string;
  title?: string;
  body?: RichText;
  fields?: Field[];
  footer?: string;
}

export interface Field {
  name: string;
  value: RichText;
  /** May sit beside its neighbours rather than on a line of its own. */
  inline?: boolean;
}

/** One row of controls: some buttons, or one menu. */
export type Control = ButtonRow | Menu;

export interface ButtonRow {
  kind: 'buttons';
  buttons: Button[];
}

export interface Button {
  /** What pressing it sends back: a custom id (src/discord/custom-ids.ts). Unique within a reply. */
  id: string;
  label: string;
  disabled?: boolean;
  /** The one action the reply invites. */
  primary?: boolean;
}

/** A menu of which one option is chosen. */
export interface Menu {
  kind: 'menu';
  id: string;
  placeholder: string;
  options: MenuOption[];
}

export interface MenuOption {
  label: string;
  value: string;
  description?: string;
}

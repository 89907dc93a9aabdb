import { escapeMarkdown } from 'discord.js';

/**
 * Escapes text so Discord shows it exactly as printed: bold/italic/strike/spoiler/code markers, headings,
 * list markers, quotes and masked links all lose their meaning. Mentions are not rewritten (the text stays
 * as printed); every message is sent with `allowedMentions: { parse: [] }` so nobody is pinged.
 */
export function escapeText(text: string): string {
  return escapeMarkdown(text, {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  }).replace(/^>/gm, '\\>');
}

/**
 * Escapes a search snippet whose matches the store wrapped in `**…**`: the marks stay bold, everything else
 * is escaped like article text.
 */
export function escapeSnippet(snippet: string): string {
  return snippet
    .split('**')
    .map((part, i) => (i % 2 === 1 && part ? `**${escapeText(part)}**` : escapeText(part)))
    .join('');
}

/** Cuts `text` to at most `max` characters (code points), ending with `…` when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, max - 1).join('')}…`;
}

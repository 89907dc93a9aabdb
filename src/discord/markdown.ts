/**
 * Escapes text so Discord shows it exactly as printed: bold/italic/underline/strike/spoiler/code markers,
 * headings, subtext, list markers, quotes and masked links all lose their meaning. Linear time: discord.js's
 * escapeMarkdown is quadratic on long text (about 1 s for an 8,000-character paragraph), which would blow the
 * interaction budget. Mentions are not rewritten (the text stays as printed); every message is sent with
 * `allowedMentions: { parse: [] }` so nobody is pinged.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\*_~`|[\]]/g, '\\$&')
    .replace(/^(\s*)(#{1,3}\s|-#\s|>)/gm, '$1\\$2')
    .replace(/^(\s*)([-+]\s)/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(\s)/gm, '$1\\.$2');
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
  if (text.length <= max) return text;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, max - 1).join('')}…`;
}

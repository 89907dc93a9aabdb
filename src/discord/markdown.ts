import { channelMention, time, TimestampStyles } from 'discord.js';
import type { RichText } from '../reply/rich-text.js';

/** Stands before text that does not start a line, so the line-start rules below leave its first line alone. */
const MID_LINE = '\u0001';

/**
 * Escapes text so Discord shows it exactly as printed: bold/italic/underline/strike/spoiler/code markers,
 * headings, subtext, list markers, quotes and masked links all lose their meaning. Headings, quotes and list
 * markers only mean something at the start of a line, so text that continues a line (`atLineStart` false) is
 * spared those escapes on its first line. Linear time: discord.js's escapeMarkdown is quadratic on long text
 * (about 1 s for an 8,000-character paragraph), which would blow the interaction budget. Mentions are not
 * rewritten (the text stays as printed); every message is sent with `allowedMentions: { parse: [] }` so nobody is
 * pinged.
 */
export function escapeText(text: string, atLineStart = true): string {
  if (!atLineStart) return escapeText(MID_LINE + text).slice(MID_LINE.length);
  return text
    .replace(/[\\*_~`|[\]]/g, '\\$&')
    .replace(/^(\s*)(#{1,3}\s|-#\s|>)/gm, '$1\\$2')
    .replace(/^(\s*)([-+]\s)/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(\s)/gm, '$1\\.$2');
}

/**
 * Rich text as Discord Markdown: printed text escaped, strong phrases and search matches bold, emphasis in
 * italics, code in backticks, instants as `<t:…:f>` (each reader sees their own time zone) and channels as
 * `<#…>`.
 */
export function toMarkdown(rt: RichText): string {
  let out = '';
  for (const s of rt) {
    const atLineStart = out === '' || out.endsWith('\n');
    switch (s.kind) {
      case 'text':
        out += escapeText(s.text, atLineStart);
        break;
      case 'strong':
      case 'highlight':
        if (s.text) out += `**${escapeText(s.text, false)}**`;
        break;
      case 'emphasis':
        if (s.text) out += `*${escapeText(s.text, false)}*`;
        break;
      case 'code':
        out += `\`${s.text}\``;
        break;
      case 'time':
        out += time(s.at, s.relativeTo ? TimestampStyles.RelativeTime : TimestampStyles.LongDateShortTime);
        break;
      case 'channel':
        out += channelMention(s.id);
        break;
    }
  }
  return out;
}

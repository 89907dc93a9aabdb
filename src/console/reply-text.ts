import type { Reply } from '../reply/reply.js';
import type { RichText } from '../reply/rich-text.js';

/** An instant as the operator reads it: date and time in the console server's time zone, which is named. */
function formatInstant(d: Date, timezone: string): string {
  const s = new Intl.DateTimeFormat('sv-SE', {
    timeZone: timezone,
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(d);
  return `${s} ${timezone}`;
}

/** An instant relative to `now`, the way a terminal shows ages: `in 5h 03m`, `2h 10m ago`. */
function formatRelative(d: Date, now: Date): string {
  const minutes = Math.round((d.getTime() - now.getTime()) / 60_000);
  const abs = Math.abs(minutes);
  const span = `${Math.floor(abs / 60)}h ${String(abs % 60).padStart(2, '0')}m`;
  return minutes >= 0 ? `in ${span}` : `${span} ago`;
}

/**
 * Rich text for a terminal: text exactly as printed (a terminal shows no Markdown, so strong phrases, search
 * matches and commands are plain, without `**` or backticks), instants in `timezone`, channels as `#id`.
 */
export function plainText(rt: RichText, timezone: string): string {
  return rt
    .map((s) => {
      switch (s.kind) {
        case 'time':
          return s.relativeTo ? formatRelative(s.at, s.relativeTo) : formatInstant(s.at, timezone);
        case 'channel':
          return `#${s.id}`;
        default:
          return s.text;
      }
    })
    .join('');
}

/**
 * A reply as terminal text: its text, each card (label, framed title, body, `name: value` fields, footer), then
 * buttons and menus with the console command that presses them.
 */
export function replyText(reply: Reply, timezone: string): string {
  const lines: string[] = [];
  const said = reply.text ? plainText(reply.text, timezone) : '';
  if (said) lines.push(said);
  for (const card of reply.cards) {
    if (lines.length > 0) lines.push('');
    if (card.label) lines.push(card.label);
    if (card.title) lines.push(`━━ ${card.title} ━━`);
    const body = card.body ? plainText(card.body, timezone) : '';
    if (body) lines.push(body);
    for (const f of card.fields ?? []) lines.push(`${f.name}: ${plainText(f.value, timezone)}`);
    if (card.footer) lines.push(`— ${card.footer}`);
  }
  for (const control of reply.controls) {
    if (control.kind === 'menu') {
      lines.push(control.placeholder);
      for (const o of control.options) lines.push(`  ${o.label}  → /press ${control.id} ${o.value}`);
    } else if (control.buttons.length > 0) {
      lines.push(
        control.buttons.map((b) => (b.disabled ? `[${b.label}]` : `[${b.label}] /press ${b.id}`)).join('   '),
      );
    }
  }
  return lines.join('\n');
}

/** A reply and the follow-up messages it brings, as one block of text. */
export function replyWithFollowUpsText(reply: Reply, timezone: string): string {
  return [reply, ...(reply.followUps ?? [])].map((r) => replyText(r, timezone)).join('\n\n');
}

import { code, strong, text, type Span } from '../reply/rich-text.js';
import { template, type MessageKey } from './strings.js';

/**
 * A message not yet in any language: a key and what fills its placeholders. A `UserError` carries one, and the
 * edge that knows the reader's locale turns it into text (the Sapphire model: an identifier plus a context).
 */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

/**
 * What may fill a placeholder: text or a number as is, a span (a channel, an instant) for each transport to show
 * its way, another message (localized in the same language), or a list of these, joined with commas.
 */
export type MessageParam = string | number | Span | Message | readonly MessageParam[];
export type MessageParams = Readonly<Record<string, MessageParam>>;

const TOKEN = /<(b|code)>([\s\S]*?)<\/\1>|\{(\w+)\}/g;
const LIST_SEPARATOR = ', ';

function isMessage(p: Span | Message): p is Message {
  return 'key' in p;
}

function plainParam(p: MessageParam | undefined, whole: string): string {
  return typeof p === 'string' || typeof p === 'number' ? String(p) : whole;
}

function pushText(out: Span[], value: string): void {
  if (!value) return;
  const last = out.at(-1);
  if (last?.kind === 'text') out[out.length - 1] = text(last.text + value);
  else out.push(text(value));
}

function pushParam(out: Span[], locale: string | null | undefined, p: MessageParam): void {
  if (typeof p === 'string' || typeof p === 'number') pushText(out, String(p));
  else if (Array.isArray(p))
    p.forEach((item: MessageParam, i) => {
      if (i > 0) pushText(out, LIST_SEPARATOR);
      pushParam(out, locale, item);
    });
  else if (isMessage(p as Span | Message)) {
    const m = p as Message;
    for (const s of localize(locale, m.key, m.params)) {
      if (s.kind === 'text') pushText(out, s.text);
      else out.push(s);
    }
  } else out.push(p as Span);
}

/**
 * The message for `key` in the reader's language as rich text: placeholders filled from `params` (unknown ones
 * left as written), `<b>…</b>` as a strong span and `<code>…</code>` as a code span.
 */
export function localize(
  locale: string | null | undefined,
  key: MessageKey,
  params: MessageParams = {},
): Span[] {
  const tpl = template(locale, key);
  const out: Span[] = [];
  let at = 0;
  for (const m of tpl.matchAll(TOKEN)) {
    pushText(out, tpl.slice(at, m.index));
    const [whole, tag, inner, name] = m;
    if (tag !== undefined) {
      const filled = (inner ?? '').replace(/\{(\w+)\}/g, (w, n: string) => plainParam(params[n], w));
      out.push(tag === 'b' ? strong(filled) : code(filled));
    } else if (name !== undefined && params[name] !== undefined) {
      pushParam(out, locale, params[name]);
    } else {
      pushText(out, whole);
    }
    at = m.index + whole.length;
  }
  pushText(out, tpl.slice(at));
  return out;
}

/**
 * Inline text as data. Each span says what it is (text as printed, a strong phrase, a search match, an instant,
 * a channel), never how it looks: the Discord adapter turns spans into Markdown, `<t:…>` and `<#…>`, the console
 * into plain text in the operator's time zone. Nothing here is escaped or marked up.
 */
export type Span =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'emphasis'; text: string }
  /** Where a search matched. */
  | { kind: 'highlight'; text: string }
  /** Something to type, such as a command. */
  | { kind: 'code'; text: string }
  /**
   * An instant, which each reader may see in their own time zone. With `relativeTo` (the handler's "now") it is
   * shown as "in 3 hours": Discord counts from the reader's clock, a console from that instant.
   */
  | { kind: 'time'; at: Date; relativeTo?: Date }
  | { kind: 'channel'; id: string };

export type RichText = readonly Span[];

export const text = (value: string): Span => ({ kind: 'text', text: value });
export const strong = (value: string): Span => ({ kind: 'strong', text: value });
export const emphasis = (value: string): Span => ({ kind: 'emphasis', text: value });
export const highlight = (value: string): Span => ({ kind: 'highlight', text: value });
export const code = (value: string): Span => ({ kind: 'code', text: value });
export const timestamp = (at: Date): Span => ({ kind: 'time', at });
export const relativeTime = (at: Date, now: Date): Span => ({ kind: 'time', at, relativeTo: now });
export const channelRef = (id: string): Span => ({ kind: 'channel', id });

/** Several pieces of text with `separator` (printed text) between them. */
export function joinRich(parts: readonly RichText[], separator: string): Span[] {
  const out: Span[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(text(separator));
    out.push(...p);
  });
  return out;
}

const isText = (s: Span | undefined): s is Extract<Span, { kind: 'text' }> => s?.kind === 'text';

/** Drops white space from both ends, as far as it is printed text, and the empty text spans it leaves. */
export function trimRich(rt: RichText): Span[] {
  const out = [...rt];
  while (isText(out[0]) && !out[0].text.trimStart()) out.shift();
  if (isText(out[0])) out[0] = text(out[0].text.trimStart());
  while (isText(out.at(-1)) && !(out.at(-1) as { text: string }).text.trimEnd()) out.pop();
  const last = out.at(-1);
  if (isText(last)) out[out.length - 1] = text(last.text.trimEnd());
  return out;
}

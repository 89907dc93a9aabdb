import { template, type MessageKey } from './strings.js';

export { langOf, type MessageKey } from './strings.js';
export { localize, type Message, type MessageParam, type MessageParams } from './message.js';

/**
 * The string for `key` in the user's language, with `{name}` placeholders filled from `vars`: for labels, titles
 * and other plain text. Messages that name channels or instants, or mark phrases, go through `localize()`.
 */
export function t(
  locale: string | null | undefined,
  key: MessageKey,
  vars: Record<string, string | number> = {},
): string {
  return template(locale, key).replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m,
  );
}

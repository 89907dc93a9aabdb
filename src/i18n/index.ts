import { en, type MessageKey } from './en.js';
import { zh } from './zh.js';

export type { MessageKey };

export type Lang = 'en' | 'zh';

/** Chinese for every zh-* locale (zh-CN, zh-TW …), English otherwise. */
export function langOf(locale: string | null | undefined): Lang {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The UI string for `key` in the user's language, with `{name}` placeholders filled from `vars`. */
export function t(
  locale: string | null | undefined,
  key: MessageKey,
  vars: Record<string, string | number> = {},
): string {
  const table = langOf(locale) === 'zh' ? zh : en;
  return table[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

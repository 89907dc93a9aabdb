import { en, type MessageKey } from './en.js';
import { zh } from './zh.js';

export type { MessageKey };

type Lang = 'en' | 'zh';

/** Chinese for every zh-* locale (zh-CN, zh-TW …), English otherwise. */
export function langOf(locale: string | null | undefined): Lang {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The raw string for `key` in the locale's language, placeholders and marks unfilled. */
export function template(locale: string | null | undefined, key: MessageKey): string {
  return (langOf(locale) === 'zh' ? zh : en)[key];
}

import { en, type MessageKey } from './en.js';
import { zh } from './zh.js';
import { zhTW } from './zh-tw.js';

export type { MessageKey };

type Lang = 'en' | 'zh';

/** Chinese for every zh-* locale (zh-CN, zh-TW …), English otherwise. */
export function langOf(locale: string | null | undefined): Lang {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The raw string for `key` in the locale's language, placeholders and marks unfilled. */
export function template(locale: string | null | undefined, key: MessageKey): string {
  // zh-TW (#12): Traditional where translated, else the Simplified string.
  if (isTraditional(locale)) {
    const traditional = (zhTW as Partial<Record<MessageKey, string>>)[key];
    if (traditional !== undefined) return traditional;
  }
  return (langOf(locale) === 'zh' ? zh : en)[key];
}

/** Readers of Traditional Chinese: Discord's zh-TW, and zh-HK / zh-Hant from other transports. */
export function isTraditional(locale: string | null | undefined): boolean {
  return /^zh-(tw|hk|mo|hant)/i.test(locale ?? '');
}

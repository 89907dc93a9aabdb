import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { t } from '../../src/i18n/index.js';
import { en } from '../../src/i18n/en.js';
import { zh } from '../../src/i18n/zh.js';
import { zhTW } from '../../src/i18n/zh-tw.js';

describe('zh-TW', () => {
  it('answers Traditional readers in Traditional, Simplified readers in Simplified', () => {
    expect(t('zh-TW', 'search.title', { query: '席草' })).toBe('搜尋：席草');
    expect(t('zh-HK', 'generic.next')).toBe('下一頁');
    expect(t('zh-CN', 'search.title', { query: '席草' })).toBe('搜索：席草');
  });

  it('falls back to the Simplified string for a key not yet translated', () => {
    const untranslated = (Object.keys(en) as (keyof typeof en)[]).find((k) => !(k in zhTW))!;
    expect(untranslated).toBeDefined();
    expect(t('zh-TW', untranslated)).toBe(zh[untranslated]);
  });

  it('keeps the same placeholders and marks as the Simplified string', () => {
    const marks = (s: string) => [...s.matchAll(/\{\w+\}|<\/?(?:b|code)>/g)].map((m) => m[0]).sort();
    for (const [key, value] of Object.entries(zhTW))
      expect(marks(value), key).toEqual(marks(zh[key as keyof typeof zh]));
  });

  it('localizes every name and description of the reading commands', () => {
    for (const c of commands.filter((x) => x.data.name !== 'digest')) {
      const body = c.data.toJSON();
      expect(body.name_localizations?.['zh-TW'], body.name).toBeTruthy();
      expect(body.description_localizations?.['zh-TW'], body.name).toBeTruthy();
      for (const o of body.options ?? []) {
        expect(o.name_localizations?.['zh-TW'], `${body.name} ${o.name}`).toBeTruthy();
        expect(o.description_localizations?.['zh-TW'], `${body.name} ${o.name}`).toBeTruthy();
      }
    }
  });

  it('writes the strings in Traditional characters', () => {
    // A sample of characters whose Simplified form differs: none may appear in the zh-TW strings.
    const simplifiedOnly = /[这没关简时频请设删页记错阅读术议务]/u;
    for (const [key, value] of Object.entries(zhTW)) expect(simplifiedOnly.test(value), key).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { formatEditionDate, formatReceivedAt } from '../../src/i18n/dates.js';

describe('formatEditionDate', () => {
  it('writes a printed date the way each locale writes it, weekday included', () => {
    expect(formatEditionDate('zh-CN', '2026-12-02')).toBe('2026年12月2日 星期三');
    expect(formatEditionDate('zh-TW', '2019-08-07')).toBe('2019年8月7日 星期三');
    expect(formatEditionDate('en-US', '2026-12-02')).toBe('Wed, 2 Dec 2026');
    expect(formatEditionDate(undefined, '2024-02-29')).toBe('Thu, 29 Feb 2024');
  });

  it('returns anything that is not a real calendar date as given, never a guessed day', () => {
    expect(formatEditionDate('zh', '2026-02-31')).toBe('2026-02-31');
    expect(formatEditionDate('en', 'soon')).toBe('soon');
  });
});

describe('formatReceivedAt', () => {
  it('writes an instant as day and time in the given zone', () => {
    const at = new Date('2026-12-01T18:05:00Z');
    expect(formatReceivedAt('zh-CN', at, 'Asia/Shanghai')).toBe('2026年12月2日 02:05');
    expect(formatReceivedAt('en', at, 'UTC')).toBe('1 Dec 2026, 18:05');
  });
});

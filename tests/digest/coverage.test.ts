import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build-digest.js';
import { digestCoverage, editionRange, renderDigestText } from '../../src/digest/render-text.js';
import { renderDigestMessages } from '../../src/discord/digest-message.js';
import { DISCORD_LIMITS as L } from '../../src/discord/limits.js';
import { source } from './fixtures.js';

describe('what a digest of several editions covers (#11)', () => {
  it('writes the range the shortest way each language allows', () => {
    expect(editionRange('en-US', '2026-11-23', '2026-11-25')).toBe('Mon 23 – Wed 25 Nov 2026');
    expect(editionRange('en-US', '2026-11-30', '2026-12-02')).toBe('Mon 30 Nov – Wed 2 Dec 2026');
    expect(editionRange('en-US', '2026-12-30', '2027-01-01')).toBe('Wed 30 Dec 2026 – Fri 1 Jan 2027');
    expect(editionRange('zh-CN', '2026-11-23', '2026-11-25')).toBe('11月23日至25日');
    expect(editionRange('zh-CN', '2026-11-30', '2026-12-02')).toBe('11月30日至12月2日');
    expect(editionRange('zh-CN', '2026-12-30', '2027-01-01')).toBe('2026年12月30日至2027年1月1日');
  });

  it('says nothing for one edition, and the count and range for several', () => {
    expect(digestCoverage('en', ['2026-11-23'])).toBeNull();
    expect(digestCoverage('en', ['2026-11-23', '2026-11-24', '2026-11-25'])).toBe(
      '3 editions, Mon 23 – Wed 25 Nov 2026',
    );
    expect(digestCoverage('zh-CN', ['2026-11-23', '2026-11-24', '2026-11-25'])).toBe(
      '共 3 期：11月23日至25日',
    );
  });

  it('puts it under the heading of the first message only, and in the text rendering', () => {
    const digest = buildDigest(['2026-11-23', '2026-11-24', '2026-11-25'].map((date) => source({ date })));
    const msgs = renderDigestMessages(digest, 'zh-CN');
    expect(msgs.map((m) => m.content)).toEqual([
      '**每日要闻 · 2026年11月23日 星期一 · 共 1 篇**\n共 3 期：11月23日至25日',
      '**每日要闻 · 2026年11月24日 星期二 · 共 1 篇**',
      '**每日要闻 · 2026年11月25日 星期三 · 共 1 篇**',
    ]);
    expect(renderDigestText(digest, 'en').split('\n').slice(0, 2)).toEqual([
      'Daily digest · Wed, 25 Nov 2026 · 3 articles',
      '3 editions, Mon 23 – Wed 25 Nov 2026',
    ]);
  });

  it('a weekly digest of 7 full daily editions posts 7 messages, each within Discord’s limits', () => {
    const days = Array.from({ length: 9 }, (_, i) => `2026-11-${String(21 + i).padStart(2, '0')}`);
    const articles = days.flatMap((date) =>
      Array.from({ length: 60 }, (_, k) =>
        source({
          date,
          title: `${date} 第${k}条 ${'长标题'.repeat(30)}`,
          lede: '导语'.repeat(400),
          section: `版${k % 9}`,
        }),
      ),
    );
    const digest = buildDigest(articles);
    // Nine editions since the last sent: the newest seven are kept (MAX_EDITIONS_PER_DIGEST).
    expect(digest.editions.map((e) => e.date)).toEqual(days.slice(2));
    const msgs = renderDigestMessages(digest, 'en');
    expect(msgs).toHaveLength(7);
    expect(msgs[0]!.content).toContain('7 editions, Mon 23 – Sun 29 Nov 2026');
    for (const m of msgs) {
      expect(m.content!.length).toBeLessThanOrEqual(L.content);
      expect(m.embeds.length).toBeLessThanOrEqual(L.embedsPerMessage);
      const chars = m.embeds.reduce(
        (n, e) =>
          n +
          (e.title?.length ?? 0) +
          (e.description?.length ?? 0) +
          (e.footer?.text.length ?? 0) +
          (e.author?.name.length ?? 0),
        0,
      );
      expect(chars).toBeLessThanOrEqual(L.embedCharsPerMessage);
    }
  });
});

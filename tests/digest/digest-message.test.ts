import fc from 'fast-check';
import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build-digest.js';
import { DEFAULT_DIGEST_LAYOUT } from '../../src/digest/shape.js';
import type { DigestSource } from '../../src/digest/types.js';
import { renderDigestMessages, type DigestMessage } from '../../src/discord/digest-message.js';
import { DISCORD_LIMITS } from '../../src/discord/limits.js';
import { openStore } from '../../src/store/open-store.js';
import { SEED_DATE } from '../discord/harness.js';
import { source } from './fixtures.js';
import { saveFullEdition } from './full-edition.js';

type Row = {
  type: number;
  components: {
    type: number;
    custom_id: string;
    label?: string;
    options?: { value: string; label: string }[];
    placeholder?: string;
  }[];
};
const rowsOf = (m: DigestMessage) => m.components as unknown as Row[];
const menusOf = (m: DigestMessage) =>
  rowsOf(m)
    .flatMap((r) => r.components)
    .filter((c) => c.type === 3);
const buttonsOf = (m: DigestMessage) =>
  rowsOf(m)
    .flatMap((r) => r.components)
    .filter((c) => c.type === 2);
const menuValues = (m: DigestMessage) => menusOf(m).flatMap((c) => c.options!.map((o) => o.value));
const embedChars = (m: DigestMessage) =>
  m.embeds.reduce(
    (n: number, e: APIEmbed) =>
      n +
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.author?.name.length ?? 0) +
      (e.footer?.text.length ?? 0),
    0,
  );

function assertWithinLimits(messages: DigestMessage[]): void {
  for (const m of messages) {
    expect(m.embeds.length).toBeGreaterThan(0);
    expect(m.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
    expect(embedChars(m)).toBeLessThanOrEqual(DISCORD_LIMITS.embedCharsPerMessage);
    expect(m.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.rowsPerMessage);
    for (const row of rowsOf(m)) {
      expect(row.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonsPerRow);
      // A menu fills its row alone.
      if (row.components.some((c) => c.type === 3)) expect(row.components).toHaveLength(1);
    }
    for (const e of m.embeds) {
      expect((e.description ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
      expect((e.title ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
    }
    for (const menu of menusOf(m)) {
      expect(menu.options!.length).toBeLessThanOrEqual(DISCORD_LIMITS.selectOptions);
      expect(menu.placeholder!.length).toBeLessThanOrEqual(DISCORD_LIMITS.selectPlaceholder);
      for (const o of menu.options!)
        expect(o.label.length).toBeLessThanOrEqual(DISCORD_LIMITS.selectOptionLabel);
    }
    for (const b of buttonsOf(m)) expect(b.label!.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
    expect((m.content ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    const ids = rowsOf(m).flatMap((r) => r.components.map((c) => c.custom_id));
    expect(new Set(ids).size).toBe(ids.length);
  }
}

/**
 * Lines the message takes on a 360 px phone: a line of text wraps every 20 full-width characters (half-width
 * ones count half), an embed adds a line of padding, each menu or button row takes two.
 */
function phoneLines(m: DigestMessage): number {
  const width = (s: string) => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 1 : 0.5), 0);
  const lines = (s: string) => s.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(width(l) / 20)), 0);
  let n = m.content ? lines(m.content) : 0;
  for (const e of m.embeds)
    n +=
      1 +
      [e.author?.name, e.title, e.description, e.footer?.text]
        .filter(Boolean)
        .reduce((k, s) => k + lines(s!), 0);
  return n + 2 * m.components.length;
}

describe('renderDigestMessages', () => {
  it('opens with the lead story, then the top stories per section, one menu for every story', () => {
    const digest = buildDigest([
      source({
        id: 'a1',
        section: '要闻',
        title: '省委召开交流会',
        kicker: '聚焦三服务',
        lede: '导语一。',
        authors: ['陈晓苏'],
      }),
      source({ id: 'a2', section: '要闻', title: '第二条', lede: '导语二。' }),
      source({ id: 'a3', section: '经济', title: '第三条', lede: '导语三。' }),
    ]);
    const [only, ...rest] = renderDigestMessages(digest, 'en');
    expect(rest).toEqual([]);
    expect(only!.content).toBe('**Daily digest · Tue, 30 Jul 2024 · 3 articles**');
    const [lead, news, economy] = only!.embeds;
    expect(lead!.author?.name).toBe('要闻');
    expect(lead!.title).toBe('1\\. 省委召开交流会');
    expect(lead!.description).toBe('*聚焦三服务*\n导语一。\n— 陈晓苏');
    expect(news!.title).toBe('要闻');
    expect(news!.description).toBe('**2.** **第二条**\n导语二。');
    expect(economy!.title).toBe('经济');
    expect(economy!.description).toBe('**3.** **第三条**\n导语三。');
    expect(economy!.footer?.text).toBe('In English');
    expect(buttonsOf(only!).map((b) => [b.custom_id, b.label])).toEqual([
      ['summary:a1', 'Read the lead story'],
    ]);
    const [menu] = menusOf(only!);
    expect(menu!.custom_id).toBe('open:digest');
    expect(menu!.placeholder).toBe('All 3 stories');
    expect(menu!.options!.map((o) => [o.label, o.value])).toEqual([
      ['1. 省委召开交流会', 'a1'],
      ['2. 第二条', 'a2'],
      ['3. 第三条', 'a3'],
    ]);
  });

  it('writes the date once, the Chinese way, and labels an unbannered lead 头版 rather than 其他新闻', () => {
    const digest = buildDigest([
      source({ id: 'l', section: null, title: '头条新闻', date: '2026-12-02' }),
      source({ id: 'o', section: null, title: '另一条', date: '2026-12-02' }),
    ]);
    const [m] = renderDigestMessages(digest, 'zh-CN');
    expect(m!.content).toBe('**每日要闻 · 2026年12月2日 星期三 · 共 2 篇**');
    expect(m!.embeds[0]!.author?.name).toBe('头版');
    expect(m!.embeds[1]!.title).toBe('其他新闻');
    expect(m!.embeds.at(-1)!.footer?.text).toBe('简体中文版');
    const json = JSON.stringify(m);
    expect(json.split('2026年12月2日').length - 1).toBe(1);
    expect(json).not.toContain('2026-12-02');
    expect(json).not.toContain('版 ·');
  });

  it('shows at most the configured number of stories per section, and carries the rest in the menu', () => {
    const many = Array.from({ length: 20 }, (_, i) => source({ id: `s${i}`, lede: '短。' }));
    const [m] = renderDigestMessages(buildDigest(many), 'en', {
      layout: { ...DEFAULT_DIGEST_LAYOUT, topPerSection: 5 },
    });
    const shown = [...m!.embeds[1]!.description!.matchAll(/^\*\*(\d+)\.\*\*/gm)].map((x) => Number(x[1]));
    expect(shown).toEqual([2, 3, 4, 5, 6]);
    expect(menuValues(m!)).toEqual(many.map((a) => a.id));
  });

  it('stops at the configured items per edition and says how many more there are and where', () => {
    const many = Array.from({ length: 60 }, (_, i) => source({ id: `m${i}`, lede: '短。' }));
    const msgs = renderDigestMessages(buildDigest(many), 'zh', {
      layout: { ...DEFAULT_DIGEST_LAYOUT, maxItems: 40 },
    });
    expect(msgs).toHaveLength(1);
    assertWithinLimits(msgs);
    expect(menusOf(msgs[0]!).map((c) => c.placeholder)).toEqual([
      '全部 60 篇 · 第 1–25 篇',
      '全部 60 篇 · 第 26–40 篇',
    ]);
    expect(menuValues(msgs[0]!)).toEqual(many.slice(0, 40).map((a) => a.id));
    expect(msgs[0]!.embeds.at(-1)!.footer?.text).toBe('简体中文版 · 本期还有 20 篇，用 /headlines 查看');
  });

  it('sends one message per edition, newest editions up to the configured messages per channel', () => {
    const days = ['2024-07-28', '2024-07-29', '2024-07-30'].map((date) => source({ date }));
    const msgs = renderDigestMessages(buildDigest(days), 'en', {
      layout: { ...DEFAULT_DIGEST_LAYOUT, maxMessages: 2 },
    });
    // #11: the first message says what the digest covers, and that the oldest edition was left out.
    expect(msgs.map((m) => m.content)).toEqual([
      '**Daily digest · Mon, 29 Jul 2024 · 1 article**\n2 editions, Mon 29 – Tue 30 Jul 2024 · 1 older not shown: see /headlines',
      '**Daily digest · Tue, 30 Jul 2024 · 1 article**',
    ]);
  });

  it('names the paper before the date when PAPER_NAME is set', () => {
    const [m] = renderDigestMessages(buildDigest([source()]), 'zh', { paperName: '永康日报' });
    expect(m!.content).toBe('**永康日报 · 每日要闻 · 2024年7月30日 星期二 · 共 1 篇**');
  });

  it('escapes Markdown in article text so it prints as written', () => {
    const [m] = renderDigestMessages(
      buildDigest([source(), source({ title: '*重要* _新闻_', lede: '# 不是标题', authors: ['a_b'] })]),
    );
    const d = m!.embeds[1]!.description!;
    expect(d).toContain('\\*重要\\* \\_新闻\\_');
    expect(d).toContain('\\# 不是标题');
  });

  it('gives no message for an empty digest', () => {
    expect(renderDigestMessages(buildDigest([]))).toEqual([]);
  });

  it('puts the full edition (seed plus seed-style pages) in one message of about two phone screens', () => {
    const store = openStore(':memory:');
    saveFullEdition(store);
    const articles = store.articlesForDate(SEED_DATE);
    expect(articles.length).toBeGreaterThanOrEqual(27);
    for (const locale of ['zh-CN', 'en']) {
      const msgs = renderDigestMessages(buildDigest(articles), locale);
      expect(msgs).toHaveLength(1);
      assertWithinLimits(msgs);
      expect(new Set(menuValues(msgs[0]!))).toEqual(new Set(articles.map((a) => a.id)));
      // The front page's lead, not a story of another page that happens to sit at position 0.
      expect(msgs[0]!.embeds[0]!.title).toBe(`1\\. ${articles[0]!.title}`);
      expect(phoneLines(msgs[0]!)).toBeLessThanOrEqual(2 * 40);
    }
    store.close();
  });

  const arbSource = fc.record({
    title: fc.string({ minLength: 1, maxLength: 400 }),
    kicker: fc.option(fc.string({ maxLength: 300 })),
    lede: fc.string({ maxLength: 1500 }),
    authors: fc.array(fc.string({ minLength: 1, maxLength: 10 }), { maxLength: 4 }),
    section: fc.option(
      fc.constantFrom('要闻', '经济', '社会', '图片', 'x'.repeat(300), 'a', 'b', 'c', 'd', 'e', 'f', 'g'),
    ),
    date: fc.constantFrom('2024-07-29', '2024-07-30', '2024-07-31'),
    kind: fc.constantFrom('article' as const, 'photo' as const),
  });

  it('always stays within Discord’s limits: one message per edition carrying each story once', () => {
    fc.assert(
      fc.property(fc.array(arbSource, { maxLength: 130 }), fc.constantFrom('en', 'zh'), (raw, locale) => {
        const articles: DigestSource[] = raw.map((r, i) => ({ ...r, id: `id${i}`, position: i }));
        const digest = buildDigest(articles);
        const msgs = renderDigestMessages(digest, locale);
        assertWithinLimits(msgs);
        expect(msgs).toHaveLength(digest.editions.length);
        digest.editions.forEach((e, k) => {
          const ids = e.sections.flatMap((s) => s.items.map((i) => i.articleId));
          expect(menuValues(msgs[k]!)).toEqual(ids.slice(0, DEFAULT_DIGEST_LAYOUT.maxItems));
        });
      }),
      { numRuns: 120 },
    );
  });
});

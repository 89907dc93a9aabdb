import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build-digest.js';
import type { DigestSource } from '../../src/digest/types.js';
import { renderDigestMessages, type DigestMessage } from '../../src/discord/digest-message.js';
import { DISCORD_LIMITS } from '../../src/discord/limits.js';
import { source } from './fixtures.js';

const buttonsOf = (m: DigestMessage) => m.components.flatMap((r) => r.components);
const embedChars = (m: DigestMessage) =>
  m.embeds.reduce(
    (n, e) =>
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
    for (const row of m.components)
      expect(row.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonsPerRow);
    for (const e of m.embeds) {
      expect(e.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
      expect(e.title!.length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
    }
    for (const b of buttonsOf(m)) expect(b.label!.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
    expect((m.content ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  }
}

describe('renderDigestMessages', () => {
  it('fits an ordinary edition in one message: a heading, an embed per section and a summary button per item', () => {
    const digest = buildDigest([
      source({ id: 'a1', section: '要闻', title: '省委召开交流会', lede: '导语一。', authors: ['陈晓苏'] }),
      source({ id: 'a2', section: '要闻' }),
      source({ id: 'a3', section: '经济' }),
    ]);
    const [only, ...rest] = renderDigestMessages(digest, 'en');
    expect(rest).toEqual([]);
    expect(only!.content).toBe('**Daily digest · 2024-07-30 · 3 articles**');
    expect(only!.embeds.map((e) => e.title)).toEqual(['要闻', '经济']);
    expect(only!.embeds[0]!.author?.name).toBe('Edition 2024-07-30');
    expect(only!.embeds[0]!.description).toContain('**1.** **省委召开交流会**\n导语一。\n*— 陈晓苏*');
    expect(only!.embeds[1]!.description).toMatch(/^\*\*3\.\*\* /);
    expect(buttonsOf(only!).map((b) => b.custom_id)).toEqual(['summary:a1', 'summary:a2', 'summary:a3']);
    expect(buttonsOf(only!)[0]!.label).toBe('1. 省委召开交流会');
  });

  it('escapes Markdown in article text so it prints as written', () => {
    const [m] = renderDigestMessages(
      buildDigest([source({ title: '*重要* _新闻_', lede: '# 不是标题', authors: ['a_b'] })]),
    );
    const d = m!.embeds[0]!.description!;
    expect(d).toContain('\\*重要\\* \\_新闻\\_');
    expect(d).toContain('\\# 不是标题');
    expect(d).toContain('a\\_b');
  });

  it('splits only when the 25-button limit forces it', () => {
    const at25 = buildDigest(Array.from({ length: 25 }, () => source({ lede: '短。' })));
    expect(renderDigestMessages(at25)).toHaveLength(1);
    const at26 = buildDigest(Array.from({ length: 26 }, () => source({ lede: '短。' })));
    const msgs = renderDigestMessages(at26);
    expect(msgs).toHaveLength(2);
    expect(buttonsOf(msgs[1]!)).toHaveLength(1);
    expect(msgs[1]!.embeds[0]!.title).toBe('要闻 (continued)');
    expect(msgs[1]!.content).toBeUndefined();
  });

  it('splits when the 6,000-character embed budget forces it, and keeps every item once in order', () => {
    const long = Array.from({ length: 12 }, () => source({ lede: '长'.repeat(900) }));
    const msgs = renderDigestMessages(buildDigest(long));
    expect(msgs.length).toBeGreaterThan(1);
    assertWithinLimits(msgs);
    expect(msgs.flatMap(buttonsOf).map((b) => b.custom_id)).toEqual(long.map((a) => `summary:${a.id}`));
  });

  it('gives no message for an empty digest', () => {
    expect(renderDigestMessages(buildDigest([]))).toEqual([]);
  });

  const arbSource = fc.record({
    title: fc.string({ minLength: 1, maxLength: 400 }),
    kicker: fc.option(fc.string({ maxLength: 300 })),
    lede: fc.string({ maxLength: 1500 }),
    authors: fc.array(fc.string({ minLength: 1, maxLength: 10 }), { maxLength: 4 }),
    section: fc.option(fc.constantFrom('要闻', '经济', '社会', '图片', 'x'.repeat(300))),
    date: fc.constantFrom('2024-07-29', '2024-07-30', '2024-07-31'),
    kind: fc.constantFrom('article' as const, 'photo' as const),
  });

  it('always stays within Discord’s limits and numbers every item exactly once', () => {
    fc.assert(
      fc.property(fc.array(arbSource, { maxLength: 70 }), fc.constantFrom('en', 'zh'), (raw, locale) => {
        const articles: DigestSource[] = raw.map((r, i) => ({ ...r, id: `id${i}`, position: i }));
        const digest = buildDigest(articles);
        const msgs = renderDigestMessages(digest, locale);
        assertWithinLimits(msgs);
        const ids = msgs.flatMap(buttonsOf).map((b) => b.custom_id);
        expect(ids).toHaveLength(digest.itemCount);
        expect(new Set(ids).size).toBe(digest.itemCount);
        const numbers = msgs.flatMap((m) =>
          m.embeds.flatMap((e) =>
            [...e.description!.matchAll(/^\*\*(\d+)\.\*\* /gm)].map((x) => Number(x[1])),
          ),
        );
        expect(numbers).toEqual(Array.from({ length: digest.itemCount }, (_, i) => i + 1));
        // Split only where forced: a digest of at most 25 short items is one message.
        if (
          digest.itemCount <= 25 &&
          articles.every(
            (a) => a.title.length + a.lede.length + (a.kicker?.length ?? 0) + a.authors.join().length < 60,
          )
        )
          expect(msgs.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  });
});

import { MessageFlags, type APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/news/types.js';
import { story } from '../support/articles.js';
import type { InteractionResponse } from '../support/fake-discord/index.js';
import { LONG_ARTICLE, savePage, seededStore, startHarness, type Harness } from './harness.js';

const CALLBACK_UPDATE = 7;

/** Adjacent hits of a one-character query, and a dateline before the match. */
const CITY_ARTICLE: Article = {
  id: 'city0001',
  ...story({
    title: '城市更新提速',
    kicker: '夏日街巷',
    section: '测试版',
    paragraphs: ['本报讯（记者 陈静）7月29日，城市市场在市市区开张。', '老街换新颜。'],
  }),
};

type Component = { type: number; custom_id?: string; disabled?: boolean };
const embeds = (r: InteractionResponse): APIEmbed[] => (r.data.embeds ?? []) as APIEmbed[];
const components = (r: InteractionResponse): Component[] =>
  ((r.data.components ?? []) as { components: Component[] }[]).flatMap((row) => row.components);
const isEphemeral = (r: InteractionResponse): boolean => ((r.data.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

describe('private reading and search results, end to end', () => {
  let h: Harness;
  const slash = (name: string, options: Record<string, unknown> = {}, locale = 'en-US') =>
    h.send(h.fake.build.slashCommand({ name, options: options as never, locale }));

  beforeAll(async () => {
    const store = seededStore();
    savePage(store, {
      source: 'city.txt',
      encoding: 'utf-8',
      date: '2019-08-05',
      sections: ['测试版'],
      furniture: [],
      articles: [CITY_ARTICLE],
    });
    h = await startHarness(store);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('answers /article privately, in pages a phone shows in about one screen', async () => {
    const r = await slash('article', { article: LONG_ARTICLE.id });
    expect(isEphemeral(r)).toBe(true);
    const first = embeds(r)[0]!.description!;
    expect(first.length).toBeLessThanOrEqual(1500);
    expect(first.length).toBeGreaterThan(1000);
    const next = components(r).find((c) => c.type === 2 && !c.disabled)!;
    const turned = await h.send(h.fake.build.button({ customId: next.custom_id! }));
    // The page turns in place on the reader's own private message.
    expect(turned.type).toBe(CALLBACK_UPDATE);
    expect(embeds(turned)[0]!.description!.length).toBeLessThanOrEqual(1500);
  });

  it('answers /headlines and /search privately, so page buttons belong to the reader', async () => {
    expect(isEphemeral(await slash('headlines'))).toBe(true);
    expect(isEphemeral(await slash('search', { query: '渔民' }))).toBe(true);
  });

  it('merges adjacent highlights, skips the dateline and keeps the kicker apart', async () => {
    const r = await slash('search', { query: '市' });
    const d = embeds(r)[0]!.description!;
    expect(d).not.toContain('****');
    expect(d).toContain('**市市**');
    expect(d).not.toContain('本报讯');
    expect(d).not.toContain('记者 陈静');
    expect(d).toContain('夏日街巷 · 城**市市**场在**市市**区开张。 老街换新颜。');
  });

  it('suggests a shorter query that finds something when nothing matches', async () => {
    const r = await slash('search', { query: '席草 qqqzzz' });
    expect(isEphemeral(r)).toBe(true);
    expect(r.data.content).toBe(
      'Nothing matches “席草 qqqzzz”, in Simplified or Traditional characters. A shorter query finds articles: “席草”.',
    );
    const zh = await slash('search', { query: 'qqqzzz' }, 'zh-CN');
    expect(zh.data.content).toBe('没有与“qqqzzz”匹配的结果（已同时按简体和繁体查找）。请减少或缩短关键词。');
  });

  it('shows clean text: one photo label, no byline marks, the title then the kicker', async () => {
    const seeded = h.store.articlesForDate('2019-08-07');
    const photo = seeded.find((a) => a.kind === 'photo' && a.title === '晒席草')!;
    const s = await slash('summary', { article: photo.id }, 'zh-CN');
    expect(embeds(s)[0]!.title).toBe('📷 晒席草');
    // The caption is its own summary, so there is no "阅读全文" to open it again.
    expect(components(s)).toEqual([]);
    const full = await slash('article', { article: photo.id }, 'zh-CN');
    expect(embeds(full)[0]!.description!.endsWith('\n\n杨成栋 摄')).toBe(true);

    const story = seeded.find((a) => a.byline === '□首席记者 陈晓苏')!;
    const r = await slash('article', { article: story.id }, 'zh-CN');
    const e = embeds(r)[0]!;
    expect(e.author).toBeUndefined();
    expect(e.title).toBe(story.title);
    expect(e.description!.startsWith(`*${story.kicker}*\n\n陈晓苏\n\n`)).toBe(true);
    expect(e.description).not.toMatch(/[□■●]/u);
    const h2 = await slash('headlines', {}, 'zh-CN');
    expect(embeds(h2)[0]!.description).toContain(
      `**${seeded.indexOf(story) + 1}. ${story.title}**\n${story.kicker} · 陈晓苏`,
    );
  });
});

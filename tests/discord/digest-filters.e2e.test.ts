import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simplifiedVariants } from '../../src/store/traditional.js';
import type { InteractionResponse } from '../support/fake-discord/index.js';
import { adminCommands, harnessScheduler, SEED_DATE, startHarness, type Harness } from './harness.js';

type Menu = { type: number; custom_id: string; options?: { value: string }[] };
const menuValues = (components: unknown): string[] =>
  ((components ?? []) as { components: Menu[] }[])
    .flatMap((row) => row.components)
    .filter((c) => c.type === 3)
    .flatMap((c) => (c.options ?? []).map((o) => o.value));
const embeds = (r: InteractionResponse): APIEmbed[] => (r.data.embeds ?? []) as APIEmbed[];

// The seed edition (2019-08-07) has three stories: 晒席草 mentions 席草, another 舟山镇 (Traditional 舟山鎮).
const ZHOUSHAN = '131b08f6ae0060a5';
const XICAO = 'ff945135bf2dc9b5';

describe('/digest filter, end to end against the fake Discord (#11)', () => {
  let h: Harness;
  const { digest, press } = adminCommands(() => h);
  const channel = (id: string) => ({ type: 7, value: id });

  beforeAll(async () => {
    // As main.ts does: Traditional keywords (舟山鎮) match Simplified stories (舟山镇), in commands and delivery.
    h = await startHarness(undefined, { follows: { toSimplified: simplifiedVariants } });
    harnessScheduler(h, { toSimplified: simplifiedVariants });
  });
  afterAll(() => h.close());

  it('refuses to filter a channel with no subscription, and bad keywords, in the user’s language', async () => {
    const none = await digest('filter', { channel: channel(h.newsId), include: '席草' });
    expect(none.data.content).toBe(
      `<#${h.newsId}> has no subscription to filter. Subscribe it first with /digest subscribe.`,
    );
    await digest('subscribe', { channel: channel(h.newsId), time: '20:00', timezone: 'Asia/Shanghai' });
    const empty = await digest('filter', { channel: channel(h.newsId), include: '席草, ？！' }, 'zh-CN');
    expect(empty.data.content).toBe(
      '包含中的“？！”没有可搜索的内容（只有标点或空格）。请输入词语，用逗号分隔。',
    );
    const long = await digest('filter', { channel: channel(h.newsId), exclude: 'x'.repeat(31) });
    expect(long.data.content).toBe(
      `“${'x'.repeat(31)}” in exclude is longer than 30 characters. Use shorter keywords, separated by commas.`,
    );
    expect(h.store.getSubscription(h.newsId)!.filters).toEqual({ sections: [], include: [], exclude: [] });
  });

  it('sets filters, shows them in /digest list and the preview, and delivers only matching stories', async () => {
    const set = await digest('filter', {
      channel: channel(h.newsId),
      include: '席草、舟山鎮',
      exclude: '广告',
    });
    expect(set.data.content).toBe(
      `Saved the filters of <#${h.newsId}>. Filters: include 席草, 舟山鎮 · exclude 广告. Its digests carry only the stories that match.`,
    );
    expect(h.store.getSubscription(h.newsId)!.filters).toEqual({
      sections: [],
      include: ['席草', '舟山鎮'],
      exclude: ['广告'],
    });
    const list = await digest('list', {}, 'zh-CN');
    expect(embeds(list)[0]!.description).toContain('筛选：包含：席草, 舟山鎮 · 排除：广告');

    // Without a channel the preview is the whole edition; with one, that channel's stories only.
    const whole = await digest('preview');
    expect(menuValues(whole.data.components)).toHaveLength(3);
    const preview = await digest('preview', { channel: channel(h.newsId) });
    expect(preview.data.content).toMatch(
      /^Preview for <#\d+>, with its filters applied\. Filters: include 席草/,
    );
    expect(preview.data.content).toContain('Daily digest · Wed, 7 Aug 2019 · 2 articles');
    expect(menuValues(preview.data.components)).toEqual([ZHOUSHAN, XICAO]);

    await press(`digest:send:${h.newsId}`);
    const posted = h.fake.messages.filter((m) => m.channelId === h.newsId && m.created);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.content).toBe('**Daily digest · Wed, 7 Aug 2019 · 2 articles**');
    expect(menuValues(posted[0]!.components)).toEqual([ZHOUSHAN, XICAO]);
    expect(h.store.getDelivery(h.newsId, SEED_DATE)).toMatchObject({ status: 'sent', editions: [SEED_DATE] });
  });

  it('posts nothing when nothing matches, and /digest list says nothing matched', async () => {
    // The locked channel lacks Embed Links, so it is subscribed in the store (the filter command does not post).
    h.store.upsertSubscription({
      guildId: h.guildId,
      channelId: h.lockedId,
      time: '21:00',
      timezone: 'Asia/Shanghai',
      lastEditionSent: '2019-08-06',
    });
    await digest('filter', { channel: channel(h.lockedId), sections: '體育' });
    const sent = await press(`digest:send:${h.lockedId}`);
    expect(sent.data.content).toBe(
      `Nothing new for <#${h.lockedId}> matched its filters, so nothing was posted.`,
    );
    expect(h.fake.messages.filter((m) => m.channelId === h.lockedId)).toHaveLength(0);
    expect(h.store.getDelivery(h.lockedId, SEED_DATE)).toMatchObject({
      status: 'empty',
      emptyReason: 'filtered',
    });
    expect(h.store.getSubscription(h.lockedId)!.lastEditionSent).toBe(SEED_DATE);

    const en = embeds(await digest('list'))[0]!.description!;
    expect(en).toContain('Last digest: nothing matched Wed, 7 Aug 2019');
    expect(en).toContain('Filters: sections 體育');
    const zh = embeds(await digest('list', {}, 'zh-CN'))[0]!.description!;
    expect(zh).toContain('上次推送：无匹配内容 2019年8月7日 星期三');

    const preview = await digest('preview', { channel: channel(h.lockedId) }, 'zh-CN');
    expect(preview.data.content).toContain('它的日报不会推送任何内容');
  });

  it('clears the filters', async () => {
    const cleared = await digest('filter', { channel: channel(h.lockedId), clear: true }, 'zh-CN');
    expect(cleared.data.content).toBe(`已清除 <#${h.lockedId}> 的筛选：重新推送全部稿件。`);
    expect(h.store.getSubscription(h.lockedId)!.filters).toEqual({ sections: [], include: [], exclude: [] });
    const shown = await digest('filter', { channel: channel(h.lockedId) });
    expect(shown.data.content).toContain('Filters: none (every story)');
  });
});

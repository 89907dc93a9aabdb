import { MessageFlags, type APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionResponse } from '../support/fake-discord/index.js';
import { adminCommands, harnessScheduler, SEED_DATE, startHarness, type Harness } from './harness.js';

type Component = { type: number; custom_id: string; label: string };
const components = (r: InteractionResponse): Component[] =>
  ((r.data.components ?? []) as { components: Component[] }[]).flatMap((row) => row.components);
const embeds = (r: InteractionResponse): APIEmbed[] => (r.data.embeds ?? []) as APIEmbed[];
const isEphemeral = (r: InteractionResponse): boolean => ((r.data.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

describe('/digest list admin buttons, end to end against the fake Discord', () => {
  let h: Harness;
  const { digest, press } = adminCommands(() => h);

  beforeAll(async () => {
    h = await startHarness();
    harnessScheduler(h);
  });
  afterAll(() => h.close());

  it('offers preview, send now and unsubscribe per channel; send now posts once for the day', async () => {
    await digest('subscribe', {
      channel: { type: 7, value: h.newsId },
      time: '20:00',
      timezone: 'Asia/Shanghai',
    });
    const list = await digest('list', {}, 'zh-CN');
    expect(isEphemeral(list)).toBe(true);
    expect(embeds(list)[0]!.description).toMatch(/^1\\\. <#\d+>\n每天 20:00（Asia\/Shanghai）/);
    expect(components(list).map((c) => [c.custom_id, c.label])).toEqual([
      [`digest:preview:${h.newsId}`, '1 · 预览'],
      [`digest:send:${h.newsId}`, '1 · 立即推送'],
      [`digest:unsubscribe:${h.newsId}`, '1 · 取消订阅'],
    ]);

    const preview = await press(`digest:preview:${h.newsId}`);
    expect(isEphemeral(preview)).toBe(true);
    expect(preview.data.content).toContain('Daily digest · Wed, 7 Aug 2019');

    const before = h.fake.messages.filter((m) => m.channelId === h.newsId && m.created).length;
    const sent = await press(`digest:send:${h.newsId}`);
    expect(isEphemeral(sent)).toBe(true);
    expect(sent.data.content).toContain('Sent today’s digest to');
    const posted = h.fake.messages.filter((m) => m.channelId === h.newsId && m.created);
    expect(posted).toHaveLength(before + 1);
    expect(posted.at(-1)!.content).toContain('Wed, 7 Aug 2019');
    expect(h.store.getDelivery(h.newsId, SEED_DATE)?.status).toBe('sent');

    const again = await press(`digest:send:${h.newsId}`);
    expect(again.data.content).toContain('already has today’s digest');
    expect(h.fake.messages.filter((m) => m.channelId === h.newsId && m.created)).toHaveLength(before + 1);

    const gone = await press(`digest:unsubscribe:${h.newsId}`);
    expect(gone.data.content).toContain('Unsubscribed');
    expect(h.store.getSubscription(h.newsId)).toBeNull();
    const late = await press(`digest:send:${h.newsId}`);
    expect(late.data.content).toContain('has no digest subscription');
  });
});

import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionResponse } from '../support/fake-discord/index.js';
import { adminCommands, startHarness, type Harness } from './harness.js';

const embeds = (r: InteractionResponse): APIEmbed[] => (r.data.embeds ?? []) as APIEmbed[];
const unix = (iso: string): number => Date.parse(iso) / 1000;

// The harness clock is Wed 7 Aug 2019 00:00Z (08:00 in Shanghai).
describe('/digest subscribe cadence, end to end against the fake Discord (#11)', () => {
  let h: Harness;
  const { digest } = adminCommands(() => h);
  const channel = () => ({ type: 7, value: h.newsId });

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('offers the cadence and weekday choices, localized', async () => {
    const { digest: command } = await import('../../commands/digest/index.js');
    const json = command.data.toJSON() as {
      options: Array<{ name: string; options?: Array<Record<string, unknown>> }>;
    };
    const opts = json.options.find((o) => o.name === 'subscribe')!.options!;
    const cadence = opts.find((o) => o.name === 'cadence') as { choices: Array<Record<string, unknown>> };
    expect(
      cadence.choices.map((c) => [
        c.value,
        c.name,
        (c.name_localizations as Record<string, string>)['zh-CN'],
      ]),
    ).toEqual([
      ['daily', 'Daily', '每天'],
      ['weekdays', 'Weekdays (Mon–Fri)', '工作日（周一至周五）'],
      ['weekly', 'Weekly', '每周'],
    ]);
    const weekday = opts.find((o) => o.name === 'weekday') as {
      choices: Array<{ value: number; name: string }>;
    };
    expect(weekday.choices.map((c) => c.value)).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(weekday.choices[0]!.name).toBe('Monday');
  });

  it('subscribes weekly on a chosen day and lists its next run on that day', async () => {
    const r = await digest('subscribe', {
      channel: channel(),
      time: '09:00',
      timezone: 'Asia/Shanghai',
      cadence: 'weekly',
      weekday: 5,
    });
    const friday = unix('2019-08-09T01:00:00Z');
    expect(r.data.content).toBe(
      `Subscribed <#${h.newsId}>: the digest arrives every Friday at 09:00 (Asia/Shanghai) and carries every edition since the last one. Next run: <t:${friday}:f>.`,
    );
    expect(h.store.getSubscription(h.newsId)).toMatchObject({ cadence: 'weekly', weekday: 5 });
    const list = embeds(await digest('list', {}, 'zh-CN'))[0]!.description!;
    expect(list).toContain(`每周五 09:00（Asia/Shanghai）\n下次推送：<t:${friday}:f>`);
  });

  it('defaults a weekly digest to Monday and says so; weekdays skip to Thursday after Wednesday’s time', async () => {
    // Keeps Friday: re-subscribing weekly without a weekday keeps the stored one.
    const kept = await digest('subscribe', { channel: channel(), time: '09:00', cadence: 'weekly' });
    expect(kept.data.content).toContain('every Friday');
    await digest('subscribe', { channel: channel(), time: '09:00', cadence: 'daily' });
    const monday = await digest(
      'subscribe',
      { channel: channel(), time: '09:00', cadence: 'weekly' },
      'zh-CN',
    );
    expect(monday.data.content).toBe(
      `已订阅 <#${h.newsId}>：每周一 09:00（Asia/Shanghai）推送日报，包含自上次推送以来的每一期。下次推送：<t:${unix('2019-08-12T01:00:00Z')}:f>。\n未指定星期，默认为周一。可用 weekday 选项另选。`,
    );
    const weekdays = await digest('subscribe', { channel: channel(), time: '07:00', cadence: 'weekdays' });
    expect(weekdays.data.content).toBe(
      `Subscribed <#${h.newsId}>: the digest arrives on weekdays (Monday to Friday) at 07:00 (Asia/Shanghai). Next run: <t:${unix('2019-08-07T23:00:00Z')}:f>.`,
    );
    const list = embeds(await digest('list'))[0]!.description!;
    expect(list).toContain('Weekdays (Mon–Fri) at 07:00 (Asia/Shanghai)');
  });

  it('refuses a weekday with a daily cadence', async () => {
    const r = await digest('subscribe', { channel: channel(), time: '09:00', cadence: 'daily', weekday: 2 });
    expect(r.data.content).toBe(
      'A weekday only goes with the weekly cadence. Choose cadence “weekly”, or leave the weekday out.',
    );
    expect(h.store.getSubscription(h.newsId)!.cadence).toBe('weekdays');
  });
});

import { PermissionFlagsBits } from 'discord.js';
import nodeCron from 'node-cron';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build-digest.js';
import { deliveryNonce } from '../../src/digest/nonce.js';
import { nextRun } from '../../src/digest/schedule.js';
import { createScheduler, onGuildRemoved } from '../../src/delivery/scheduler.js';
import { createChannelPoster } from '../../src/discord/channel-poster.js';
import { silentLogger } from '../../src/logger.js';
import type { Store } from '../../src/store/types.js';
import { startHarness, type Harness } from './harness.js';
import { seedEdition } from '../digest/seed-edition.js';
import { messagesTarget } from '../support/post-target.js';

// The harness runs the store, the fake Discord and the scheduler on one test clock, so these dates are
// independent of the real one. Subscriptions made before a test moves the clock are stamped at the harness's
// start (2024-07-28), and days scheduled before that are never due; the DST tests start the day before their
// DST day (New York's 2024-03-10 spring forward and 2024-11-03 fall back).
const G1 = '100000000000000001';
const G2 = '100000000000000002';
const ch = (n: number): string => `2000000000000000${String(n).padStart(2, '0')}`;

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function twoGuilds(channelsEach = 3, start?: string): Promise<Harness> {
  h = await startHarness(
    [
      {
        id: G1,
        name: 'One',
        channels: Array.from({ length: channelsEach }, (_, i) => ({ id: ch(i), name: `news-${i}` })),
      },
      {
        id: G2,
        name: 'Two',
        channels: Array.from({ length: channelsEach }, (_, i) => ({ id: ch(50 + i), name: `news-${i}` })),
      },
    ],
    start,
  );
  return h;
}

describe('the digest scheduler, end to end against the fake Discord', () => {
  it('posts at the subscribed local time in two time zones, once each, with the nonce and no pings', async () => {
    const t = await twoGuilds();
    t.subscribe(G1, ch(0), '08:00', 'Asia/Shanghai');
    t.subscribe(G2, ch(50), '08:00', 'America/New_York');
    // A one-hour grace keeps the 29th's New York digest (12 h earlier) out of this test.
    const s = t.scheduler({ sweepExpression: null, graceHours: 1 });

    await s.runDue(t.at('2024-07-29T23:59:00Z')); // 07:59 Shanghai
    expect(t.fake.messages).toHaveLength(0);

    await s.runDue(t.at('2024-07-30T00:00:00Z')); // 08:00 Shanghai, 20:00 New York
    expect(t.createdIn(ch(0))).toBe(1);
    expect(t.createdIn(ch(50))).toBe(0);

    await s.runDue(t.at('2024-07-30T11:59:00Z')); // 07:59 EDT
    expect(t.createdIn(ch(50))).toBe(0);
    await s.runDue(t.at('2024-07-30T12:00:00Z')); // 08:00 EDT
    await s.runDue(t.at('2024-07-30T12:05:00Z'));
    expect(t.createdIn(ch(0))).toBe(1);
    expect(t.createdIn(ch(50))).toBe(1);

    const sh = t.fake.messages.find((m) => m.channelId === ch(0))!;
    expect(sh.nonce).toBe(deliveryNonce(ch(0), '2024-07-30'));
    expect(sh.enforceNonce).toBe(true);
    expect(sh.allowedMentions).toEqual({ parse: [] });
    expect(sh.content).toBe('**Daily digest · Tue, 30 Jul 2024 · 4 articles**');
    // The date is said once, in the heading, and a new subscription starts from the newest edition.
    expect(JSON.stringify(sh.embeds)).not.toContain('30 Jul 2024');
    expect(JSON.stringify(sh.embeds)).not.toContain('Edition');
    expect(JSON.stringify(sh)).not.toContain('2024-07-29');
    const controls = (
      sh.components as Array<{ components: Array<{ custom_id: string; options?: { value: string }[] }> }>
    ).flatMap((r) => r.components);
    const ids = ['20240730a0', '20240730a1', '20240730a2', '20240730a3'];
    expect(controls.map((c) => c.custom_id)).toEqual(['summary:20240730a0', 'open:digest']);
    expect(controls[1]!.options!.map((o) => o.value)).toEqual(ids);

    expect(t.store.getDelivery(ch(0), '2024-07-30')).toMatchObject({ status: 'sent', messageIds: [sh.id] });
    expect(t.store.getSubscription(ch(0))!.lastEditionSent).toBe('2024-07-30');
  });

  it('posts at 08:00 local on the day New York springs forward, and runs a skipped 02:30 at 03:00', async () => {
    const t = await twoGuilds(3, '2024-03-09T00:00:00Z');
    t.subscribe(G1, ch(0), '08:00', 'America/New_York');
    t.subscribe(G1, ch(1), '02:30', 'America/New_York');
    const s = t.scheduler({ sweepExpression: null });

    await s.runDue(t.at('2024-03-10T06:59:00Z')); // 01:59 EST
    expect(t.createdIn(ch(1))).toBe(0);
    await s.runDue(t.at('2024-03-10T07:00:00Z')); // 03:00 EDT, the first minute after the gap
    expect(t.createdIn(ch(1))).toBe(1);

    await s.runDue(t.at('2024-03-10T11:59:00Z')); // 07:59 EDT (it would be 06:59 EST)
    expect(t.createdIn(ch(0))).toBe(0);
    await s.runDue(t.at('2024-03-10T12:00:00Z')); // 08:00 EDT
    expect(t.createdIn(ch(0))).toBe(1);
    expect(t.store.getDelivery(ch(0), '2024-03-10')?.status).toBe('sent');
  });

  it('posts a time repeated by the fall-back once, at its first occurrence', async () => {
    const t = await twoGuilds(3, '2024-11-02T00:00:00Z');
    t.subscribe(G1, ch(0), '01:30', 'America/New_York');
    const s = t.scheduler({ sweepExpression: null });
    await s.runDue(t.at('2024-11-03T05:30:00Z')); // 01:30 EDT
    await s.runDue(t.at('2024-11-03T06:30:00Z')); // 01:30 EST, the same wall time again
    expect(t.createdIn(ch(0))).toBe(1);
    expect(t.fake.messages.filter((m) => m.channelId === ch(0))).toHaveLength(1);
  });

  it('catches up a digest missed while the bot was down, exactly once across restarts', async () => {
    const t = await twoGuilds();
    t.subscribe(G1, ch(0), '08:00', 'Asia/Shanghai');
    t.subscribe(G1, ch(1), '08:00', 'Europe/London'); // 07:00Z: the 29th's was 22 h before the restart, outside the grace
    t.clock.set('2024-07-30T05:00:00Z'); // 13:00 in Shanghai: five hours late
    const first = t.scheduler();
    const report = await first.start();
    expect(report.counts.sent).toBe(1);
    await first.stop();

    const second = t.scheduler();
    await second.start();
    await second.runDue();
    await second.stop();
    expect(t.createdIn(ch(0))).toBe(1);
    expect(t.createdIn(ch(1))).toBe(0);
    expect(t.fake.messages).toHaveLength(1);
  });

  it('resumes a delivery claimed before a crash longer ago than the nonce window by finding the posted message', async () => {
    const t = await twoGuilds();
    t.subscribe(G1, ch(0), '08:00', 'Asia/Shanghai');
    t.subscribe(G1, ch(1), '08:00', 'Asia/Shanghai');
    const poster = createChannelPoster({ rest: t.client.rest, botUserId: t.client.user!.id });
    // The crashed run, a few seconds after 08:00 in Shanghai: both claimed, only ch(0) posted, neither
    // recorded as sent.
    t.clock.set('2024-07-30T00:00:30Z');
    for (const c of [ch(0), ch(1)]) {
      const nonce = deliveryNonce(c, '2024-07-30');
      t.store.claimDelivery({
        channelId: c,
        guildId: G1,
        day: '2024-07-30',
        nonce,
        editions: ['2024-07-30'],
      });
      if (c === ch(0))
        await poster.post(messagesTarget(c), buildDigest(t.store.articlesForDate('2024-07-30')), nonce);
    }
    expect(t.fake.messages).toHaveLength(1);
    // Hours later by the test clock: Discord would no longer recognise the nonce.
    const report = await t.scheduler({ poster, sweepExpression: null }).runDue(t.at('2024-07-30T03:00:00Z'));
    expect(report.counts.sent).toBe(2);
    // ch(0) was found in the history, not posted again; ch(1) never made it and was posted now.
    expect(t.fake.messages.filter((m) => m.channelId === ch(0))).toHaveLength(1);
    expect(t.createdIn(ch(1))).toBe(1);
    expect(t.store.getDelivery(ch(0), '2024-07-30')).toMatchObject({
      status: 'sent',
      messageIds: [t.fake.messages[0]!.id],
    });
  });

  it('pauses channels that answer 403 or 404 with the reason, and delivers the others', async () => {
    const t = await twoGuilds(4);
    for (let i = 0; i < 4; i++) t.subscribe(G1, ch(i), '08:00', 'Asia/Shanghai');
    t.fake.setBotChannelPermissions(ch(0), { deny: PermissionFlagsBits.SendMessages });
    t.fake.deleteChannel(ch(1));
    t.fake.failNext({
      method: 'POST',
      route: `/channels/${ch(2)}/messages`,
      status: 403,
      code: 50001,
      message: 'Missing Access',
    });
    const report = await t.scheduler({ sweepExpression: null }).runDue(t.at('2024-07-30T00:01:00Z'));

    expect(report.counts).toMatchObject({ sent: 1, paused: 3 });
    expect(t.createdIn(ch(3))).toBe(1);
    expect(t.store.getSubscription(ch(0))).toMatchObject({
      status: 'paused',
      pauseReason: 'Missing Permissions (50013)',
      pauseNotified: false,
    });
    expect(t.store.getSubscription(ch(1))).toMatchObject({
      status: 'paused',
      pauseReason: 'Unknown Channel (10003)',
    });
    expect(t.store.getSubscription(ch(2))).toMatchObject({
      status: 'paused',
      pauseReason: 'Missing Access (50001)',
    });
    expect(t.store.getDelivery(ch(0), '2024-07-30')).toMatchObject({
      status: 'failed',
      error: 'Missing Permissions (50013)',
    });
    expect(t.store.getSubscription(ch(3))!.status).toBe('active');
  });

  it('retries 429 and 500 answers and delivers once', async () => {
    const t = await twoGuilds();
    t.subscribe(G1, ch(0), '08:00', 'Asia/Shanghai');
    t.subscribe(G1, ch(1), '08:00', 'Asia/Shanghai');
    t.fake.failNext({ method: 'POST', route: `/channels/${ch(0)}/messages`, status: 429, retryAfter: 0.05 });
    t.fake.failNext({ method: 'POST', route: `/channels/${ch(1)}/messages`, status: 500, times: 2 });
    const report = await t.scheduler({ sweepExpression: null }).runDue(t.at('2024-07-30T00:01:00Z'));
    expect(report.counts.sent).toBe(2);
    expect(t.createdIn(ch(0))).toBe(1);
    expect(t.createdIn(ch(1))).toBe(1);
    const statuses = t.fake.requests.filter((r) => r.method === 'POST').map((r) => r.status);
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 500)).toHaveLength(2);
  });

  it('records a 500 that outlasts every retry as failed, and delivers it at the next run', async () => {
    const t = await twoGuilds();
    t.subscribe(G1, ch(0), '08:00', 'Asia/Shanghai');
    // discord.js retries a 5xx 3 times, the poster twice more: 3 × 4 = 12 requests all fail.
    t.fake.failNext({ method: 'POST', route: `/channels/${ch(0)}/messages`, status: 500, times: 12 });
    const s = t.scheduler({ sweepExpression: null });
    const first = await s.runDue(t.at('2024-07-30T00:01:00Z'));
    expect(first.counts.failed).toBe(1);
    expect(t.store.getDelivery(ch(0), '2024-07-30')).toMatchObject({ status: 'failed' });
    expect(t.store.getDelivery(ch(0), '2024-07-30')!.error).toMatch(/500/);
    expect(t.store.getSubscription(ch(0))!.status).toBe('active');

    await s.runDue(t.at('2024-07-30T00:40:00Z'));
    expect(t.createdIn(ch(0))).toBe(1);
    expect(t.store.getDelivery(ch(0), '2024-07-30')?.status).toBe('sent');
  });

  it('posts nothing for an empty digest and logs it', async () => {
    const t = await twoGuilds();
    t.subscribe(G1, ch(0), '08:00', 'Asia/Shanghai', '2024-07-30');
    const report = await t.scheduler({ sweepExpression: null }).runDue(t.at('2024-07-30T00:01:00Z'));
    expect(report.counts.empty).toBe(1);
    expect(t.fake.messages).toHaveLength(0);
    expect(t.store.getDelivery(ch(0), '2024-07-30')?.status).toBe('empty');
    expect(t.log.lines.some((l) => l.outcome === 'empty' && l.channelId === ch(0))).toBe(true);
  });

  it('sends every edition a channel has not had yet, oldest first, one message each with its own nonce', async () => {
    const t = await twoGuilds();
    t.subscribe(G1, ch(0), '08:00', 'Asia/Shanghai', null);
    await t.scheduler({ sweepExpression: null }).runDue(t.at('2024-07-30T00:01:00Z'));
    const posted = t.fake.messages.filter((m) => m.channelId === ch(0));
    expect(posted.map((m) => m.content)).toEqual([
      expect.stringContaining('Mon, 29 Jul 2024'),
      expect.stringContaining('Tue, 30 Jul 2024'),
    ]);
    expect(posted.map((m) => m.created)).toEqual([true, true]);
    expect(posted[0]!.nonce).toBe(deliveryNonce(ch(0), '2024-07-30'));
    expect(posted[1]!.nonce).not.toBe(posted[0]!.nonce);
    expect(t.store.getDelivery(ch(0), '2024-07-30')?.editions).toEqual(['2024-07-29', '2024-07-30']);
    expect(t.store.getDelivery(ch(0), '2024-07-30')!.messageIds).toEqual(posted.map((m) => m.id));
  });

  it('sends now at most once for the day: a second send-now and the day’s timer post nothing more', async () => {
    const t = await twoGuilds();
    t.subscribe(G1, ch(0), '08:00', 'Asia/Shanghai');
    t.clock.set('2024-07-29T20:00:00Z'); // 04:00 on 30 July in Shanghai, before the 08:00 digest
    const s = t.scheduler({ sweepExpression: null });
    const first = await s.sendNow(ch(0));
    expect(first).toMatchObject({ outcome: 'sent', channelId: ch(0), day: '2024-07-30' });
    expect(t.createdIn(ch(0))).toBe(1);
    const again = await Promise.all([s.sendNow(ch(0)), s.sendNow(ch(0))]);
    expect(again.map((r) => r.outcome)).toEqual(['skipped', 'skipped']);
    await s.runDue(t.at('2024-07-30T00:00:00Z'));
    expect(t.createdIn(ch(0))).toBe(1);
    expect(t.store.getDelivery(ch(0), '2024-07-30')).toMatchObject({
      status: 'sent',
      messageIds: first.messageIds,
    });
    expect((await s.sendNow(ch(99))).outcome).toBe('skipped');
  });

  it('posts a 30-story edition as one message whose menus carry every story', async () => {
    const t = await twoGuilds();
    const ids = seedEdition(t.store, '2024-07-31', 30);
    t.subscribe(G1, ch(0), '08:00', 'Asia/Shanghai', '2024-07-30');
    const report = await t.scheduler({ sweepExpression: null }).runDue(t.at('2024-07-30T00:01:00Z'));
    expect(report.counts.sent).toBe(1);
    const posted = t.fake.messages.filter((m) => m.channelId === ch(0));
    expect(posted).toHaveLength(1);
    const menus = (
      posted[0]!.components as Array<{ components: Array<{ type: number; options?: { value: string }[] }> }>
    )
      .flatMap((r) => r.components)
      .filter((c) => c.type === 3);
    expect(menus.flatMap((m) => m.options!.map((o) => o.value))).toEqual(ids);
    expect(t.store.getDelivery(ch(0), '2024-07-30')!.messageIds).toEqual([posted[0]!.id]);
  });

  it('drops a guild’s subscriptions when the bot is removed from it, and keeps delivering elsewhere', async () => {
    const t = await twoGuilds();
    t.subscribe(G1, ch(0), '08:00', 'Asia/Shanghai');
    t.subscribe(G2, ch(50), '08:00', 'Asia/Shanghai');
    t.clock.set('2024-07-29T20:00:00Z'); // 04:00 in Shanghai: nothing due yet
    const s = t.scheduler();
    t.client.on('guildDelete', (g) =>
      onGuildRemoved({ store: t.store, scheduler: s, logger: silentLogger }, g.id),
    );
    await s.start();
    t.fake.removeGuild(G1);
    await expect.poll(() => t.store.listSubscriptions({ guildId: G1 }).length).toBe(0);
    await s.runDue(t.at('2024-07-30T00:01:00Z'));
    expect(t.createdIn(ch(0))).toBe(0);
    expect(t.createdIn(ch(50))).toBe(1);
    expect(t.store.listSubscriptions().map((x) => x.channelId)).toEqual([ch(50)]);
    await s.stop();
  });

  it('schedules only this shard’s guilds', async () => {
    const t = await twoGuilds();
    t.subscribe(G1, ch(0), '08:00', 'Asia/Shanghai');
    t.subscribe(G2, ch(50), '08:00', 'Asia/Shanghai');
    const shard = t.scheduler({ guildFilter: (id) => id === G2, sweepExpression: null });
    await shard.runDue(t.at('2024-07-30T00:01:00Z'));
    expect(t.createdIn(ch(0))).toBe(0);
    expect(t.createdIn(ch(50))).toBe(1);
  });

  it('keeps delivering to other channels when one channel’s delivery crashes', async () => {
    const t = await twoGuilds();
    t.subscribe(G1, ch(0), '08:00', 'Asia/Shanghai');
    t.subscribe(G1, ch(1), '08:00', 'Asia/Shanghai');
    const flaky = new Proxy(t.store, {
      get(target, prop: keyof Store) {
        if (prop === 'claimDelivery')
          return (d: Parameters<Store['claimDelivery']>[0]) => {
            if (d.channelId === ch(0)) throw new Error('disk I/O error');
            return target.claimDelivery(d);
          };
        const v = target[prop];
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const s = createScheduler({
      store: flaky,
      poster: { post: async () => ['1'] },
      logger: t.log.logger,
      clock: t.clock,
      sweepExpression: null,
      cron: t.cron.cron,
      graceHours: 12,
      concurrency: 8,
      staggerMs: 0,
    });
    const report = await s.runDue(t.at('2024-07-30T00:01:00Z'));
    expect(report.counts).toMatchObject({ sent: 1, failed: 1 });
    expect(t.log.lines.some((l) => l.msg === 'digest delivery crashed' && l.channelId === ch(0))).toBe(true);
  });

  it('registers one cron job per distinct time and zone, and rebuilds them when subscriptions change', async () => {
    const t = await twoGuilds();
    t.subscribe(G1, ch(0), '08:00', 'Asia/Shanghai');
    t.subscribe(G1, ch(1), '08:00', 'Asia/Shanghai');
    t.subscribe(G2, ch(50), '07:30', 'America/New_York');
    const s = t.scheduler();
    await s.start();
    const jobs = () =>
      t.cron
        .live()
        .map((j) => `${j.expression} ${j.timezone}`)
        .sort();
    expect(jobs()).toEqual(['* * * * * UTC', '0 8 * * * Asia/Shanghai', '30 7 * * * America/New_York']);

    t.subscribe(G2, ch(51), '18:45', 'Europe/London');
    s.reload();
    expect(jobs()).toContain('45 18 * * * Europe/London');
    t.store.removeSubscription(ch(50));
    s.reload();
    expect(jobs()).not.toContain('30 7 * * * America/New_York');

    // A job firing runs the due deliveries.
    t.clock.set('2024-07-30T00:00:00Z');
    t.cron
      .live()
      .find((j) => j.timezone === 'Asia/Shanghai')!
      .fn();
    await expect.poll(() => t.createdIn(ch(0)) + t.createdIn(ch(1))).toBe(2);
    await s.stop();
    expect(t.cron.live()).toHaveLength(0);
  });

  it('hands node-cron jobs that fire when the schedule math says', async () => {
    const t = await twoGuilds();
    t.subscribe(G1, ch(0), '08:00', 'Asia/Shanghai');
    t.subscribe(G2, ch(50), '02:15', 'Europe/London');
    const before = new Set(nodeCron.getTasks().keys());
    const s = t.scheduler({ cron: nodeCron, sweepExpression: null, clock: { now: () => new Date() } });
    await s.start();
    const ours = [...nodeCron.getTasks().values()].filter((task) => !before.has(task.id));
    expect(ours.map((task) => task.name).sort()).toEqual([
      'digest 02:15 Europe/London',
      'digest 08:00 Asia/Shanghai',
    ]);
    const now = new Date();
    for (const task of ours) {
      const [, time, tz] = task.name!.split(' ');
      expect(task.getNextRun()?.getTime()).toBe(nextRun({ time: time!, timezone: tz! }, now).getTime());
    }
    await s.stop();
    expect([...nodeCron.getTasks().keys()].filter((id) => !before.has(id))).toHaveLength(0);
  });
});

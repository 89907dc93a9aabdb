import { MessageFlags, PermissionFlagsBits, type APIEmbed } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { alertNonce } from '../../src/digest/alert-batches.js';
import { createAlertJob, type AlertJob } from '../../src/delivery/alerts.js';
import { createScheduler } from '../../src/delivery/scheduler.js';
import { createAlertPoster } from '../../src/discord/alert-poster.js';
import { createChannelPoster } from '../../src/discord/channel-poster.js';
import { silentLogger } from '../../src/logger.js';
import type { Article } from '../../src/news/types.js';
import { openStore } from '../../src/store/open-store.js';
import type { RecordedMessage } from '../support/fake-discord/index.js';
import { adminCommands, startHarness, type Harness } from '../discord/harness.js';
import { article, page, summariesOf } from '../store/fixtures.js';
import { testClock } from './harness.js';

// The bot (real discord.js client) answers /digest against the fake Discord; the alert job posts through the
// same client's REST. One test clock drives the store's stamps and the per-minute bound: nothing waits.
const DAY = '2026-12-01';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

type Row = { components: Array<{ custom_id: string; options?: Array<{ label: string; value: string }> }> };
const controls = (m: RecordedMessage) => (m.components as Row[]).flatMap((r) => r.components);
const embeds = (m: { embeds?: unknown }) => (m.embeds ?? []) as APIEmbed[];

async function setUp(start = `${DAY}T02:00:00Z`) {
  const clock = testClock(start);
  const store = openStore(':memory:', { now: () => clock.now() });
  h = await startHarness(store);
  const t = h;
  const job = (perMinute = 5): AlertJob =>
    createAlertJob({
      store,
      poster: createAlertPoster({
        rest: t.bot.client.rest,
        botUserId: () => t.bot.client.user?.id,
        backoffMs: 1,
        sleep: async () => undefined,
      }),
      logger: silentLogger,
      clock,
      perMinute,
      sweepExpression: null,
      guildFilter: (id) => t.bot.client.guilds.cache.has(id),
    });
  const { digest } = adminCommands(() => t);
  let pages = 0;
  /** Ingests one page of stories; `contentIds` marks a story another page already printed. */
  const ingest = (articles: Article[], contentIds?: Record<string, string>): void => {
    const p = page(`page-${++pages}.txt`, DAY, articles);
    const content = contentIds ? new Map(Object.entries(contentIds)) : undefined;
    store.savePage(p, `hash-${pages}`, summariesOf(p), content);
  };
  const created = () => t.fake.messages.filter((m) => m.channelId === t.newsId && m.created);
  return { t, store, clock, job, digest, ingest, created };
}

const stories = (prefix: string, n: number, title = (i: number) => `${prefix}新闻${i + 1}`): Article[] =>
  Array.from({ length: n }, (_, i) => article({ id: `${prefix}${i + 1}`, title: title(i), section: '要闻' }));

describe('instant alerts, end to end against the fake Discord', () => {
  it('subscribes by command, posts each new story once with a summary button that opens it privately', async () => {
    const { t, store, job, digest, ingest, created } = await setUp();
    const reply = await digest('alerts', { channel: { type: 7, value: t.newsId } });
    expect(reply.data.content).toContain('Alerts on for');
    expect(store.getSubscription(t.newsId)).toMatchObject({ mode: 'alerts', status: 'active' });
    const list = await digest('list', {}, 'zh-CN');
    expect((list.data.embeds as APIEmbed[])[0]!.description).toContain('即时提醒：新稿件一到就推送');

    const alerts = job();
    ingest(stories('s', 3));
    const report = await alerts.run();
    expect(report).toMatchObject({ claimed: 3, messages: 3, stories: 3, paused: 0, failed: 0 });
    const posted = created();
    expect(posted.map((m) => embeds(m)[0]!.title)).toEqual(['s新闻1', 's新闻2', 's新闻3']);
    expect(posted.map((m) => m.content)).toEqual(['**New story**', '**New story**', '**New story**']);
    expect(embeds(posted[0]!)[0]!.description).toBe('lede of s新闻1');
    expect(posted.map((m) => controls(m).map((c) => c.custom_id))).toEqual([
      ['summary:s1'],
      ['summary:s2'],
      ['summary:s3'],
    ]);
    expect(posted[0]).toMatchObject({ nonce: alertNonce(t.newsId, ['s1']), enforceNonce: true });
    expect(posted[0]!.allowedMentions).toEqual({ parse: [] });

    const summary = await t.send(t.fake.build.button({ customId: 'summary:s2' }));
    expect((summary.data.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(JSON.stringify(summary.data.embeds)).toContain('s新闻2');

    // The same page again, and one of its stories printed on a second page: not new, nothing posted.
    ingest(stories('s', 3));
    ingest([article({ id: 'other-copy', title: 's新闻1', section: '要闻' })], { 'other-copy': 's1' });
    expect(await alerts.run()).toMatchObject({ claimed: 0, messages: 0 });
    await alerts.run();
    expect(created()).toHaveLength(3);

    // Unsubscribed with stories still waiting (held by the bound): they are dropped, not posted later.
    const held = createAlertJob({
      store,
      poster: createAlertPoster({ rest: t.bot.client.rest }),
      logger: silentLogger,
      perMinute: 1,
      sweepExpression: null,
    });
    ingest(stories('u', 2));
    expect(held.claim()).toBe(2);
    await digest('unsubscribe', { channel: { type: 7, value: t.newsId } });
    await held.run();
    expect(store.pendingAlerts(t.newsId)).toEqual([]);
    await digest('alerts', { channel: { type: 7, value: t.newsId } });
    expect(await alerts.run()).toMatchObject({ messages: 0 });
    expect(created()).toHaveLength(3);
  });

  it('posts only the stories the channel’s filters keep', async () => {
    const { t, store, job, digest, ingest, created } = await setUp();
    await digest('alerts', { channel: { type: 7, value: t.newsId } });
    const set = await digest('filter', {
      channel: { type: 7, value: t.newsId },
      include: '渔',
      exclude: '台风',
    });
    expect(set.data.content).toContain('Saved the filters');
    expect(store.getSubscription(t.newsId)!.filters).toEqual({
      sections: [],
      include: ['渔'],
      exclude: ['台风'],
    });
    const again = await digest('alerts', { channel: { type: 7, value: t.newsId } });
    expect(again.data.content).toContain('each new story matching its filters');
    const list = (await digest('list')).data.embeds as APIEmbed[];
    expect(list[0]!.description).toContain('Instant alerts');
    expect(list[0]!.description).toContain('台风');
    ingest([
      article({ id: 'f1', title: '舟山渔场开渔', paragraphs: ['渔民出海。'] }),
      article({ id: 'f2', title: '股市收盘', paragraphs: ['指数上涨。'] }),
      article({ id: 'f3', title: '渔船避台风', paragraphs: ['台风来袭。'] }),
    ]);
    expect(await job().run()).toMatchObject({ claimed: 1, messages: 1 });
    expect(created().map((m) => embeds(m)[0]!.title)).toEqual(['舟山渔场开渔']);
  });

  it('turns a large upload into one grouped message, and holds later stories to the per-minute bound', async () => {
    const { t, clock, job, digest, ingest, created } = await setUp();
    await digest('alerts', { channel: { type: 7, value: t.newsId } });
    const alerts = job(5);
    ingest(stories('big', 30));
    expect(await alerts.run()).toMatchObject({ claimed: 30, messages: 1, stories: 30 });
    const [grouped] = created();
    expect(created()).toHaveLength(1);
    expect(grouped!.content).toBe('**30 new stories**');
    const list = embeds(grouped!)[0]!.description!;
    expect(list.split('\n')).toHaveLength(30);
    expect(list.split('\n')[0]).toBe('**1.** big新闻1');
    const menus = controls(grouped!);
    expect(menus.map((c) => c.custom_id)).toEqual(['open:alerts', 'open:alerts-2']);
    expect(menus.map((c) => c.options!.length)).toEqual([25, 5]);
    expect(menus[1]!.options![4]).toMatchObject({ label: '30. big新闻30', value: 'big30' });
    const opened = await t.send(t.fake.build.select({ customId: 'open:alerts-2', values: ['big30'] }));
    expect(JSON.stringify(opened.data.embeds)).toContain('big新闻30');

    // A grouped message uses the channel's whole minute: three more stories wait.
    clock.set(`${DAY}T02:00:40Z`);
    ingest(stories('late', 3));
    expect(await alerts.run()).toMatchObject({ claimed: 3, messages: 0 });
    expect(created()).toHaveLength(1);
    // The minute after: they fit, one message each.
    clock.set(`${DAY}T02:01:01Z`);
    expect(await alerts.run()).toMatchObject({ claimed: 0, messages: 3 });
    expect(
      created()
        .slice(1)
        .map((m) => embeds(m)[0]!.title),
    ).toEqual(['late新闻1', 'late新闻2', 'late新闻3']);
    // Two of the five left this minute, six stories: one grouped message rather than two and a wait.
    ingest(stories('more', 6));
    expect(await alerts.run()).toMatchObject({ messages: 1, stories: 6 });
    expect(created().at(-1)!.content).toBe('**6 new stories**');
  });

  it('sends at most the per-minute number of single messages, the rest the next minute', async () => {
    const { t, clock, job, digest, ingest, created } = await setUp();
    await digest('alerts', { channel: { type: 7, value: t.newsId } });
    const alerts = job(2);
    for (let i = 0; i < 2; i++) {
      ingest([article({ id: `one${i}`, title: `单条${i}` })]);
      await alerts.run();
    }
    expect(created()).toHaveLength(2);
    ingest([article({ id: 'one2', title: '单条2' })]);
    expect(await alerts.run()).toMatchObject({ claimed: 1, messages: 0 });
    clock.set(`${DAY}T02:00:59Z`);
    expect(await alerts.run()).toMatchObject({ messages: 0 });
    clock.set(`${DAY}T02:01:00Z`);
    expect(await alerts.run()).toMatchObject({ messages: 1 });
    expect(created().map((m) => embeds(m)[0]!.title)).toEqual(['单条0', '单条1', '单条2']);
  });

  it('resumes after a crash between the claim and the post, and after one between the post and the record', async () => {
    const { t, store, job, digest, ingest, created } = await setUp();
    await digest('alerts', { channel: { type: 7, value: t.newsId } });
    // Crash 1: the stories were claimed (cursor moved), the process died before posting.
    ingest(stories('c', 2));
    expect(job().claim()).toBe(2);
    expect(store.pendingAlerts(t.newsId)).toHaveLength(2);
    // Crash 2: a third story's batch was given its nonce and posted, then the process died before recording it.
    ingest([article({ id: 'c3', title: 'c新闻3' })]);
    expect(job().claim()).toBe(1);
    const nonce = alertNonce(t.newsId, ['c3']);
    store.assignAlertNonce(t.newsId, ['c3'], nonce);
    const poster = createAlertPoster({ rest: t.bot.client.rest });
    const firstId = await poster.post(
      t.newsId,
      { stories: [store.getArticle('c3')!], grouped: false },
      nonce,
    );
    expect(created()).toHaveLength(1);

    // The restarted process: the resumed batch first (Discord returns the first message), then the others.
    const report = await job().run();
    expect(report).toMatchObject({ claimed: 0, messages: 3 });
    expect(created().map((m) => embeds(m)[0]!.title)).toEqual(['c新闻3', 'c新闻1', 'c新闻2']);
    const c3Posts = t.fake.messages.filter((m) => m.nonce === nonce);
    expect(c3Posts.map((m) => m.created)).toEqual([true, false]);
    expect(c3Posts[1]!.id).toBe(firstId);
    expect(store.pendingAlerts(t.newsId)).toEqual([]);
    await job().run();
    expect(created()).toHaveLength(3);
  });

  it('finds a batch posted before a crash longer ago than the nonce window instead of posting it again', async () => {
    // Earlier than the fake's own (wall) clock, so the message it stamps is after the batch in the history.
    const { t, store, clock, job, digest, ingest, created } = await setUp('2024-07-30T02:00:00Z');
    await digest('alerts', { channel: { type: 7, value: t.newsId } });
    ingest([article({ id: 'old1', title: '旧稿' })]);
    expect(job().claim()).toBe(1);
    const nonce = alertNonce(t.newsId, ['old1']);
    store.assignAlertNonce(t.newsId, ['old1'], nonce);
    const poster = createAlertPoster({ rest: t.bot.client.rest });
    const firstId = await poster.post(
      t.newsId,
      { stories: [store.getArticle('old1')!], grouped: false },
      nonce,
    );
    clock.set('2024-07-30T02:10:00Z'); // ten minutes later the process is back
    expect(await job().run()).toMatchObject({ messages: 1 });
    // Found in the history: no second request with that nonce reached Discord.
    expect(t.fake.messages.filter((m) => m.nonce === nonce)).toHaveLength(1);
    expect(created()).toHaveLength(1);
    expect(store.pendingAlerts(t.newsId)).toEqual([]);
    expect(firstId).toBe(created()[0]!.id);
  });

  it('pauses the subscription when the bot loses the permission to post, and resumes when subscribed again', async () => {
    const { t, store, job, digest, ingest, created } = await setUp();
    await digest('alerts', { channel: { type: 7, value: t.newsId } });
    t.fake.setBotChannelPermissions(t.newsId, { deny: PermissionFlagsBits.SendMessages });
    ingest(stories('p', 2));
    const alerts = job();
    expect(await alerts.run()).toMatchObject({ claimed: 2, messages: 0, paused: 1 });
    expect(store.getSubscription(t.newsId)).toMatchObject({
      status: 'paused',
      pauseReason: 'Missing Permissions (50013)',
    });
    expect(created()).toHaveLength(0);
    // Paused: no further attempts.
    await alerts.run();
    expect(t.fake.messages.filter((m) => m.channelId === t.newsId)).toHaveLength(0);
    const list = await digest('list');
    expect((list.data.embeds as APIEmbed[])[0]!.description).toContain('paused: Missing Permissions (50013)');

    t.fake.setBotChannelPermissions(t.newsId, {});
    await digest('alerts', { channel: { type: 7, value: t.newsId } });
    expect(await alerts.run()).toMatchObject({ messages: 2, stories: 2 });
    expect(created().map((m) => embeds(m)[0]!.title)).toEqual(['p新闻1', 'p新闻2']);
  });

  it('records a failed post and retries the same batch, with the same nonce, after its back-off', async () => {
    const { t, store, clock, job, digest, ingest, created } = await setUp();
    await digest('alerts', { channel: { type: 7, value: t.newsId } });
    t.fake.failNext({ method: 'POST', route: '/channels/:id/messages', status: 500, times: 20 });
    ingest([article({ id: 'r1', title: '重试' })]);
    const alerts = job();
    expect(await alerts.run()).toMatchObject({ claimed: 1, messages: 0, failed: 1 });
    expect(store.pendingAlerts(t.newsId)).toMatchObject([{ status: 'failed', attempts: 1 }]);
    t.fake.clearFailures();
    clock.set(`${DAY}T02:00:30Z`); // still backing off (one minute after the first failure)
    expect(await alerts.run()).toMatchObject({ messages: 0 });
    clock.set(`${DAY}T02:01:00Z`);
    expect(await alerts.run()).toMatchObject({ messages: 1 });
    expect(created().map((m) => m.nonce)).toEqual([alertNonce(t.newsId, ['r1'])]);
    expect(store.pendingAlerts(t.newsId)).toEqual([]);
  });

  it('keeps alerts channels out of the digest scheduler until subscribed to the digest again', async () => {
    const { t, store, clock, digest, ingest, created } = await setUp('2026-11-30T23:00:00Z');
    ingest(stories('d', 2));
    await digest('alerts', { channel: { type: 7, value: t.newsId } });
    const scheduler = createScheduler({
      store,
      poster: createChannelPoster({ rest: t.bot.client.rest }),
      logger: silentLogger,
      clock,
      graceHours: 2,
      concurrency: 1,
      staggerMs: 0,
      sweepExpression: null,
    });
    clock.set(`${DAY}T00:05:00Z`); // 08:05 in Shanghai: an 08:00 digest would be due
    expect((await scheduler.runDue()).due).toBe(0);
    expect(scheduler.nextRun(t.newsId)).toBeNull();
    expect((await scheduler.sendNow(t.newsId)).outcome).toBe('skipped');
    expect(created()).toHaveLength(0);

    const back = await digest('subscribe', {
      channel: { type: 7, value: t.newsId },
      time: '08:00',
      timezone: 'Asia/Shanghai',
    });
    expect(back.data.content).toContain('Subscribed');
    expect(store.getSubscription(t.newsId)!.mode).toBe('digest');
    expect((await scheduler.runDue()).counts.sent).toBe(1);
    expect(created()).toHaveLength(1);
    await scheduler.stop();
  });
});

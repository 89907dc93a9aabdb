import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryNonce } from '../../src/digest/nonce.js';
import { openStore } from '../../src/store/open-store.js';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { seedEdition } from '../digest/seed-edition.js';
import { startDigestWorker } from '../support/start-digest-worker.js';
import { waitFor } from '../support/wait-for.js';
import { startSlowProxy, type SlowProxy } from './slow-proxy.js';

// A bot process killed after Discord created threads and forum posts but before the store recorded them (the
// proxy holds every "create a thread / forum post" answer), then started again: it must find each one, not
// open a second. Same set-up as crash.e2e.test.ts: a fixed fake time for the worker, its store and Discord.
const GUILD = '100000000000000031';
// Interleaved ids, so the first deliveries under way are threads and forum posts both.
const THREADS = ['300000000000003001', '300000000000003003', '300000000000003005', '300000000000003007'];
const FORUMS = ['300000000000003002', '300000000000003004', '300000000000003006', '300000000000003008'];
const SUBSCRIBED = '2024-07-29T12:00:00Z';
const NOW = '2024-07-30T00:01:00Z';
const DAY = '2024-07-30';

let dir: string;
let dbPath: string;
let fake: FakeDiscord;
let proxy: SlowProxy;

const startWorker = (): ChildProcess =>
  startDigestWorker({ databasePath: dbPath, apiBase: proxy.apiBase, now: NOW, concurrency: 4 });

const created = (channelId: string) => fake.messages.filter((m) => m.created && m.channelId === channelId);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'paperboy-dest-crash-'));
  dbPath = path.join(dir, 'bot.db');
  fake = await startFakeDiscord({
    guilds: [
      {
        id: GUILD,
        channels: [
          ...THREADS.map((id, i) => ({ id, name: `news-${i}` })),
          ...FORUMS.map((id, i) => ({ id, name: `forum-${i}`, type: 15, availableTags: ['Daily'] })),
        ],
      },
    ],
    interactionDeadlineMs: null,
    now: () => new Date(NOW),
  });
  // Answers to thread and forum-post creation come 1.5 s after Discord made them: the kill lands in between.
  proxy = await startSlowProxy(fake.apiBase, 1500, /\/threads$/);
  const store = openStore(dbPath, { now: () => new Date(SUBSCRIBED) });
  seedEdition(store, '2024-07-29', 2);
  seedEdition(store, '2024-07-30', 3);
  for (const channelId of [...THREADS, ...FORUMS])
    store.upsertSubscription({
      guildId: GUILD,
      channelId,
      time: '08:00',
      timezone: 'Asia/Shanghai',
      lastEditionSent: null, // two editions: two messages, the second inside the thread or post
      destination: THREADS.includes(channelId) ? 'thread' : 'forum',
      forumTag: THREADS.includes(channelId) ? null : 'Daily',
    });
  store.close();
});

afterAll(async () => {
  await proxy?.close();
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a bot killed between creating threads and forum posts and recording them', () => {
  it('finds each one after a restart: one thread or post per channel, each digest message once', async () => {
    const first = startWorker();
    await waitFor('four threads or posts created', () => fake.threads.length >= 4);
    first.kill('SIGKILL');
    await once(first, 'exit');
    const beforeRestart = fake.threads.length;
    expect(beforeRestart).toBeLessThan(THREADS.length + FORUMS.length); // really mid fan-out
    expect(fake.threads.some((t) => THREADS.includes(t.parentId))).toBe(true);
    expect(fake.threads.some((t) => FORUMS.includes(t.parentId))).toBe(true);
    {
      const store = openStore(dbPath);
      // None of the creations in flight was recorded.
      for (const t of fake.threads) expect(store.getDelivery(t.parentId, DAY)?.threadId ?? null).toBeNull();
      store.close();
    }

    const second = startWorker();
    let out = '';
    second.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    const [exitCode] = (await once(second, 'exit')) as [number | null];
    expect(exitCode).toBe(0);
    expect(JSON.parse(out.trim())).toMatchObject({ counts: { failed: 0, paused: 0 } });

    const store = openStore(dbPath);
    try {
      for (const channelId of THREADS) {
        const threads = fake.threads.filter((t) => t.parentId === channelId);
        expect(threads, channelId).toHaveLength(1);
        const [header] = created(channelId);
        expect(created(channelId), channelId).toHaveLength(1);
        expect(header!.nonce).toBe(deliveryNonce(channelId, DAY));
        expect(threads[0]!.id).toBe(header!.id);
        expect(created(threads[0]!.id), channelId).toHaveLength(2);
        expect(store.getDelivery(channelId, DAY)).toMatchObject({ status: 'sent', threadId: threads[0]!.id });
      }
      for (const channelId of FORUMS) {
        const posts = fake.threads.filter((t) => t.parentId === channelId);
        expect(posts, channelId).toHaveLength(1);
        expect(created(posts[0]!.id), channelId).toHaveLength(1); // the starter is the first message
        expect(store.getDelivery(channelId, DAY)).toMatchObject({ status: 'sent', threadId: posts[0]!.id });
      }
    } finally {
      store.close();
    }
    // The forum posts in flight at the kill were found among the guild's active threads.
    expect(fake.requests.some((r) => r.path === `/guilds/${GUILD}/threads/active`)).toBe(true);
  });
});

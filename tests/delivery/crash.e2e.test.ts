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
import { startSlowProxy, type SlowProxy } from './slow-proxy.js';

const GUILDS = ['100000000000000011', '100000000000000012', '100000000000000013'];
const PER_GUILD = 8;
const channelIds = GUILDS.flatMap((_, g) =>
  Array.from({ length: PER_GUILD }, (_, c) => `30000000000000${g}${String(c).padStart(3, '0')}`),
);
// The worker's store and scheduler run at NOW, the fake Discord stamps its messages at NOW, and the
// subscriptions were made the evening before: nothing here reads the real date.
const SUBSCRIBED = '2024-07-29T12:00:00Z';
const NOW = '2024-07-30T00:01:00Z'; // 08:01 in Shanghai
const DAY = '2024-07-30';

let dir: string;
let dbPath: string;
let fake: FakeDiscord;
let proxy: SlowProxy;

const startWorker = (apiBase: string): ChildProcess =>
  startDigestWorker({ databasePath: dbPath, apiBase, now: NOW, concurrency: 3 });

const created = () => fake.messages.filter((m) => m.created);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'paperboy-crash-'));
  dbPath = path.join(dir, 'bot.db');
  fake = await startFakeDiscord({
    guilds: GUILDS.map((id, g) => ({
      id,
      channels: channelIds
        .slice(g * PER_GUILD, (g + 1) * PER_GUILD)
        .map((cid, c) => ({ id: cid, name: `news-${c}` })),
    })),
    interactionDeadlineMs: null,
    now: () => new Date(NOW),
  });
  // Responses to message posts are held 150 ms after the fake created the message: a kill lands between
  // "Discord has it" and "the store knows it".
  proxy = await startSlowProxy(fake.apiBase, 150);
  const store = openStore(dbPath, { now: () => new Date(SUBSCRIBED) });
  seedEdition(store, '2024-07-29', 2);
  seedEdition(store, '2024-07-30', 3);
  channelIds.forEach((channelId, i) =>
    store.upsertSubscription({
      guildId: GUILDS[Math.floor(i / PER_GUILD)]!,
      channelId,
      time: '08:00',
      timezone: 'Asia/Shanghai',
      lastEditionSent: '2024-07-29',
    }),
  );
  store.close();
});

afterAll(async () => {
  await proxy?.close();
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a bot killed mid fan-out', () => {
  it('leaves every channel with exactly one digest after a restart', async () => {
    const first = startWorker(proxy.apiBase);
    await fake.waitForMessages(8, { timeoutMs: 20_000 });
    first.kill('SIGKILL');
    const [code, signal] = (await once(first, 'exit')) as [number | null, string | null];
    expect(signal ?? code).toBe('SIGKILL');
    const beforeRestart = created().length;
    expect(beforeRestart).toBeGreaterThanOrEqual(8);
    expect(beforeRestart).toBeLessThan(channelIds.length); // really mid fan-out

    const second = startWorker(proxy.apiBase);
    let out = '';
    second.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    const [exitCode] = (await once(second, 'exit')) as [number | null];
    expect(exitCode).toBe(0);
    expect(JSON.parse(out.trim())).toMatchObject({ counts: { failed: 0, paused: 0 } });

    // Exactly one created message per channel, carrying that channel's nonce for the day.
    for (const channelId of channelIds) {
      const mine = created().filter((m) => m.channelId === channelId);
      expect(mine, channelId).toHaveLength(1);
      expect(mine[0]!.nonce).toBe(deliveryNonce(channelId, DAY));
    }
    expect(created()).toHaveLength(channelIds.length);
    // The posts in flight at the kill were sent again and dropped by Discord's nonce check.
    const deduplicated = fake.messages.filter((m) => !m.created);
    expect(deduplicated.length).toBeGreaterThanOrEqual(1);
    for (const m of deduplicated)
      expect(created().some((c) => c.nonce === m.nonce && c.channelId === m.channelId)).toBe(true);

    const store = openStore(dbPath);
    try {
      for (const channelId of channelIds)
        expect(store.getDelivery(channelId, DAY)?.status, channelId).toBe('sent');
    } finally {
      store.close();
    }
  });
});

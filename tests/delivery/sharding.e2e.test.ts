import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScheduler } from '../../src/delivery/scheduler.js';
import { createChannelPoster } from '../../src/discord/channel-poster.js';
import { silentLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { testClock } from './harness.js';
import { seedEdition } from '../digest/seed-edition.js';

// Discord routes a guild to shard (id >> 22) % shardCount; these ids alternate between shards 0 and 1.
const guildIds = [0, 1, 2, 3].map((i) => String(BigInt(30_000_000_000 + i) << 22n));
const channelsOf = (g: number) => [0, 1].map((c) => `40000000000000${g}${c}00`);

let fake: FakeDiscord;
let store: Store;
const clients: Client[] = [];
// One clock for the store, the fake and every scheduler; the subscriptions are made the evening before.
const clock = testClock('2024-07-29T12:00:00Z');

beforeAll(async () => {
  fake = await startFakeDiscord({
    shards: 2,
    interactionDeadlineMs: null,
    now: () => clock.now(),
    guilds: guildIds.map((id, g) => ({
      id,
      channels: channelsOf(g).map((cid) => ({ id: cid, name: `news-${cid}` })),
    })),
  });
  store = openStore(':memory:', { now: () => clock.now() });
  seedEdition(store, '2024-07-29', 2);
  seedEdition(store, '2024-07-30', 2);
  guildIds.forEach((guildId, g) =>
    channelsOf(g).forEach((channelId) =>
      store.upsertSubscription({
        guildId,
        channelId,
        time: '08:00',
        timezone: 'Asia/Shanghai',
        lastEditionSent: '2024-07-29',
      }),
    ),
  );
  for (const shard of [0, 1]) {
    const client = new Client({
      intents: [GatewayIntentBits.Guilds],
      shards: shard,
      shardCount: 2,
      rest: { api: fake.apiBase },
    });
    await Promise.all([once(client, Events.ClientReady), client.login('fake-token')]);
    clients.push(client);
  }
});

afterAll(async () => {
  for (const c of clients) await c.destroy();
  store?.close();
  await fake?.close();
});

/** A shard's scheduler over the shared store, posting through that shard's client. */
function schedulerFor(client: Client, extra: Partial<Parameters<typeof createScheduler>[0]> = {}) {
  return createScheduler({
    store,
    poster: createChannelPoster({ rest: client.rest }),
    logger: silentLogger,
    clock,
    graceHours: 12,
    concurrency: 8,
    staggerMs: 0,
    sweepExpression: null,
    ...extra,
  });
}

describe('digests under sharding', () => {
  it('has each shard post only to its own guilds, so every channel gets one digest and nothing is sent twice', async () => {
    expect(clients.map((c) => [...c.guilds.cache.keys()].sort())).toEqual([
      [guildIds[0], guildIds[2]],
      [guildIds[1], guildIds[3]],
    ]);
    const schedulers = clients.map((client) =>
      schedulerFor(client, { guildFilter: (id) => client.guilds.cache.has(id) }),
    );
    clock.set('2024-07-30T00:01:00Z'); // 08:01 in Shanghai
    const at = clock.now();
    const reports = await Promise.all(schedulers.map((s) => s.runDue(at)));
    expect(reports.map((r) => r.counts.sent)).toEqual([4, 4]);
    const all = guildIds.flatMap((_, g) => channelsOf(g));
    for (const channelId of all)
      expect(fake.messages.filter((m) => m.channelId === channelId)).toHaveLength(1);
    expect(fake.messages.every((m) => m.created)).toBe(true);
  });

  it('still creates one digest per channel when two processes wrongly schedule the same guilds', async () => {
    seedEdition(store, '2024-07-31', 2);
    const before = fake.messages.length;
    const schedulers = clients.map((client) => schedulerFor(client));
    clock.set('2024-07-31T00:01:00Z');
    const at = clock.now();
    await Promise.all(schedulers.map((s) => s.runDue(at)));
    const today = fake.messages.slice(before);
    for (const channelId of guildIds.flatMap((_, g) => channelsOf(g)))
      expect(
        today.filter((m) => m.channelId === channelId && m.created),
        channelId,
      ).toHaveLength(1);
    for (const channelId of guildIds.flatMap((_, g) => channelsOf(g)))
      expect(store.getDelivery(channelId, '2024-07-31')?.status).toBe('sent');
  });
});

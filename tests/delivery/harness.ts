import { once } from 'node:events';
import { Writable } from 'node:stream';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { pino } from 'pino';
import {
  createScheduler,
  type CronJobInfo,
  type CronLike,
  type SchedulerOptions,
} from '../../src/delivery/scheduler.js';
import { createChannelPoster } from '../../src/discord/channel-poster.js';
import type { Logger } from '../../src/logger.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { startFakeDiscord, type FakeDiscord, type GuildInput } from '../support/fake-discord/index.js';
import { seedEdition } from '../digest/seed-edition.js';

/** A mutable injected clock: tests move time, nothing waits. */
export function testClock(start: string) {
  let now = new Date(start);
  return {
    now: () => now,
    set: (iso: string) => void (now = new Date(iso)),
  };
}

/** A node-cron stand-in that records the jobs and lets a test fire them. */
export function recordingCron() {
  const jobs: Array<CronJobInfo & { fn: () => unknown; destroyed: boolean }> = [];
  const cron: CronLike = {
    schedule(expression, fn, options) {
      const job = {
        expression,
        timezone: options.timezone ?? 'UTC',
        name: options.name ?? '',
        fn,
        destroyed: false,
      };
      jobs.push(job);
      return { stop: () => undefined, destroy: () => void (job.destroyed = true) };
    },
  };
  return { cron, live: () => jobs.filter((j) => !j.destroyed) };
}

/** A pino logger that keeps every line, so a test can assert what was logged. */
export function capturingLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString('utf8').split('\n'))
        if (l.trim()) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

export interface Harness {
  fake: FakeDiscord;
  client: Client;
  store: Store;
  /** The one clock of the harness: the store's stamps, the fake's message ids and timestamps, the scheduler. */
  clock: ReturnType<typeof testClock>;
  cron: ReturnType<typeof recordingCron>;
  log: ReturnType<typeof capturingLogger>;
  guilds: Array<{ id: string; channelIds: string[] }>;
  /** Moves the clock to `iso` and returns that instant: `await s.runDue(t.at('2024-07-30T00:01:00Z'))`. */
  at(iso: string): Date;
  scheduler(overrides?: Partial<SchedulerOptions>): ReturnType<typeof createScheduler>;
  subscribe(
    guildId: string,
    channelId: string,
    time: string,
    timezone: string,
    lastEditionSent?: string | null,
  ): void;
  /** Channel messages the fake created (deduplicated retries excluded), per channel. */
  createdIn(channelId: string): number;
  close(): Promise<void>;
}

/**
 * The digest end to end: the fake Discord, a real discord.js client logged in to it, an in-memory store with
 * two editions (2024-07-29 and 2024-07-30), a recording cron, and one test clock that the store, the fake and
 * the scheduler all read, so nothing depends on the real date. The clock starts at `start`, when
 * subscriptions made right away are stamped as created (days scheduled before that are never due).
 */
export async function startHarness(
  guildInputs: GuildInput[],
  start = '2024-07-28T00:00:00Z',
): Promise<Harness> {
  const clock = testClock(start);
  const fake = await startFakeDiscord({
    guilds: guildInputs,
    interactionDeadlineMs: null,
    now: () => clock.now(),
  });
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiBase } });
  await Promise.all([once(client, Events.ClientReady), client.login('fake-token')]);
  const store = openStore(':memory:', { now: () => clock.now() });
  seedEdition(store, '2024-07-29', 3);
  seedEdition(store, '2024-07-30', 4);
  const cron = recordingCron();
  const log = capturingLogger();
  const guilds = [...client.guilds.cache.values()].map((g) => ({
    id: g.id,
    channelIds: [...g.channels.cache.values()].map((c) => c.id),
  }));
  const byOrder = guildInputs.map((gi) => guilds.find((g) => g.id === gi.id)!);
  return {
    fake,
    client,
    store,
    clock,
    cron,
    log,
    guilds: byOrder,
    at(iso) {
      clock.set(iso);
      return clock.now();
    },
    scheduler: (overrides = {}) =>
      createScheduler({
        store,
        poster: createChannelPoster({ rest: client.rest, backoffMs: 1, sleep: async () => undefined }),
        logger: log.logger,
        clock,
        graceHours: 12,
        concurrency: 4,
        staggerMs: 0,
        guildFilter: (id) => client.guilds.cache.has(id),
        cron: cron.cron,
        ...overrides,
      }),
    subscribe(guildId, channelId, time, timezone, lastEditionSent = '2024-07-29') {
      store.upsertSubscription({ guildId, channelId, time, timezone, lastEditionSent });
    },
    createdIn: (channelId) => fake.messages.filter((m) => m.channelId === channelId && m.created).length,
    async close() {
      await client.destroy();
      store.close();
      await fake.close();
    },
  };
}

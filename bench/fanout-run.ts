/**
 * What bench:fanout and bench:forum-fanout share: the fake Discord enforcing Discord's rate limits (global 50
 * requests/s, per-route buckets of 5 per 5 s, with headers), a store with two editions, one subscription per
 * channel in `guilds` guilds, and one timed scheduler run at 08:00:01 in Shanghai.
 *
 * The store and the scheduler share a fixed clock: subscriptions made the evening before, the run a second after
 * 08:00 in Shanghai, whatever the real date. The fake Discord keeps real time: its rate limits are what the
 * benchmarks measure, and a frozen clock would give all the messages one millisecond of snowflakes.
 */
import { REST } from 'discord.js';
import { createScheduler, type RunReport } from '../src/delivery/scheduler.js';
import { createChannelPoster, type ChannelPosterOptions } from '../src/discord/channel-poster.js';
import { silentLogger } from '../src/logger.js';
import { openStore } from '../src/store/open-store.js';
import type { Store, SubscriptionOptions } from '../src/store/types.js';
import { seedEdition } from '../tests/digest/seed-edition.js';
import {
  startFakeDiscord,
  type ChannelInput,
  type FakeDiscord,
} from '../tests/support/fake-discord/index.js';

export const GLOBAL_PER_SECOND = 50;

export interface FanoutSetup {
  channels: number;
  guilds: number;
  /** The fake channel to create as the `c`-th of its guild. */
  channel: (c: number) => ChannelInput;
  /** The edition a subscription has already been sent (`2024-07-29`: its digest carries one edition). */
  lastEditionSent: string | null;
  subscription?: Partial<SubscriptionOptions>;
  poster?: (fake: FakeDiscord) => Omit<ChannelPosterOptions, 'rest'>;
  concurrency: number;
  staggerMs: number;
}

export interface FanoutRun {
  fake: FakeDiscord;
  store: Store;
  channelIds: string[];
  report: RunReport;
  wallS: number;
}

export async function runFanout(setup: FanoutSetup): Promise<FanoutRun> {
  const subscribed = new Date('2024-07-29T12:00:00Z');
  const at = new Date('2024-07-30T00:00:01Z');
  let now = subscribed;
  const clock = { now: () => now };

  const fake = await startFakeDiscord({
    rateLimits: { global: GLOBAL_PER_SECOND, perRoute: { limit: 5, windowMs: 5000 } },
    interactionDeadlineMs: null,
  });
  const store = openStore(':memory:', { now: clock.now });
  seedEdition(store, '2024-07-29', 6);
  seedEdition(store, '2024-07-30', 8);

  const channelIds: string[] = [];
  for (let g = 0; g < setup.guilds; g++) {
    const { id: guildId, channelIds: ids } = fake.addGuild({
      name: `Guild ${g}`,
      channels: Array.from({ length: setup.channels / setup.guilds }, (_, c) => setup.channel(c)),
    });
    for (const channelId of ids) {
      store.upsertSubscription({
        guildId,
        channelId,
        time: '08:00',
        timezone: 'Asia/Shanghai',
        lastEditionSent: setup.lastEditionSent,
        ...setup.subscription,
      });
      channelIds.push(channelId);
    }
  }

  // Every subscription is due at 08:00 Shanghai; the run happens a second later.
  now = at;
  const rest = new REST({ api: fake.apiBase }).setToken('fake-token');
  const scheduler = createScheduler({
    store,
    poster: createChannelPoster({ rest, ...setup.poster?.(fake) }),
    logger: silentLogger,
    clock,
    graceHours: 12,
    concurrency: setup.concurrency,
    staggerMs: setup.staggerMs,
    sweepExpression: null,
  });

  const started = performance.now();
  const report = await scheduler.runDue(at);
  const wallS = (performance.now() - started) / 1000;
  return { fake, store, channelIds, report, wallS };
}

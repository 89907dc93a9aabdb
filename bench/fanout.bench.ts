/**
 * `npm run bench:fanout`: one digest fanned out to 1,000 channels (10 guilds) against the fake Discord server
 * enforcing Discord's rate limits (global 50 requests/s, per-channel message buckets of 5 per 5 s, with
 * headers). Prints wall time against the rate-limit floor (1,000 / 50 = 20 s), messages delivered,
 * duplicates and 429s. Aim: all delivered, 0 duplicates, at most 1.15 × the floor.
 * CHANNELS=200 npm run bench:fanout gives a quicker, smaller run.
 */
import { REST } from 'discord.js';
import { createScheduler } from '../src/delivery/scheduler.js';
import { createChannelPoster } from '../src/discord/channel-poster.js';
import { silentLogger } from '../src/logger.js';
import { openStore } from '../src/store/open-store.js';
import { seedEdition } from '../tests/digest/seed-edition.js';
import { startFakeDiscord } from '../tests/support/fake-discord/index.js';

const CHANNELS = Number(process.env.CHANNELS ?? 1000);
const GUILDS = 10;
const GLOBAL_PER_SECOND = 50;
const CONCURRENCY = Number(process.env.FANOUT_CONCURRENCY ?? 8);
const STAGGER_MS = Number(process.env.FANOUT_STAGGER_MS ?? 10_000);

// The store and the scheduler share a fixed clock: subscriptions made the evening before, the run a second
// after 08:00 in Shanghai, whatever the real date. The fake Discord keeps real time: its rate limits are what
// this measures, and a frozen clock would give all the messages one millisecond of snowflakes.
const SUBSCRIBED = new Date('2024-07-29T12:00:00Z');
const at = new Date('2024-07-30T00:00:01Z');
let now = SUBSCRIBED;
const clock = { now: () => now };

const fake = await startFakeDiscord({
  rateLimits: { global: GLOBAL_PER_SECOND, perRoute: { limit: 5, windowMs: 5000 } },
  interactionDeadlineMs: null,
});
const store = openStore(':memory:', { now: clock.now });
seedEdition(store, '2024-07-29', 6);
seedEdition(store, '2024-07-30', 8);

const channelIds: string[] = [];
for (let g = 0; g < GUILDS; g++) {
  const { id: guildId, channelIds: ids } = fake.addGuild({
    name: `Guild ${g}`,
    channels: Array.from({ length: CHANNELS / GUILDS }, (_, c) => ({ name: `news-${c}` })),
  });
  for (const channelId of ids) {
    store.upsertSubscription({
      guildId,
      channelId,
      time: '08:00',
      timezone: 'Asia/Shanghai',
      lastEditionSent: '2024-07-29',
    });
    channelIds.push(channelId);
  }
}

// Every subscription is due at 08:00 Shanghai; the run happens a second later.
now = at;
const rest = new REST({ api: fake.apiBase }).setToken('fake-token');
const scheduler = createScheduler({
  store,
  poster: createChannelPoster({ rest }),
  logger: silentLogger,
  clock,
  graceHours: 12,
  concurrency: CONCURRENCY,
  staggerMs: STAGGER_MS,
  sweepExpression: null,
});

const started = performance.now();
const report = await scheduler.runDue(at);
const wallS = (performance.now() - started) / 1000;

const created = fake.messages.filter((m) => m.created);
const perChannel = new Map<string, number>();
for (const m of created) perChannel.set(m.channelId, (perChannel.get(m.channelId) ?? 0) + 1);
const delivered = channelIds.filter((c) => (perChannel.get(c) ?? 0) >= 1).length;
const duplicates = [...perChannel.values()].reduce((n, k) => n + Math.max(0, k - 1), 0);
const got429 = fake.requests.filter((r) => r.status === 429).length;
const floorS = CHANNELS / GLOBAL_PER_SECOND;

console.log(
  `channels              ${CHANNELS} (${GUILDS} guilds), concurrency ${CONCURRENCY}, stagger ${STAGGER_MS} ms`,
);
console.log(`wall time             ${wallS.toFixed(2)} s`);
console.log(`rate-limit floor      ${floorS.toFixed(2)} s (${CHANNELS} / ${GLOBAL_PER_SECOND} per s)`);
console.log(`ratio                 ${(wallS / floorS).toFixed(3)} × floor (aim ≤ 1.15)`);
console.log(
  `delivered             ${delivered} / ${CHANNELS} channels (run: ${JSON.stringify(report.counts)})`,
);
console.log(`messages created      ${created.length}`);
console.log(`duplicates            ${duplicates}`);
console.log(`429s received         ${got429}`);
console.log(`requests              ${fake.requests.length}`);

store.close();
await fake.close();
if (wallS > floorS * 1.15) console.log('AIM MISSED: slower than 1.15 × the floor');
// Undelivered or duplicated digests are a correctness failure, not just a slow run.
process.exit(delivered === CHANNELS && duplicates === 0 ? 0 : 1);

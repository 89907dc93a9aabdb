/**
 * `npm run bench:fanout`: one digest fanned out to 1,000 channels (10 guilds) against the fake Discord server
 * enforcing Discord's rate limits (global 50 requests/s, per-channel message buckets of 5 per 5 s, with
 * headers). Prints wall time against the rate-limit floor (1,000 / 50 = 20 s), messages delivered,
 * duplicates and 429s. Aim: all delivered, 0 duplicates, at most 1.15 × the floor.
 * CHANNELS=200 npm run bench:fanout gives a quicker, smaller run.
 */
import { GLOBAL_PER_SECOND, runFanout } from './fanout-run.js';

const CHANNELS = Number(process.env.CHANNELS ?? 1000);
const GUILDS = 10;
const CONCURRENCY = Number(process.env.FANOUT_CONCURRENCY ?? 8);
const STAGGER_MS = Number(process.env.FANOUT_STAGGER_MS ?? 10_000);

const { fake, store, channelIds, report, wallS } = await runFanout({
  channels: CHANNELS,
  guilds: GUILDS,
  channel: (c) => ({ name: `news-${c}` }),
  lastEditionSent: '2024-07-29',
  concurrency: CONCURRENCY,
  staggerMs: STAGGER_MS,
});

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

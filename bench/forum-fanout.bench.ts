/**
 * `npm run bench:forum-fanout`: one digest fanned out as forum posts to 200 forum channels (10 guilds, a tag
 * on each post) against the fake Discord enforcing Discord's rate limits (global 50 requests/s, per-route
 * buckets of 5 per 5 s per channel, with headers). Prints wall time, forum posts per second, requests per post,
 * 429s, and checks exactly one post per forum with each digest message once.
 *
 * What bounds it: each forum post is one POST /channels/{forum}/threads (the starter message rides in it), plus
 * one POST /channels/{post}/messages per further digest message. Those are per-channel buckets (a new channel
 * each time), so no per-route bucket is ever hit twice in a window; the bound is Discord's global limit of
 * 50 requests per second per bot: requests / 50 s. (Discord also caps a guild at 1,000 active threads; a daily
 * post that archives after a day keeps a forum to one or two, far below it.) The tag is resolved from the
 * gateway cache (as main.ts does), so it costs no request.
 *
 * FORUMS=50 npm run bench:forum-fanout for a quicker run; EDITIONS=1 for single-message digests (one request
 * per post).
 */
import { REST } from 'discord.js';
import { createScheduler } from '../src/delivery/scheduler.js';
import { createChannelPoster } from '../src/discord/channel-poster.js';
import { silentLogger } from '../src/logger.js';
import { openStore } from '../src/store/open-store.js';
import { seedEdition } from '../tests/digest/seed-edition.js';
import { startFakeDiscord } from '../tests/support/fake-discord/index.js';

const FORUMS = Number(process.env.FORUMS ?? 200);
const GUILDS = 10;
const GLOBAL_PER_SECOND = 50;
const EDITIONS = Number(process.env.EDITIONS ?? 2);
const CONCURRENCY = Number(process.env.FANOUT_CONCURRENCY ?? 8);
const STAGGER_MS = Number(process.env.FANOUT_STAGGER_MS ?? 0);

// As in fanout.bench.ts: the store and scheduler on a fixed clock, the fake Discord on real time (its rate
// limits are what this measures).
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

const forumIds: string[] = [];
for (let g = 0; g < GUILDS; g++) {
  const { id: guildId, channelIds: ids } = fake.addGuild({
    name: `Guild ${g}`,
    channels: Array.from({ length: FORUMS / GUILDS }, (_, c) => ({
      name: `digests-${c}`,
      type: 15,
      availableTags: ['Daily', 'Weekly'],
    })),
  });
  for (const channelId of ids) {
    store.upsertSubscription({
      guildId,
      channelId,
      time: '08:00',
      timezone: 'Asia/Shanghai',
      lastEditionSent: EDITIONS >= 2 ? null : '2024-07-29',
      destination: 'forum',
      forumTag: 'Daily',
    });
    forumIds.push(channelId);
  }
}

now = at;
const rest = new REST({ api: fake.apiBase }).setToken('fake-token');
const scheduler = createScheduler({
  store,
  poster: createChannelPoster({
    rest,
    // The gateway cache's view of each forum's tags, as main.ts passes from the client.
    forumTags: (id) => fake.state.channels.get(id)?.availableTags,
  }),
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

const posts = new Map<string, string[]>();
for (const t of fake.threads) posts.set(t.parentId, [...(posts.get(t.parentId) ?? []), t.id]);
const onePost = forumIds.filter((f) => posts.get(f)?.length === 1).length;
const extraPosts = [...posts.values()].reduce((n, p) => n + Math.max(0, p.length - 1), 0);
const tagged = fake.threads.filter((t) => t.appliedTags.length === 1).length;
const inside = fake.messages.filter((m) => m.created);
const repeatedNonces = inside.length - new Set(inside.map((m) => `${m.channelId}:${String(m.nonce)}`)).size;
const got429 = fake.requests.filter((r) => r.status === 429).length;
const okRequests = fake.requests.filter((r) => r.status < 300).length;
// The fake (like Discord) counts the global limit in one-second windows: N requests need ⌈N / 50⌉ windows and
// can be done as the last one opens, so the floor is (⌈N / 50⌉ − 1) s; posts/s may read above 50 on a short run.
const floorS = Math.max(1, Math.ceil(okRequests / GLOBAL_PER_SECOND) - 1);

console.log(
  `forums                ${FORUMS} (${GUILDS} guilds), ${EDITIONS} edition(s) per digest, concurrency ${CONCURRENCY}, stagger ${STAGGER_MS} ms`,
);
console.log(`wall time             ${wallS.toFixed(2)} s`);
console.log(`forum posts / s       ${(fake.threads.length / wallS).toFixed(1)}`);
console.log(`requests per post     ${(okRequests / Math.max(1, fake.threads.length)).toFixed(2)}`);
console.log(
  `rate-limit floor      ${floorS.toFixed(2)} s (${okRequests} requests at ${GLOBAL_PER_SECOND} per s, 1-s windows)`,
);
console.log(`ratio                 ${(wallS / floorS).toFixed(3)} × floor`);
console.log(`forums with one post  ${onePost} / ${FORUMS} (extra posts: ${extraPosts}; tagged: ${tagged})`);
console.log(`messages inside posts ${inside.length} (repeated nonces: ${repeatedNonces})`);
console.log(`429s received         ${got429}`);
console.log(`run                   ${JSON.stringify(report.counts)}`);

store.close();
await fake.close();
process.exit(onePost === FORUMS && extraPosts === 0 && repeatedNonces === 0 ? 0 : 1);

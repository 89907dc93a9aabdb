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
import { GLOBAL_PER_SECOND, runFanout } from './fanout-run.js';

const FORUMS = Number(process.env.FORUMS ?? 200);
const GUILDS = 10;
const EDITIONS = Number(process.env.EDITIONS ?? 2);
const CONCURRENCY = Number(process.env.FANOUT_CONCURRENCY ?? 8);
const STAGGER_MS = Number(process.env.FANOUT_STAGGER_MS ?? 0);

const {
  fake,
  store,
  channelIds: forumIds,
  report,
  wallS,
} = await runFanout({
  channels: FORUMS,
  guilds: GUILDS,
  channel: (c) => ({ name: `digests-${c}`, type: 15, availableTags: ['Daily', 'Weekly'] }),
  lastEditionSent: EDITIONS >= 2 ? null : '2024-07-29',
  subscription: { destination: 'forum', forumTag: 'Daily' },
  // The gateway cache's view of each forum's tags, as main.ts passes from the client.
  poster: (f) => ({ forumTags: (id) => f.state.channels.get(id)?.availableTags }),
  concurrency: CONCURRENCY,
  staggerMs: STAGGER_MS,
});

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

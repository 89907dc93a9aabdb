/**
 * A stand-alone bot process for the digest crash test (`node --import tsx tests/support/digest-worker.ts`):
 * opens the store, logs a real discord.js client in to the fake Discord, runs one digest fan-out as of a fixed
 * fake time (which the store stamps too), prints a JSON report on stdout and exits. The test SIGKILLs it mid
 * fan-out and runs it again.
 *
 * Env: DATABASE_PATH, DISCORD_API_BASE, FAKE_NOW (ISO instant), FANOUT_CONCURRENCY, FANOUT_STAGGER_MS, and
 * HISTORY_CHECK=1 to let the poster look a resumed claim up in the channel history (else the nonce alone).
 */
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { createScheduler } from '../../src/delivery/scheduler.js';
import { createChannelPoster } from '../../src/discord/channel-poster.js';
import { createLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/open-store.js';

const env = (key: string): string => {
  const v = process.env[key];
  if (!v) throw new Error(`digest-worker: ${key} is required`);
  return v;
};

const now = new Date(env('FAKE_NOW'));
if (Number.isNaN(now.getTime())) throw new Error(`digest-worker: FAKE_NOW is not an ISO instant`);
// One fixed clock for the store's stamps (claims, sent/failed times) and the scheduler, as in production
// where both read the same system clock.
const clock = { now: () => now };
const store = openStore(env('DATABASE_PATH'), { now: clock.now });
const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: env('DISCORD_API_BASE') } });
await Promise.all([once(client, Events.ClientReady), client.login('fake-token')]);

const scheduler = createScheduler({
  store,
  poster: createChannelPoster({
    rest: client.rest,
    backoffMs: 10,
    botUserId: process.env.HISTORY_CHECK === '1' ? client.user!.id : undefined,
  }),
  logger,
  clock,
  graceHours: 12,
  concurrency: Number(process.env.FANOUT_CONCURRENCY ?? 4),
  staggerMs: Number(process.env.FANOUT_STAGGER_MS ?? 0),
  guildFilter: (guildId) => client.guilds.cache.has(guildId),
  sweepExpression: null,
});
const report = await scheduler.runDue(now);
process.stdout.write(JSON.stringify({ due: report.due, counts: report.counts }) + '\n');
await client.destroy();
store.close();
process.exit(0);

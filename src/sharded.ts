/**
 * `npm run start:sharded`: runs the bot under discord.js's ShardingManager, one process per shard group.
 * Each shard's client holds only its own guilds in `client.guilds.cache`, and the digest scheduler only
 * schedules those, so processes never double-post (the atomic (channel, day) claim backs that up).
 * SHARD_COUNT: `auto` (Discord's recommendation, default) or a whole number.
 */
import 'dotenv/config';
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { createLogger } from './logger.js';

const logger = createLogger(process.env.LOG_LEVEL ?? 'info');

function shardCount(raw: string | undefined): number | 'auto' {
  const value = raw?.trim() || 'auto';
  if (value === 'auto') return 'auto';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    logger.fatal({ SHARD_COUNT: value }, 'SHARD_COUNT must be "auto" or a whole number ≥ 1');
    process.exit(1);
  }
  return n;
}

const token = process.env.DISCORD_TOKEN?.trim();
if (!token) {
  logger.fatal('DISCORD_TOKEN is required to run sharded (the console mode has no shards)');
  process.exit(1);
}

const manager = new ShardingManager(fileURLToPath(new URL('./main.ts', import.meta.url)), {
  token,
  totalShards: shardCount(process.env.SHARD_COUNT),
  // main.ts is TypeScript: each shard process loads it through tsx.
  execArgv: ['--import', 'tsx'],
  respawn: true,
});

manager.on('shardCreate', (shard) => {
  logger.info({ shardId: shard.id }, 'shard launched');
  shard.on('death', () => logger.warn({ shardId: shard.id }, 'shard process exited; respawning'));
});

manager.spawn().catch((err: unknown) => {
  logger.fatal({ err }, 'could not spawn shards');
  process.exit(1);
});

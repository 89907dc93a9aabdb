/**
 * `npm run start:sharded`: runs the bot under discord.js's ShardingManager, one process per shard group.
 * Each shard's client holds only its own guilds in `client.guilds.cache`, and the digest scheduler only
 * schedules those, so processes never double-post (the atomic (channel, day) claim backs that up).
 * SHARD_COUNT: `auto` (Discord's recommendation, default) or a whole number.
 */
import 'dotenv/config';
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { loadConfigOrExit } from './config.js';
import { createLogger } from './logger.js';

const config = loadConfigOrExit();
const logger = createLogger(config.logLevel);
const token = config.discordToken;
if (!token) {
  logger.fatal('DISCORD_TOKEN is required to run sharded (the console mode has no shards)');
  process.exit(1);
}
// Run from source (tsx) each shard loads main.ts through tsx; run from the build (dist/src/sharded.js) it loads
// the compiled main.js with plain node.
const compiled = import.meta.url.endsWith('.js');
const manager = new ShardingManager(
  fileURLToPath(new URL(compiled ? './main.js' : './main.ts', import.meta.url)),
  {
    token,
    totalShards: config.shardCount,
    execArgv: compiled ? [] : ['--import', 'tsx'],
    respawn: true,
  },
);

manager.on('shardCreate', (shard) => {
  logger.info({ shardId: shard.id }, 'shard launched');
  shard.on('death', () => logger.warn({ shardId: shard.id }, 'shard process exited; respawning'));
});

manager.spawn().catch((err: unknown) => {
  logger.fatal({ err }, 'could not spawn shards');
  process.exit(1);
});

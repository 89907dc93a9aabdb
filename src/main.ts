/**
 * Composition root: config -> store -> ingest (and watch) -> Discord bot or local console -> digest scheduler.
 * This is the one place that wires concrete pieces together; everything else takes its dependencies as
 * arguments.
 */
import 'dotenv/config';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { handleComponent } from '../commands/components.js';
import { commands } from '../commands/index.js';
import { systemClock } from './clock.js';
import { loadConfigOrExit, type Config } from './config.js';
import { CONSOLE_GUILD_ID } from './console/console-guild.js';
import { createConsolePoster } from './console/digest-poster.js';
import { runConsole } from './console/repl.js';
import type { DigestPoster } from './delivery/digest-poster.js';
import { createScheduler, type DigestScheduler } from './delivery/scheduler.js';
import { createBot, type Bot } from './discord/bot.js';
import { createChannelPoster } from './discord/channel-poster.js';
import { ingestPath } from './ingest/ingest.js';
import { watchArticles } from './ingest/watch-folder.js';
import { createLogger, type Logger } from './logger.js';
import { openStore } from './store/open-store.js';
import type { SchedulerStore } from './store/interfaces/delivery-store.js';
import type { IngestStore } from './store/interfaces/ingest-store.js';

async function ingestArticles(config: Config, store: IngestStore, logger: Logger): Promise<void> {
  const report = await ingestPath(config.articlesDir, { store, logger, timezone: config.defaultTimezone });
  logger.info(
    {
      dir: config.articlesDir,
      pages: report.pages,
      articles: report.articles,
      skipped: report.skipped,
      failed: report.failed.length,
      durationMs: report.durationMs,
    },
    'articles ingested',
  );
  for (const f of report.failed) logger.warn({ source: f.source, error: f.error }, 'page skipped');
}

function makeScheduler(
  config: Config,
  store: SchedulerStore,
  logger: Logger,
  poster: DigestPoster,
  guildFilter: (id: string) => boolean,
): DigestScheduler {
  return createScheduler({
    store,
    poster,
    logger,
    clock: systemClock,
    graceHours: config.catchUpHours,
    concurrency: config.fanoutConcurrency,
    staggerMs: config.fanoutStaggerSeconds * 1000,
    guildFilter,
  });
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel);
  mkdirSync(path.dirname(config.databasePath), { recursive: true });
  const store = openStore(config.databasePath, { defaultTimezone: config.defaultTimezone });

  await ingestArticles(config, store, logger);
  // Re-ingest is idempotent (content hashes), so a burst of file events costs little.
  const stopWatching = config.watchArticles
    ? watchArticles(config.articlesDir, () =>
        // Returned so the watcher never starts a second run while one is going.
        ingestArticles(config, store, logger).catch((err: unknown) => logger.error({ err }, 'ingest failed')),
      )
    : () => undefined;

  let bot: Bot | null = null;
  let scheduler: DigestScheduler | null = null;
  let shuttingDown = false;
  const shutdown = async (code: number): Promise<void> => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info('shutting down');
    stopWatching();
    await scheduler?.stop().catch((err: unknown) => logger.error({ err }, 'scheduler stop failed'));
    await bot?.stop().catch((err: unknown) => logger.error({ err }, 'client stop failed'));
    store.close();
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));

  if (config.discordToken) {
    const discordBot = createBot({
      config,
      store,
      logger,
      clock: systemClock,
      commands,
      components: handleComponent,
    });
    bot = discordBot;
    const poster = createChannelPoster({
      rest: discordBot.client.rest,
      // Lets a delivery left 'claimed' by a crash look for its message before posting again.
      botUserId: () => discordBot.client.user?.id,
      localeFor: (channelId) => {
        const channel = discordBot.client.channels.cache.get(channelId);
        return channel && 'guild' in channel ? channel.guild.preferredLocale : 'en-US';
      },
    });
    // Under sharding the client's cache holds only this shard's guilds, so each process schedules its own.
    scheduler = makeScheduler(config, store, logger, poster, (guildId) =>
      discordBot.client.guilds.cache.has(guildId),
    );
    discordBot.setScheduler(scheduler);
    await discordBot.start();
    await scheduler.start();
    return;
  }

  logger.info('no DISCORD_TOKEN: starting the local console');
  const poster = createConsolePoster(process.stdout, {
    timezone: store.getGuildSettings(CONSOLE_GUILD_ID).timezone,
  });
  scheduler = makeScheduler(config, store, logger, poster, (guildId) => guildId === CONSOLE_GUILD_ID);
  await scheduler.start();
  await runConsole({
    store,
    clock: systemClock,
    scheduler,
    logger,
    input: process.stdin,
    output: process.stdout,
    defaultTimezone: config.defaultTimezone,
  });
  await shutdown(0);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `paperboy: fatal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});

/**
 * Composition root: config -> store -> ingest (and watch) -> Discord bot or local console -> digest scheduler.
 * This is the one place that wires concrete pieces together; everything else takes its dependencies as
 * arguments.
 */
import 'dotenv/config';
import { Status } from 'discord.js';
import { handleComponent } from '../commands/components.js';
import { followPausedNotice } from '../commands/follow/paused-notice.js';
import { commands } from '../commands/index.js';
import { systemClock } from './clock.js';
import { loadConfigOrExit, type Config } from './config.js';
import { CONSOLE_GUILD_ID } from './console/console-guild.js';
import { createConsolePoster } from './console/digest-poster.js';
import { createConsoleDmPoster } from './console/dm-poster.js';
import { createConsoleAlertPoster } from './console/alert-poster.js';
import { runConsole } from './console/repl.js';
import type { AlertPoster } from './delivery/alert-poster.js';
import { createAlertJob, type AlertJob } from './delivery/alerts.js';
import type { DigestPoster } from './delivery/digest-poster.js';
import type { DmPoster } from './delivery/follow-dm.js';
import { createFollowNotifier, type FollowNotifier } from './delivery/follow-notify.js';
import { createScheduler, type DigestScheduler } from './delivery/scheduler.js';
import { createBot, type Bot } from './discord/bot.js';
import { createChannelPoster } from './discord/channel-poster.js';
import { createDmPoster } from './discord/dm-poster.js';
import { createAlertPoster } from './discord/alert-poster.js';
import type { DigestRenderOptions } from './discord/digest-message.js';
import { digestLayoutFrom } from './digest/shape.js';
import { ingestPath } from './ingest/ingest.js';
import { describeFsError } from './ingest/page-files.js';
import { pageLimitsFrom } from './ingest/page-limits.js';
import { watchArticles } from './ingest/watch-folder.js';
import { startHealthServer, type HealthServer } from './health/health-server.js';
import { createMetrics, type BotMetrics } from './health/metrics.js';
import { nextDigestRun } from './health/next-digest.js';
import { createLogger, createLogSink, type Logger } from './logger.js';
import { acquireInstanceLock, type InstanceLock } from './ops/instance-lock.js';
import { createShutdown } from './ops/shutdown.js';
import { openDatabase, StoreOpenError, type OpenedStore } from './store/open-store.js';
import { SchemaVersionError } from './store/schema.js';
import { simplifiedVariants } from './store/traditional.js';
import type { Store } from './store/types.js';
import type { SchedulerStore } from './store/interfaces/delivery-store.js';
import type { IngestStore } from './store/interfaces/ingest-store.js';

async function ingestArticles(config: Config, store: IngestStore, logger: Logger): Promise<void> {
  // Ingest problems never stop the bot (#9): each bad file or folder is logged by ingestPath with its path.
  let report;
  try {
    report = await ingestPath(config.articlesDir, {
      store,
      logger,
      timezone: config.defaultTimezone,
      root: config.articlesDir,
      limits: pageLimitsFrom(config),
    });
  } catch (err) {
    logger.error(
      {
        dir: config.articlesDir,
        error: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : describeFsError(err),
      },
      'ARTICLES_DIR cannot be read: no pages ingested (fix the path or its permissions in .env)',
    );
    return;
  }
  logger.info(
    {
      dir: config.articlesDir,
      pages: report.pages,
      added: report.added,
      replaced: report.replaced,
      articles: report.articles,
      skipped: report.skipped,
      kept: report.kept.length,
      failed: report.failed.length,
      durationMs: report.durationMs,
    },
    'articles ingested',
  );
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
    // Subscription filters (#11): Traditional keywords match Simplified stories, as search does.
    toSimplified: simplifiedVariants,
  });
}

/**
 * Under Docker's default 10 s stop timeout, so the bot finishes on its own (an in-flight digest delivery
 * included) before a supervisor's SIGKILL.
 */
const SHUTDOWN_BUDGET_MS = 8_000;

/** Digest layout (#12): the paper's name and the DIGEST_* limits, the same for channels and the console. */
const digestDisplay = (config: Config): DigestRenderOptions => ({
  layout: digestLayoutFrom(config),
  ...(config.paperName ? { paperName: config.paperName } : {}),
});

/** Personal follows (#11): what /follow and /help read, the same for Discord and the console. */
const followSettings = (config: Config) => ({
  followLimits: { perUser: config.followMaxPerUser, perGuild: config.followMaxPerGuild },
  toSimplified: simplifiedVariants,
  userNotice: followPausedNotice,
});

/** The follow notifier (#11): DMs after each ingest, and a one-minute timer for retries. */
function makeFollowNotifier(store: Store, logger: Logger, poster: DmPoster): FollowNotifier {
  return createFollowNotifier({ store, poster, logger, toSimplified: simplifiedVariants });
}

/** A start-up problem an operator fixes (a bad DATABASE_PATH, a second bot): one plain line, exit code 1. */
function exitWith(message: string): never {
  process.stderr.write(`paperboy: ${message}\n`);
  process.exit(1);
}

/** The database, and the lock that keeps a second bot off it; read-only databases serve reads without one. */
function openForService(config: Config, logger: Logger): { opened: OpenedStore; lock: InstanceLock | null } {
  let opened: OpenedStore;
  try {
    opened = openDatabase(config.databasePath, { defaultTimezone: config.defaultTimezone });
  } catch (err) {
    if (err instanceof StoreOpenError || err instanceof SchemaVersionError) exitWith(err.message);
    throw err;
  }
  if (opened.readOnly) {
    logger.warn(
      { databasePath: config.databasePath },
      'the database is read-only: commands that read work; settings cannot be saved and no digest is scheduled',
    );
    return { opened, lock: null };
  }
  try {
    return { opened, lock: acquireInstanceLock(config.databasePath) };
  } catch (err) {
    opened.store.close();
    exitWith(err instanceof Error ? err.message : String(err));
  }
}

/**
 * Counts Discord rate-limit waits. discord.js emits 'rateLimited' whenever a request is held for a bucket, both
 * ahead of time and for the retry after a 429, so each wait is counted once.
 */
function countRateLimits(bot: Bot, metrics: BotMetrics): void {
  bot.client.rest.on('rateLimited', (info) =>
    metrics.rateLimitWait(info.timeToReset / 1000, info.global ? 'global' : 'route'),
  );
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const metrics = config.healthPort === null ? null : createMetrics();
  let lastIngest: { at: Date; pages: number; failed: number } | null = null;
  // The console at a terminal takes the log sink over, so log lines print above its prompt, not across it.
  const logSink = createLogSink(process.stderr);
  const logger = createLogger(config.logLevel, {
    sink: logSink,
    ...(metrics
      ? {
          observe: (event) => {
            metrics.observe(event);
            const { pages, failed } = event.fields;
            if (
              event.msg === 'articles ingested' &&
              typeof pages === 'number' &&
              typeof failed === 'number'
            ) {
              metrics.ingest(pages, failed);
              lastIngest = { at: new Date(), pages, failed };
            }
          },
        }
      : {}),
  });
  const { opened, lock } = openForService(config, logger);
  const { store } = opened;
  const display = digestDisplay(config);

  // Built once the bot (or console) is up; until then the stories ingested wait in the feed.
  let followNotifier: FollowNotifier | null = null;
  const notifyFollows = (): void => {
    followNotifier?.run().catch((err: unknown) => logger.error({ err }, 'follow notifier failed'));
  };
  // Instant alerts (#11): also built once there is somewhere to post; runs after each ingest and every minute.
  let alertJob: AlertJob | null = null;
  const runAlerts = (): void => {
    alertJob?.run().catch((err: unknown) => logger.error({ err }, 'alert job failed'));
  };
  const startAlerts = (poster: AlertPoster, guildFilter: (id: string) => boolean): void => {
    alertJob = createAlertJob({
      store,
      poster,
      logger,
      clock: systemClock,
      perMinute: config.alertsPerMinute,
      guildFilter,
      toSimplified: simplifiedVariants,
    });
    // Its first run posts what the start-up ingest brought.
    alertJob.start();
  };

  await ingestArticles(config, store, logger);
  // Re-ingest is idempotent (content hashes), so a burst of file events costs little.
  const stopWatching = config.watchArticles
    ? watchArticles(
        config.articlesDir,
        () =>
          // Returned so the watcher never starts a second run while one is going.
          ingestArticles(config, store, logger)
            .catch((err: unknown) => logger.error({ err }, 'ingest failed'))
            // New stories: personal follows get their DMs now rather than at the next minute.
            .then(notifyFollows)
            .then(runAlerts),
        {
          onError: (err) => logger.error({ dir: config.articlesDir, error: err.message }, 'watcher problem'),
          onRecover: () => logger.info({ dir: config.articlesDir }, 'watching the articles folder again'),
        },
      )
    : () => undefined;

  let bot: Bot | null = null;
  let scheduler: DigestScheduler | null = null;
  let health: HealthServer | null = null;
  let mine: (guildId: string) => boolean = () => false;
  // Order matters: no new work (watcher, timers) first, then let a delivery in flight finish (scheduler.stop
  // waits for it), and only then close the client it posts through and the database it records in.
  const shutdown = createShutdown({
    logger,
    budgetMs: SHUTDOWN_BUDGET_MS,
    steps: () => [
      { name: 'watcher', run: stopWatching },
      { name: 'health server', run: () => health?.close() },
      { name: 'scheduler', run: () => scheduler?.stop() },
      { name: 'follow notifier', run: () => followNotifier?.stop() },
      { name: 'alert job', run: () => alertJob?.stop() },
      { name: 'discord client', run: () => bot?.stop() },
      { name: 'database', run: () => store.close() },
      { name: 'lock', run: () => lock?.release() },
    ],
  });
  process.once('SIGINT', () => void shutdown(0, 'SIGINT'));
  process.once('SIGTERM', () => void shutdown(0, 'SIGTERM'));

  if (config.healthPort !== null && metrics) {
    health = await startHealthServer({
      port: config.healthPort,
      host: config.healthHost,
      registry: metrics.registry,
      probe: {
        gatewayConnected: () => (bot ? bot.client.ws.status === Status.Ready : null),
        databaseWritable: () => opened.canWrite(),
        lastIngest: () => lastIngest,
        nextDigestRun: () =>
          scheduler
            ? nextDigestRun(
                store.listSubscriptions({ status: 'active' }).filter((s) => mine(s.guildId)),
                (channelId) => scheduler?.nextRun(channelId) ?? null,
              )
            : null,
      },
    });
    logger.info({ port: health.port, host: config.healthHost }, 'health server listening');
  }

  if (config.discordToken) {
    const discordBot = createBot({
      config,
      store,
      logger,
      clock: systemClock,
      commands,
      components: handleComponent,
      digestDisplay: display,
      follows: followSettings(config),
    });
    bot = discordBot;
    if (metrics) countRateLimits(discordBot, metrics);
    const poster = createChannelPoster({
      rest: discordBot.client.rest,
      // Lets a delivery left 'claimed' by a crash look for its message before posting again.
      botUserId: () => discordBot.client.user?.id,
      localeFor: (channelId) => {
        const channel = discordBot.client.channels.cache.get(channelId);
        return channel && 'guild' in channel ? channel.guild.preferredLocale : 'en-US';
      },
      // #11 forum posts: a subscription's tag name to the forum's tag id, from the gateway cache.
      forumTags: (forumId) => {
        const channel = discordBot.client.channels.cache.get(forumId);
        return channel && 'availableTags' in channel ? channel.availableTags : undefined;
      },
      logger,
      display,
    });
    // Under sharding the client's cache holds only this shard's guilds, so each process schedules its own.
    mine = (guildId) => discordBot.client.guilds.cache.has(guildId);
    scheduler = makeScheduler(config, store, logger, poster, mine);
    discordBot.setScheduler(scheduler);
    await discordBot.start();
    // A read-only database cannot record deliveries, so nothing is posted that might be posted again.
    if (!opened.readOnly) await scheduler.start();
    if (!opened.readOnly)
      startAlerts(
        createAlertPoster({
          rest: discordBot.client.rest,
          botUserId: () => discordBot.client.user?.id,
          localeFor: (channelId) => {
            const channel = discordBot.client.channels.cache.get(channelId);
            return channel && 'guild' in channel ? channel.guild.preferredLocale : 'en-US';
          },
        }),
        mine,
      );
    // Under sharding every process ingests and answers /follow, but only one may send the follow DMs, or a
    // user would get one per process: the one holding shard 0 (a process without a ShardingManager holds all).
    // Should two ever run, the ledger claims each (user, story) once and a batch's DM carries the same nonce, so
    // Discord drops a second copy within its nonce window.
    const sendsDms = discordBot.client.shard?.ids.includes(0) ?? true;
    if (!opened.readOnly && sendsDms) {
      followNotifier = makeFollowNotifier(
        store,
        logger,
        createDmPoster({
          rest: discordBot.client.rest,
          localeFor: (guildId) =>
            (guildId ? discordBot.client.guilds.cache.get(guildId)?.preferredLocale : undefined) ?? 'en-US',
        }),
      );
      // Its first run sends what the start-up ingest brought.
      followNotifier.start();
    }
    return;
  }

  logger.info('no DISCORD_TOKEN: starting the local console');
  const poster = createConsolePoster(process.stdout, {
    timezone: store.getGuildSettings(CONSOLE_GUILD_ID).timezone,
    display,
  });
  mine = (guildId) => guildId === CONSOLE_GUILD_ID;
  scheduler = makeScheduler(config, store, logger, poster, mine);
  if (!opened.readOnly) await scheduler.start();
  if (!opened.readOnly) {
    followNotifier = makeFollowNotifier(
      store,
      logger,
      createConsoleDmPoster(process.stdout, { timezone: store.getGuildSettings(CONSOLE_GUILD_ID).timezone }),
    );
    followNotifier.start();
  }
  if (!opened.readOnly)
    startAlerts(
      createConsoleAlertPoster(process.stdout, {
        timezone: store.getGuildSettings(CONSOLE_GUILD_ID).timezone,
      }),
      mine,
    );
  await runConsole({
    store,
    clock: systemClock,
    scheduler,
    logger,
    input: process.stdin,
    output: process.stdout,
    logSink,
    defaultTimezone: config.defaultTimezone,
    digestDisplay: display,
    follows: followSettings(config),
  });
  await shutdown(0, 'console closed');
}

main().catch((err: unknown) => {
  process.stderr.write(
    `paperboy: fatal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});

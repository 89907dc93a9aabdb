import nodeCron from 'node-cron';
import { systemClock, type Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { SchedulerStore } from '../store/interfaces/delivery-store.js';
import type { Store, Subscription } from '../store/types.js';
import { deliverDigest, needsDelivery, type DeliveryOutcome, type DeliveryResult } from './delivery.js';
import type { DigestPoster } from './digest-poster.js';
import { fanOut, realSleep } from './fan-out.js';
import { cronExpression, dueDeliveries, nextRun as nextRunOf } from '../digest/schedule.js';
import { localDay } from '../time-zone.js';
import type { ToSimplified } from '../digest/keyword-match.js';

/** The part of node-cron the scheduler uses, so tests can see which jobs were registered. */
export interface CronLike {
  schedule(
    expression: string,
    fn: () => unknown,
    options: { timezone?: string; name?: string; noOverlap?: boolean },
  ): { stop(): unknown; destroy(): unknown };
}

/** Settings come from the caller (main.ts passes config's CATCH_UP_HOURS and FANOUT_*): no defaults here. */
export interface SchedulerOptions {
  store: SchedulerStore;
  poster: DigestPoster;
  logger: Logger;
  clock?: Clock;
  /** How far back a missed digest is still caught up, in hours (config's `catchUpHours`). */
  graceHours: number;
  /** Parallel channel posts (config's `fanoutConcurrency`). */
  concurrency: number;
  /** Spread a fan-out's start times over this window, in ms (config's `fanoutStaggerSeconds` × 1000). */
  staggerMs: number;
  /** This process's guilds (under sharding: its shard's); other guilds' subscriptions are left to their shard. */
  guildFilter?: (guildId: string) => boolean;
  sleep?: (ms: number) => Promise<void>;
  /** Traditional keywords' Simplified forms for the subscriptions' filters (main.ts: `simplifiedVariants`). */
  toSimplified?: ToSimplified;
  cron?: CronLike;
  /**
   * A safety-net job that calls runDue every minute: it catches a time skipped by a DST gap, retries failed
   * deliveries after their back-off and picks up subscription changes nobody reloaded. Null turns it off.
   */
  sweepExpression?: string | null;
}

/** One registered cron job (for /digest diagnostics and tests). */
export interface CronJobInfo {
  expression: string;
  timezone: string;
  name: string;
}

export interface RunReport {
  due: number;
  counts: Record<DeliveryOutcome, number>;
  results: DeliveryResult[];
  durationMs: number;
}

export interface DigestScheduler {
  /** Registers the cron jobs and catches up every digest missed within the grace window. */
  start(): Promise<RunReport>;
  /** Rebuilds the cron jobs from the current subscriptions; call after any subscription change. */
  reload(): void;
  /** Delivers everything due at `now` (default: the clock) that was not delivered yet. Runs are serialized. */
  runDue(now?: Date): Promise<RunReport>;
  /** When the channel's next digest is scheduled, or null if it is not subscribed or paused. */
  nextRun(channelId: string): Date | null;
  /**
   * Delivers the channel's digest for its local today now (an admin's "send now"), serialized with the runs.
   * It is the same (channel, day) delivery the timer would make, so the day still gets exactly one digest:
   * after a send-now the timer finds it sent, and a second send-now is `skipped`.
   */
  sendNow(channelId: string): Promise<DeliveryResult>;
  jobs(): CronJobInfo[];
  stop(): Promise<void>;
}

const SWEEP_NAME = 'digest sweep';

function emptyCounts(): Record<DeliveryOutcome, number> {
  return { sent: 0, empty: 0, skipped: 0, paused: 0, failed: 0 };
}

/**
 * The digest scheduler: one node-cron job per distinct (local time, time zone) among this process's active
 * subscriptions, each calling {@link DigestScheduler.runDue}; exactly-once comes from the deliveries table,
 * not from the timers, so a job firing twice (DST fall-back, a second process, the sweep) posts nothing twice.
 */
export function createScheduler(options: SchedulerOptions): DigestScheduler {
  const { store, poster, logger, graceHours, concurrency, staggerMs } = options;
  const clock = options.clock ?? systemClock;
  const guildFilter = options.guildFilter ?? (() => true);
  const sleep = options.sleep ?? realSleep;
  const cron: CronLike = options.cron ?? nodeCron;
  const sweepExpression = options.sweepExpression === undefined ? '* * * * *' : options.sweepExpression;
  const log = logger.child({ job: 'digest-scheduler' });
  const deps = {
    store,
    poster,
    clock,
    logger,
    ...(options.toSimplified ? { toSimplified: options.toSimplified } : {}),
  };

  let tasks: Array<{ info: CronJobInfo; task: ReturnType<CronLike['schedule']> }> = [];
  let jobKeys: string | null = null;
  let started = false;
  let chain: Promise<unknown> = Promise.resolve();

  const mine = (): Subscription[] =>
    store
      .listSubscriptions({ status: 'active' })
      // Alerts-mode subscriptions (#11) get no digest: src/delivery/alerts.ts posts to them.
      .filter((s) => s.mode !== 'alerts' && guildFilter(s.guildId));

  const trigger = (name: string) => (): void => {
    // Wrapped: a failing run is logged and the timers keep going.
    runDue().catch((err: unknown) => log.error({ err, cronJob: name }, 'digest run failed'));
  };

  const register = (subs: Subscription[]): void => {
    const wanted = new Map<string, CronJobInfo>();
    for (const s of subs) {
      try {
        const expression = cronExpression(s.time);
        const key = `${expression}|${s.timezone}`;
        if (!wanted.has(key))
          wanted.set(key, { expression, timezone: s.timezone, name: `digest ${s.time} ${s.timezone}` });
      } catch (err) {
        log.error(
          { err, channelId: s.channelId, time: s.time },
          'subscription has an invalid time; not scheduled',
        );
      }
    }
    const keys = [...wanted.keys()].sort().join(',');
    if (keys === jobKeys) return;
    for (const { task } of tasks) void task.destroy();
    tasks = [];
    const infos = [...wanted.values()];
    if (sweepExpression) infos.push({ expression: sweepExpression, timezone: 'UTC', name: SWEEP_NAME });
    for (const info of infos) {
      try {
        const task = cron.schedule(info.expression, trigger(info.name), {
          timezone: info.timezone,
          name: info.name,
          noOverlap: true,
        });
        tasks.push({ info, task });
      } catch (err) {
        // One bad time zone must not keep every other channel from its digest.
        log.error({ err, cronJob: info.name }, 'could not schedule digest job');
      }
    }
    jobKeys = keys;
    log.info({ jobs: infos.length }, 'digest jobs scheduled');
  };

  const runOnce = async (now: Date): Promise<RunReport> => {
    const t0 = Date.now();
    const subs = mine();
    if (started) register(subs);
    const due = dueDeliveries(subs, now, graceHours);
    const todo = due.filter((d) => {
      try {
        return needsDelivery(store.getDelivery(d.sub.channelId, d.day), now);
      } catch (err) {
        log.error(
          { err, channelId: d.sub.channelId, day: d.day },
          'could not read digest delivery; skipped this run',
        );
        return false;
      }
    });
    const settled = await fanOut(todo, (d) => deliverDigest(deps, d.sub, d.day), {
      concurrency,
      staggerMs: todo.length > 1 ? staggerMs : 0,
      sleep,
    });
    const counts = emptyCounts();
    const results: DeliveryResult[] = [];
    settled.forEach((r, i) => {
      const d = todo[i]!;
      if (r.status === 'fulfilled') {
        results.push(r.value);
        counts[r.value.outcome]++;
      } else {
        // deliverDigest only throws on a store failure; log it and carry on with the other channels.
        log.error({ err: r.reason, channelId: d.sub.channelId, day: d.day }, 'digest delivery crashed');
        results.push({ outcome: 'failed', channelId: d.sub.channelId, day: d.day, error: String(r.reason) });
        counts.failed++;
      }
    });
    const report = { due: todo.length, counts, results, durationMs: Date.now() - t0 };
    if (todo.length > 0)
      log.info({ due: todo.length, ...counts, durationMs: report.durationMs }, 'digest run finished');
    return report;
  };

  const runDue = (now?: Date): Promise<RunReport> => {
    // Serialized so two timers firing together never post the same claimed row at once.
    const run = chain.then(() => runOnce(now ?? clock.now()));
    chain = run.catch(() => undefined);
    return run;
  };

  const sendNow = (channelId: string): Promise<DeliveryResult> => {
    const run = chain.then(async (): Promise<DeliveryResult> => {
      const sub = store.getSubscription(channelId);
      const now = clock.now();
      if (!sub || sub.mode === 'alerts') return { outcome: 'skipped', channelId, day: '' };
      return deliverDigest(deps, sub, localDay(now, sub.timezone));
    });
    chain = run.catch(() => undefined);
    return run;
  };

  return {
    sendNow,
    async start() {
      started = true;
      jobKeys = null;
      register(mine());
      return runDue();
    },
    reload() {
      if (!started) return;
      jobKeys = null;
      register(mine());
    },
    runDue,
    nextRun(channelId) {
      const sub = store.getSubscription(channelId);
      if (!sub || sub.status !== 'active' || sub.mode === 'alerts') return null;
      try {
        return nextRunOf(sub, clock.now());
      } catch {
        return null;
      }
    },
    jobs: () => tasks.map((t) => t.info),
    async stop() {
      started = false;
      for (const { task } of tasks) await task.destroy();
      tasks = [];
      jobKeys = null;
      await chain;
    },
  };
}

/**
 * What the bot does on GUILD_DELETE (it was removed from a guild): drop that guild's subscriptions and
 * settings, and rebuild the jobs. Wire it to `client.on('guildDelete', g => onGuildRemoved(…, g.id))`.
 */
export function onGuildRemoved(
  deps: { store: Pick<Store, 'removeGuild'>; scheduler: Pick<DigestScheduler, 'reload'>; logger: Logger },
  guildId: string,
): number {
  const removed = deps.store.removeGuild(guildId);
  deps.scheduler.reload();
  deps.logger.info({ guildId, removed }, 'left guild: digest subscriptions removed');
  return removed;
}

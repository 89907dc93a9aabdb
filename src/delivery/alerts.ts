import nodeCron from 'node-cron';
import { systemClock, type Clock } from '../clock.js';
import { alertBudget, alertNonce, messageCost, planAlertMessages } from '../digest/alert-batches.js';
import { FilterSet } from '../digest/filters.js';
import type { ToSimplified } from '../digest/keyword-match.js';
import type { Logger } from '../logger.js';
import type { AlertStore } from '../store/interfaces/alert-store.js';
import type { AlertClaim, PendingAlert, StoredArticle, Subscription } from '../store/types.js';
import type { AlertPoster } from './alert-poster.js';
import { retryDelayMs } from './delivery.js';
import { toPostError } from './digest-poster.js';
import type { CronLike } from './scheduler.js';

export interface AlertJobOptions {
  store: AlertStore;
  poster: AlertPoster;
  logger: Logger;
  clock?: Clock;
  /** Messages a channel gets per minute at most (config's ALERTS_PER_MINUTE). */
  perMinute: number;
  /** This process's guilds (under sharding: its shard's): only their channels are posted to from here. */
  guildFilter?: (guildId: string) => boolean;
  /** Traditional keywords in filters match Simplified text (the store's `simplifiedVariants`). */
  toSimplified?: ToSimplified;
  cron?: CronLike;
  /** The timer that posts what the per-minute bound held back, and retries; null: none. Default every minute. */
  sweepExpression?: string | null;
  /** Feed entries read per step (default 500). */
  feedWindow?: number;
}

export interface AlertRunReport {
  /** (channel, story) rows claimed from the feed by this run. */
  claimed: number;
  /** Messages posted, and the stories they carried. */
  messages: number;
  stories: number;
  paused: number;
  failed: number;
}

export interface AlertJob {
  /** Claims the new stories, then posts what each channel may get now. Runs are serialized. */
  run(): Promise<AlertRunReport>;
  /** Only the claim step (matches of the feed after the cursor); returns the rows claimed. */
  claim(): number;
  /** Registers the every-minute timer and runs once. */
  start(): void;
  stop(): Promise<void>;
}

const MINUTE = 60_000;
/** Discord deduplicates an enforced nonce for "a few minutes" (as for digests, src/delivery/delivery.ts). */
const NONCE_TRUST_MS = 2 * MINUTE;

/**
 * Instant alerts (#11): each newly ingested story that matches an alerts subscription's filters is posted to
 * its channel once. Two steps, each crash-safe:
 * 1. claim: read the feed after the `alerts` cursor, match every story against every active alerts
 *    subscription, and record the matches `pending` in the alert ledger while moving the cursor, in one
 *    transaction. Every process claims for every guild (the cursor is shared by the processes of a sharded
 *    bot; claims are idempotent), so no shard's stories are skipped by another's cursor.
 * 2. post (only this process's guilds): per channel, batches already given a nonce first (resumed after a crash
 *    or a failure, same stories, same nonce, so `enforce_nonce` drops a copy Discord already has), then the
 *    waiting stories as planned by src/digest/alert-batches.ts within the channel's per-minute allowance.
 * A permission-type failure pauses the subscription, as for digests; others are retried after a back-off.
 */
export function createAlertJob(options: AlertJobOptions): AlertJob {
  const { store, poster, logger, perMinute } = options;
  const clock = options.clock ?? systemClock;
  const guildFilter = options.guildFilter ?? (() => true);
  const window = options.feedWindow ?? 500;
  const cron: CronLike = options.cron ?? nodeCron;
  const sweepExpression = options.sweepExpression === undefined ? '* * * * *' : options.sweepExpression;
  const log = logger.child({ job: 'alerts' });
  let chain: Promise<unknown> = Promise.resolve();
  let task: ReturnType<CronLike['schedule']> | null = null;

  const claim = (): number => {
    // One index over every alerts subscription's filters: a story costs one pass over its text, however many
    // channels there are (bench/match.bench.ts).
    const subs = new FilterSet<Subscription>(options.toSimplified);
    for (const s of store.listSubscriptions({ status: 'active' }))
      if (s.mode === 'alerts') subs.add(s.filters, s);
    let claimed = 0;
    for (;;) {
      const entries = store.feedAfter(store.feedCursor('alerts'), window);
      const last = entries.at(-1);
      if (!last) break;
      const claims: AlertClaim[] = [];
      for (const e of entries) {
        // No alerts channel: the cursor still moves on, so a later one is not alerted about the past.
        const article = e.articleId && subs.size > 0 ? store.getArticle(e.articleId) : null;
        if (!article) continue; // (or removed again before it was read: nothing to alert about)
        for (const s of subs.match(article))
          claims.push({
            channelId: s.channelId,
            guildId: s.guildId,
            contentId: e.contentId,
            articleId: article.id,
            seq: e.seq,
          });
      }
      claimed += store.claimAlerts(claims, last.seq);
      if (entries.length < window) break;
    }
    return claimed;
  };

  /** Posts one batch; false when the subscription had to be paused. */
  const postBatch = async (
    sub: Subscription,
    rows: readonly PendingAlert[],
    nonce: string,
    report: AlertRunReport,
    resumed: boolean,
  ): Promise<boolean> => {
    const { channelId } = sub;
    const stories = rows
      .map((r) => store.getArticle(r.articleId))
      .filter((a): a is StoredArticle => a !== null);
    if (stories.length === 0) {
      // Every page holding these stories was removed since: there is nothing left to show.
      store.markAlertsSent(channelId, nonce, '');
      return true;
    }
    const started = Date.now();
    try {
      const message = { stories, grouped: rows.length > 1 };
      // Batched longer ago than Discord's nonce window: the nonce may no longer stop a second copy, so the
      // channel's history is asked first.
      const batchedAt = new Date(rows[0]!.updatedAt);
      const stale = resumed && clock.now().getTime() - batchedAt.getTime() > NONCE_TRUST_MS;
      const found =
        stale && poster.findPosted ? await poster.findPosted(channelId, message, batchedAt) : null;
      if (found) log.info({ channelId, messageId: found }, 'alert found already posted; not posted again');
      const messageId = found ?? (await poster.post(channelId, message, nonce));
      store.markAlertsSent(channelId, nonce, messageId);
      report.messages++;
      report.stories += stories.length;
      log.info(
        {
          guildId: sub.guildId,
          channelId,
          stories: stories.length,
          messageId,
          durationMs: Date.now() - started,
        },
        rows.length > 1 ? 'grouped alert sent' : 'alert sent',
      );
      return true;
    } catch (err) {
      const e = toPostError(err);
      if (e.action === 'pause') {
        // The batch stays pending with its nonce: re-subscribing resumes it first, without a retry back-off.
        store.pauseSubscription(channelId, e.reason);
        report.paused++;
        log.warn(
          { guildId: sub.guildId, channelId, reason: e.reason },
          'alerts paused: the bot cannot post there',
        );
        return false;
      }
      store.markAlertsFailed(channelId, nonce, e.reason);
      report.failed++;
      log.error({ guildId: sub.guildId, channelId, err: e.cause ?? e }, 'alert post failed, will retry');
      return true;
    }
  };

  const postChannel = async (sub: Subscription, now: Date, report: AlertRunReport): Promise<void> => {
    const { channelId } = sub;
    const rows = store.pendingAlerts(channelId);
    let budget = alertBudget(
      store.recentAlertMessages(channelId, new Date(now.getTime() - MINUTE).toISOString()),
      perMinute,
    );
    const batches = new Map<string, PendingAlert[]>();
    const fresh: PendingAlert[] = [];
    for (const r of rows) {
      if (r.nonce === null) fresh.push(r);
      else batches.set(r.nonce, [...(batches.get(r.nonce) ?? []), r]);
    }
    for (const [nonce, batch] of batches) {
      if (budget <= 0) return;
      const first = batch[0]!;
      const due =
        first.status === 'pending' ||
        now.getTime() - Date.parse(first.updatedAt) >= retryDelayMs(first.attempts);
      if (!due) continue;
      // Only a batch left pending by a crash is looked for; a failed one relies on its nonce.
      if (!(await postBatch(sub, batch, nonce, report, first.status === 'pending'))) return;
      budget -= messageCost(batch.length, perMinute);
    }
    const byId = new Map(fresh.map((r) => [r.contentId, r]));
    for (const plan of planAlertMessages(
      fresh.map((r) => r.contentId),
      budget,
    )) {
      const nonce = alertNonce(channelId, plan.contentIds);
      // Recorded before posting: a crash from here on resumes this very batch with this nonce.
      store.assignAlertNonce(channelId, plan.contentIds, nonce);
      const batch = plan.contentIds.map((id) => byId.get(id)!);
      if (!(await postBatch(sub, batch, nonce, report, false))) return;
    }
  };

  const runOnce = async (): Promise<AlertRunReport> => {
    const report: AlertRunReport = { claimed: 0, messages: 0, stories: 0, paused: 0, failed: 0 };
    report.claimed = claim();
    const now = clock.now();
    for (const channelId of store.channelsWithPendingAlerts()) {
      const sub = store.getSubscription(channelId);
      if (!sub || sub.mode !== 'alerts') {
        // Unsubscribed or switched to digests: what it was still to get is dropped, so a later /digest alerts
        // starts from new stories (the sent rows stay: a story is never alerted twice to a channel).
        const dropped = store.dropPendingAlerts(channelId);
        log.info({ channelId, dropped }, 'no longer an alerts channel: its unsent alerts dropped');
        continue;
      }
      // Paused, or another shard's: its rows wait.
      if (sub.status !== 'active' || !guildFilter(sub.guildId)) continue;
      try {
        await postChannel(sub, now, report);
      } catch (err) {
        // A store failure for one channel is logged; the other channels still get theirs.
        log.error({ err, channelId }, 'alerts for a channel failed');
      }
    }
    if (report.claimed + report.messages + report.failed + report.paused > 0)
      log.info(report, 'alert run finished');
    return report;
  };

  const run = (): Promise<AlertRunReport> => {
    const next = chain.then(runOnce);
    chain = next.catch(() => undefined);
    return next;
  };

  return {
    run,
    claim,
    start() {
      if (sweepExpression && !task)
        task = cron.schedule(
          sweepExpression,
          () => void run().catch((err: unknown) => log.error({ err }, 'alert run failed')),
          { timezone: 'UTC', name: 'alerts sweep', noOverlap: true },
        );
      void run().catch((err: unknown) => log.error({ err }, 'alert run failed'));
    },
    async stop() {
      if (task) await task.destroy();
      task = null;
      await chain;
    },
  };
}

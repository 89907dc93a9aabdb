import { createHash } from 'node:crypto';
import { KeywordIndex, matchText, type ToSimplified } from '../digest/keyword-match.js';
import { MAX_NONCE_LENGTH } from '../digest/nonce.js';
import type { Logger } from '../logger.js';
import type { FollowNotifierStore } from '../store/interfaces/follow-store.js';
import type { FollowNotice } from '../store/types.js';
import { toPostError } from './digest-poster.js';
import type { DmPoster, FollowDmItem } from './follow-dm.js';

/** Stories one DM lists; the rest of a batch are counted ("… and 4 more"), all marked sent. */
export const MAX_DM_ITEMS = 10;
/** Feed entries matched and claimed per transaction. */
const FEED_BATCH = 500;
/** How often claimed DMs that failed for a passing reason (5xx, network) are tried again. */
export const FOLLOW_RETRY_MS = 60_000;

export interface FollowNotifierDeps {
  store: FollowNotifierStore;
  poster: DmPoster;
  logger: Logger;
  /** The store's Traditional-to-Simplified converter, so a Traditional keyword matches a Simplified story. */
  toSimplified?: ToSimplified;
  feedBatch?: number;
}

/** What one run did: (user, story) rows newly claimed, DMs sent, users paused, DMs left for the next run. */
export interface FollowRunResult {
  claimed: number;
  sent: number;
  paused: number;
  failed: number;
}

export interface FollowNotifier {
  /** Matches the new stories and sends what is owed; a call during a run is folded into one more pass of it. */
  run(): Promise<FollowRunResult>;
  /** Runs every `intervalMs` (default a minute): retries, and stories ingested by another process. */
  start(intervalMs?: number): void;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

interface Match {
  userId: string;
  keyword: string;
}

/** The DM's nonce: one per (user, batch of stories), so a DM re-sent after a crash is the same DM. */
export function followNonce(userId: string, contentIds: readonly string[]): string {
  const hash = createHash('sha256')
    .update(`follow:${userId}:${contentIds.join(',')}`)
    .digest('base64url');
  return `f${hash.slice(0, MAX_NONCE_LENGTH - 1)}`;
}

const plus = (a: FollowRunResult, b: FollowRunResult): FollowRunResult => ({
  claimed: a.claimed + b.claimed,
  sent: a.sent + b.sent,
  paused: a.paused + b.paused,
  failed: a.failed + b.failed,
});

/**
 * Personal follows (#11): after each ingest (and every minute, for retries) the notifier
 * 1. reads the feed after the `follows` cursor and matches each new story against every active follow with one
 *    KeywordIndex (built once per run: the cost per story grows with its length, not with 10,000 follows);
 * 2. claims the (user, story) rows and advances the cursor in one transaction: a crash neither loses a match nor
 *    claims it twice, and the primary key means a user never gets one story twice (re-ingest, second page);
 * 3. sends one DM per user listing all their claimed stories, each with a nonce, and marks them sent. A user the
 *    bot cannot DM (50007) is paused (their follows kept) and told on their next command; other failures stay
 *    claimed for the next run.
 * Only one process may run it (see main.ts: under sharding, the one holding shard 0).
 */
export function createFollowNotifier(deps: FollowNotifierDeps): FollowNotifier {
  const { store, poster, logger } = deps;
  const feedBatch = deps.feedBatch ?? FEED_BATCH;
  let running: Promise<FollowRunResult> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;

  function buildIndex(): KeywordIndex<Match> {
    const index = new KeywordIndex<Match>(deps.toSimplified);
    for (const f of store.activeFollows()) index.add(f.keyword, f);
    return index;
  }

  /** Step 1 and 2: every new story matched and claimed, the cursor moved past it. */
  function claimNew(): number {
    let cursor = store.feedCursor('follows');
    let index: KeywordIndex<Match> | null = null;
    let claimed = 0;
    for (;;) {
      const entries = store.feedAfter(cursor, feedBatch);
      if (entries.length === 0) return claimed;
      index ??= buildIndex();
      const claims: { userId: string; contentId: string; keyword: string }[] = [];
      for (const e of entries) {
        const article = index.size > 0 && e.articleId ? store.getArticle(e.articleId) : null;
        if (!article) continue;
        // The first keyword of each user that matched is the one the DM names.
        const byUser = new Map<string, string>();
        for (const m of index.match(matchText(article)))
          if (!byUser.has(m.userId)) byUser.set(m.userId, m.keyword);
        for (const [userId, keyword] of byUser) claims.push({ userId, contentId: e.contentId, keyword });
      }
      cursor = entries.at(-1)!.seq;
      claimed += store.claimFollowMatches(claims, cursor);
    }
  }

  /**
   * Step 3 for one user: one DM with the stories of one batch. A batch's nonce is recorded on its rows before
   * the DM goes out, so a DM sent but not marked before a crash is re-sent with the same stories and nonce
   * (Discord then returns the first), however many matches arrived for the user in between.
   */
  async function sendTo(
    userId: string,
    rows: FollowNotice[],
    known: string | null,
  ): Promise<keyof FollowRunResult | null> {
    const items: FollowDmItem[] = [];
    for (const r of rows) {
      // A content id finds the newest stored copy of the story; none when every page holding it was removed.
      const a = store.getArticle(r.contentId);
      if (a) items.push({ articleId: a.id, title: a.title, keyword: r.keyword, lede: a.lede });
    }
    const contentIds = rows.map((r) => r.contentId);
    if (items.length === 0) {
      store.markFollowNoticesSent(userId, contentIds);
      return null;
    }
    const nonce = known ?? followNonce(userId, contentIds);
    if (!known) store.setFollowNoticeNonce(userId, contentIds, nonce);
    const dm = {
      userId,
      guildId: rows[0]!.guildId,
      items: items.slice(0, MAX_DM_ITEMS),
      more: Math.max(0, items.length - MAX_DM_ITEMS),
      nonce,
    };
    try {
      await poster.send(dm);
    } catch (err) {
      const error = toPostError(err);
      if (error.action === 'pause') {
        store.pauseFollower(userId, error.reason);
        logger.warn({ userId, reason: error.reason }, 'follow DMs paused: the user cannot be sent DMs');
        return 'paused';
      }
      logger.warn({ userId, error: error.reason }, 'follow DM failed; retried at the next run');
      return 'failed';
    }
    store.markFollowNoticesSent(userId, contentIds);
    logger.info({ userId, stories: items.length }, 'follow DM sent');
    return 'sent';
  }

  async function once(): Promise<FollowRunResult> {
    const result: FollowRunResult = { claimed: claimNew(), sent: 0, paused: 0, failed: 0 };
    const byUser = new Map<string, FollowNotice[]>();
    for (const n of store.pendingFollowNotices()) {
      const list = byUser.get(n.userId) ?? [];
      list.push(n);
      byUser.set(n.userId, list);
    }
    // One user at a time: discord.js queues DMs per route anyway, and a slow user never holds the claims.
    // A user's batches already given a nonce (a DM that may have gone out before a crash) go first, each as it
    // was; the rows in none make one new DM.
    for (const [userId, rows] of byUser) {
      const batches = new Map<string | null, FollowNotice[]>();
      for (const r of rows) batches.set(r.nonce, [...(batches.get(r.nonce) ?? []), r]);
      const order = [...batches.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : 0));
      for (const nonce of order) {
        const outcome = await sendTo(userId, batches.get(nonce)!, nonce);
        if (outcome) result[outcome]++;
        if (outcome === 'paused') break;
      }
    }
    return result;
  }

  function run(): Promise<FollowRunResult> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total: FollowRunResult = { claimed: 0, sent: 0, paused: 0, failed: 0 };
      do {
        again = false;
        total = plus(total, await once());
      } while (again);
      return total;
    })().finally(() => {
      running = null;
    });
    return running;
  }

  /** A run from a timer or an ingest: failures are logged, never thrown at the caller. */
  const runLogged = (): void => {
    run().catch((err: unknown) => logger.error({ err }, 'follow notifier failed'));
  };

  return {
    run,
    start(intervalMs = FOLLOW_RETRY_MS) {
      if (timer) return;
      timer = setInterval(runLogged, intervalMs);
      timer.unref();
      runLogged();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running?.catch(() => undefined);
    },
  };
}

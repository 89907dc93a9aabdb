import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { DeliveryStore } from '../store/interfaces/delivery-store.js';
import type { EditionReader } from '../store/interfaces/edition-reader.js';
import type { Delivery, EmptyReason, StoredArticle, Subscription } from '../store/types.js';
import { buildDigest, digestEditions } from '../digest/build-digest.js';
import { compileFilters } from '../digest/filters.js';
import type { ToSimplified } from '../digest/keyword-match.js';
import { toPostError, type DigestPoster, type PostTarget } from './digest-poster.js';
import { deliveryNonce } from '../digest/nonce.js';
import type { Digest } from '../digest/types.js';

export interface DeliveryDeps {
  store: DeliveryStore;
  poster: DigestPoster;
  clock: Clock;
  logger: Logger;
  /**
   * The Simplified forms of a Traditional keyword (main.ts passes the store's OpenCC `simplifiedVariants`), so a
   * filter typed as 經濟 keeps stories printed as 经济. Without it keywords match as typed.
   */
  toSimplified?: ToSimplified;
}

/**
 * What happened to one (channel, day): `sent` now, `empty` (nothing new, nothing posted), `skipped` (already
 * sent or empty, unsubscribed, paused, or a failed attempt still backing off), `paused` (the bot may not post
 * there), `failed` (recorded, retried at the next run).
 */
export type DeliveryOutcome = 'sent' | 'empty' | 'skipped' | 'paused' | 'failed';

export interface DeliveryResult {
  outcome: DeliveryOutcome;
  channelId: string;
  day: string;
  messageIds?: string[];
  error?: string;
  /** Why an `empty` outcome posted nothing. */
  emptyReason?: EmptyReason;
}

const MINUTE = 60_000;

/**
 * Discord deduplicates an enforced nonce for "a few minutes"; a claim older than this is checked against the
 * channel's history before it is posted again.
 */
const NONCE_TRUST_MS = 2 * MINUTE;

/**
 * How long a failed delivery waits before the next attempt: 1, 2, 4 … minutes, at most 30. The scheduler
 * looks every minute, so without this a channel whose posts keep failing would be hammered.
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), 30) * MINUTE;
}

/** Whether a delivery row still needs posting at `now` (claimed rows are resumed: see {@link deliverDigest}). */
export function needsDelivery(row: Delivery | null, now: Date): boolean {
  if (!row) return true;
  if (row.status === 'claimed') return true;
  if (row.status === 'failed') return now.getTime() - Date.parse(row.updatedAt) >= retryDelayMs(row.attempts);
  return false;
}

/**
 * The `lastEditionSent` a new subscription starts with: the edition before the newest, so its first digest
 * carries the newest edition and not the whole archive. Null when at most one edition is stored (then the
 * first digest carries that edition, or, if none was stored, the editions ingested before it runs).
 */
export function initialLastEdition(store: Pick<EditionReader, 'editionDates'>): string | null {
  return store.editionDates(2)[1] ?? null;
}

/** The digest for a resumed delivery: the same editions it was claimed with, so a re-post matches the first. */
function digestForEditions(
  store: Pick<DeliveryStore, 'articlesForDate'>,
  editions: readonly string[],
  keep: (a: StoredArticle) => boolean,
): Digest {
  return buildDigest(
    editions.flatMap((date) =>
      store
        .articlesForDate(date)
        .filter(keep)
        .map((a) => ({ ...a, date })),
    ),
  );
}

/** The newest edition date among `articles` (what a delivery has considered, matched or not), or null. */
function newestEdition(articles: readonly StoredArticle[]): string | null {
  let newest: string | null = null;
  for (const a of articles) if (a.date && (!newest || a.date > newest)) newest = a.date;
  return newest;
}

/**
 * Delivers one channel's digest for one local day, exactly once:
 * 1. claims (channel, day) in the deliveries table; a row already `sent` or `empty` means done;
 * 2. picks the editions the channel has not been sent yet (a resumed row keeps the editions it was claimed with);
 * 3. the channel's filters keep only its stories; an empty digest is recorded as `empty` (with the reason: no
 *    new edition, or `filtered` when the filters left nothing, whose editions then count as sent) and logged,
 *    nothing is posted;
 * 4. posts with the deterministic nonce of (channel, day) and `enforce_nonce`, so if a crash left the row
 *    `claimed` after Discord created the message, the re-post is dropped by Discord and returns the same message;
 *    (a claim older than Discord's nonce window is first looked up in the channel's history instead);
 * 5. records `sent` with the message ids and advances the channel's last edition sent.
 * Permission-type failures pause the subscription with the reason; anything else is recorded `failed` and
 * retried at the next run. Never throws for a post failure.
 */
export async function deliverDigest(
  deps: DeliveryDeps,
  sub: Subscription,
  day: string,
): Promise<DeliveryResult> {
  const { store, poster, clock, logger } = deps;
  const { channelId, guildId } = sub;
  const log = logger.child({ job: 'digest', guildId, channelId, day });
  // Read fresh: an earlier day of the same run may just have advanced lastEditionSent, or an admin unsubscribed.
  const current = store.getSubscription(channelId);
  if (!current || current.status !== 'active') return { outcome: 'skipped', channelId, day };

  // Decided on the row as it was: claiming it again counts an attempt and touches its updatedAt.
  if (!needsDelivery(store.getDelivery(channelId, day), clock.now()))
    return { outcome: 'skipped', channelId, day };
  const nonce = deliveryNonce(channelId, day);
  const keep = compileFilters(current.filters, deps.toSimplified);
  const unsent = store.articlesAfter(current.lastEditionSent);
  // Matched or not, these editions have been considered: a filtered digest never reconsiders them.
  const considered = newestEdition(unsent);
  const fresh = buildDigest(unsent.filter(keep));
  const { delivery, created } = store.claimDelivery({
    channelId,
    guildId,
    day,
    nonce,
    editions: digestEditions(fresh),
  });
  // Another process may have finished it between the read and the claim.
  if (delivery.status === 'sent' || delivery.status === 'empty')
    return { outcome: 'skipped', channelId, day };

  const resumed = !created && delivery.editions.length > 0;
  const digest = resumed ? digestForEditions(store, delivery.editions, keep) : fresh;
  if (digest.itemCount === 0) {
    if (!resumed && considered) {
      store.markDeliveryEmpty(channelId, day, 'filtered');
      if (!current.lastEditionSent || considered > current.lastEditionSent)
        store.setLastEditionSent(channelId, considered);
      log.info(
        { outcome: 'empty', reason: 'filtered', lastEditionSent: considered, filters: current.filters },
        'digest empty: nothing matched the filters, nothing posted',
      );
      return { outcome: 'empty', channelId, day, emptyReason: 'filtered' };
    }
    store.markDeliveryEmpty(channelId, day);
    log.info(
      { outcome: 'empty', lastEditionSent: current.lastEditionSent },
      'digest empty: no new edition, nothing posted',
    );
    return { outcome: 'empty', channelId, day, emptyReason: 'no-edition' };
  }

  const started = Date.now();
  try {
    const claimedAt = new Date(delivery.claimedAt);
    const stale =
      !created &&
      delivery.status === 'claimed' &&
      clock.now().getTime() - claimedAt.getTime() > NONCE_TRUST_MS;
    const target: PostTarget = {
      channelId,
      guildId,
      day,
      destination: current.destination,
      forumTag: current.forumTag,
      threadId: delivery.threadId,
      resumedFrom: created ? null : claimedAt,
      // Recorded before anything is posted in it: a crash after this resumes in the same thread or forum post.
      onThread: (threadId) => {
        if (threadId !== delivery.threadId) store.setDeliveryThread(channelId, day, threadId);
      },
    };
    const found = stale && poster.findPosted ? await poster.findPosted(target, digest, claimedAt) : null;
    if (found) log.info({ messageIds: found }, 'digest found already posted after a crash; not posted again');
    const messageIds = found ?? (await poster.post(target, digest, delivery.nonce || nonce));
    store.markDeliverySent(channelId, day, messageIds);
    // A fresh digest also passes over the newer editions its filters left nothing of.
    const sentUpTo =
      !resumed && considered && considered > digest.editionDate ? considered : digest.editionDate;
    if (!current.lastEditionSent || sentUpTo > current.lastEditionSent)
      store.setLastEditionSent(channelId, sentUpTo);
    log.info(
      {
        outcome: 'sent',
        resumed: !created,
        editions: digestEditions(digest),
        messageIds,
        durationMs: Date.now() - started,
      },
      'digest sent',
    );
    return { outcome: 'sent', channelId, day, messageIds };
  } catch (err) {
    const e = toPostError(err);
    store.markDeliveryFailed(channelId, day, e.reason);
    if (e.action === 'pause') {
      store.pauseSubscription(channelId, e.reason);
      log.warn(
        { outcome: 'paused', reason: e.reason },
        'digest subscription paused: the bot cannot post there',
      );
      return { outcome: 'paused', channelId, day, error: e.reason };
    }
    log.error(
      { outcome: 'failed', err: e.cause ?? e, durationMs: Date.now() - started },
      'digest post failed, will retry',
    );
    return { outcome: 'failed', channelId, day, error: e.reason };
  }
}

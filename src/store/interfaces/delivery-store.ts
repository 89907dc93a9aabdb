import type { Store } from '../types.js';

/** The deliveries ledger: one row per (channel, local day), which is what makes a digest post exactly once. */
type DeliveryLedger = Pick<
  Store,
  | 'getDelivery'
  | 'claimDelivery'
  | 'markDeliverySent'
  | 'markDeliveryFailed'
  | 'markDeliveryEmpty'
  | 'setDeliveryThread'
>;

/** The articles a digest is built from: everything after the last edition sent, or a claimed row's editions. */
type DigestArticles = Pick<Store, 'articlesAfter' | 'articlesForDate'>;

/**
 * What the delivery job (one channel, one day) needs: the ledger, the digest's articles, and its subscription
 * (read fresh, advanced after a post, paused when the bot may not post there).
 */
export type DeliveryStore = DeliveryLedger &
  DigestArticles &
  Pick<Store, 'getSubscription' | 'setLastEditionSent' | 'pauseSubscription'>;

/** What the scheduler needs: the delivery job's store, and the active subscriptions it schedules. */
export type SchedulerStore = DeliveryStore & Pick<Store, 'listSubscriptions'>;

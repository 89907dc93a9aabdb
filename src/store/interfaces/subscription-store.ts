import type { Store } from '../types.js';

/**
 * What /digest subscribe, unsubscribe and list do with a server's subscriptions, and the paused-subscription
 * notice every /digest reply may carry. The server's time zone is in `GuildSettingsStore`; the preview reads
 * an `EditionReader`.
 */
export type SubscriptionStore = Pick<
  Store,
  | 'getSubscription'
  | 'listSubscriptions'
  | 'upsertSubscription'
  | 'removeSubscription'
  | 'markPauseNotified'
  | 'lastDelivery'
  // /digest filter (#11)
  | 'setSubscriptionFilters'
>;

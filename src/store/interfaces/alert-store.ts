import type { Store } from '../types.js';

/**
 * What the alert job (#11) needs: the feed after its cursor, the stories it matches, the alerts subscriptions
 * (paused when the bot may not post there) and the alert ledger.
 */
export type AlertStore = Pick<
  Store,
  | 'feedAfter'
  | 'feedCursor'
  | 'getArticle'
  | 'listSubscriptions'
  | 'getSubscription'
  | 'pauseSubscription'
  | 'claimAlerts'
  | 'pendingAlerts'
  | 'channelsWithPendingAlerts'
  | 'recentAlertMessages'
  | 'assignAlertNonce'
  | 'markAlertsSent'
  | 'markAlertsFailed'
  | 'dropPendingAlerts'
>;

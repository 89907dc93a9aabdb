import type { StoredArticle } from '../store/types.js';

/** One alert message: a story of its own, or a grouped list of the stories that arrived together. */
export interface AlertMessage {
  stories: StoredArticle[];
  grouped: boolean;
}

/**
 * The port the alert job posts through. The discord.js adapter lives in src/discord/alert-poster.ts, the
 * console's in src/console/alert-poster.ts; tests may pass their own.
 */
export interface AlertPoster {
  /**
   * Posts one alert message to a channel with `nonce` enforced and returns its message id. Throws a
   * {@link PostError} (src/delivery/digest-poster.ts) on failure: `pause` when the bot cannot post there.
   */
  post(channelId: string, message: AlertMessage, nonce: string): Promise<string>;
  /**
   * Optional: the id of this alert's message if the bot already posted it in the channel at or after `since`,
   * else null. Asked when resuming a batch given its nonce longer ago than Discord's nonce window ("a few
   * minutes"), where the nonce alone would no longer stop a second copy.
   */
  findPosted?(channelId: string, message: AlertMessage, since: Date): Promise<string | null>;
}

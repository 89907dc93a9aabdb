/**
 * How instant alerts (#11) are bounded per channel and minute, and grouped when more arrive than fit. Pure: the
 * alert job (src/delivery/alerts.ts) reads the ledger, asks this what to post, and posts it.
 *
 * The rule: a channel gets at most `perMinute` messages a minute. While the stories waiting fit in what is left
 * of the minute, each gets a message of its own (title, lede, summary button); when more wait than fit, they
 * go as ONE grouped message listing up to `maxGroup` titles, which uses the whole minute, so a large upload is
 * one message rather than a flood; what is left waits for the next minute.
 */
import { createHash } from 'node:crypto';

/** Stories one grouped message lists at most: two select menus of 25, and titles that fit one embed. */
export const MAX_GROUP = 50;

/** One message to post: its stories' content ids (in arrival order), and whether it is a grouped list. */
export interface AlertMessagePlan {
  contentIds: string[];
  grouped: boolean;
}

/** What a sent message costs of the minute's allowance: one, or all of it for a grouped message. */
export function messageCost(stories: number, perMinute: number): number {
  return stories > 1 ? perMinute : 1;
}

/** Messages still allowed this minute, given the stories of each message sent in the last minute. */
export function alertBudget(recent: readonly { stories: number }[], perMinute: number): number {
  const used = recent.reduce((n, m) => n + messageCost(m.stories, perMinute), 0);
  return Math.max(0, perMinute - used);
}

/**
 * The messages to post now for a channel's waiting stories (arrival order), with `budget` messages left this
 * minute: one each when they all fit, else one grouped message of the first `maxGroup`; none without budget.
 */
export function planAlertMessages(
  contentIds: readonly string[],
  budget: number,
  maxGroup = MAX_GROUP,
): AlertMessagePlan[] {
  if (budget <= 0 || contentIds.length === 0) return [];
  if (contentIds.length <= budget) return contentIds.map((id) => ({ contentIds: [id], grouped: false }));
  return [{ contentIds: contentIds.slice(0, Math.max(2, maxGroup)), grouped: true }];
}

/**
 * The deterministic nonce of one alert message: the same channel and stories always give the same nonce, so a
 * post retried after a crash is recognised by Discord (`enforce_nonce`) and not created twice. 25 characters,
 * Discord's limit; `a` keeps it apart from digest nonces.
 */
export function alertNonce(channelId: string, contentIds: readonly string[]): string {
  const hash = createHash('sha256')
    .update(`alert:${channelId}:${contentIds.join(',')}`)
    .digest('base64url');
  return `a${hash.slice(0, 24)}`;
}

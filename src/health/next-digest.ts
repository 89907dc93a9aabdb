import type { Subscription } from '../store/types.js';

/** The soonest next digest among `subscriptions` (this process's active ones), or null when none is due. */
export function nextDigestRun(
  subscriptions: readonly Pick<Subscription, 'channelId'>[],
  nextRun: (channelId: string) => Date | null,
): Date | null {
  let soonest: Date | null = null;
  for (const s of subscriptions) {
    const at = nextRun(s.channelId);
    if (at && (!soonest || at < soonest)) soonest = at;
  }
  return soonest;
}

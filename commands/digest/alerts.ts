import type { CommandContext, CommandRequest } from '../../src/discord/command.js';
import { hasFilters } from '../../src/digest/filters.js';
import { localize } from '../../src/i18n/index.js';
import type { Reply } from '../../src/reply/reply.js';
import { channelRef, text } from '../../src/reply/rich-text.js';
import type { GuildSettingsStore } from '../../src/store/interfaces/guild-settings-store.js';
import type { SubscriptionStore } from '../../src/store/interfaces/subscription-store.js';
import { requireChannel, requirePostable } from './access.js';

/**
 * `/digest alerts channel` (#11): the channel gets each newly ingested story (that its `/digest filter` filters
 * keep) as it arrives, instead of a digest. A channel has one subscription: a digest channel is switched to
 * alerts and keeps its filters; `/digest subscribe` switches it back. The alert job (src/delivery/alerts.ts)
 * only sees stories ingested from now on.
 */
export async function alerts(
  req: CommandRequest,
  ctx: CommandContext<SubscriptionStore & GuildSettingsStore>,
  guildId: string,
): Promise<Reply> {
  const channelId = requireChannel(req);
  await requirePostable(req, channelId);
  const existing = ctx.store.getSubscription(channelId);
  const sub = ctx.store.upsertSubscription({
    guildId,
    channelId,
    // Alerts have no time of day; a digest's own is kept should the channel go back to digests.
    time: existing?.time ?? '08:00',
    timezone: existing?.timezone ?? (ctx.store.getGuildSettings(guildId).timezone || ctx.defaultTimezone),
    lastEditionSent: existing ? existing.lastEditionSent : null,
    mode: 'alerts',
    destination: 'messages',
    forumTag: null,
  });
  // The digest scheduler drops this channel's timer (it schedules digest subscriptions only).
  ctx.scheduler?.reload?.();
  const channel = channelRef(channelId);
  const key = hasFilters(sub.filters) ? 'alerts.subscribedFiltered' : 'alerts.subscribed';
  const switched = existing?.mode === 'digest';
  return {
    text: [
      ...localize(req.locale, key, { channel }),
      ...(switched ? [text('\n'), ...localize(req.locale, 'alerts.switched')] : []),
    ],
    cards: [],
    controls: [],
  };
}

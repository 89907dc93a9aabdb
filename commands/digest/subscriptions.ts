import type { CommandContext, CommandRequest } from '../../src/discord/command.js';
import { initialLastEdition } from '../../src/delivery/delivery.js';
import { normalizeTime, normalizeTimezone } from '../../src/digest/schedule-input.js';
import { localize } from '../../src/i18n/index.js';
import type { Reply } from '../../src/reply/reply.js';
import { channelRef } from '../../src/reply/rich-text.js';
import type { EditionReader } from '../../src/store/interfaces/edition-reader.js';
import type { GuildSettingsStore } from '../../src/store/interfaces/guild-settings-store.js';
import type { SubscriptionStore } from '../../src/store/interfaces/subscription-store.js';
import { UserError } from '../../src/user-error.js';
import { requireChannel, requirePostable } from './access.js';
import { nextDigestParam } from './next-digest.js';

/** `/digest subscribe`: a channel gets the digest daily at a time, in the server's zone unless it names one. */
export async function subscribe(
  req: CommandRequest,
  ctx: CommandContext<SubscriptionStore & GuildSettingsStore & Pick<EditionReader, 'editionDates'>>,
  guildId: string,
): Promise<Reply> {
  const channelId = requireChannel(req);
  const rawTime = req.options.string('time') ?? '';
  const time = normalizeTime(rawTime);
  if (!time) throw new UserError('digest.badTime', { time: rawTime });
  const rawTz = req.options.string('timezone');
  const timezone = rawTz
    ? normalizeTimezone(rawTz)
    : ctx.store.getGuildSettings(guildId).timezone || ctx.defaultTimezone;
  if (!timezone) throw new UserError('digest.badTimezone', { tz: rawTz ?? '' });
  await requirePostable(req, channelId);

  const existing = ctx.store.getSubscription(channelId);
  // Re-subscribing (e.g. to resume a paused channel) keeps its place; a new one starts at the newest edition.
  const lastEditionSent = existing ? existing.lastEditionSent : initialLastEdition(ctx.store);
  const sub = ctx.store.upsertSubscription({ guildId, channelId, time, timezone, lastEditionSent });
  ctx.scheduler?.reload?.();
  return {
    text: localize(req.locale, 'digest.subscribed', {
      channel: channelRef(channelId),
      time,
      tz: timezone,
      next: nextDigestParam(sub, ctx),
    }),
    cards: [],
    controls: [],
  };
}

/** `/digest unsubscribe`: the channel gets no more digests. */
export function unsubscribe(
  req: CommandRequest,
  ctx: CommandContext<SubscriptionStore>,
  guildId: string,
): Reply {
  const channelId = requireChannel(req);
  const sub = ctx.store.getSubscription(channelId);
  if (!sub || sub.guildId !== guildId || !ctx.store.removeSubscription(channelId))
    throw new UserError('digest.notSubscribed', { channel: channelRef(channelId) });
  ctx.scheduler?.reload?.();
  return {
    text: localize(req.locale, 'digest.unsubscribed', { channel: channelRef(channelId) }),
    cards: [],
    controls: [],
  };
}

import type { CommandContext, CommandRequest } from '../../src/discord/command.js';
import { initialLastEdition } from '../../src/delivery/delivery.js';
import { normalizeTime, normalizeTimezone } from '../../src/digest/schedule-input.js';
import { localize } from '../../src/i18n/index.js';
import type { Reply } from '../../src/reply/reply.js';
import { channelRef, text } from '../../src/reply/rich-text.js';
import type { EditionReader } from '../../src/store/interfaces/edition-reader.js';
import type { GuildSettingsStore } from '../../src/store/interfaces/guild-settings-store.js';
import type { SubscriptionStore } from '../../src/store/interfaces/subscription-store.js';
import { UserError } from '../../src/user-error.js';
import { requireChannel, requirePostable, SUBSCRIBE_CHANNEL_TYPES } from './access.js';
import { chooseDestination, destinationLine, destinationPermissions } from './destination.js';
import { nextDigestParam } from './next-digest.js';
import { chooseCadence, weekdayName } from './cadence.js';
import type { Cadence } from '../../src/digest/schedule.js';
import type { MessageKey } from '../../src/i18n/index.js';

/** The subscribe reply per cadence (#11): daily keeps its original wording. */
const SUBSCRIBED: Record<Cadence, MessageKey> = {
  daily: 'digest.subscribed',
  weekdays: 'digest.subscribedWeekdays',
  weekly: 'digest.subscribedWeekly',
};

/** `/digest subscribe`: a channel gets the digest daily at a time, in the server's zone unless it names one. */
export async function subscribe(
  req: CommandRequest,
  ctx: CommandContext<SubscriptionStore & GuildSettingsStore & Pick<EditionReader, 'editionDates'>>,
  guildId: string,
): Promise<Reply> {
  const channelId = requireChannel(req, SUBSCRIBE_CHANNEL_TYPES);
  const rawTime = req.options.string('time') ?? '';
  const time = normalizeTime(rawTime);
  if (!time) throw new UserError('digest.badTime', { time: rawTime });
  const rawTz = req.options.string('timezone');
  const timezone = rawTz
    ? normalizeTimezone(rawTz)
    : ctx.store.getGuildSettings(guildId).timezone || ctx.defaultTimezone;
  if (!timezone) throw new UserError('digest.badTimezone', { tz: rawTz ?? '' });
  const existing = ctx.store.getSubscription(channelId);
  const where = chooseDestination(req, existing);
  // #11 cadence: daily, weekdays or weekly on a day (options left out keep the existing subscription's).
  const { defaulted, ...rhythm } = chooseCadence(req, existing);
  await requirePostable(req, channelId, destinationPermissions(where.destination));

  // Re-subscribing (e.g. to resume a paused channel) keeps its place; a new one starts at the newest edition.
  const lastEditionSent = existing ? existing.lastEditionSent : initialLastEdition(ctx.store);
  // mode 'digest': an alerts channel (#11 /digest alerts) subscribed to the digest goes back to digests.
  const sub = ctx.store.upsertSubscription({
    guildId,
    channelId,
    time,
    timezone,
    lastEditionSent,
    ...where,
    ...rhythm,
    mode: 'digest',
  });
  ctx.scheduler?.reload?.();
  const line = destinationLine(sub, req.locale);
  return {
    text: [
      ...localize(req.locale, SUBSCRIBED[sub.cadence], {
        channel: channelRef(channelId),
        time,
        tz: timezone,
        weekday: weekdayName(sub.weekday),
        next: nextDigestParam(sub, ctx),
      }),
      ...(defaulted ? [text('\n'), ...localize(req.locale, 'digest.weekdayDefaulted')] : []),
      ...(line.length > 0 ? [text('\n'), ...line] : []),
    ],
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
  const channelId = requireChannel(req, SUBSCRIBE_CHANNEL_TYPES);
  const sub = ctx.store.getSubscription(channelId);
  if (!sub || sub.guildId !== guildId || !ctx.store.removeSubscription(channelId))
    throw new UserError('digest.notSubscribed', { channel: channelRef(channelId) });
  ctx.scheduler?.reload?.();
  return {
    text: localize(req.locale, sub.mode === 'alerts' ? 'alerts.unsubscribed' : 'digest.unsubscribed', {
      channel: channelRef(channelId),
    }),
    cards: [],
    controls: [],
  };
}

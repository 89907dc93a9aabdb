import type { CommandContext, CommandRequest } from '../../src/discord/command.js';
import { localize, t } from '../../src/i18n/index.js';
import type { Reply } from '../../src/reply/reply.js';
import { channelRef, joinRich, text, type RichText, type Span } from '../../src/reply/rich-text.js';
import { truncate } from '../../src/reply/truncate.js';
import type { SubscriptionStore } from '../../src/store/interfaces/subscription-store.js';
import type { Subscription } from '../../src/store/types.js';
import { formatEditionDate } from '../../src/i18n/dates.js';
import { adminButtonRows } from './admin-buttons.js';
import { destinationLine } from './destination.js';
import { nextDigestAt, nextDigestParam, nextDigestRelative } from './next-digest.js';
import { hasFilters } from '../../src/digest/filters.js';
import { scheduleParam } from './cadence.js';
import { filtersLine } from './filter.js';

function entry(s: Subscription, ctx: CommandContext<SubscriptionStore>, locale: string): Span[] {
  // Instant alerts (#11) have no time, next run or digest deliveries.
  if (s.mode === 'alerts') return alertsEntry(s, locale);
  const d = ctx.store.lastDelivery(s.channelId);
  const line: Span[] = [
    channelRef(s.channelId),
    text('\n'),
    ...localize(locale, 'digest.listLine', {
      schedule: scheduleParam(s),
      next: nextDigestParam(s, ctx),
      nextIn: nextDigestRelative(s, ctx),
      last: d
        ? {
            key: 'digest.deliveryStatus',
            params: {
              // #11 filters: an edition the filters left nothing of says so, not "nothing new".
              status: {
                key:
                  d.status === 'empty' && d.emptyReason === 'filtered'
                    ? 'delivery.filtered'
                    : `delivery.${d.status}`,
              },
              day: formatEditionDate(locale, d.day),
            },
          }
        : { key: 'digest.never' },
    }),
  ];
  if (hasFilters(s.filters)) line.push(text('\n'), ...filtersLine(s.filters, locale));
  const where = destinationLine(s, locale);
  if (where.length > 0) line.push(text('\n'), ...where);
  if (s.status === 'paused')
    line.push(
      text('\n⚠️ '),
      ...localize(locale, 'digest.listPaused', { reason: truncate(s.pauseReason ?? '?', 200) }),
    );
  else if (d?.error)
    line.push(text('\n⚠️ '), ...localize(locale, 'digest.listError', { error: truncate(d.error, 200) }));
  return line;
}

function alertsEntry(s: Subscription, locale: string): Span[] {
  const line: Span[] = [channelRef(s.channelId), text('\n'), ...localize(locale, 'alerts.listLine')];
  // #11 filters: alerts post only what the filters keep, so the list shows them here too.
  if (hasFilters(s.filters)) line.push(text('\n'), ...filtersLine(s.filters, locale));
  if (hasFilters(s.filters)) line.push(text('\n'), ...filtersLine(s.filters, locale));
  if (s.status === 'paused')
    line.push(
      text('\n⚠️ '),
      ...localize(locale, 'digest.listPaused', { reason: truncate(s.pauseReason ?? '?', 200) }),
    );
  return line;
}

/**
 * `/digest list`: per channel its time, time zone, next run (absolute and relative), last delivery and any
 * error or pause; the channel due soonest first, paused ones last.
 */
export function list(req: CommandRequest, ctx: CommandContext<SubscriptionStore>, guildId: string): Reply {
  const due = (s: Subscription): number => nextDigestAt(s, ctx)?.getTime() ?? Number.POSITIVE_INFINITY;
  const subs = ctx.store
    .listSubscriptions({ guildId })
    .map((s) => ({ s, at: due(s) }))
    .sort((a, b) => a.at - b.at || a.s.channelId.localeCompare(b.s.channelId))
    .map(({ s }) => s);
  const body: RichText =
    subs.length === 0
      ? [text(t(req.locale, 'digest.listEmpty'))]
      : joinRich(
          subs.map((s, i) => [text(`${i + 1}. `), ...entry(s, ctx, req.locale)]),
          '\n\n',
        );
  return {
    cards: [{ title: t(req.locale, 'digest.listTitle'), body }],
    controls: adminButtonRows(subs, req.locale),
  };
}

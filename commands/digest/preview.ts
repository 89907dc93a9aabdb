import type { CommandContext, CommandRequest } from '../../src/discord/command.js';
import { digestReplies } from '../../src/discord/digest-message.js';
import { buildDigest } from '../../src/digest/build-digest.js';
import { compileFilters, hasFilters } from '../../src/digest/filters.js';
import { localize } from '../../src/i18n/index.js';
import type { Reply } from '../../src/reply/reply.js';
import { channelRef, text } from '../../src/reply/rich-text.js';
import type { EditionReader } from '../../src/store/interfaces/edition-reader.js';
import type { SubscriptionStore } from '../../src/store/interfaces/subscription-store.js';
import type { Subscription } from '../../src/store/types.js';
import { UserError } from '../../src/user-error.js';
import { requireChannel, SUBSCRIBE_CHANNEL_TYPES } from './access.js';
import { filtersLine } from './filter.js';

/**
 * The newest edition's digest in `locale`, message for message as a channel would get it; the digest's footer
 * names its language, so an admin reading another language's preview is told. With `sub` (#11), only the
 * stories its filters keep, and a line above saying the filters were applied.
 */
export function previewReply(ctx: CommandContext<EditionReader>, locale: string, sub?: Subscription): Reply {
  const newest = ctx.store.editionDates(1)[0];
  if (!newest) throw new UserError('digest.previewEmpty');
  const filtered = sub && hasFilters(sub.filters);
  const keep = filtered ? compileFilters(sub.filters, ctx.toSimplified) : () => true;
  const articles = ctx.store.articlesForDate(newest).filter(keep);
  if (filtered && articles.length === 0)
    throw new UserError('digest.filter.previewNothing', {
      channel: channelRef(sub.channelId),
      filters: filtersLine(sub.filters, locale),
    });
  const [first, ...rest] = digestReplies(
    buildDigest(articles, { editionDate: newest }),
    locale,
    ctx.digestDisplay,
  );
  if (!first) throw new UserError('digest.previewEmpty');
  const note = filtered
    ? [
        ...localize(locale, 'digest.filter.previewNote', {
          channel: channelRef(sub.channelId),
          filters: filtersLine(sub.filters, locale),
        }),
        text('\n'),
      ]
    : [];
  return {
    ...first,
    text: [...note, ...(first.text ?? [])],
    ephemeral: true,
    followUps: rest.map((m) => ({ ...m, ephemeral: true })),
  };
}

/**
 * `/digest preview [channel]`: in the server's language, as its channels get it, whatever the admin's own locale;
 * with a channel, as that subscribed channel gets it (its filters applied).
 */
export function preview(
  req: CommandRequest,
  ctx: CommandContext<EditionReader & Pick<SubscriptionStore, 'getSubscription'>>,
  guildId?: string,
): Reply {
  const locale = req.guildLocale ?? req.locale;
  if (!req.options.channel('channel')) return previewReply(ctx, locale);
  const channelId = requireChannel(req, SUBSCRIBE_CHANNEL_TYPES);
  const sub = ctx.store.getSubscription(channelId);
  if (!sub || (guildId !== undefined && sub.guildId !== guildId))
    throw new UserError('digest.notSubscribed', { channel: channelRef(channelId) });
  return previewReply(ctx, locale, sub);
}

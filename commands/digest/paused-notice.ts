import type { CommandContext } from '../../src/discord/command.js';
import { localize } from '../../src/i18n/index.js';
import type { Reply } from '../../src/reply/reply.js';
import { channelRef, text } from '../../src/reply/rich-text.js';
import { truncate } from '../../src/reply/truncate.js';
import type { SubscriptionStore } from '../../src/store/interfaces/subscription-store.js';
import type { Subscription } from '../../src/store/types.js';

/** Subscriptions paused by delivery errors that no admin has been told about yet. */
export function unseenPauses(guildId: string, ctx: CommandContext<SubscriptionStore>): Subscription[] {
  return ctx.store.listSubscriptions({ guildId, status: 'paused' }).filter((s) => !s.pauseNotified);
}

/**
 * `reply` with a notice of `unseen` pauses above its text, and those pauses marked as told. The notice rides on
 * a successful reply and is marked only then, so a typo does not swallow it.
 */
export function withPausedNotice(
  reply: Reply,
  unseen: Subscription[],
  locale: string,
  ctx: CommandContext<SubscriptionStore>,
): Reply {
  if (unseen.length === 0) return reply;
  const notice = localize(locale, 'digest.pausedNotice', {
    lines: unseen.map((s) => ({
      key: 'digest.pausedLine' as const,
      params: { channel: channelRef(s.channelId), reason: truncate(s.pauseReason ?? '?', 200) },
    })),
  });
  ctx.store.markPauseNotified(unseen.map((s) => s.channelId));
  return { ...reply, text: reply.text?.length ? [...notice, text('\n\n'), ...reply.text] : notice };
}

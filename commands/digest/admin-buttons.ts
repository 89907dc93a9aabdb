import type { CommandContext, ComponentOutcome } from '../../src/discord/command.js';
import { encodeCustomId, type DigestAction } from '../../src/discord/custom-ids.js';
import { localize, t, type MessageKey } from '../../src/i18n/index.js';
import type { ButtonRow, Reply } from '../../src/reply/reply.js';
import { channelRef } from '../../src/reply/rich-text.js';
import type { EditionReader } from '../../src/store/interfaces/edition-reader.js';
import type { SubscriptionStore } from '../../src/store/interfaces/subscription-store.js';
import type { Subscription } from '../../src/store/types.js';
import { UserError } from '../../src/user-error.js';
import { previewReply } from './preview.js';

/** Discord allows five rows of buttons: the five channels due soonest get theirs. */
export const MAX_BUTTON_ROWS = 5;

/**
 * One row per listed channel: preview, send now, unsubscribe, numbered as the list is. An alerts channel has no
 * digest to preview or send, so only unsubscribe.
 */
export function adminButtonRows(subs: readonly Subscription[], locale: string): ButtonRow[] {
  return subs.slice(0, MAX_BUTTON_ROWS).map((s, i) => ({
    kind: 'buttons',
    buttons: (s.mode === 'alerts'
      ? (['unsubscribe'] as const)
      : (['preview', 'send', 'unsubscribe'] as const)
    ).map((action) => ({
      id: encodeCustomId({ kind: 'digest', action, channelId: s.channelId }),
      label: t(locale, `digest.button.${action}`, { n: i + 1 }),
      ...(action === 'send' ? { primary: true } : {}),
    })),
  }));
}

const SEND_OUTCOME: Record<string, MessageKey> = {
  sent: 'digest.sendNow.sent',
  skipped: 'digest.sendNow.skipped',
  empty: 'digest.sendNow.empty',
  paused: 'digest.sendNow.paused',
  failed: 'digest.sendNow.failed',
};

/**
 * A `/digest list` button. They sit on that command's ephemeral reply, which only the admin who ran it can see
 * or press, so the admin check of the command covers them; the subscription is read again in case it changed.
 */
export async function handleDigestButton(
  action: DigestAction,
  channelId: string,
  locale: string,
  ctx: CommandContext<SubscriptionStore & EditionReader>,
): Promise<ComponentOutcome> {
  const sub = ctx.store.getSubscription(channelId);
  const channel = channelRef(channelId);
  if (!sub) throw new UserError('digest.notSubscribed', { channel });
  let reply: Reply;
  switch (action) {
    case 'preview':
      // #11: the channel's own preview, its filters applied.
      reply = previewReply(ctx, locale, sub);
      break;
    case 'unsubscribe':
      ctx.store.removeSubscription(channelId);
      ctx.scheduler?.reload?.();
      reply = { text: localize(locale, 'digest.unsubscribed', { channel }), cards: [], controls: [] };
      break;
    case 'send': {
      if (!ctx.scheduler?.sendNow) throw new UserError('digest.sendNow.unavailable');
      const result = await ctx.scheduler.sendNow(channelId);
      // #11: an edition its filters left nothing of is not "nothing new".
      const filtered =
        result.outcome === 'empty' && ctx.store.lastDelivery(channelId)?.emptyReason === 'filtered';
      reply = {
        text: localize(
          locale,
          filtered ? 'digest.sendNow.filtered' : (SEND_OUTCOME[result.outcome] ?? 'digest.sendNow.failed'),
          {
            channel,
            error: result.error ?? '',
          },
        ),
        cards: [],
        controls: [],
      };
      break;
    }
  }
  return { reply: { ...reply, ephemeral: true }, update: false };
}

import type { CommandContext } from '../../src/discord/command.js';
import { nextRun } from '../../src/digest/schedule.js';
import type { MessageParam } from '../../src/i18n/index.js';
import { relativeTime, timestamp } from '../../src/reply/rich-text.js';
import type { Subscription } from '../../src/store/types.js';

/** When a subscription's next digest is due: the scheduler's timer if it runs one, else the schedule's math. */
export function nextDigestAt(
  sub: Subscription,
  ctx: Pick<CommandContext, 'scheduler' | 'clock'>,
): Date | null {
  if (sub.status === 'paused') return null;
  return ctx.scheduler?.nextRun(sub.channelId) ?? nextRun(sub, ctx.clock.now());
}

/** The next digest as a message parameter: an instant each reader sees in their own time zone, or "not scheduled". */
export function nextDigestParam(
  sub: Subscription,
  ctx: Pick<CommandContext, 'scheduler' | 'clock'>,
): MessageParam {
  const at = nextDigestAt(sub, ctx);
  return at ? timestamp(at) : { key: 'digest.notScheduled' };
}

/** The same instant relative to now ("in 3 hours"), or "not scheduled". */
export function nextDigestRelative(
  sub: Subscription,
  ctx: Pick<CommandContext, 'scheduler' | 'clock'>,
): MessageParam {
  const at = nextDigestAt(sub, ctx);
  return at ? relativeTime(at, ctx.clock.now()) : { key: 'digest.notScheduled' };
}

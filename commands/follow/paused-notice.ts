import type { UserNotice } from '../../src/discord/command.js';
import { localize } from '../../src/i18n/index.js';
import { truncate } from '../../src/reply/truncate.js';

/**
 * The follows' part of the "notice for this user" hook (CommandContext.userNotice): a member whose follows were
 * paused because the bot could not DM them hears it on the next command they run in a server, once. Marked
 * told only when the router or the console has added it to a reply, as /digest's paused notice is.
 */
export const followPausedNotice: UserNotice = (userId, locale, ctx) => {
  const state = ctx.store.followerState(userId);
  if (!state || state.status !== 'paused' || state.pauseNotified) return null;
  return {
    text: localize(locale, 'follow.pausedNotice', { reason: truncate(state.pauseReason ?? '?', 200) }),
    seen: () => ctx.store.markFollowPauseNotified(userId),
  };
};

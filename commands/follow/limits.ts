import type { CommandContext, FollowLimits } from '../../src/discord/command.js';

/** What FOLLOW_MAX_PER_USER and FOLLOW_MAX_PER_GUILD default to (src/config.ts), for a context without them. */
export const DEFAULT_FOLLOW_LIMITS: FollowLimits = { perUser: 20, perGuild: 2000 };

/** A keyword is a word or two, typed like a search query; Discord's option refuses more than this too. */
export const MAX_KEYWORD_CHARS = 30;

export function followLimitsOf(ctx: Pick<CommandContext, 'followLimits'>): FollowLimits {
  return ctx.followLimits ?? DEFAULT_FOLLOW_LIMITS;
}

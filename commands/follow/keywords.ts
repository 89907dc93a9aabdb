import type { CommandContext, CommandRequest } from '../../src/discord/command.js';
import { keywordTerms } from '../../src/digest/keyword-match.js';
import { localize, t } from '../../src/i18n/index.js';
import type { Reply } from '../../src/reply/reply.js';
import { text, type Span } from '../../src/reply/rich-text.js';
import { truncate } from '../../src/reply/truncate.js';
import type { FollowStore } from '../../src/store/interfaces/follow-store.js';
import { UserError } from '../../src/user-error.js';
import { followLimitsOf, MAX_KEYWORD_CHARS } from './limits.js';

type Ctx = CommandContext<FollowStore>;

const say = (spans: Span[]): Reply => ({
  text: spans,
  cards: [],
  controls: [],
  ephemeral: true,
});

/** The keyword as stored: white space collapsed, NFC (the forms search compares). */
export function normalizeKeyword(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The typed keyword, checked the way search reads a query: something searchable, and short. */
function keywordOption(req: CommandRequest, ctx: Ctx): string {
  const keyword = normalizeKeyword(req.options.string('keyword') ?? '');
  if (!keyword) throw new UserError('follow.emptyKeyword');
  if (Array.from(keyword).length > MAX_KEYWORD_CHARS)
    throw new UserError('follow.tooLong', { max: MAX_KEYWORD_CHARS });
  if (!keywordTerms(keyword, ctx.toSimplified)) throw new UserError('follow.badKeyword', { keyword });
  return keyword;
}

/** `/follow add keyword`: refused at the per-user and per-server limits, which /help states. */
export function addFollow(req: CommandRequest, ctx: Ctx, guildId: string): Reply {
  const keyword = keywordOption(req, ctx);
  const limits = followLimitsOf(ctx);
  const outcome = ctx.store.addFollow({
    userId: req.userId,
    guildId,
    keyword,
    maxPerUser: limits.perUser,
    maxPerGuild: limits.perGuild,
  });
  switch (outcome) {
    case 'exists':
      return say(localize(req.locale, 'follow.exists', { keyword }));
    case 'user-limit':
      throw new UserError('follow.userLimit', { max: limits.perUser });
    case 'guild-limit':
      throw new UserError('follow.guildLimit', { max: limits.perGuild });
    case 'added':
      return say(
        localize(req.locale, 'follow.added', {
          keyword,
          count: ctx.store.listFollows(req.userId).length,
          max: limits.perUser,
        }),
      );
  }
}

/** `/follow list`: the member's keywords, and whether DMs to them are paused. */
export function listFollows(req: CommandRequest, ctx: Ctx): Reply {
  const follows = ctx.store.listFollows(req.userId);
  const state = ctx.store.followerState(req.userId);
  const { perUser } = followLimitsOf(ctx);
  if (follows.length === 0) return say(localize(req.locale, 'follow.listEmpty'));
  const body: Span[] = [text(follows.map((f, i) => `${i + 1}. ${f.keyword}`).join('\n'))];
  if (state?.status === 'paused')
    body.push(
      text('\n\n'),
      ...localize(req.locale, 'follow.listPaused', { reason: truncate(state.pauseReason ?? '?', 200) }),
    );
  return {
    cards: [
      {
        title: t(req.locale, 'follow.listTitle', { count: follows.length, max: perUser }),
        body,
        footer: t(req.locale, 'follow.listFooter'),
      },
    ],
    controls: [],
    ephemeral: true,
  };
}

/** `/follow remove keyword`. */
export function removeFollow(req: CommandRequest, ctx: Ctx): Reply {
  const keyword = normalizeKeyword(req.options.string('keyword') ?? '');
  if (!keyword) throw new UserError('follow.emptyKeyword');
  if (!ctx.store.removeFollow(req.userId, keyword)) throw new UserError('follow.notFollowed', { keyword });
  return say(localize(req.locale, 'follow.removed', { keyword }));
}

/** `/follow clear`: deletes everything stored about the member (keywords, state, stories sent). */
export function clearFollows(req: CommandRequest, ctx: Ctx): Reply {
  const { follows, notices } = ctx.store.clearFollower(req.userId);
  if (follows === 0 && notices === 0) return say(localize(req.locale, 'follow.clearedNothing'));
  return say(localize(req.locale, 'follow.cleared', { follows, notices }));
}

/** `/follow resume`: DMs again after they failed (the member has allowed them). */
export function resumeFollows(req: CommandRequest, ctx: Ctx): Reply {
  const resumed = ctx.store.resumeFollower(req.userId);
  return say(localize(req.locale, resumed ? 'follow.resumed' : 'follow.notPaused'));
}

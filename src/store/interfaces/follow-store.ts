import type { Store } from '../types.js';

/**
 * What /follow reads and writes (a member's own keywords, their paused state, `/follow clear`), and the paused
 * notice any command of theirs may carry.
 */
export type FollowStore = Pick<
  Store,
  | 'addFollow'
  | 'listFollows'
  | 'removeFollow'
  | 'clearFollower'
  | 'followerState'
  | 'resumeFollower'
  | 'markFollowPauseNotified'
>;

/**
 * What the follow notifier needs: the feed after its cursor and the stories in it, every active follow, and the
 * ledger it claims (user, story) rows in, marks them sent, or pauses a user the bot cannot DM.
 */
export type FollowNotifierStore = Pick<
  Store,
  | 'feedAfter'
  | 'feedCursor'
  | 'getArticle'
  | 'activeFollows'
  | 'claimFollowMatches'
  | 'pendingFollowNotices'
  | 'markFollowNoticesSent'
  | 'setFollowNoticeNonce'
  | 'pauseFollower'
>;

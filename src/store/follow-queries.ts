import type Database from 'better-sqlite3';
import type { FollowerState, FollowNotice, Store } from './types.js';

type FollowQueries = Pick<
  Store,
  | 'addFollow'
  | 'listFollows'
  | 'removeFollow'
  | 'clearFollower'
  | 'followerState'
  | 'pauseFollower'
  | 'resumeFollower'
  | 'markFollowPauseNotified'
  | 'activeFollows'
  | 'claimFollowMatches'
  | 'pendingFollowNotices'
  | 'markFollowNoticesSent'
  | 'setFollowNoticeNonce'
>;

interface FollowerRow {
  status: 'active' | 'paused';
  pause_reason: string | null;
  pause_notified: number;
}

/** Personal follows (migration 010): keywords per user, their DM state, and the ledger of stories sent. */
export function createFollowQueries(db: Database.Database, now: () => Date): FollowQueries {
  const stamp = (): string => now().toISOString();
  const insertFollow = db.prepare<[string, string, string, string]>(
    'INSERT OR IGNORE INTO follows (user_id, keyword, guild_id, created_at) VALUES (?, ?, ?, ?)',
  );
  const countUser = db.prepare<[string], number>('SELECT count(*) FROM follows WHERE user_id = ?').pluck();
  const countGuild = db.prepare<[string], number>('SELECT count(*) FROM follows WHERE guild_id = ?').pluck();
  const hasFollow = db
    .prepare<[string, string], number>('SELECT 1 FROM follows WHERE user_id = ? AND keyword = ?')
    .pluck();
  const ensureFollower = db.prepare<[string, string]>(
    "INSERT OR IGNORE INTO followers (user_id, status, updated_at) VALUES (?, 'active', ?)",
  );
  const list = db.prepare<[string], { keyword: string; guild_id: string; created_at: string }>(
    'SELECT keyword, guild_id, created_at FROM follows WHERE user_id = ? ORDER BY created_at, rowid',
  );
  const deleteFollow = db.prepare<[string, string]>('DELETE FROM follows WHERE user_id = ? AND keyword = ?');
  const deleteFollows = db.prepare<[string]>('DELETE FROM follows WHERE user_id = ?');
  const deleteFollower = db.prepare<[string]>('DELETE FROM followers WHERE user_id = ?');
  const deleteNotices = db.prepare<[string]>('DELETE FROM follow_notices WHERE user_id = ?');
  const deletePending = db.prepare<[string]>(
    "DELETE FROM follow_notices WHERE user_id = ? AND status = 'claimed'",
  );
  const state = db.prepare<[string], FollowerRow>(
    'SELECT status, pause_reason, pause_notified FROM followers WHERE user_id = ?',
  );
  const pause = db.prepare<[{ user: string; reason: string; at: string }]>(`
    INSERT INTO followers (user_id, status, pause_reason, pause_notified, updated_at)
    VALUES (@user, 'paused', @reason, 0, @at)
    ON CONFLICT (user_id) DO UPDATE SET status = 'paused', pause_reason = @reason, pause_notified = 0,
      updated_at = @at`);
  const resume = db.prepare<[{ user: string; at: string }]>(`
    UPDATE followers SET status = 'active', pause_reason = NULL, pause_notified = 0, updated_at = @at
    WHERE user_id = @user AND status = 'paused'`);
  const notified = db.prepare<[string]>(
    "UPDATE followers SET pause_notified = 1 WHERE user_id = ? AND status = 'paused'",
  );
  const active = db.prepare<[], { user_id: string; keyword: string }>(`
    SELECT f.user_id, f.keyword FROM follows f
    WHERE NOT EXISTS (SELECT 1 FROM followers p WHERE p.user_id = f.user_id AND p.status = 'paused')
    ORDER BY f.user_id, f.created_at, f.rowid`);
  const claim = db.prepare<[string, string, string, string]>(
    'INSERT OR IGNORE INTO follow_notices (user_id, content_id, keyword, claimed_at) VALUES (?, ?, ?, ?)',
  );
  const advance = db.prepare<[number]>(`
    INSERT INTO feed_cursors (reader, seq) VALUES ('follows', ?)
    ON CONFLICT (reader) DO UPDATE SET seq = max(seq, excluded.seq)`);
  // The server a DM is written for: the user's first follow's (its language); any will do.
  const pending = db.prepare<
    [],
    {
      user_id: string;
      content_id: string;
      keyword: string;
      claimed_at: string;
      nonce: string | null;
      guild_id: string | null;
    }
  >(`
    SELECT n.user_id, n.content_id, n.keyword, n.claimed_at, n.nonce,
      (SELECT f.guild_id FROM follows f WHERE f.user_id = n.user_id ORDER BY f.created_at, f.rowid LIMIT 1)
        AS guild_id
    FROM follow_notices n
    WHERE n.status = 'claimed'
      AND NOT EXISTS (SELECT 1 FROM followers p WHERE p.user_id = n.user_id AND p.status = 'paused')
    ORDER BY n.user_id, n.claimed_at, n.rowid`);
  const setNonce = db.prepare<[string, string, string]>(
    "UPDATE follow_notices SET nonce = ? WHERE user_id = ? AND content_id = ? AND status = 'claimed'",
  );
  const sent = db.prepare<[string, string]>(
    "UPDATE follow_notices SET status = 'sent' WHERE user_id = ? AND content_id = ?",
  );

  const add = db.transaction(
    (f: { userId: string; guildId: string; keyword: string; maxPerUser: number; maxPerGuild: number }) => {
      if (hasFollow.get(f.userId, f.keyword) !== undefined) return 'exists' as const;
      if ((countUser.get(f.userId) ?? 0) >= f.maxPerUser) return 'user-limit' as const;
      if ((countGuild.get(f.guildId) ?? 0) >= f.maxPerGuild) return 'guild-limit' as const;
      const at = stamp();
      insertFollow.run(f.userId, f.keyword, f.guildId, at);
      ensureFollower.run(f.userId, at);
      return 'added' as const;
    },
  );
  const clear = db.transaction((userId: string) => {
    const follows = deleteFollows.run(userId).changes;
    const notices = deleteNotices.run(userId).changes;
    deleteFollower.run(userId);
    return { follows, notices };
  });
  const pauseTx = db.transaction((userId: string, reason: string) => {
    pause.run({ user: userId, reason, at: stamp() });
    // What was claimed but not sent is dropped: resuming starts with the stories that come after.
    deletePending.run(userId);
  });
  const claimTx = db.transaction(
    (claims: readonly { userId: string; contentId: string; keyword: string }[], seq: number) => {
      const at = stamp();
      let n = 0;
      for (const c of claims) n += claim.run(c.userId, c.contentId, c.keyword, at).changes;
      advance.run(seq);
      return n;
    },
  );
  const nonceTx = db.transaction((userId: string, contentIds: readonly string[], nonce: string) => {
    for (const id of contentIds) setNonce.run(nonce, userId, id);
  });
  const sentTx = db.transaction((userId: string, contentIds: readonly string[]) => {
    for (const id of contentIds) sent.run(userId, id);
  });

  return {
    addFollow: (f) => add.immediate(f),
    listFollows: (userId) =>
      list.all(userId).map((r) => ({ keyword: r.keyword, guildId: r.guild_id, createdAt: r.created_at })),
    removeFollow: (userId, keyword) => deleteFollow.run(userId, keyword).changes > 0,
    clearFollower: (userId) => clear.immediate(userId),
    followerState(userId): FollowerState | null {
      const r = state.get(userId);
      return r
        ? { status: r.status, pauseReason: r.pause_reason, pauseNotified: r.pause_notified === 1 }
        : null;
    },
    pauseFollower: (userId, reason) => pauseTx.immediate(userId, reason),
    resumeFollower: (userId) => resume.run({ user: userId, at: stamp() }).changes > 0,
    markFollowPauseNotified(userId) {
      notified.run(userId);
    },
    activeFollows: () => active.all().map((r) => ({ userId: r.user_id, keyword: r.keyword })),
    claimFollowMatches: (claims, seq) => claimTx.immediate(claims, seq),
    pendingFollowNotices: (): FollowNotice[] =>
      pending.all().map((r) => ({
        userId: r.user_id,
        contentId: r.content_id,
        keyword: r.keyword,
        claimedAt: r.claimed_at,
        nonce: r.nonce,
        guildId: r.guild_id,
      })),
    setFollowNoticeNonce: (userId, contentIds, nonce) => nonceTx.immediate(userId, contentIds, nonce),
    markFollowNoticesSent: (userId, contentIds) => sentTx.immediate(userId, contentIds),
  };
}

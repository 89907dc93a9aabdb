import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from '../../src/store/open-store.js';
import { migrate, migrations } from '../../src/store/schema.js';

/** Migration 010 and the follow queries (#11 personal follows). */
const dbs: Database.Database[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) if (db.open) db.close();
});

function fresh(): Database.Database {
  const db = new Database(':memory:');
  dbs.push(db);
  return db;
}

const LIMITS = { maxPerUser: 2, maxPerGuild: 3 };
const count = (db: Database.Database, table: string, user: string): number =>
  db.prepare(`SELECT count(*) FROM ${table} WHERE user_id = ?`).pluck().get(user) as number;

describe('migration 010: personal follows', () => {
  it('carries a version-9 database over: its stories kept, the follow tables added and empty', () => {
    const db = fresh();
    migrate(
      db,
      migrations.filter((m) => m.version <= 9),
    );
    // A story in the feed, read by neither reader yet (version 9 wrote it; its own columns only).
    db.exec("INSERT INTO article_feed (content_id, article_id, added_at) VALUES ('c1', 'a1', '2019-08-07')");
    expect(migrate(db)).toEqual(migrations.filter((m) => m.version >= 10).map((m) => m.version));
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'follow%' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(['follow_notices', 'followers', 'follows']);
    const store = createStore(db);
    // The feed and the follows cursor are kept: the story is still new to follows.
    expect(store.feedCursor('follows')).toBe(0);
    expect(store.feedAfter(0, 10).map((e) => e.contentId)).toEqual(['c1']);
    expect(store.activeFollows()).toEqual([]);
    expect(store.pendingFollowNotices()).toEqual([]);
  });
});

describe('follow queries', () => {
  function store() {
    const db = fresh();
    migrate(db);
    let tick = 0;
    return { db, store: createStore(db, { now: () => new Date(Date.UTC(2019, 7, 7, 0, 0, tick++)) }) };
  }

  it('adds keywords once each (case-insensitively), within the per-user and per-server limits', () => {
    const { store: s } = store();
    const add = (userId: string, keyword: string, guildId = 'g1') =>
      s.addFollow({ userId, guildId, keyword, ...LIMITS });
    expect(add('u1', 'Typhoon')).toBe('added');
    expect(add('u1', 'typhoon')).toBe('exists');
    expect(add('u1', '舟山')).toBe('added');
    expect(add('u1', '渔场')).toBe('user-limit');
    expect(add('u2', '渔场')).toBe('added');
    expect(add('u3', '渔场')).toBe('guild-limit');
    expect(add('u3', '渔场', 'g2')).toBe('added');
    expect(s.listFollows('u1').map((f) => [f.keyword, f.guildId])).toEqual([
      ['Typhoon', 'g1'],
      ['舟山', 'g1'],
    ]);
    expect(s.removeFollow('u1', 'TYPHOON')).toBe(true);
    expect(s.removeFollow('u1', 'TYPHOON')).toBe(false);
    expect(s.activeFollows()).toEqual([
      { userId: 'u1', keyword: '舟山' },
      { userId: 'u2', keyword: '渔场' },
      { userId: 'u3', keyword: '渔场' },
    ]);
  });

  it('claims matches and moves the follows cursor in one transaction; a story is claimed once per user', () => {
    const { store: s, db } = store();
    s.addFollow({ userId: 'u1', guildId: 'g1', keyword: '舟山', ...LIMITS });
    expect(s.claimFollowMatches([{ userId: 'u1', contentId: 'c1', keyword: '舟山' }], 5)).toBe(1);
    expect(s.feedCursor('follows')).toBe(5);
    expect(s.claimFollowMatches([{ userId: 'u1', contentId: 'c1', keyword: '舟山' }], 3)).toBe(0);
    expect(s.feedCursor('follows')).toBe(5);
    expect(s.pendingFollowNotices().map((n) => [n.userId, n.contentId, n.keyword, n.guildId])).toEqual([
      ['u1', 'c1', '舟山', 'g1'],
    ]);
    s.markFollowNoticesSent('u1', ['c1']);
    expect(s.pendingFollowNotices()).toEqual([]);
    // A claim that fails half-way leaves neither the rows nor the cursor moved.
    db.exec(
      "CREATE TRIGGER boom BEFORE INSERT ON follow_notices WHEN NEW.content_id = 'bad' BEGIN SELECT RAISE(ABORT, 'boom'); END",
    );
    expect(() =>
      s.claimFollowMatches(
        [
          { userId: 'u1', contentId: 'c2', keyword: '舟山' },
          { userId: 'u1', contentId: 'bad', keyword: '舟山' },
        ],
        9,
      ),
    ).toThrow('boom');
    expect(s.feedCursor('follows')).toBe(5);
    expect(count(db, 'follow_notices', 'u1')).toBe(1);
  });

  it('pauses a user (keeping their follows, dropping what was not sent), resumes, and marks them told', () => {
    const { store: s } = store();
    s.addFollow({ userId: 'u1', guildId: 'g1', keyword: '舟山', ...LIMITS });
    s.claimFollowMatches([{ userId: 'u1', contentId: 'c1', keyword: '舟山' }], 1);
    s.markFollowNoticesSent('u1', ['c1']);
    s.claimFollowMatches([{ userId: 'u1', contentId: 'c2', keyword: '舟山' }], 2);
    s.pauseFollower('u1', 'Cannot send messages to this user (50007)');
    expect(s.followerState('u1')).toEqual({
      status: 'paused',
      pauseReason: 'Cannot send messages to this user (50007)',
      pauseNotified: false,
    });
    expect(s.activeFollows()).toEqual([]);
    expect(s.pendingFollowNotices()).toEqual([]);
    expect(s.listFollows('u1')).toHaveLength(1);
    s.markFollowPauseNotified('u1');
    expect(s.followerState('u1')?.pauseNotified).toBe(true);
    expect(s.resumeFollower('u1')).toBe(true);
    expect(s.resumeFollower('u1')).toBe(false);
    expect(s.followerState('u1')).toEqual({ status: 'active', pauseReason: null, pauseNotified: false });
    // c1 stays recorded as sent: a user never gets one story twice.
    expect(s.claimFollowMatches([{ userId: 'u1', contentId: 'c1', keyword: '舟山' }], 3)).toBe(0);
  });

  it('clear deletes every row about the user and no one else’s', () => {
    const { store: s, db } = store();
    for (const u of ['u1', 'u2']) {
      s.addFollow({ userId: u, guildId: 'g1', keyword: '舟山', ...LIMITS });
      s.claimFollowMatches([{ userId: u, contentId: 'c1', keyword: '舟山' }], 1);
      s.pauseFollower(u, 'x');
    }
    s.claimFollowMatches([{ userId: 'u1', contentId: 'c2', keyword: '舟山' }], 2);
    s.markFollowNoticesSent('u1', ['c2']);
    expect(s.clearFollower('u1')).toEqual({ follows: 1, notices: 1 });
    for (const table of ['follows', 'followers', 'follow_notices']) expect(count(db, table, 'u1')).toBe(0);
    expect(s.followerState('u1')).toBeNull();
    expect(count(db, 'follows', 'u2')).toBe(1);
    expect(count(db, 'followers', 'u2')).toBe(1);
    expect(s.clearFollower('u1')).toEqual({ follows: 0, notices: 0 });
  });
});

import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, openStore } from '../../src/store/open-store.js';
import { migrate, migrations } from '../../src/store/schema.js';
import type { AlertClaim, Store } from '../../src/store/types.js';
import { article, page, summariesOf } from './fixtures.js';

let store: Store | undefined;
const dbs: Database.Database[] = [];
afterEach(() => {
  store?.close();
  store = undefined;
  for (const db of dbs.splice(0)) if (db.open) db.close();
});

const claim = (channelId: string, contentId: string, seq: number): AlertClaim => ({
  channelId,
  guildId: 'g1',
  contentId,
  articleId: `a-${contentId}`,
  seq,
});

describe('migration 009: the alert ledger', () => {
  it('carries a version-8 database over with its feed cursor, and the ledger starts empty', () => {
    const db = new Database(':memory:');
    dbs.push(db);
    migrate(
      db,
      migrations.filter((m) => m.version <= 8),
    );
    db.prepare("UPDATE feed_cursors SET seq = 7 WHERE reader = 'alerts'").run();
    expect(migrate(db)).toEqual(migrations.filter((m) => m.version >= 9).map((m) => m.version));
    const s = createStore(db);
    expect(s.feedCursor('alerts')).toBe(7);
    expect(s.channelsWithPendingAlerts()).toEqual([]);
    const columns = db.prepare("SELECT name FROM pragma_table_info('alert_ledger')").pluck().all();
    expect(columns).toEqual(
      expect.arrayContaining(['channel_id', 'content_id', 'status', 'nonce', 'message_id', 'sent_at']),
    );
    expect(() =>
      db
        .prepare(
          `INSERT INTO alert_ledger (channel_id, content_id, guild_id, article_id, feed_seq, status, claimed_at,
           updated_at) VALUES ('c', 'x', 'g', 'a', 1, 'bogus', '', '')`,
        )
        .run(),
    ).toThrow(/CHECK/);
  });
});

describe('the alert ledger', () => {
  it('claims each (channel, story) once and moves the alerts cursor in the same step', () => {
    let now = new Date('2026-12-01T10:00:00Z');
    store = openStore(':memory:', { now: () => now });
    expect(store.claimAlerts([claim('c1', 'x', 1), claim('c2', 'x', 1), claim('c1', 'y', 2)], 2)).toBe(3);
    expect(store.feedCursor('alerts')).toBe(2);
    // The same story again (a second page, a re-read after a crash): nothing new, the cursor never goes back.
    expect(store.claimAlerts([claim('c1', 'x', 1)], 1)).toBe(0);
    expect(store.feedCursor('alerts')).toBe(2);
    expect(store.channelsWithPendingAlerts()).toEqual(['c1', 'c2']);
    expect(store.pendingAlerts('c1').map((r) => [r.contentId, r.status, r.nonce])).toEqual([
      ['x', 'pending', null],
      ['y', 'pending', null],
    ]);

    store.assignAlertNonce('c1', ['x', 'y'], 'n1');
    expect(store.pendingAlerts('c1').map((r) => r.nonce)).toEqual(['n1', 'n1']);
    // A batched row keeps its nonce: assigning again does not move it to another batch.
    store.assignAlertNonce('c1', ['x'], 'n2');
    expect(store.pendingAlerts('c1').map((r) => r.nonce)).toEqual(['n1', 'n1']);

    store.markAlertsFailed('c1', 'n1', 'HTTP 500');
    expect(store.pendingAlerts('c1').map((r) => [r.status, r.attempts, r.error])).toEqual([
      ['failed', 1, 'HTTP 500'],
      ['failed', 1, 'HTTP 500'],
    ]);
    now = new Date('2026-12-01T10:00:30Z');
    store.markAlertsSent('c1', 'n1', 'm1');
    expect(store.pendingAlerts('c1')).toEqual([]);
    expect(store.channelsWithPendingAlerts()).toEqual(['c2']);
    expect(store.recentAlertMessages('c1', '2026-12-01T10:00:00Z')).toEqual([{ nonce: 'n1', stories: 2 }]);
    expect(store.recentAlertMessages('c1', '2026-12-01T10:00:31Z')).toEqual([]);
  });

  it('keeps the claims out of a transaction that fails: neither rows nor cursor move', () => {
    store = openStore(':memory:');
    const p = page('a.txt', '2026-12-01', [article({ id: 'a1', title: '甲' })]);
    store.savePage(p, 'h', summariesOf(p));
    const before = store.feedCursor('alerts');
    const bad = { ...claim('c1', 'x', 5), guildId: null as unknown as string };
    expect(() => store!.claimAlerts([claim('c1', 'y', 5), bad], 5)).toThrow(/NOT NULL/);
    expect(store.feedCursor('alerts')).toBe(before);
    expect(store.pendingAlerts('c1')).toEqual([]);
  });
});

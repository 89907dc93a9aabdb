import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, openStore } from '../../src/store/open-store.js';
import { migrate, migrations } from '../../src/store/schema.js';
import type { Store } from '../../src/store/types.js';
import { article, page, summariesOf } from './fixtures.js';

let store: Store | undefined;
afterEach(() => store?.close());

function save(s: Store, source: string, titles: string[], ids: string[], contentIds?: string[]): void {
  const p = page(
    source,
    '2026-12-01',
    titles.map((title, i) => article({ id: ids[i]!, title })),
  );
  const content = contentIds ? new Map(ids.map((id, i) => [id, contentIds[i]!])) : undefined;
  s.savePage(p, `hash-${source}-${ids.join()}`, summariesOf(p), content);
}

describe('the feed of newly ingested stories', () => {
  it('lists each story once, at its first arrival, in arrival order', () => {
    store = openStore(':memory:');
    save(store, 'b.txt', ['乙', '甲'], ['b1', 'b2'], ['c2', 'c1']);
    save(store, 'a.txt', ['甲'], ['a1'], ['c1']); // the same story on a second page: not new
    save(store, 'b.txt', ['乙', '甲', '丙'], ['b1', 'b2', 'b3'], ['c2', 'c1', 'c3']); // page replaced
    expect(store.feedAfter(0, 10).map((e) => [e.seq, e.contentId, e.articleId])).toEqual([
      [1, 'c2', 'b1'],
      [2, 'c1', 'b2'],
      [3, 'c3', 'b3'],
    ]);
    expect(store.feedAfter(1, 1).map((e) => e.contentId)).toEqual(['c1']);
  });

  it('points at another copy once the first page is gone, and at nothing when none is left', () => {
    store = openStore(':memory:');
    save(store, 'b.txt', ['甲'], ['b1'], ['c1']);
    save(store, 'a.txt', ['甲'], ['a1'], ['c1']);
    store.removePage('b.txt');
    expect(store.feedAfter(0, 10)[0]?.articleId).toBe('a1');
    store.removePage('a.txt');
    expect(store.feedAfter(0, 10)[0]?.articleId).toBeNull();
  });

  it('keeps a position per reader that only moves forward', () => {
    store = openStore(':memory:');
    expect(store.feedCursor('alerts')).toBe(0);
    store.advanceFeedCursor('alerts', 5);
    store.advanceFeedCursor('alerts', 3);
    expect(store.feedCursor('alerts')).toBe(5);
    expect(store.feedCursor('follows')).toBe(0);
  });

  it('upgrading from version 7 marks every story already stored as read, so nothing old is alerted', () => {
    const db = new Database(':memory:');
    migrate(
      db,
      migrations.filter((m) => m.version <= 7),
    );
    db.prepare(
      `INSERT INTO pages (source, hash, date, encoding, sections, furniture, ingested_at)
       VALUES ('a.txt', 'h', '2026-12-01', 'utf-8', '[]', '[]', '2026-12-01T00:00:00Z')`,
    ).run();
    const insert = db.prepare(
      `INSERT INTO articles (rid, id, content_id, source, position, date, kind, title, authors, paragraphs, lede,
         summary, keywords)
       VALUES (?, ?, ?, 'a.txt', ?, '2026-12-01', 'article', ?, '[]', '[]', '', '', '[]')`,
    );
    insert.run(2, 'a2', 'c2', 1, '乙');
    insert.run(1, 'a1', 'c1', 0, '甲');
    expect(migrate(db)).toEqual(migrations.filter((m) => m.version >= 8).map((m) => m.version));
    store = createStore(db);
    expect(store.feedAfter(0, 10).map((e) => e.articleId)).toEqual(['a1', 'a2']);
    expect(store.feedCursor('alerts')).toBe(2);
    expect(store.feedCursor('follows')).toBe(2);
    save(store, 'c.txt', ['丙'], ['c3']);
    expect(store.feedAfter(2, 10).map((e) => e.articleId)).toEqual(['c3']);
  });
});

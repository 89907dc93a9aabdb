import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from '../../src/store/open-store.js';
import { migrate, migrations } from '../../src/store/schema.js';
import { article, page, summariesOf } from './fixtures.js';

/** Migration 006 (#12 item 4): whether a page's date was printed on it or only the day it was received. */
const dbs: Database.Database[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) if (db.open) db.close();
});

function fresh(): Database.Database {
  const db = new Database(':memory:');
  dbs.push(db);
  return db;
}

describe('migration 006: received dates', () => {
  it('carries a version-5 database over: every row kept, read as printed, each page to be parsed again', () => {
    const db = fresh();
    migrate(
      db,
      migrations.filter((m) => m.version <= 5),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    // Rows as version 5 wrote them (its own columns; the search index is left empty, search is not at stake).
    db.prepare(
      `INSERT INTO pages (source, hash, date, encoding, sections, furniture, ingested_at)
       VALUES ('a.txt', 'hash-a', '2019-08-07', 'utf-8', '[]', '[]', '2019-08-07T00:00:00Z')`,
    ).run();
    const insertArticle = db.prepare(
      `INSERT INTO articles (rid, id, content_id, source, position, date, kind, title, kicker, subtitle, authors,
         byline, dateline, paragraphs, section, lede, summary, keywords)
       VALUES (?, ?, ?, 'a.txt', ?, '2019-08-07', 'article', ?, NULL, NULL, '[]', NULL, NULL, '[]', NULL, 'lede',
         'summary', '[]')`,
    );
    insertArticle.run(1, 'id-1', 'content-1', 0, '舟山镇开展三服务活动');
    insertArticle.run(2, 'id-2', 'content-2', 1, '晒席草');

    // 6, then every later version.
    expect(migrate(db)).toEqual(migrations.slice(5).map((m) => m.version));
    const store = createStore(db);
    expect(store.articleCount()).toBe(2);
    const stored = store.articlesForDate('2019-08-07');
    expect(stored.map((a) => [a.title, a.dateReceived])).toEqual([
      ['舟山镇开展三服务活动', false],
      ['晒席草', false],
    ]);
    expect(store.editionDates()).toEqual(['2019-08-07']);
    expect(store.receivedDates()).toEqual([]);
    expect(store.getArticle('id-1')?.title).toBe('舟山镇开展三服务活动');
    expect(store.getArticle('content-2')?.title).toBe('晒席草');
    // Nothing stored says which dates version 5 guessed; the next ingest parses the file again and marks it.
    expect(store.pageHash('a.txt')).toBe('');
  });

  it('stores a received date as such on the page and its articles, and a printed one as printed', () => {
    const db = fresh();
    migrate(db);
    const store = createStore(db);
    const printed = page('printed.txt', '2026-12-01', [article({ title: '印有日期的版面' })]);
    const received = page('received.txt', '2026-12-02', [article({ title: '没有日期的版面' })]);
    store.savePage(printed, 'h1', summariesOf(printed));
    store.savePage({ ...received, dateReceived: true }, 'h2', summariesOf(received));
    expect(store.articlesForDate('2026-12-01').map((a) => a.dateReceived)).toEqual([false]);
    expect(store.articlesForDate('2026-12-02').map((a) => a.dateReceived)).toEqual([true]);
    expect(store.receivedDates()).toEqual(['2026-12-02']);
    const rows = db.prepare('SELECT source, date_received FROM pages ORDER BY source').all();
    expect(rows).toEqual([
      { source: 'printed.txt', date_received: 0 },
      { source: 'received.txt', date_received: 1 },
    ]);
  });

  it('counts a day as received only while every page of it is undated', () => {
    const db = fresh();
    migrate(db);
    const store = createStore(db);
    const received = page('received.txt', '2026-12-02', [article({ title: '没有日期的版面' })]);
    store.savePage({ ...received, dateReceived: true }, 'h1', summariesOf(received));
    expect(store.receivedDates()).toEqual(['2026-12-02']);
    const printed = page('printed.txt', '2026-12-02', [article({ title: '印有日期的版面' })]);
    store.savePage(printed, 'h2', summariesOf(printed));
    expect(store.receivedDates()).toEqual([]);
    // A page saved with no date at all has nothing to have received: it stays plainly undated.
    const none = page('none.txt', null, [article({ title: '无日期' })]);
    store.savePage({ ...none, dateReceived: true }, 'h3', summariesOf(none));
    expect(db.prepare("SELECT date_received FROM pages WHERE source = 'none.txt'").pluck().get()).toBe(0);
  });
});

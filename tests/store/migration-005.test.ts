import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { pageArticleId } from '../../src/store/article-identity.js';
import { createStore } from '../../src/store/open-store.js';
import { migrate, migrations } from '../../src/store/schema.js';
import { gramsOf } from '../../src/store/search-text.js';
import { article, page, summariesOf } from './fixtures.js';

/**
 * Migration 005 (#9) carries a version-4 database over: the rows are those version 4 wrote (content ids, the
 * second copy of a story dropped), built here with version 4's own schema and SQL.
 */
const dbs: Database.Database[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) if (db.open) db.close();
});

function version4(): Database.Database {
  const db = new Database(':memory:');
  dbs.push(db);
  migrate(
    db,
    migrations.filter((m) => m.version <= 4),
  );
  expect(db.pragma('user_version', { simple: true })).toBe(4);
  const insertPage = db.prepare(
    `INSERT INTO pages (source, hash, date, encoding, sections, furniture, ingested_at)
     VALUES (?, ?, ?, 'utf-8', '[]', '[]', '2019-08-07T00:00:00Z')`,
  );
  const insertArticle = db.prepare(
    `INSERT INTO articles (rid, id, source, position, date, kind, title, kicker, subtitle, authors, byline,
       dateline, paragraphs, section, lede, summary, keywords)
     VALUES (?, ?, ?, ?, ?, 'article', ?, NULL, NULL, '[]', NULL, NULL, ?, NULL, 'lede', 'summary', '[]')`,
  );
  const fts = (rid: number, title: string, body: string) => {
    db.prepare('INSERT INTO article_trigrams (rowid, title, body) VALUES (?, ?, ?)').run(rid, title, body);
    db.prepare('INSERT INTO article_grams (rowid, grams) VALUES (?, ?)').run(
      rid,
      gramsOf(`${title}\n${body}`),
    );
    db.prepare('INSERT INTO article_title_grams (rowid, grams) VALUES (?, ?)').run(rid, gramsOf(title));
  };
  insertPage.run('a.txt', 'hash-a', '2019-08-07');
  insertPage.run('b.txt', 'hash-b', '2019-08-07');
  // a.txt held the shared story and one of its own; b.txt printed the shared story too, but version 4 dropped
  // that copy (ON CONFLICT DO NOTHING), keeping only b's own article.
  insertArticle.run(
    1,
    'c0ffee0000000001',
    'a.txt',
    0,
    '2019-08-07',
    '舟山镇开展三服务活动',
    '["舟山镇今日开展活动。"]',
  );
  insertArticle.run(2, 'c0ffee0000000002', 'a.txt', 1, '2019-08-07', '甲版独家报道', '["甲版的正文。"]');
  insertArticle.run(3, 'c0ffee0000000003', 'b.txt', 1, '2019-08-07', '乙版独家报道', '["乙版的正文。"]');
  fts(1, '舟山镇开展三服务活动', '舟山镇今日开展活动。');
  fts(2, '甲版独家报道', '甲版的正文。');
  fts(3, '乙版独家报道', '乙版的正文。');
  return db;
}

describe('migration 005: article identity', () => {
  it('carries a version-4 database over: rows, ids, search and the content ids intact', () => {
    const db = version4();
    expect(migrate(db)).toEqual(migrations.filter((m) => m.version >= 5).map((m) => m.version));
    const store = createStore(db);
    expect(store.articleCount()).toBe(3);
    // Ids users hold in old buttons and menus still open their article.
    expect(store.getArticle('c0ffee0000000001')?.title).toBe('舟山镇开展三服务活动');
    expect(store.search('舟山镇').hits.map((h) => h.id)).toEqual(['c0ffee0000000001']);
    const contentIds = db.prepare('SELECT id, content_id FROM articles ORDER BY rid').all();
    expect(contentIds).toEqual([
      { id: 'c0ffee0000000001', content_id: 'c0ffee0000000001' },
      { id: 'c0ffee0000000002', content_id: 'c0ffee0000000002' },
      { id: 'c0ffee0000000003', content_id: 'c0ffee0000000003' },
    ]);
  });

  it('makes the next ingest store every page again, which brings back the copies version 4 dropped', () => {
    const db = version4();
    migrate(db);
    const store = createStore(db);
    // No page counts as unchanged any more, so re-ingesting b.txt with the same bytes is not skipped.
    expect(store.pageHash('b.txt')).toBe('');
    const shared = article({
      id: 'c0ffee0000000001',
      title: '舟山镇开展三服务活动',
      paragraphs: ['舟山镇今日开展活动。'],
    });
    const onlyB = article({ id: 'c0ffee0000000003', title: '乙版独家报道', paragraphs: ['乙版的正文。'] });
    const scoped = [shared, onlyB].map((a) => ({ ...a, id: pageArticleId('b.txt', a.id) }));
    const contentIds = new Map(scoped.map((a, i) => [a.id, [shared, onlyB][i]!.id]));
    const p = page('b.txt', '2019-08-07', scoped);
    expect(store.savePage(p, 'hash-b', summariesOf(p), contentIds)).toBe('replaced');
    expect(store.articleCount()).toBe(4);
    // Both copies are stored; headlines and search still show the story once.
    expect(store.articlesForDate('2019-08-07').map((a) => a.title)).toEqual([
      '舟山镇开展三服务活动',
      '甲版独家报道',
      '乙版独家报道',
    ]);
    expect(store.search('舟山镇').total).toBe(1);
    // Replacing a.txt now leaves b's copy of the shared story alone.
    const a2 = page('a.txt', '2019-08-07', [article({ title: '甲版改稿', paragraphs: ['改过的正文。'] })]);
    store.savePage(a2, 'hash-a2', summariesOf(a2));
    expect(store.getArticle('c0ffee0000000001')?.source).toBe('b.txt');
    expect(store.search('舟山镇').total).toBe(1);
  });
});

import type { Migration } from '../schema.js';

/**
 * The feed of newly ingested stories that alerts and follows (#11) read from.
 *
 * - `article_feed`: one row per story (content id) the first time any page brings it, in arrival order. Recency
 *   keys (`articles.rid`) follow edition dates, not arrival, and a replaced page re-inserts its rows, so neither
 *   says what is new; this does. A story that is re-ingested, or printed on a second page, is not new again.
 * - `feed_cursors`: how far each reader (`alerts`, `follows`) has handed the feed on to its own ledger. A
 *   reader claims what it will post in its own table first and moves its cursor in the same transaction, so a
 *   crash loses nothing and claims nothing twice.
 * Stories stored before this version go into the feed already read: an upgrade alerts about nothing old.
 */
export const articleFeedMigration: Migration = {
  version: 8,
  name: 'feed of newly ingested stories',
  sql: `
    CREATE TABLE article_feed (
      seq        INTEGER PRIMARY KEY AUTOINCREMENT,
      content_id TEXT NOT NULL UNIQUE,
      article_id TEXT NOT NULL,
      added_at   TEXT NOT NULL
    ) STRICT;
    INSERT INTO article_feed (content_id, article_id, added_at)
      SELECT content_id, min(id), '' FROM articles GROUP BY content_id ORDER BY min(rid);
    CREATE TABLE feed_cursors (
      reader TEXT PRIMARY KEY,
      seq    INTEGER NOT NULL
    ) STRICT;
    INSERT INTO feed_cursors (reader, seq)
      VALUES ('alerts', (SELECT coalesce(max(seq), 0) FROM article_feed)),
             ('follows', (SELECT coalesce(max(seq), 0) FROM article_feed));
  `,
};

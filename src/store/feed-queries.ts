import type Database from 'better-sqlite3';
import type { Store } from './types.js';

type FeedQueries = Pick<Store, 'feedAfter' | 'feedCursor' | 'advanceFeedCursor'>;

/** The feed of newly ingested stories (migration 008); savePage appends to it. */
export function createFeedQueries(db: Database.Database): FeedQueries {
  const after = db.prepare<[number, number], { seq: number; article_id: string; content_id: string }>(
    'SELECT seq, article_id, content_id FROM article_feed WHERE seq > ? ORDER BY seq LIMIT ?',
  );
  const byId = db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE id = ?');
  const byContent = db.prepare<[string], { id: string }>(
    'SELECT id FROM articles WHERE content_id = ? ORDER BY rid DESC LIMIT 1',
  );
  const cursor = db.prepare<[string], number>('SELECT seq FROM feed_cursors WHERE reader = ?').pluck();
  // Only forward: a reader that crashed and re-read an older position must not move another run's cursor back.
  const advance = db.prepare<[string, number]>(`
    INSERT INTO feed_cursors (reader, seq) VALUES (?, ?)
    ON CONFLICT (reader) DO UPDATE SET seq = max(seq, excluded.seq)`);

  return {
    feedAfter(seq, limit) {
      return after.all(seq, Math.max(1, Math.floor(limit))).map((r) => ({
        seq: r.seq,
        contentId: r.content_id,
        // The first copy's page may have been replaced or pruned since: any stored copy of the story will do.
        articleId: byId.get(r.article_id)?.id ?? byContent.get(r.content_id)?.id ?? null,
      }));
    },
    feedCursor: (reader) => cursor.get(reader) ?? 0,
    advanceFeedCursor(reader, seq) {
      advance.run(reader, seq);
    },
  };
}

import type Database from 'better-sqlite3';
import {
  bodyText,
  matchExpression,
  parseQuery,
  scoreCandidate,
  snippet,
  type QueryTerm,
} from './search-text.js';
import { simplifiedVariants } from './traditional.js';
import { onePerStory } from './article-identity.js';
import type { ArticleRef, SearchHit, SearchResult, Store } from './types.js';

/**
 * How many of the newest matches are ranked. Rowids are recency keys (see dayBase), so the index hands
 * matches over newest first and stops here, instead of scoring every article that contains 服 on a large
 * store. Older matches beyond this window are not returned; `total` counts the window and `capped` says so.
 */
export const SEARCH_WINDOW = 300;

interface CandidateRow {
  rid: number;
  id: string;
  title: string;
  date: string | null;
  kind: ArticleRef['kind'];
  kicker: string | null;
  subtitle: string | null;
  paragraphs: string;
  content_id: string;
}

/** Full-text search and title autocomplete. */
export function createSearchQueries(
  db: Database.Database,
  window = SEARCH_WINDOW,
): Pick<Store, 'search' | 'suggestArticles'> {
  const longOnly = db
    .prepare<[string, number], number>(
      'SELECT rowid FROM article_trigrams WHERE article_trigrams MATCH ? ORDER BY rowid DESC LIMIT ?',
    )
    .pluck();
  const shortOnly = {
    all: db
      .prepare<[string, number], number>(
        'SELECT rowid FROM article_grams WHERE article_grams MATCH ? ORDER BY rowid DESC LIMIT ?',
      )
      .pluck(),
    title: db
      .prepare<[string, number], number>(
        'SELECT rowid FROM article_title_grams WHERE article_title_grams MATCH ? ORDER BY rowid DESC LIMIT ?',
      )
      .pluck(),
  };
  // `+rowid`: without the plus, SQLite hands the IN list to FTS5 as a rowid constraint and runs the trigram
  // query once per listed rowid (0.6-5 s on 20,000 articles); with it, the list is built once and checked
  // against the trigram matches as they stream past, newest first (1-3 ms).
  const both = {
    all: db
      .prepare<[string, string, number], number>(
        `SELECT rowid FROM article_trigrams WHERE article_trigrams MATCH ?
           AND +rowid IN (SELECT rowid FROM article_grams WHERE article_grams MATCH ?)
         ORDER BY rowid DESC LIMIT ?`,
      )
      .pluck(),
    title: db
      .prepare<[string, string, number], number>(
        `SELECT rowid FROM article_trigrams WHERE article_trigrams MATCH ?
           AND +rowid IN (SELECT rowid FROM article_title_grams WHERE article_title_grams MATCH ?)
         ORDER BY rowid DESC LIMIT ?`,
      )
      .pluck(),
  };
  const candidates = db.prepare<[string], CandidateRow>(
    `SELECT rid, id, title, date, kind, kicker, subtitle, paragraphs, content_id FROM articles
     WHERE rid IN (SELECT value FROM json_each(?))`,
  );
  const refs = db.prepare<[string], ArticleRef & { rid: number; content_id: string }>(
    `SELECT rid, id, title, date, kind, content_id FROM articles WHERE rid IN (SELECT value FROM json_each(?))
     ORDER BY rid DESC`,
  );
  const newestRefs = db.prepare<[number], ArticleRef & { content_id: string }>(
    'SELECT id, title, date, kind, content_id FROM articles ORDER BY rid DESC LIMIT ?',
  );
  /** A story printed on several pages is one suggestion: ask for more rows than shown, keep one per story. */
  const suggestRefs = (rows: ReadonlyArray<ArticleRef & { content_id: string }>, n: number): ArticleRef[] =>
    onePerStory(rows)
      .slice(0, n)
      .map(({ id, title, date, kind }) => ({ id, title, date, kind }));

  /** Rowids of articles matching every term, newest first, at most `limit`. */
  function matchingRowids(terms: readonly QueryTerm[], limit: number, column?: 'title'): number[] {
    const long = terms.filter((t) => !t.short);
    const short = terms.filter((t) => t.short);
    const scope = column ?? 'all';
    if (long.length > 0 && short.length > 0)
      return both[scope].all(matchExpression(long, column), matchExpression(short), limit);
    if (long.length > 0) return longOnly.all(matchExpression(long, column), limit);
    return shortOnly[scope].all(matchExpression(short), limit);
  }

  return {
    search(query, options = {}) {
      const limit = Math.max(0, Math.floor(options.limit ?? 10));
      const offset = Math.max(0, Math.floor(options.offset ?? 0));
      const terms = parseQuery(query, simplifiedVariants);
      if (terms.length === 0) return { hits: [], total: 0, capped: false };
      const rowids = matchingRowids(terms, window);
      if (rowids.length === 0) return { hits: [], total: 0, capped: false };

      const rows = candidates.all(JSON.stringify(rowids)).map((r) => ({
        row: r,
        body: bodyText({
          kicker: r.kicker,
          subtitle: r.subtitle,
          paragraphs: JSON.parse(r.paragraphs) as string[],
        }),
      }));
      const averageBodyLength = rows.reduce((n, r) => n + r.body.length, 0) / rows.length;
      const newest = rows.reduce<string | null>(
        (m, r) => (r.row.date && (!m || r.row.date > m) ? r.row.date : m),
        null,
      );
      const scored = rows
        .map((r) => ({
          ...r,
          content_id: r.row.content_id,
          score: scoreCandidate({ ...r.row, body: r.body }, terms, averageBodyLength, newest),
        }))
        // Ties (same relevance and date) keep newest-ingested first, so the order is stable.
        .sort((a, b) => b.score - a.score || b.row.rid - a.row.rid);
      // A story printed on several pages is one hit (its best-ranked copy), and counts once in `total`.
      const ranked = onePerStory(scored);

      const hits: SearchHit[] = ranked.slice(offset, offset + limit).map(({ row, body, score }) => ({
        id: row.id,
        title: row.title,
        date: row.date,
        kind: row.kind,
        snippet: snippet(body, terms),
        score,
      }));
      const result: SearchResult = { hits, total: ranked.length, capped: rowids.length >= window };
      return result;
    },

    suggestArticles(query, limit) {
      const n = Math.max(0, Math.floor(limit));
      if (n === 0) return [];
      const terms = parseQuery(query, simplifiedVariants);
      if (terms.length === 0) return query.trim() ? [] : suggestRefs(newestRefs.all(n * 3), n);
      const rowids = matchingRowids(terms, n * 3, 'title');
      if (rowids.length === 0) return [];
      return suggestRefs(refs.all(JSON.stringify(rowids)), n);
    },
  };
}

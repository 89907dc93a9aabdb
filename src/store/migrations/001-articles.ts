import type { Migration } from '../schema.js';

/**
 * Pages, their articles, and the two search indexes.
 *
 * - `articles.rid` is a recency key, not an insertion counter: `day number × 2^21 + sequence`
 *   (see `recencyKey`), so `ORDER BY rowid DESC` on the FTS tables walks matches newest edition first and
 *   search can stop early instead of ranking every match.
 * - `article_trigrams` (trigram tokenizer, title + body) answers queries of three characters or more.
 * - `article_grams` holds the distinct characters and character pairs of each article's title and body, so
 *   one- and two-character queries (席草, 服务), which the trigram tokenizer cannot match, are one token
 *   lookup. `article_title_grams` holds the same for titles alone, for autocomplete. `detail=none`: a single
 *   token needs no positions, and search counts occurrences itself on the few candidates it ranks; this keeps
 *   the index at about half the size and insert cost of `detail=column`.
 * Both are contentless (the text lives once, in `articles`) with `contentless_delete=1` so a changed page's
 * rows can be deleted by rowid.
 */
export const articlesMigration: Migration = {
  version: 1,
  name: 'pages, articles and search indexes',
  sql: `
    CREATE TABLE pages (
      source      TEXT PRIMARY KEY,
      hash        TEXT NOT NULL,
      date        TEXT,
      encoding    TEXT NOT NULL,
      sections    TEXT NOT NULL,
      furniture   TEXT NOT NULL,
      ingested_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE articles (
      rid        INTEGER PRIMARY KEY,
      id         TEXT NOT NULL UNIQUE,
      source     TEXT NOT NULL REFERENCES pages(source) ON DELETE CASCADE,
      position   INTEGER NOT NULL,
      date       TEXT,
      kind       TEXT NOT NULL CHECK (kind IN ('article', 'photo')),
      title      TEXT NOT NULL,
      kicker     TEXT,
      subtitle   TEXT,
      authors    TEXT NOT NULL,
      byline     TEXT,
      dateline   TEXT,
      paragraphs TEXT NOT NULL,
      section    TEXT,
      lede       TEXT NOT NULL,
      summary    TEXT NOT NULL,
      keywords   TEXT NOT NULL
    ) STRICT;
    CREATE INDEX articles_by_source ON articles(source, position);
    CREATE INDEX articles_by_date ON articles(date, source, position);

    CREATE VIRTUAL TABLE article_trigrams USING fts5(
      title, body, tokenize = 'trigram', content = '', contentless_delete = 1
    );
    CREATE VIRTUAL TABLE article_grams USING fts5(
      grams, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1, detail = none
    );
    CREATE VIRTUAL TABLE article_title_grams USING fts5(
      grams, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1, detail = none
    );
  `,
};

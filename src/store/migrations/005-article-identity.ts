import type { Migration } from '../schema.js';

/**
 * Article identity belongs to the page (#9). Until version 4 an article's id was a hash of its content alone and
 * a second copy of the same story (another page, a copied file) was dropped, so replacing the first page lost
 * the story from the other one too.
 *
 * - `content_id` keeps the content hash (what the parser calls `id`); it is what groups the copies of one story,
 *   so reads (headlines, digest, search, autocomplete) can show it once, and what ids handed out before this
 *   version (buttons, menus in old messages) are resolved by.
 * - New rows get `id` = a hash of page key and content id (see `pageArticleId`), unique per page. Rows kept
 *   from before keep their old id until their page is stored again.
 * - Every page's hash is cleared, so the next ingest parses each file again and stores the copies that
 *   version 4 dropped (it cannot be told from the database which pages lost some).
 */
export const articleIdentityMigration: Migration = {
  version: 5,
  name: 'article identity per page',
  sql: `
    ALTER TABLE articles ADD COLUMN content_id TEXT NOT NULL DEFAULT '';
    UPDATE articles SET content_id = id;
    CREATE INDEX articles_by_content ON articles(content_id, rid);
    UPDATE pages SET hash = '';
  `,
};

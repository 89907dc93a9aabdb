import type { Migration } from '../schema.js';

/**
 * Whether a page's date was printed on it or is only the day it was received (#12). Ingest files a page that
 * prints no date under its file's modification day so it still belongs to an edition; `date_received = 1` says
 * so, and reads show such an edition as "undated pages, received that day", never as that day's paper.
 *
 * - On `pages` (the page's truth) and on `articles` (which already copy the page's date, so reads need no join).
 * - Rows from before take 0 (printed): nothing stored says which dates were guessed. Every page's hash is cleared,
 *   as in version 5, so the next ingest parses each file again and marks the undated ones; ids do not change
 *   (they are derived from page key and content).
 */
export const receivedDatesMigration: Migration = {
  version: 6,
  name: 'printed or received page dates',
  sql: `
    ALTER TABLE pages ADD COLUMN date_received INTEGER NOT NULL DEFAULT 0 CHECK (date_received IN (0, 1));
    ALTER TABLE articles ADD COLUMN date_received INTEGER NOT NULL DEFAULT 0 CHECK (date_received IN (0, 1));
    UPDATE pages SET hash = '';
  `,
};

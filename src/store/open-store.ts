import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createArticleQueries } from './article-queries.js';
import { createDeliveryQueries } from './delivery-queries.js';
import { migrate } from './schema.js';
import { createSearchQueries } from './search-queries.js';
import { createSettingsQueries } from './settings-queries.js';
import { createSubscriptionQueries } from './subscription-queries.js';
import type { Store } from './types.js';
import { DEFAULT_TIMEZONE } from '../time-zone.js';

export interface StoreOptions {
  /** Time zone of a guild that has not set one. Default `Asia/Shanghai`. */
  defaultTimezone?: string;
  /** Timestamps (ingested, created, updated, claimed). Default: the system clock. */
  now?: () => Date;
}

/**
 * Opens (creating if needed) the SQLite database at `file`, or a private in-memory one for `':memory:'`,
 * and migrates it to the current schema. A file database runs in WAL mode so the bot can read while an
 * ingest writes; its directory is created if missing.
 */
export function openStore(file: string, options: StoreOptions = {}): Store {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  try {
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last commits.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Another process (a CLI ingest beside the bot) may hold the write lock for a moment.
    db.pragma('busy_timeout = 5000');
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return createStore(db, options);
}

/** A Store over an open, migrated database. */
export function createStore(db: Database.Database, options: StoreOptions = {}): Store {
  const now = options.now ?? (() => new Date());
  return {
    ...createArticleQueries(db, now),
    ...createSearchQueries(db),
    ...createSettingsQueries(db, now, options.defaultTimezone ?? DEFAULT_TIMEZONE),
    ...createSubscriptionQueries(db, now),
    ...createDeliveryQueries(db, now),
    close() {
      if (db.open) db.close();
    },
  };
}

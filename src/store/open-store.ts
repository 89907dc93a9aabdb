import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createAlertQueries } from './alert-queries.js';
import { createArticleQueries } from './article-queries.js';
import { createDeliveryQueries } from './delivery-queries.js';
import { createFeedQueries } from './feed-queries.js';
import { createFollowQueries } from './follow-queries.js';
import { migrate, migrations, SchemaVersionError } from './schema.js';
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
 * The database could not be opened: `message` names the path once, what is wrong and the fix. (A database from
 * a newer Paperboy is a SchemaVersionError instead, its message naming the path the same way.)
 */
export class StoreOpenError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly fix: string,
  ) {
    super(`cannot open the database ${file}: ${reason}. ${fix}`);
    this.name = 'StoreOpenError';
  }
}

/** A store and what the operator view needs to know about its file. */
export interface OpenedStore {
  store: Store;
  /** Opened read-only because the file (or its folder) cannot be written: reads work, writes throw. */
  readOnly: boolean;
  /** Whether a write could start now (takes and drops the write lock; never waits for another writer). */
  canWrite(): boolean;
}

const FIX_PATH = 'Set DATABASE_PATH to a writable file such as data/paperboy.db';
/** Errors that mean "this process may not write here" rather than "this is not a database". */
const NOT_WRITABLE = /^(SQLITE_READONLY|SQLITE_CANTOPEN|SQLITE_PERM|EACCES|EPERM|EROFS)/;

function isWritable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const codeOf = (err: unknown): string => String((err as { code?: unknown }).code ?? '');

function configure(db: Database.Database, file: string): void {
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last commits.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Another process (a CLI ingest beside the bot) may hold the write lock for a moment.
  db.pragma('busy_timeout = 5000');
  migrate(db);
}

/** The plain reason and fix for an error SQLite or the file system gave while opening `file`. */
function explain(file: string, err: unknown): StoreOpenError | SchemaVersionError {
  if (err instanceof StoreOpenError) return err;
  // Kept as a SchemaVersionError (callers may test for it), its message now naming the file.
  if (err instanceof SchemaVersionError) {
    if (!err.message.startsWith('cannot open'))
      err.message = `cannot open the database ${file}: ${err.message}`;
    return err;
  }
  const code = codeOf(err);
  const detail = err instanceof Error ? err.message : String(err);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
    return new StoreOpenError(
      file,
      `it is not a Paperboy database (${detail})`,
      'Point DATABASE_PATH at the bot’s database, or move this file away to start a new one',
    );
  if (NOT_WRITABLE.test(code))
    return new StoreOpenError(
      file,
      `it cannot be created or written (${detail})`,
      `Give this user write access to it and its folder, or set DATABASE_PATH to a writable file`,
    );
  return new StoreOpenError(file, detail, FIX_PATH);
}

/** A copy of a read-only database (and its write-ahead log) in a private temporary folder. */
function snapshotOf(file: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paperboy-readonly-'));
  const copy = path.join(dir, path.basename(file));
  fs.copyFileSync(file, copy);
  if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
  return copy;
}

/** Opens an existing database read-only; it must already be at the current schema, since it cannot migrate. */
function openReadOnly(file: string): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('user_version', { simple: true });
  } catch (err) {
    // A WAL database needs its -shm file beside it even to read; in a read-only folder (a read-only mount)
    // SQLite cannot make one, and better-sqlite3 has no `immutable=1` URIs. Read a private copy instead.
    if (!/^SQLITE_(READONLY|CANTOPEN)/.test(codeOf(err))) throw err;
    db = new Database(snapshotOf(file), { readonly: true, fileMustExist: true });
  }
  try {
    db.pragma('busy_timeout = 5000');
    const found = db.pragma('user_version', { simple: true }) as number;
    const known = migrations.at(-1)?.version ?? 0;
    if (found > known) throw new SchemaVersionError(found, known);
    if (found < known)
      throw new StoreOpenError(
        file,
        `it is read-only and needs upgrading from schema ${found} to ${known}`,
        'Make it writable once (the bot upgrades it at start-up), then it can be read-only again',
      );
    // Reads work on an old-format file too; prove the file is readable now rather than at the first command.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

/**
 * Opens (creating if needed) the SQLite database at `file`, or a private in-memory one for `':memory:'`,
 * and migrates it to the current schema. A file database runs in WAL mode so the bot can read while an
 * ingest writes; its directory is created if missing. A file this process may not write is opened read-only
 * (reads are served, writes fail). Anything unusable is a {@link StoreOpenError} naming the path and the fix.
 */
export function openStore(file: string, options: StoreOptions = {}): Store {
  return openDatabase(file, options).store;
}

/** {@link openStore}, also telling whether the database is read-only and able to check it is writable. */
export function openDatabase(file: string, options: StoreOptions = {}): OpenedStore {
  let db: Database.Database;
  let readOnly = false;
  if (file !== ':memory:') {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(file, { throwIfNoEntry: false });
    } catch (err) {
      // ENOTDIR: a part of the path is a file.
      throw new StoreOpenError(file, `its path cannot be used (${codeOf(err)})`, FIX_PATH);
    }
    if (stat?.isDirectory())
      throw new StoreOpenError(file, 'it is a folder, not a file', `${FIX_PATH} (a file inside that folder)`);
    try {
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    } catch (err) {
      throw new StoreOpenError(
        file,
        `its folder cannot be created (${codeOf(err) || String(err)})`,
        `Create ${path.dirname(path.resolve(file))}, or set DATABASE_PATH to a writable place`,
      );
    }
  }
  try {
    db = new Database(file);
  } catch (err) {
    if (!NOT_WRITABLE.test(codeOf(err)) || !fs.existsSync(file)) throw explain(file, err);
    db = openReadOnlyOrExplain(file, err);
    readOnly = true;
  }
  if (!readOnly) {
    try {
      configure(db, file);
    } catch (err) {
      db.close();
      if (!NOT_WRITABLE.test(codeOf(err)) || file === ':memory:') throw explain(file, err);
      db = openReadOnlyOrExplain(file, err);
      readOnly = true;
    }
  }
  // SQLite silently opens a file it may not write read-only; say so rather than fail at the first write.
  if (!readOnly && file !== ':memory:' && !isWritable(file)) readOnly = true;
  const opened = db;
  return {
    store: createStore(opened, options),
    readOnly,
    canWrite() {
      if (readOnly || !opened.open) return false;
      if (file !== ':memory:' && !isWritable(file)) return false;
      // Never block the caller (a health probe) behind another writer: busy means "writable, just in use".
      const timeout = opened.pragma('busy_timeout', { simple: true }) as number;
      opened.pragma('busy_timeout = 0');
      try {
        opened.exec('BEGIN IMMEDIATE');
        opened.exec('ROLLBACK');
        return true;
      } catch (err) {
        return codeOf(err) === 'SQLITE_BUSY';
      } finally {
        opened.pragma(`busy_timeout = ${timeout}`);
      }
    },
  };
}

function openReadOnlyOrExplain(file: string, first: unknown): Database.Database {
  try {
    return openReadOnly(file);
  } catch (err) {
    throw err instanceof StoreOpenError || err instanceof SchemaVersionError
      ? explain(file, err)
      : explain(file, first);
  }
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
    ...createFeedQueries(db),
    ...createAlertQueries(db, now),
    ...createFollowQueries(db, now),
    close() {
      if (db.open) db.close();
    },
  };
}

import type Database from 'better-sqlite3';
import { articlesMigration } from './migrations/001-articles.js';
import { guildSettingsMigration } from './migrations/002-guild-settings.js';
import { subscriptionsMigration } from './migrations/003-subscriptions.js';
import { deliveriesMigration } from './migrations/004-deliveries.js';
import { articleIdentityMigration } from './migrations/005-article-identity.js';
import { receivedDatesMigration } from './migrations/006-received-dates.js';
import { subscriptionOptionsMigration } from './migrations/007-subscription-options.js';
import { articleFeedMigration } from './migrations/008-article-feed.js';
import { alertLedgerMigration } from './migrations/009-alert-ledger.js';
import { followsMigration } from './migrations/010-follows.js';

/** One schema step. Versions are consecutive from 1; a released migration is never edited, only followed. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, in order. */
export const migrations: readonly Migration[] = [
  articlesMigration,
  guildSettingsMigration,
  subscriptionsMigration,
  deliveriesMigration,
  articleIdentityMigration,
  receivedDatesMigration,
  subscriptionOptionsMigration,
  articleFeedMigration,
  alertLedgerMigration,
  followsMigration,
];

/** Raised when the database was written by a newer Paperboy than this one. */
export class SchemaVersionError extends Error {
  constructor(found: number, known: number) {
    super(
      `The database schema is version ${found}, newer than this build knows (${known}). Upgrade Paperboy.`,
    );
    this.name = 'SchemaVersionError';
  }
}

/**
 * Brings the schema up to date. The version lives in `PRAGMA user_version`; each pending migration runs in its
 * own IMMEDIATE transaction together with the version bump, so a crash leaves the database at a whole version
 * and a second process starting at the same time waits instead of migrating twice.
 *
 * @returns the versions applied now (empty when already current).
 */
export function migrate(db: Database.Database, all: readonly Migration[] = migrations): number[] {
  const known = all.at(-1)?.version ?? 0;
  const applied: number[] = [];
  for (const m of all) {
    const step = db.transaction(() => {
      const current = db.pragma('user_version', { simple: true }) as number;
      if (current > known) throw new SchemaVersionError(current, known);
      if (current >= m.version) return false;
      if (current !== m.version - 1)
        throw new Error(`Migration ${m.version} cannot follow schema version ${current}`);
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
      return true;
    });
    if (step.immediate()) applied.push(m.version);
  }
  const final = db.pragma('user_version', { simple: true }) as number;
  if (final > known) throw new SchemaVersionError(final, known);
  return applied;
}

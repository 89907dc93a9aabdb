import type { Migration } from '../schema.js';

/**
 * One row per (channel, local digest day). The primary key is what makes a claim exclusive: two processes
 * racing to deliver the same day both INSERT … ON CONFLICT DO NOTHING and only one of them inserts.
 */
export const deliveriesMigration: Migration = {
  version: 4,
  name: 'deliveries',
  sql: `
    CREATE TABLE deliveries (
      channel_id  TEXT NOT NULL,
      day         TEXT NOT NULL,
      guild_id    TEXT NOT NULL,
      nonce       TEXT NOT NULL,
      status      TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'failed', 'empty')),
      editions    TEXT NOT NULL,
      message_ids TEXT NOT NULL,
      error       TEXT,
      attempts    INTEGER NOT NULL,
      claimed_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      PRIMARY KEY (channel_id, day)
    ) STRICT, WITHOUT ROWID;
  `,
};

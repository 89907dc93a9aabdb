import type { Migration } from '../schema.js';

/** Channels that receive the daily digest: one subscription per channel. */
export const subscriptionsMigration: Migration = {
  version: 3,
  name: 'subscriptions',
  sql: `
    CREATE TABLE subscriptions (
      channel_id        TEXT PRIMARY KEY,
      guild_id          TEXT NOT NULL,
      time              TEXT NOT NULL,
      timezone          TEXT NOT NULL,
      status            TEXT NOT NULL CHECK (status IN ('active', 'paused')),
      pause_reason      TEXT,
      pause_notified    INTEGER NOT NULL DEFAULT 0,
      last_edition_sent TEXT,
      created_at        TEXT NOT NULL,
      updated_at        TEXT NOT NULL
    ) STRICT;
    CREATE INDEX subscriptions_by_guild ON subscriptions(guild_id);
  `,
};

import type { Migration } from '../schema.js';

/** Per-guild settings; a guild without a row uses the default time zone. */
export const guildSettingsMigration: Migration = {
  version: 2,
  name: 'guild settings',
  sql: `
    CREATE TABLE guild_settings (
      guild_id   TEXT PRIMARY KEY,
      timezone   TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `,
};

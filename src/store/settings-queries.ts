import type Database from 'better-sqlite3';
import type { Store } from './types.js';

/** Guild settings; a guild that never set anything gets `defaultTimezone`. */
export function createSettingsQueries(
  db: Database.Database,
  now: () => Date,
  defaultTimezone: string,
): Pick<Store, 'getGuildSettings' | 'setGuildTimezone'> {
  const get = db.prepare<[string], string>('SELECT timezone FROM guild_settings WHERE guild_id = ?').pluck();
  const set = db.prepare<[string, string, string]>(
    `INSERT INTO guild_settings (guild_id, timezone, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (guild_id) DO UPDATE SET timezone = excluded.timezone, updated_at = excluded.updated_at`,
  );
  return {
    getGuildSettings: (guildId) => ({ guildId, timezone: get.get(guildId) ?? defaultTimezone }),
    setGuildTimezone(guildId, timezone) {
      set.run(guildId, timezone, now().toISOString());
    },
  };
}

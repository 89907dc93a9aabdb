import type Database from 'better-sqlite3';
import type { Store, Subscription, SubscriptionStatus } from './types.js';

interface SubscriptionRow {
  channel_id: string;
  guild_id: string;
  time: string;
  timezone: string;
  status: SubscriptionStatus;
  pause_reason: string | null;
  pause_notified: number;
  last_edition_sent: string | null;
  created_at: string;
  updated_at: string;
}

function toSubscription(r: SubscriptionRow): Subscription {
  return {
    guildId: r.guild_id,
    channelId: r.channel_id,
    time: r.time,
    timezone: r.timezone,
    status: r.status,
    pauseReason: r.pause_reason,
    pauseNotified: r.pause_notified === 1,
    lastEditionSent: r.last_edition_sent,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

type SubscriptionQueries = Pick<
  Store,
  | 'upsertSubscription'
  | 'removeSubscription'
  | 'getSubscription'
  | 'listSubscriptions'
  | 'pauseSubscription'
  | 'markPauseNotified'
  | 'setLastEditionSent'
  | 'removeGuild'
>;

/** Digest subscriptions, one per channel. */
export function createSubscriptionQueries(db: Database.Database, now: () => Date): SubscriptionQueries {
  // Re-subscribing changes time and zone and re-activates a paused channel, but keeps lastEditionSent and
  // createdAt: the channel has already been sent those editions.
  const upsert = db.prepare<[Record<string, string | null>], SubscriptionRow>(`
    INSERT INTO subscriptions (channel_id, guild_id, time, timezone, status, pause_reason, pause_notified,
      last_edition_sent, created_at, updated_at)
    VALUES (@channelId, @guildId, @time, @timezone, 'active', NULL, 0, @lastEditionSent, @now, @now)
    ON CONFLICT (channel_id) DO UPDATE SET guild_id = excluded.guild_id, time = excluded.time,
      timezone = excluded.timezone, status = 'active', pause_reason = NULL, pause_notified = 0,
      updated_at = excluded.updated_at
    RETURNING *`);
  const remove = db.prepare<[string]>('DELETE FROM subscriptions WHERE channel_id = ?');
  const get = db.prepare<[string], SubscriptionRow>('SELECT * FROM subscriptions WHERE channel_id = ?');
  const list = db.prepare<
    [{ guildId: string | null; guildIds: string | null; status: string | null }],
    SubscriptionRow
  >(`
    SELECT * FROM subscriptions
    WHERE (@guildId IS NULL OR guild_id = @guildId)
      AND (@guildIds IS NULL OR guild_id IN (SELECT value FROM json_each(@guildIds)))
      AND (@status IS NULL OR status = @status)
    ORDER BY guild_id, channel_id`);
  const pause = db.prepare<[string, string, string]>(
    `UPDATE subscriptions SET status = 'paused', pause_reason = ?, pause_notified = 0, updated_at = ?
     WHERE channel_id = ?`,
  );
  const notified = db.prepare<[string, string]>(
    'UPDATE subscriptions SET pause_notified = 1, updated_at = ? WHERE channel_id = ?',
  );
  const lastSent = db.prepare<[string, string, string]>(
    'UPDATE subscriptions SET last_edition_sent = ?, updated_at = ? WHERE channel_id = ?',
  );
  const removeSubs = db.prepare<[string]>('DELETE FROM subscriptions WHERE guild_id = ?');
  const removeSettings = db.prepare<[string]>('DELETE FROM guild_settings WHERE guild_id = ?');

  const markAll = db.transaction((ids: readonly string[], at: string) => {
    for (const id of ids) notified.run(at, id);
  });
  const dropGuild = db.transaction((guildId: string) => {
    const n = removeSubs.run(guildId).changes;
    removeSettings.run(guildId);
    return n;
  });

  return {
    upsertSubscription(sub) {
      const row = upsert.get({ ...sub, now: now().toISOString() });
      if (!row) throw new Error(`Subscription for channel ${sub.channelId} was not saved`);
      return toSubscription(row);
    },
    removeSubscription: (channelId) => remove.run(channelId).changes > 0,
    getSubscription(channelId) {
      const row = get.get(channelId);
      return row ? toSubscription(row) : null;
    },
    listSubscriptions(filter = {}) {
      const guildIds = filter.guildIds ? JSON.stringify(filter.guildIds) : null;
      return list
        .all({ guildId: filter.guildId ?? null, guildIds, status: filter.status ?? null })
        .map(toSubscription);
    },
    pauseSubscription(channelId, reason) {
      pause.run(reason, now().toISOString(), channelId);
    },
    markPauseNotified(channelIds) {
      if (channelIds.length > 0) markAll(channelIds, now().toISOString());
    },
    setLastEditionSent(channelId, edition) {
      lastSent.run(edition, now().toISOString(), channelId);
    },
    removeGuild: (guildId) => dropGuild.immediate(guildId),
  };
}

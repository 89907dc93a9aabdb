import type Database from 'better-sqlite3';
import { NO_FILTERS, type SubscriptionFilters } from '../digest/filters.js';
import type { Cadence } from '../digest/schedule.js';
import type {
  Destination,
  Store,
  Subscription,
  SubscriptionMode,
  SubscriptionOptions,
  SubscriptionStatus,
} from './types.js';

interface SubscriptionRow {
  channel_id: string;
  guild_id: string;
  time: string;
  timezone: string;
  status: SubscriptionStatus;
  pause_reason: string | null;
  pause_notified: number;
  last_edition_sent: string | null;
  mode: SubscriptionMode;
  cadence: Cadence;
  weekday: number | null;
  destination: Destination;
  forum_tag: string | null;
  filters: string;
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
    mode: r.mode,
    cadence: r.cadence,
    weekday: r.weekday,
    destination: r.destination,
    forumTag: r.forum_tag,
    filters: parseFilters(r.filters),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Stored filters as data; a damaged value reads as no filters rather than failing every delivery. */
function parseFilters(json: string): SubscriptionFilters {
  try {
    const f = JSON.parse(json) as Partial<SubscriptionFilters>;
    const list = (v: unknown): string[] =>
      Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    return { sections: list(f.sections), include: list(f.include), exclude: list(f.exclude) };
  } catch {
    return { ...NO_FILTERS };
  }
}

const DEFAULT_OPTIONS: SubscriptionOptions = {
  mode: 'digest',
  cadence: 'daily',
  weekday: null,
  destination: 'messages',
  forumTag: null,
};

type SubscriptionQueries = Pick<
  Store,
  | 'upsertSubscription'
  | 'setSubscriptionFilters'
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
  // Re-subscribing changes time, zone and the options given and re-activates a paused channel, but keeps
  // lastEditionSent, filters and createdAt: the channel has already been sent those editions.
  const upsert = db.prepare<[Record<string, string | number | null>], SubscriptionRow>(`
    INSERT INTO subscriptions (channel_id, guild_id, time, timezone, status, pause_reason, pause_notified,
      last_edition_sent, mode, cadence, weekday, destination, forum_tag, created_at, updated_at)
    VALUES (@channelId, @guildId, @time, @timezone, 'active', NULL, 0, @lastEditionSent, @mode, @cadence,
      @weekday, @destination, @forumTag, @now, @now)
    ON CONFLICT (channel_id) DO UPDATE SET guild_id = excluded.guild_id, time = excluded.time,
      timezone = excluded.timezone, status = 'active', pause_reason = NULL, pause_notified = 0,
      mode = excluded.mode, cadence = excluded.cadence, weekday = excluded.weekday,
      destination = excluded.destination, forum_tag = excluded.forum_tag, updated_at = excluded.updated_at
    RETURNING *`);
  const setFilters = db.prepare<[string, string, string]>(
    'UPDATE subscriptions SET filters = ?, updated_at = ? WHERE channel_id = ?',
  );
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
  // Keywords members followed from that guild go too: the bot may not keep what they told it there.
  const removeFollows = db.prepare<[string]>('DELETE FROM follows WHERE guild_id = ?');

  const markAll = db.transaction((ids: readonly string[], at: string) => {
    for (const id of ids) notified.run(at, id);
  });
  const dropGuild = db.transaction((guildId: string) => {
    const n = removeSubs.run(guildId).changes;
    removeSettings.run(guildId);
    removeFollows.run(guildId);
    return n;
  });

  return {
    upsertSubscription(sub) {
      // Options not given keep the existing subscription's (or take the defaults for a new one).
      const existing = get.get(sub.channelId);
      const base = existing ? toSubscription(existing) : DEFAULT_OPTIONS;
      const options: SubscriptionOptions = {
        mode: sub.mode ?? base.mode,
        cadence: sub.cadence ?? base.cadence,
        weekday: sub.weekday !== undefined ? sub.weekday : base.weekday,
        destination: sub.destination ?? base.destination,
        forumTag: sub.forumTag !== undefined ? sub.forumTag : base.forumTag,
      };
      const row = upsert.get({
        guildId: sub.guildId,
        channelId: sub.channelId,
        time: sub.time,
        timezone: sub.timezone,
        lastEditionSent: sub.lastEditionSent,
        ...options,
        now: now().toISOString(),
      });
      if (!row) throw new Error(`Subscription for channel ${sub.channelId} was not saved`);
      return toSubscription(row);
    },
    setSubscriptionFilters: (channelId, filters) =>
      setFilters.run(JSON.stringify(filters), now().toISOString(), channelId).changes > 0,
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

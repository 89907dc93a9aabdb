import type Database from 'better-sqlite3';
import type { Delivery, DeliveryStatus, EmptyReason, Store } from './types.js';

interface DeliveryRow {
  channel_id: string;
  day: string;
  guild_id: string;
  nonce: string;
  status: DeliveryStatus;
  editions: string;
  message_ids: string;
  error: string | null;
  attempts: number;
  thread_id: string | null;
  empty_reason: EmptyReason | null;
  claimed_at: string;
  updated_at: string;
}

function toDelivery(r: DeliveryRow): Delivery {
  return {
    channelId: r.channel_id,
    guildId: r.guild_id,
    day: r.day,
    nonce: r.nonce,
    status: r.status,
    editions: JSON.parse(r.editions) as string[],
    messageIds: JSON.parse(r.message_ids) as string[],
    error: r.error,
    attempts: r.attempts,
    threadId: r.thread_id,
    emptyReason: r.empty_reason,
    claimedAt: r.claimed_at,
    updatedAt: r.updated_at,
  };
}

type DeliveryQueries = Pick<
  Store,
  | 'claimDelivery'
  | 'markDeliverySent'
  | 'markDeliveryFailed'
  | 'markDeliveryEmpty'
  | 'setDeliveryThread'
  | 'getDelivery'
  | 'lastDelivery'
>;

/** Digest deliveries, one per (channel, local day). */
export function createDeliveryQueries(db: Database.Database, now: () => Date): DeliveryQueries {
  const insert = db.prepare(`
    INSERT INTO deliveries (channel_id, day, guild_id, nonce, status, editions, message_ids, error, attempts,
      claimed_at, updated_at)
    VALUES (@channelId, @day, @guildId, @nonce, 'claimed', @editions, '[]', NULL, 1, @now, @now)
    ON CONFLICT (channel_id, day) DO NOTHING`);
  // Picking up a claimed or failed row is another attempt at it; a finished one (sent, empty) is only read.
  const retry = db.prepare<[string, string, string]>(`
    UPDATE deliveries SET attempts = attempts + 1, updated_at = ?
    WHERE channel_id = ? AND day = ? AND status IN ('claimed', 'failed')`);
  const get = db.prepare<[string, string], DeliveryRow>(
    'SELECT * FROM deliveries WHERE channel_id = ? AND day = ?',
  );
  const last = db.prepare<[string], DeliveryRow>(
    'SELECT * FROM deliveries WHERE channel_id = ? ORDER BY day DESC LIMIT 1',
  );
  const sent = db.prepare<[string, string, string, string]>(
    `UPDATE deliveries SET status = 'sent', message_ids = ?, error = NULL, updated_at = ?
     WHERE channel_id = ? AND day = ?`,
  );
  const failed = db.prepare<[string, string, string, string]>(
    `UPDATE deliveries SET status = 'failed', error = ?, updated_at = ? WHERE channel_id = ? AND day = ?`,
  );
  const empty = db.prepare<[string, string, string, string]>(
    `UPDATE deliveries SET status = 'empty', error = NULL, empty_reason = ?, updated_at = ?
     WHERE channel_id = ? AND day = ?`,
  );
  const thread = db.prepare<[string, string, string, string]>(
    'UPDATE deliveries SET thread_id = ?, updated_at = ? WHERE channel_id = ? AND day = ?',
  );

  // IMMEDIATE: the write lock is taken before the INSERT, so the insert-or-read is one step for every process
  // sharing the file; the primary key alone already guarantees only one of them gets `created`.
  const claim = db.transaction(
    (d: { channelId: string; guildId: string; day: string; nonce: string; editions: string[] }) => {
      const at = now().toISOString();
      const created = insert.run({ ...d, editions: JSON.stringify(d.editions), now: at }).changes === 1;
      if (!created) retry.run(at, d.channelId, d.day);
      const row = get.get(d.channelId, d.day);
      if (!row) throw new Error(`Delivery ${d.channelId}/${d.day} vanished while being claimed`);
      return { delivery: toDelivery(row), created };
    },
  );

  return {
    claimDelivery: (d) => claim.immediate(d),
    markDeliverySent(channelId, day, messageIds) {
      sent.run(JSON.stringify(messageIds), now().toISOString(), channelId, day);
    },
    markDeliveryFailed(channelId, day, error) {
      failed.run(error, now().toISOString(), channelId, day);
    },
    markDeliveryEmpty(channelId, day, reason = 'no-edition') {
      empty.run(reason, now().toISOString(), channelId, day);
    },
    setDeliveryThread(channelId, day, threadId) {
      thread.run(threadId, now().toISOString(), channelId, day);
    },
    getDelivery(channelId, day) {
      const row = get.get(channelId, day);
      return row ? toDelivery(row) : null;
    },
    lastDelivery(channelId) {
      const row = last.get(channelId);
      return row ? toDelivery(row) : null;
    },
  };
}

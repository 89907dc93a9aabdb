import type Database from 'better-sqlite3';
import type { PendingAlert, Store } from './types.js';

type AlertQueries = Pick<
  Store,
  | 'claimAlerts'
  | 'pendingAlerts'
  | 'channelsWithPendingAlerts'
  | 'recentAlertMessages'
  | 'assignAlertNonce'
  | 'markAlertsSent'
  | 'markAlertsFailed'
  | 'dropPendingAlerts'
>;

interface AlertRow {
  channel_id: string;
  guild_id: string;
  content_id: string;
  article_id: string;
  feed_seq: number;
  status: 'pending' | 'failed';
  nonce: string | null;
  attempts: number;
  error: string | null;
  updated_at: string;
}

const toPending = (r: AlertRow): PendingAlert => ({
  channelId: r.channel_id,
  guildId: r.guild_id,
  contentId: r.content_id,
  articleId: r.article_id,
  seq: r.feed_seq,
  status: r.status,
  nonce: r.nonce,
  attempts: r.attempts,
  error: r.error,
  updatedAt: r.updated_at,
});

/** The alert ledger (migration 009): one row per (channel, story content id). */
export function createAlertQueries(db: Database.Database, now: () => Date): AlertQueries {
  const insert = db.prepare(`
    INSERT INTO alert_ledger (channel_id, content_id, guild_id, article_id, feed_seq, status, claimed_at,
      updated_at)
    VALUES (@channelId, @contentId, @guildId, @articleId, @seq, 'pending', @now, @now)
    ON CONFLICT (channel_id, content_id) DO NOTHING`);
  // Only forward, as advanceFeedCursor: a run that re-read an older window must not move the cursor back.
  const advance = db.prepare<[number]>(`
    INSERT INTO feed_cursors (reader, seq) VALUES ('alerts', ?)
    ON CONFLICT (reader) DO UPDATE SET seq = max(seq, excluded.seq)`);
  const pending = db.prepare<[string], AlertRow>(`
    SELECT * FROM alert_ledger WHERE channel_id = ? AND status <> 'sent' ORDER BY feed_seq`);
  const channels = db
    .prepare<[], string>(`SELECT DISTINCT channel_id FROM alert_ledger WHERE status <> 'sent' ORDER BY 1`)
    .pluck();
  const recent = db.prepare<[string, string], { nonce: string; stories: number }>(`
    SELECT nonce, count(*) AS stories FROM alert_ledger
    WHERE channel_id = ? AND status = 'sent' AND sent_at > ? GROUP BY nonce ORDER BY min(sent_at)`);
  const assign = db.prepare<[string, string, string, string]>(`
    UPDATE alert_ledger SET nonce = ?, updated_at = ?
    WHERE channel_id = ? AND content_id = ? AND status = 'pending' AND nonce IS NULL`);
  const sent = db.prepare<[string, string, string, string, string]>(`
    UPDATE alert_ledger SET status = 'sent', message_id = ?, error = NULL, sent_at = ?, updated_at = ?
    WHERE channel_id = ? AND nonce = ? AND status <> 'sent'`);
  const failed = db.prepare<[string, string, string, string]>(`
    UPDATE alert_ledger SET status = 'failed', error = ?, attempts = attempts + 1, updated_at = ?
    WHERE channel_id = ? AND nonce = ? AND status <> 'sent'`);

  const drop = db.prepare<[string]>(`DELETE FROM alert_ledger WHERE channel_id = ? AND status <> 'sent'`);

  // IMMEDIATE: the claims and the cursor move are one step for every process sharing the file.
  const claim = db.transaction((claims: Parameters<Store['claimAlerts']>[0], seq: number) => {
    const at = now().toISOString();
    let added = 0;
    for (const c of claims) added += insert.run({ ...c, now: at }).changes;
    advance.run(seq);
    return added;
  });
  const assignAll = db.transaction((channelId: string, contentIds: readonly string[], nonce: string) => {
    const at = now().toISOString();
    for (const id of contentIds) assign.run(nonce, at, channelId, id);
  });

  return {
    claimAlerts: (claims, seq) => claim.immediate(claims, seq),
    pendingAlerts: (channelId) => pending.all(channelId).map(toPending),
    channelsWithPendingAlerts: () => channels.all(),
    recentAlertMessages: (channelId, since) => recent.all(channelId, since),
    assignAlertNonce(channelId, contentIds, nonce) {
      assignAll(channelId, contentIds, nonce);
    },
    markAlertsSent(channelId, nonce, messageId) {
      const at = now().toISOString();
      sent.run(messageId, at, at, channelId, nonce);
    },
    markAlertsFailed(channelId, nonce, error) {
      failed.run(error, now().toISOString(), channelId, nonce);
    },
    dropPendingAlerts: (channelId) => drop.run(channelId).changes,
  };
}

import type { Migration } from '../schema.js';

/**
 * The alert ledger (#11 instant alerts): one row per (channel, story content id) an alerts subscription is to
 * get, which is what makes an alert post at most once per channel and story.
 *
 * - A row is claimed `pending` in the same transaction that moves the `alerts` feed cursor past its story, so a
 *   crash neither loses a story nor claims it twice.
 * - Before a message is posted, its rows get the message's `nonce` (deterministic from the channel and the
 *   batch's content ids): a batch interrupted by a crash is resumed as the same batch with the same nonce, and
 *   Discord's `enforce_nonce` drops the second copy. `sent` records the `message_id` and `sent_at` (the
 *   per-minute bound counts recent messages from it); `failed` keeps the nonce, the error and the attempts, and
 *   is retried after a back-off.
 * - `article_id` is the copy shown (its summary button); `feed_seq` keeps arrival order.
 */
export const alertLedgerMigration: Migration = {
  version: 9,
  name: 'alert ledger',
  sql: `
    CREATE TABLE alert_ledger (
      channel_id TEXT NOT NULL,
      content_id TEXT NOT NULL,
      guild_id   TEXT NOT NULL,
      article_id TEXT NOT NULL,
      feed_seq   INTEGER NOT NULL,
      status     TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
      nonce      TEXT,
      message_id TEXT,
      error      TEXT,
      attempts   INTEGER NOT NULL DEFAULT 0,
      claimed_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      sent_at    TEXT,
      PRIMARY KEY (channel_id, content_id)
    ) STRICT;
    CREATE INDEX alert_ledger_unsent ON alert_ledger (channel_id, feed_seq) WHERE status <> 'sent';
    CREATE INDEX alert_ledger_recent ON alert_ledger (channel_id, sent_at) WHERE status = 'sent';
  `,
};

import type { Migration } from '../schema.js';

/**
 * Personal follows (#11): a member follows keywords and gets a DM when a new story matches.
 *
 * - `follows`: one row per (user, keyword), with the server it was added in (the per-server limit, and the
 *   language of the DM) and when. Keywords compare case-insensitively, as search does.
 * - `followers`: a user's follow state: `active`, or `paused` when the bot cannot DM them (Discord 50007), with
 *   the reason and whether they have been told (on their next command).
 * - `follow_notices`: the ledger of (user, story content id) the follow notifier has claimed: `claimed` until the
 *   DM listing it is sent, then `sent`. The primary key is what keeps a user from getting one story twice, also
 *   when it is printed on a second page. `nonce` is the DM a claimed row was put in, recorded before that DM is
 *   sent: a DM retried after a crash is the same DM (same stories, same nonce), however many matches came since.
 *   The notifier claims rows and moves the `follows` feed cursor in one
 *   transaction (migration 008).
 * What is stored about a user is their id, their keywords and which stories they were sent; `/follow clear`
 * deletes all three.
 */
export const followsMigration: Migration = {
  version: 10,
  name: 'personal follows',
  sql: `
    CREATE TABLE follows (
      user_id    TEXT NOT NULL,
      keyword    TEXT NOT NULL COLLATE NOCASE,
      guild_id   TEXT NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (user_id, keyword)
    ) STRICT;
    CREATE INDEX follows_by_guild ON follows (guild_id);
    CREATE TABLE followers (
      user_id        TEXT PRIMARY KEY,
      status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused')),
      pause_reason   TEXT,
      pause_notified INTEGER NOT NULL DEFAULT 0 CHECK (pause_notified IN (0, 1)),
      updated_at     TEXT NOT NULL
    ) STRICT;
    CREATE TABLE follow_notices (
      user_id    TEXT NOT NULL,
      content_id TEXT NOT NULL,
      keyword    TEXT NOT NULL,
      status     TEXT NOT NULL DEFAULT 'claimed' CHECK (status IN ('claimed', 'sent')),
      claimed_at TEXT NOT NULL,
      nonce      TEXT,
      PRIMARY KEY (user_id, content_id)
    ) STRICT;
    CREATE INDEX follow_notices_pending ON follow_notices (status, user_id) WHERE status = 'claimed';
  `,
};

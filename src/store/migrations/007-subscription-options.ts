import type { Migration } from '../schema.js';

/**
 * What a subscription can be since #11, beyond "the whole edition, daily, as messages":
 * - `mode`: `digest` (on a schedule) or `alerts` (each new matching story as it is ingested);
 * - `cadence` and `weekday` (0 = Sunday … 6 = Saturday, weekly only): when a digest is due;
 * - `destination`: `messages` in the channel, a `thread` per digest started from a header message, or a post
 *   in a `forum` channel, with an optional `forum_tag` (a tag id of that forum);
 * - `filters`: JSON `{sections, include, exclude}` (src/digest/filters.ts).
 * Deliveries gain `thread_id` (the thread or forum post a digest went into, once found or created) and
 * `empty_reason` (`no-edition` or `filtered`, so /digest list can say "nothing matched").
 * Existing rows keep what they did: daily digests as messages, unfiltered.
 */
export const subscriptionOptionsMigration: Migration = {
  version: 7,
  name: 'subscription filters, cadence, destination and mode',
  sql: `
    ALTER TABLE subscriptions ADD COLUMN mode TEXT NOT NULL DEFAULT 'digest' CHECK (mode IN ('digest', 'alerts'));
    ALTER TABLE subscriptions ADD COLUMN cadence TEXT NOT NULL DEFAULT 'daily'
      CHECK (cadence IN ('daily', 'weekdays', 'weekly'));
    ALTER TABLE subscriptions ADD COLUMN weekday INTEGER CHECK (weekday BETWEEN 0 AND 6);
    ALTER TABLE subscriptions ADD COLUMN destination TEXT NOT NULL DEFAULT 'messages'
      CHECK (destination IN ('messages', 'thread', 'forum'));
    ALTER TABLE subscriptions ADD COLUMN forum_tag TEXT;
    ALTER TABLE subscriptions ADD COLUMN filters TEXT NOT NULL DEFAULT '{"sections":[],"include":[],"exclude":[]}';
    ALTER TABLE deliveries ADD COLUMN thread_id TEXT;
    ALTER TABLE deliveries ADD COLUMN empty_reason TEXT CHECK (empty_reason IN ('no-edition', 'filtered'));
  `,
};

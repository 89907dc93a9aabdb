import type { Article, Page } from '../news/types.js';
import type { ArticleSummary } from '../summarize/types.js';
import type { SubscriptionFilters } from '../digest/filters.js';
import type { Cadence } from '../digest/schedule.js';

/** An article as stored: every parser field, its summary, and where it came from. */
export interface StoredArticle extends Article, ArticleSummary {
  /** The page file it was parsed from. */
  source: string;
  /**
   * The edition (page) date, `YYYY-MM-DD`. Ingest files a page that prints no date under its file's
   * modification day, so null only for a page saved without one; such an article is in no edition (no
   * /headlines, no digest) but is still found by search.
   */
  date: string | null;
  /**
   * True when `date` is only the day its page was received (the page printed no date), false when printed on
   * it. Reads show such an edition as undated pages received that day, never as that day's paper (#12).
   */
  dateReceived: boolean;
  /** Position on its page, 0-based, so headlines keep printed order. */
  position: number;
}

/**
 * A page as handed to the store: what the parser made, and whether its date was received rather than printed
 * (ingest's undated pages; default false).
 */
export type StoredPage = Page & { dateReceived?: boolean };

/** A short reference for lists and autocomplete. */
export interface ArticleRef {
  id: string;
  title: string;
  date: string | null;
  kind: Article['kind'];
}

export interface SearchHit extends ArticleRef {
  /** A short excerpt with the matched text wrapped in `**…**` (Markdown bold). */
  snippet: string;
  score: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Total matches (for pagination). */
  total: number;
  /** True when the search stopped counting at its window of newest matches: `total` is then a lower bound. */
  capped: boolean;
}

/** A guild's settings. */
export interface GuildSettings {
  guildId: string;
  /** IANA timezone name; the store's `defaultTimezone` (config's DEFAULT_TIMEZONE) until the guild sets one. */
  timezone: string;
}

export type SubscriptionStatus = 'active' | 'paused';

/** `digest`: on a schedule; `alerts`: each newly ingested matching story as it arrives (#11). */
export type SubscriptionMode = 'digest' | 'alerts';

/**
 * Where a digest goes: `messages` in the channel, a `thread` per digest started from a short header message,
 * or one post per digest in a `forum` channel.
 */
export type Destination = 'messages' | 'thread' | 'forum';

/** The options a subscription is created or changed with (what /digest subscribe and alerts set). */
export interface SubscriptionOptions {
  mode: SubscriptionMode;
  cadence: Cadence;
  /** Weekly digests: the local day of the week, 0 = Sunday … 6 = Saturday; null otherwise. */
  weekday: number | null;
  destination: Destination;
  /** Forum posts: the name of the forum's tag to apply (its id is looked up when posting), or null. */
  forumTag: string | null;
}

/** One channel that receives the digest or alerts. Primary key: channelId. */
export interface Subscription extends SubscriptionOptions {
  guildId: string;
  channelId: string;
  /** Local time of day, `HH:MM` (24 h). */
  time: string;
  /** IANA timezone name. */
  timezone: string;
  status: SubscriptionStatus;
  /** Why it was paused (e.g. `Missing Permissions (50013)`), null while active. */
  pauseReason: string | null;
  /** Set when paused; cleared once an admin has been told on their next /digest command. */
  pauseNotified: boolean;
  /**
   * The newest edition date this channel has been sent; its next digest carries the editions after it. A new
   * subscription starts at the edition before the newest (`initialLastEdition`), so its first digest carries the
   * newest edition and not the archive. Null when nothing has been sent and at most one edition was stored at
   * subscribe time: the first digest then carries every dated edition stored by then (the newest few, up to a
   * digest's limit).
   */
  lastEditionSent: string | null;
  /** Which stories it gets; none set keeps every story. */
  filters: SubscriptionFilters;
  createdAt: string;
  updatedAt: string;
}

export type DeliveryStatus = 'claimed' | 'sent' | 'failed' | 'empty';

/** One attempt to deliver a digest to a channel for one local digest day. Unique on (channelId, day). */
export interface Delivery {
  channelId: string;
  guildId: string;
  /** The channel's local digest day, `YYYY-MM-DD`. */
  day: string;
  /** Deterministic nonce sent with enforce_nonce, derived from (channelId, day). */
  nonce: string;
  status: DeliveryStatus;
  /** Edition dates included in this digest. */
  editions: string[];
  /** Discord message ids, once sent (one per message when the digest had to be split). */
  messageIds: string[];
  error: string | null;
  attempts: number;
  /** The thread or forum post the digest went into, once found or created (thread and forum destinations). */
  threadId: string | null;
  /** Why an `empty` delivery posted nothing: no new edition, or the filters left nothing (`filtered`). */
  emptyReason: EmptyReason | null;
  claimedAt: string;
  updatedAt: string;
}

export type EmptyReason = 'no-edition' | 'filtered';

/** One story in the feed of newly ingested stories. */
export interface FeedEntry {
  seq: number;
  contentId: string;
  articleId: string | null;
}

/** The readers of the feed, each with its own position. */
export type FeedReader = 'alerts' | 'follows';

// Instant alerts (#11): the alert ledger, one row per (channel, story).
/** A story an alerts subscription is to get, as claimed from the feed. */
export interface AlertClaim {
  channelId: string;
  guildId: string;
  contentId: string;
  /** The stored copy the alert shows (its summary button). */
  articleId: string;
  /** The story's feed position (arrival order). */
  seq: number;
}

/** A claimed alert not sent yet: `pending`, or `failed` (retried after a back-off). */
export interface PendingAlert extends AlertClaim {
  status: 'pending' | 'failed';
  /** The nonce of the message it is going in, once batched; a resumed batch keeps it. */
  nonce: string | null;
  attempts: number;
  error: string | null;
  updatedAt: string;
}

// Personal follows (#11): /follow and the follow notifier.
/** One keyword a user follows. */
export interface Follow {
  keyword: string;
  /** The server it was added in (the per-server limit; the language of the DM). */
  guildId: string;
  createdAt: string;
}

/** A user's follow state: `paused` when the bot cannot DM them, until they run `/follow resume`. */
export interface FollowerState {
  status: 'active' | 'paused';
  /** Why it was paused, e.g. `Cannot send messages to this user (50007)`; null while active. */
  pauseReason: string | null;
  /** Set when paused; cleared once the user has been told on their next command. */
  pauseNotified: boolean;
}

/** A (user, story) the follow notifier has claimed and not yet sent. */
export interface FollowNotice {
  userId: string;
  contentId: string;
  /** The keyword that matched. */
  keyword: string;
  claimedAt: string;
  /** The DM this row was put in (recorded before it is sent), or null while in none. */
  nonce: string | null;
  /** The server of the user's first follow (the DM's language), null when they removed every follow since. */
  guildId: string | null;
}

/** What `addFollow` did: added, already followed, or refused at a limit. */
export type AddFollowOutcome = 'added' | 'exists' | 'user-limit' | 'guild-limit';

/** Outcome of ingesting one page file. */
export type PageIngestStatus = 'added' | 'replaced' | 'unchanged';

/**
 * Everything the rest of the app may ask of the database: what `openStore` returns and main.ts hands out. Only
 * src/store/ writes SQL. Consumers depend on the narrow views in `./interfaces/` (what the scheduler, a
 * command or ingest needs), not on this.
 */
export interface Store {
  // pages and articles
  /** The stored content hash for a page source, or null if unknown. */
  pageHash(source: string): string | null;
  /**
   * Stores a parsed page with its summaries in one transaction, replacing any articles previously stored for
   * the same source, and re-indexes them for search. Every article is stored, also one whose story another page
   * holds: `contentIds` maps an article id to its story's content id (what groups the copies; default the id
   * itself), and an id another page already uses is replaced by one that includes this page's key. Ingest
   * passes page-scoped ids (see `pageArticleId`).
   */
  savePage(
    page: StoredPage,
    hash: string,
    summaries: ReadonlyMap<string, ArticleSummary>,
    contentIds?: ReadonlyMap<string, string>,
  ): PageIngestStatus;
  /**
   * The article with this id, or, for an id handed out before schema version 5 (a content id, still in old
   * buttons and menus), the newest stored copy of that story. Null when no page holds it any more.
   */
  getArticle(id: string): StoredArticle | null;
  /** Every stored page key, in order. */
  pageSources(): string[];
  /**
   * Removes a page and its articles (and their search rows); other pages' copies of the same stories stay.
   * Returns how many articles went, or null when no such page is stored.
   */
  removePage(source: string): number | null;
  /** Edition dates that have articles, newest first; at most `limit` (default 1000). */
  editionDates(limit?: number): string[];
  /**
   * Of those, the dates whose every page printed no date (only received that day), newest first; at most
   * `limit` (default 1000). Such an edition is "undated pages received that day" (#12).
   */
  receivedDates(limit?: number): string[];
  /** Articles of one edition date in page/print order; a story printed on several pages comes once. */
  articlesForDate(date: string): StoredArticle[];
  /**
   * Articles of all editions newer than `after` (exclusive; every dated article when null), oldest edition
   * first. Undated articles belong to no edition and are never returned. A story printed more than once comes
   * once, at its first edition.
   */
  articlesAfter(after: string | null): StoredArticle[];
  /**
   * Autocomplete: articles whose title matches `query` (the search's terms, on the title only), newest first, at
   * most `limit`; the newest articles when `query` is blank.
   */
  suggestArticles(query: string, limit: number): ArticleRef[];
  articleCount(): number;
  /**
   * Runs `fn` in one transaction; `savePage` calls inside it become savepoints (one failing rolls back only
   * itself). Ingest saves pages in batches this way: the search indexes cost about half as much to update
   * per article when many pages share a transaction.
   */
  batch<T>(fn: () => T): T;

  // the feed of newly ingested stories (alerts, follows)
  /**
   * Feed entries after `seq`, oldest first, at most `limit`: each story the first time a page brought it.
   * `articleId` is a stored copy of it, or null when every page holding it has since been removed.
   */
  feedAfter(seq: number, limit: number): FeedEntry[];
  /** How far `reader` has read the feed (0 = from the start). */
  feedCursor(reader: FeedReader): number;
  /** Moves `reader`'s position forward to `seq` (never back). */
  advanceFeedCursor(reader: FeedReader, seq: number): void;

  // instant alerts (#11): the alert ledger
  /**
   * Claims (channel, story) rows as `pending` (one already there is kept as it is) and moves the `alerts` feed
   * cursor to `seq`, in one transaction: a crash neither loses a story nor claims it twice. Returns how many
   * rows were new.
   */
  claimAlerts(claims: readonly AlertClaim[], seq: number): number;
  /** The channel's claimed alerts not sent yet, in arrival order. */
  pendingAlerts(channelId: string): PendingAlert[];
  /** Channels with alerts not sent yet. */
  channelsWithPendingAlerts(): string[];
  /** The messages sent to the channel after `since` (ISO instant): each nonce with its story count. */
  recentAlertMessages(channelId: string, since: string): { nonce: string; stories: number }[];
  /** Gives the channel's unbatched pending rows for these stories the nonce of the message they go in. */
  assignAlertNonce(channelId: string, contentIds: readonly string[], nonce: string): void;
  /** Records the message a batch went in: its rows become `sent` (sent now). */
  markAlertsSent(channelId: string, nonce: string, messageId: string): void;
  /** Records a failed post of a batch (it keeps its nonce and is retried as the same batch). */
  markAlertsFailed(channelId: string, nonce: string, error: string): void;
  /** Drops the channel's alerts not sent yet (it is no longer an alerts channel); sent rows stay. */
  dropPendingAlerts(channelId: string): number;

  // personal follows (#11)
  /**
   * Adds a keyword for a user, unless they follow it already (case-insensitive) or a limit is reached: at most
   * `maxPerUser` keywords per user and `maxPerGuild` per server (checked in the same transaction as the insert).
   */
  addFollow(f: {
    userId: string;
    guildId: string;
    keyword: string;
    maxPerUser: number;
    maxPerGuild: number;
  }): AddFollowOutcome;
  /** A user's keywords, oldest first. */
  listFollows(userId: string): Follow[];
  /** Removes one keyword (case-insensitive); false when the user does not follow it. */
  removeFollow(userId: string, keyword: string): boolean;
  /** Deletes everything stored about a user: follows, state and the stories they were sent. */
  clearFollower(userId: string): { follows: number; notices: number };
  /** The user's follow state, or null when nothing is stored about them. */
  followerState(userId: string): FollowerState | null;
  /** Pauses a user's follows (the bot cannot DM them) and drops what was claimed for them but not sent. */
  pauseFollower(userId: string, reason: string): void;
  /** Re-activates a paused user; false when they were not paused. */
  resumeFollower(userId: string): boolean;
  markFollowPauseNotified(userId: string): void;
  /** Every follow of every user who is not paused. */
  activeFollows(): { userId: string; keyword: string }[];
  /**
   * Claims (user, story) rows (one already there is kept as it is) and moves the `follows` feed cursor to `seq`,
   * in one transaction, so a crash neither loses a match nor claims it twice. Returns how many rows were new.
   */
  claimFollowMatches(
    claims: readonly { userId: string; contentId: string; keyword: string }[],
    seq: number,
  ): number;
  /** Claimed rows not sent yet, of users who are not paused, by user then claim order. */
  pendingFollowNotices(): FollowNotice[];
  markFollowNoticesSent(userId: string, contentIds: readonly string[]): void;
  /** Puts a user's claimed rows in the DM with this nonce, before that DM is sent. */
  setFollowNoticeNonce(userId: string, contentIds: readonly string[], nonce: string): void;

  // search
  search(query: string, options?: { limit?: number; offset?: number }): SearchResult;

  // settings
  getGuildSettings(guildId: string): GuildSettings;
  setGuildTimezone(guildId: string, timezone: string): void;

  // subscriptions
  /**
   * Creates a channel subscription, or updates an existing one's time and timezone and re-activates it if
   * paused. `lastEditionSent` is used only on creation: an existing subscription keeps its own.
   */
  upsertSubscription(
    sub: {
      guildId: string;
      channelId: string;
      time: string;
      timezone: string;
      lastEditionSent: string | null;
    } & Partial<SubscriptionOptions>,
  ): Subscription;
  /** Replaces a subscription's filters; false when the channel has no subscription. */
  setSubscriptionFilters(channelId: string, filters: SubscriptionFilters): boolean;
  removeSubscription(channelId: string): boolean;
  getSubscription(channelId: string): Subscription | null;
  listSubscriptions(filter?: {
    guildId?: string;
    guildIds?: readonly string[];
    status?: SubscriptionStatus;
  }): Subscription[];
  pauseSubscription(channelId: string, reason: string): void;
  markPauseNotified(channelIds: readonly string[]): void;
  setLastEditionSent(channelId: string, edition: string): void;
  /**
   * Removes every subscription, the settings and the follows added in a guild the bot left. Returns how many
   * subscriptions went.
   */
  removeGuild(guildId: string): number;

  // deliveries
  /**
   * Claims (channelId, day): inserts a `claimed` row and returns it with `created: true`, or returns the existing
   * row (so the caller can see it was already sent, or resume a claimed one after a crash). Claiming an existing
   * `claimed` or `failed` row counts another attempt (`attempts` + 1, `updatedAt` now); a `sent` or `empty` row
   * is returned untouched. `editions` is stored only on creation.
   */
  claimDelivery(d: { channelId: string; guildId: string; day: string; nonce: string; editions: string[] }): {
    delivery: Delivery;
    created: boolean;
  };
  markDeliverySent(channelId: string, day: string, messageIds: string[]): void;
  markDeliveryFailed(channelId: string, day: string, error: string): void;
  markDeliveryEmpty(channelId: string, day: string, reason?: EmptyReason): void;
  /** Records the thread or forum post a claimed delivery posts into, as soon as it is known. */
  setDeliveryThread(channelId: string, day: string, threadId: string): void;
  getDelivery(channelId: string, day: string): Delivery | null;
  /** The channel's delivery row for its latest day, or null when it has none (for /digest list). */
  lastDelivery(channelId: string): Delivery | null;

  close(): void;
}

/**
 * The port the follow notifier sends its DMs through. The discord.js adapter is src/discord/dm-poster.ts; the
 * console prints the DM instead (src/console/dm-poster.ts); tests may pass their own.
 */

/** One story in a follow DM. */
export interface FollowDmItem {
  /** A stored copy of the story (its "open" button). */
  articleId: string;
  title: string;
  /** The user's keyword that matched it. */
  keyword: string;
  lede: string;
}

/** One DM to one user: every story of theirs the batch matched. */
export interface FollowDm {
  userId: string;
  /** The server of their first follow, whose language the DM is written in; null: English. */
  guildId: string | null;
  /** The stories shown, in arrival order. */
  items: FollowDmItem[];
  /** Stories matched beyond those shown (the DM says how many). */
  more: number;
  /** Deterministic from the user and the batch, so a DM re-sent after a crash is dropped by Discord. */
  nonce: string;
}

export interface DmPoster {
  /**
   * Sends `dm` as one direct message and returns its id. Throws a PostError: `pause` when the user cannot be
   * sent DMs (Discord 50007), `retry` for anything that may pass (the notifier tries again a minute later).
   */
  send(dm: FollowDm): Promise<string>;
}

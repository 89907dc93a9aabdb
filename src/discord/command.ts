import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Clock } from '../clock.js';
import type { DigestRenderOptions } from './digest-message.js';
import type { Logger } from '../logger.js';
import type { Reply } from '../reply/reply.js';
import { text, type RichText } from '../reply/rich-text.js';
import type { ArticleReader } from '../store/interfaces/article-reader.js';
import type { EditionReader } from '../store/interfaces/edition-reader.js';
import type { FollowStore } from '../store/interfaces/follow-store.js';
import type { GuildSettingsStore } from '../store/interfaces/guild-settings-store.js';
import type { SubscriptionStore } from '../store/interfaces/subscription-store.js';

/*
 * What a command is, to the transports that run it. Command modules (commands/) implement these types; the
 * Discord router and the console build the requests and render the replies. commands/ imports from here, never
 * the other way round: the bot gets its commands from main.ts.
 */

/** A channel named in an option, as far as a handler needs to know it. */
export interface ChannelOption {
  id: string;
  name: string | null;
  /** Discord channel type; null in the console. */
  type: number | null;
  /** A forum channel's tag names, when known (from the gateway cache); undefined otherwise. */
  forumTags?: readonly string[];
}

/** Typed access to a command's options (of the chosen subcommand, if any). */
export interface CommandOptions {
  string(name: string): string | null;
  integer(name: string): number | null;
  channel(name: string): ChannelOption | null;
  /** A true/false option; optional so that hand-made option readers in tests need not have it. */
  boolean?(name: string): boolean | null;
}

/** What a handler may know about the invocation, independent of Discord or the console. */
export interface CommandRequest {
  commandName: string;
  subcommand: string | null;
  /** The user's locale, e.g. `zh-CN` or `en-US`. */
  locale: string;
  /** The server's preferred locale (what its channels' digests are written in), null outside a guild. */
  guildLocale: string | null;
  guildId: string | null;
  channelId: string | null;
  userId: string;
  /** The member's permissions in the guild, null outside a guild. */
  memberPermissions: bigint | null;
  options: CommandOptions;
  /** The bot's own permissions in a channel of this guild, null when the channel is unknown to it. */
  botPermissionsIn(channelId: string): Promise<bigint | null>;
}

export interface AutocompleteRequest {
  commandName: string;
  locale: string;
  /** Who is typing (a member's own keywords in `/follow remove`). */
  userId: string;
  guildId: string | null;
  /** The option being typed and what has been typed so far. */
  focused: { name: string; value: string };
}

/** One autocomplete choice; the router cuts the list and each name to Discord's limits. */
export interface Choice {
  name: string;
  value: string;
}

/** The view of the digest scheduler that commands need. */
export interface SchedulerView {
  /** When the channel's next digest is due, or null when none is scheduled. */
  nextRun(channelId: string): Date | null;
  /** Tells the scheduler the subscriptions changed (rebuilds its timers). */
  reload?(): void;
  /** Delivers the channel's digest for today now, at most once for the day (the `/digest list` button). */
  sendNow?(
    channelId: string,
  ): Promise<{ outcome: 'sent' | 'empty' | 'skipped' | 'paused' | 'failed'; error?: string }>;
}

/** Everything the commands together may ask of the store: the union of what each one reads and writes. */
export type CommandStore = ArticleReader &
  EditionReader &
  SubscriptionStore &
  GuildSettingsStore &
  FollowStore;

/**
 * Dependencies handed to every handler. Tests pass fakes; nothing is imported globally. The transports hand
 * every handler the whole {@link CommandStore}; a handler declares the part it uses (`CommandContext<ArticleReader>`),
 * so its tests can fake just that.
 */
export interface CommandContext<S = CommandStore> {
  store: S;
  clock: Clock;
  logger: Logger;
  scheduler?: SchedulerView;
  /** Default timezone for guilds that never set one. */
  defaultTimezone: string;
  /** PAPER_NAME and the DIGEST_* layout, so a preview shows what the channels get. */
  digestDisplay?: DigestRenderOptions;
  /** FOLLOW_MAX_PER_USER and FOLLOW_MAX_PER_GUILD (/follow add refuses past them, /help states them). */
  followLimits?: FollowLimits;
  /** The Simplified forms of a Traditional keyword (the store's converter), so /follow reads keywords as search does. */
  toSimplified?: (term: string) => string[];
  /** A notice for the user that rides on their next reply in a server (their follows were paused), once. */
  userNotice?: UserNotice;
}

/** How many keywords one member, and one server in all, may follow. */
export interface FollowLimits {
  perUser: number;
  perGuild: number;
}

/**
 * The notice owed to a user, or null: its text, and `seen()` to call once it has been added to a reply (so a
 * failed command does not swallow it). Personal follows use it to say DMs to the user failed (#11).
 */
export type UserNotice = (
  userId: string,
  locale: string,
  ctx: CommandContext,
) => { text: RichText; seen(): void } | null;

/**
 * `reply` with the user's notice, if one is owed and the command ran in a server: above a private reply's text,
 * or as a private follow-up to a public one (the notice is the user's business, not the channel's). The router
 * and the console both call this on every successful command, so the notice reaches the user once, wherever.
 */
export function withUserNotice(reply: Reply, req: CommandRequest, ctx: CommandContext): Reply {
  if (!req.guildId || !ctx.userNotice) return reply;
  const notice = ctx.userNotice(req.userId, req.locale, ctx);
  if (!notice) return reply;
  notice.seen();
  if (reply.ephemeral)
    return {
      ...reply,
      text: reply.text?.length ? [...notice.text, text('\n\n'), ...reply.text] : notice.text,
    };
  const own: Reply = { text: notice.text, cards: [], controls: [], ephemeral: true };
  return { ...reply, followUps: [...(reply.followUps ?? []), own] };
}

/** One slash command: its definition and its handlers, edited side by side. */
export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Replies only the invoking user should see (admin commands). */
  ephemeral?: boolean;
  execute(req: CommandRequest, ctx: CommandContext): Promise<Reply>;
  autocomplete?(req: AutocompleteRequest, ctx: CommandContext): Promise<Choice[]>;
}

/** A button press or menu choice, independent of Discord or the console. */
export interface ComponentRequest {
  customId: string;
  /** Chosen values of a select menu; empty for a button. */
  values: readonly string[];
  locale: string;
}

/** What to do with a component's answer: edit the message it sits on, or send a new (ephemeral) reply. */
export interface ComponentOutcome {
  reply: Reply;
  update: boolean;
}

/** Answers every button and menu; commands/components.ts is the one the bot and the console use. */
export type ComponentHandler = (req: ComponentRequest, ctx: CommandContext) => Promise<ComponentOutcome>;

/** Commands by name; throws on a duplicate so a copy-paste slip fails at start-up, not at run time. */
export function commandsByName(list: readonly Command[]): Map<string, Command> {
  const map = new Map<string, Command>();
  for (const c of list) {
    if (map.has(c.data.name)) throw new Error(`Duplicate command name: ${c.data.name}`);
    map.set(c.data.name, c);
  }
  return map;
}

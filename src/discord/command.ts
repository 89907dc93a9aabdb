import type {
  APIActionRowComponent,
  APIComponentInMessageActionRow,
  APIEmbed,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/types.js';

/**
 * A transport-neutral answer. Commands and component handlers return one; the Discord router sends it as an
 * interaction response and the local console prints it as text, so both run the same handlers.
 */
export interface Reply {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  /** Only the invoking user sees it. */
  ephemeral?: boolean;
  /** Further messages sent after this one (a digest preview that Discord's limits split). */
  followUps?: Reply[];
}

/** A channel named in an option, as far as a handler needs to know it. */
export interface ChannelOption {
  id: string;
  name: string | null;
  /** Discord channel type; null in the console. */
  type: number | null;
}

/** Typed access to a command's options (of the chosen subcommand, if any). */
export interface CommandOptions {
  string(name: string): string | null;
  integer(name: string): number | null;
  channel(name: string): ChannelOption | null;
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
  /** The option being typed and what has been typed so far. */
  focused: { name: string; value: string };
}

/** One autocomplete choice: Discord allows at most 25, each name at most 100 characters. */
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
}

/** Dependencies handed to every handler. Tests pass fakes; nothing is imported globally. */
export interface CommandContext {
  store: Store;
  clock: Clock;
  logger: Logger;
  scheduler?: SchedulerView;
  /** Default timezone for guilds that never set one. */
  defaultTimezone: string;
}

/** One slash command: its definition and its handlers, edited side by side. */
export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Replies only the invoking user should see (admin commands). */
  ephemeral?: boolean;
  execute(req: CommandRequest, ctx: CommandContext): Promise<Reply>;
  autocomplete?(req: AutocompleteRequest, ctx: CommandContext): Promise<Choice[]>;
}

/** An expected failure whose message is meant for the user; shown ephemerally, never logged as an error. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

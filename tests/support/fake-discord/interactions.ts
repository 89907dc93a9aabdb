import { randomBytes } from 'node:crypto';
import type {
  APIApplicationCommandInteractionDataOption,
  APIInteraction,
  APIMessage,
  APIUser,
} from 'discord.js';
import type { MessageBody } from './messages.js';
import { buildMessage } from './messages.js';
import { toPermissionBits, type PermissionInput } from './permissions.js';
import { nextSnowflake } from './snowflake.js';
import { userPayload, type FakeState } from './state.js';

/** An option value: a primitive (type inferred) or an explicit `{ type, value }` (e.g. 7 channel, 6 user). */
export type OptionValue = string | number | boolean | { type: number; value: string | number | boolean };

export interface InteractionContextInput {
  /** Defaults to the first guild; `null` makes a DM interaction. */
  guildId?: string | null;
  /** Defaults to the guild's first channel. */
  channelId?: string;
  /** The invoking user; a fixed test user when omitted. */
  user?: { id: string; username?: string };
  /** Overrides the member's computed permissions (e.g. to give ManageGuild for admin commands). */
  memberPermissions?: PermissionInput;
  locale?: string;
}

export interface SlashCommandInput extends InteractionContextInput {
  name: string;
  subcommandGroup?: string;
  subcommand?: string;
  /** A name → value record, or raw Discord options. */
  options?: Record<string, OptionValue> | APIApplicationCommandInteractionDataOption[];
}

export interface AutocompleteInput extends SlashCommandInput {
  /** The option being typed in; it gets `focused: true`. */
  focused: string;
}

export interface ComponentInput extends InteractionContextInput {
  customId: string;
  /** The message carrying the component: a stored message id, or a full message. A bot message is made up otherwise. */
  message?: string | APIMessage;
}

export interface SelectInput extends ComponentInput {
  values: string[];
  /** 3 string select (default), 5 user, 6 role, 7 mentionable, 8 channel. */
  componentType?: number;
}

export type ResponseKind =
  'callback' | 'editOriginal' | 'deleteOriginal' | 'followUp' | 'editFollowUp' | 'deleteFollowUp';

/** One thing the bot did in answer to an interaction, in arrival order. */
export interface InteractionResponse {
  kind: ResponseKind;
  /** For `callback`: 4 reply, 5 defer, 6 deferred update, 7 update, 8 autocomplete result, 9 modal. */
  type?: number;
  /** The callback's `data`, or the webhook body for edits and follow-ups. */
  data: MessageBody & Record<string, unknown>;
  /** The message created or edited, when there is one. */
  messageId?: string;
  at: number;
}

export interface InteractionRecord {
  payload: APIInteraction;
  sentAt: number;
  acknowledged: boolean;
  originalMessageId: string | null;
  responses: InteractionResponse[];
}

export interface WaitForResponseOptions {
  kind?: ResponseKind;
  /** Callback type to wait for (with kind `callback` implied). */
  type?: number;
  match?: (r: InteractionResponse) => boolean;
  timeoutMs?: number;
}

/** Every interaction the fake sent, its responses, and waiters for responses still to come. */
export class InteractionLog {
  readonly byId = new Map<string, InteractionRecord>();
  private readonly byToken = new Map<string, InteractionRecord>();
  private waiters: {
    id: string;
    test: (r: InteractionResponse) => boolean;
    resolve: (r: InteractionResponse) => void;
  }[] = [];

  add(payload: APIInteraction): InteractionRecord {
    const record: InteractionRecord = {
      payload,
      sentAt: Date.now(),
      acknowledged: false,
      originalMessageId: null,
      responses: [],
    };
    this.byId.set(payload.id, record);
    this.byToken.set(payload.token, record);
    return record;
  }

  findByToken(token: string): InteractionRecord | undefined {
    return this.byToken.get(token);
  }

  respond(record: InteractionRecord, response: Omit<InteractionResponse, 'at'>): void {
    const full = { ...response, at: Date.now() };
    record.responses.push(full);
    const id = record.payload.id;
    this.waiters = this.waiters.filter((w) => {
      if (w.id !== id || !w.test(full)) return true;
      w.resolve(full);
      return false;
    });
  }

  responses(interactionId: string): InteractionResponse[] {
    return [...(this.byId.get(interactionId)?.responses ?? [])];
  }

  waitFor(interactionId: string, opts: WaitForResponseOptions = {}): Promise<InteractionResponse> {
    const test = (r: InteractionResponse): boolean =>
      (opts.kind === undefined || r.kind === opts.kind) &&
      (opts.type === undefined || (r.kind === 'callback' && r.type === opts.type)) &&
      (opts.match === undefined || opts.match(r));
    const already = this.byId.get(interactionId)?.responses.find(test);
    if (already) return Promise.resolve(already);
    const timeoutMs = opts.timeoutMs ?? 5000;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        const seen = this.responses(interactionId).map((r) => `${r.kind}${r.type ? `(${r.type})` : ''}`);
        reject(
          new Error(
            `fake-discord: no matching response to interaction ${interactionId} within ${timeoutMs} ms ` +
              `(seen: ${seen.join(', ') || 'none'})`,
          ),
        );
      }, timeoutMs);
      const done = (r: InteractionResponse): void => {
        clearTimeout(timer);
        resolve(r);
      };
      this.waiters.push({ id: interactionId, test, resolve: done });
    });
  }
}

function toOptions(
  input: SlashCommandInput['options'],
  focused?: string,
): APIApplicationCommandInteractionDataOption[] {
  if (Array.isArray(input)) return input;
  return Object.entries(input ?? {}).map(([name, v]) => {
    const { type, value } =
      typeof v === 'object'
        ? v
        : typeof v === 'string'
          ? { type: 3, value: v }
          : typeof v === 'boolean'
            ? { type: 5, value: v }
            : { type: Number.isInteger(v) ? 4 : 10, value: v };
    return {
      name,
      type,
      value,
      ...(name === focused ? { focused: true } : {}),
    } as APIApplicationCommandInteractionDataOption;
  });
}

/** Builds interaction payloads shaped like Discord's, filled in from the fake's guilds and permissions. */
export class InteractionBuilder {
  readonly testUser: APIUser = userPayload(nextSnowflake(), 'tester', false);

  constructor(
    private readonly state: FakeState,
    private readonly applicationId: string,
    private readonly commandIdFor: (name: string, guildId: string | null) => string,
  ) {}

  slashCommand(input: SlashCommandInput): APIInteraction {
    return this.command(2, input);
  }

  autocomplete(input: AutocompleteInput): APIInteraction {
    return this.command(4, input, input.focused);
  }

  button(input: ComponentInput): APIInteraction {
    return this.component(input, { custom_id: input.customId, component_type: 2 });
  }

  select(input: SelectInput): APIInteraction {
    return this.component(input, {
      custom_id: input.customId,
      component_type: input.componentType ?? 3,
      values: input.values,
    });
  }

  private command(type: 2 | 4, input: SlashCommandInput, focused?: string): APIInteraction {
    const base = this.base(input);
    let options = toOptions(input.options, focused);
    if (input.subcommand) options = [{ name: input.subcommand, type: 1, options } as never];
    if (input.subcommandGroup) options = [{ name: input.subcommandGroup, type: 2, options } as never];
    const resolvedChannels: Record<string, unknown> = {};
    const walk = (opts: APIApplicationCommandInteractionDataOption[]): void =>
      opts.forEach((o) => {
        if ('options' in o && o.options) walk(o.options as APIApplicationCommandInteractionDataOption[]);
        if (o.type === 7 && 'value' in o) {
          const channel = this.state.channels.get(String(o.value));
          if (channel) {
            resolvedChannels[channel.id] = {
              ...this.state.channelPayload(channel),
              permissions: this.state.permissionsIn(channel.id, this.state.botUser.id).toString(),
            };
          }
        }
      });
    walk(options);
    const guildId = (base.guild_id as string | undefined) ?? null;
    return {
      ...base,
      type,
      data: {
        id: this.commandIdFor(input.name, guildId),
        name: input.name,
        type: 1,
        options,
        ...(guildId ? { guild_id: guildId } : {}),
        ...(Object.keys(resolvedChannels).length > 0 ? { resolved: { channels: resolvedChannels } } : {}),
      },
    } as APIInteraction;
  }

  private component(input: ComponentInput, data: Record<string, unknown>): APIInteraction {
    const base = this.base(input);
    const channelId = (base.channel_id as string | undefined) ?? nextSnowflake();
    let message: APIMessage | undefined;
    if (typeof input.message === 'string') {
      message = this.state.storedMessages.get(input.message);
      if (!message)
        throw new Error(`fake-discord: no stored message ${input.message} to attach a component to`);
    } else {
      message =
        input.message ??
        buildMessage({
          channelId,
          author: this.state.botUser,
          body: {
            content: 'a message with components',
            components: [
              { type: 1, components: [{ type: 2, style: 1, label: 'Go', custom_id: input.customId }] },
            ],
          },
        });
      this.state.storedMessages.set(message.id, message);
    }
    return { ...base, type: 3, data, message } as unknown as APIInteraction;
  }

  private base(input: InteractionContextInput): Record<string, unknown> {
    const user = input.user
      ? userPayload(input.user.id, input.user.username ?? 'user', false)
      : this.testUser;
    const common = {
      id: nextSnowflake(),
      application_id: this.applicationId,
      token: `itoken-${randomBytes(24).toString('hex')}`,
      version: 1,
      locale: input.locale ?? 'en-US',
      entitlements: [],
      attachment_size_limit: 10 * 1024 * 1024,
    };
    if (input.guildId === null) {
      const channelId = input.channelId ?? nextSnowflake();
      return {
        ...common,
        channel_id: channelId,
        channel: { id: channelId, type: 1, recipients: [user] },
        user,
        // In a DM the app's permissions are Discord's fixed DM set; the bot may always post there.
        app_permissions: '0',
        authorizing_integration_owners: { '0': '0' },
        context: 1,
      };
    }
    const guild = input.guildId
      ? this.state.requireGuild(input.guildId)
      : this.state.guilds.values().next().value;
    if (!guild) throw new Error('fake-discord: add a guild before building a guild interaction');
    const channelId = input.channelId ?? guild.channelIds[0];
    if (!channelId) throw new Error(`fake-discord: guild ${guild.id} has no channel for the interaction`);
    const channel = this.state.requireChannel(channelId);
    if (channel.guildId !== guild.id)
      throw new Error(`fake-discord: channel ${channelId} is not in guild ${guild.id}`);
    const known = guild.members.get(user.id);
    const memberPermissions =
      input.memberPermissions !== undefined
        ? toPermissionBits(input.memberPermissions)
        : this.state.permissionsIn(channelId, user.id);
    return {
      ...common,
      guild_id: guild.id,
      guild: { id: guild.id, locale: guild.locale, features: [] },
      guild_locale: guild.locale,
      channel_id: channelId,
      channel: {
        ...this.state.channelPayload(channel),
        permissions: memberPermissions.toString(),
      },
      member: {
        ...this.state.memberPayload(
          known ?? {
            id: user.id,
            username: user.username,
            roles: [],
            bot: false,
            joinedAt: new Date().toISOString(),
          },
        ),
        user,
        permissions: memberPermissions.toString(),
      },
      // Discord sends the bot's own permissions in the channel; tests can change them with setBotChannelPermissions.
      app_permissions: this.state.permissionsIn(channelId, this.state.botUser.id).toString(),
      authorizing_integration_owners: { '0': guild.id },
      context: 0,
    };
  }
}

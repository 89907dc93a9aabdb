import type {
  APIChannel,
  APIGuildMember,
  APIMessage,
  APIRole,
  APIUser,
  GatewayGuildCreateDispatchData,
  GuildMemberFlags,
  Locale,
  RoleFlags,
} from 'discord.js';
import {
  computeChannelPermissions,
  DEFAULT_EVERYONE_PERMISSIONS,
  toPermissionBits,
  type OverwriteBits,
  type PermissionInput,
} from './permissions.js';
import { nextSnowflake } from './snowflake.js';
import { forumAndThreadFields, forumFromInput, THREAD_TYPES } from './threads.js';

export { THREAD_TYPES } from './threads.js';

export interface RoleInput {
  id?: string;
  name: string;
  permissions?: PermissionInput;
}

export interface OverwriteInput {
  /** A role id (the guild id is @everyone) or a user id. */
  id: string;
  type: 'role' | 'member';
  allow?: PermissionInput;
  deny?: PermissionInput;
}

export interface ChannelInput {
  id?: string;
  name: string;
  /** Discord channel type; 0 (text) unless given. */
  type?: number;
  parentId?: string | null;
  permissionOverwrites?: OverwriteInput[];
  /** Forum channels (type 15): their tags, by name (ids made up) or with an id. */
  availableTags?: (string | { id?: string; name: string })[];
  /** Forum channels: posts must carry a tag (Discord's REQUIRE_TAG flag), else 400 40067. */
  requireTag?: boolean;
}

export interface MemberInput {
  id: string;
  username?: string;
  roles?: string[];
  bot?: boolean;
}

export interface GuildInput {
  id?: string;
  name?: string;
  /** Defaults to a made-up human owner, so the bot is not the owner (owners bypass every permission check). */
  ownerId?: string;
  locale?: Locale | string;
  channels?: ChannelInput[];
  /** Extra roles. @everyone (id = guild id) is added with sensible defaults unless listed here. */
  roles?: RoleInput[];
  members?: MemberInput[];
  /** Role ids given to the bot's own member. */
  botRoles?: string[];
}

export interface FakeRole {
  id: string;
  name: string;
  permissions: bigint;
  position: number;
}

export interface FakeChannel {
  id: string;
  guildId: string;
  name: string;
  type: number;
  position: number;
  parentId: string | null;
  overwrites: OverwriteBits[];
  /** Forum channels: their tags. */
  availableTags?: { id: string; name: string }[];
  /** Channel flags (16 = REQUIRE_TAG on a forum). */
  flags?: number;
  /** Threads and forum posts (type 11): who started it, its tags, and the message it was started from. */
  thread?: { ownerId: string; appliedTags: string[]; archived: boolean; fromMessageId: string | null };
}

export interface FakeMember {
  id: string;
  username: string;
  roles: string[];
  bot: boolean;
  joinedAt: string;
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  locale: string;
  roles: Map<string, FakeRole>;
  channelIds: string[];
  members: Map<string, FakeMember>;
}

export function overwriteFromInput(o: OverwriteInput): OverwriteBits {
  return {
    id: o.id,
    type: o.type === 'role' ? 0 : 1,
    allow: toPermissionBits(o.allow),
    deny: toPermissionBits(o.deny),
  };
}

export function userPayload(id: string, username: string, bot: boolean): APIUser {
  return { id, username, discriminator: '0', global_name: null, avatar: null, ...(bot ? { bot: true } : {}) };
}

/** Everything the fake knows about the world: guilds, channels, stored messages. Mutated by helpers and routes. */
export class FakeState {
  readonly guilds = new Map<string, FakeGuild>();
  readonly channels = new Map<string, FakeChannel>();
  /** Channels of guilds the bot left: Discord answers 403 Missing Access for them, not 404. */
  readonly inaccessibleChannels = new Set<string>();
  readonly storedMessages = new Map<string, APIMessage>();
  /** DM channels (type 1) the bot opened, by channel id, with their recipient (POST /users/@me/channels). */
  readonly dmChannels = new Map<string, { id: string; recipientId: string }>();
  /** Users whose DMs are closed to the bot: posting in their DM channel answers 403 50007. */
  readonly dmsClosed = new Set<string>();

  constructor(readonly botUser: APIUser) {}

  /** The bot's DM channel with a user, opened on first use as Discord does (the same channel every time). */
  openDm(recipientId: string): { id: string; recipientId: string } {
    for (const dm of this.dmChannels.values()) if (dm.recipientId === recipientId) return dm;
    const dm = { id: nextSnowflake(), recipientId };
    this.dmChannels.set(dm.id, dm);
    return dm;
  }

  addGuild(input: GuildInput): FakeGuild {
    const id = input.id ?? nextSnowflake();
    if (this.guilds.has(id)) throw new Error(`fake-discord: guild ${id} already exists`);
    const guild: FakeGuild = {
      id,
      name: input.name ?? `Guild ${id}`,
      ownerId: input.ownerId ?? nextSnowflake(),
      locale: input.locale ?? 'en-US',
      roles: new Map(),
      channelIds: [],
      members: new Map(),
    };
    const roleInputs = input.roles ?? [];
    if (!roleInputs.some((r) => r.id === id)) {
      guild.roles.set(id, { id, name: '@everyone', permissions: DEFAULT_EVERYONE_PERMISSIONS, position: 0 });
    }
    roleInputs.forEach((r, i) => {
      const roleId = r.id ?? nextSnowflake();
      guild.roles.set(roleId, {
        id: roleId,
        name: roleId === id ? '@everyone' : r.name,
        permissions:
          r.id === id && r.permissions === undefined
            ? DEFAULT_EVERYONE_PERMISSIONS
            : toPermissionBits(r.permissions),
        position: roleId === id ? 0 : i + 1,
      });
    });
    const now = new Date().toISOString();
    for (const m of input.members ?? []) {
      guild.members.set(m.id, {
        id: m.id,
        username: m.username ?? `user-${m.id.slice(-4)}`,
        roles: m.roles ?? [],
        bot: m.bot ?? false,
        joinedAt: now,
      });
    }
    // discord.js computes `permissionsFor(guild.members.me)` from this member, so it must always be present.
    const existingBot = guild.members.get(this.botUser.id);
    guild.members.set(this.botUser.id, {
      id: this.botUser.id,
      username: this.botUser.username,
      roles: input.botRoles ?? existingBot?.roles ?? [],
      bot: true,
      joinedAt: now,
    });
    if (!guild.members.has(guild.ownerId)) {
      guild.members.set(guild.ownerId, {
        id: guild.ownerId,
        username: 'owner',
        roles: [],
        bot: false,
        joinedAt: now,
      });
    }
    for (const role of guild.members.get(this.botUser.id)?.roles ?? []) {
      if (!guild.roles.has(role))
        throw new Error(`fake-discord: bot role ${role} is not a role of guild ${id}`);
    }
    this.guilds.set(id, guild);
    (input.channels ?? [{ name: 'general' }]).forEach((c) => this.addChannel(id, c));
    return guild;
  }

  addChannel(guildId: string, input: ChannelInput): FakeChannel {
    const guild = this.requireGuild(guildId);
    const channel: FakeChannel = {
      id: input.id ?? nextSnowflake(),
      guildId,
      name: input.name,
      type: input.type ?? 0,
      position: guild.channelIds.length,
      parentId: input.parentId ?? null,
      overwrites: (input.permissionOverwrites ?? []).map(overwriteFromInput),
      ...forumFromInput(input),
    };
    if (this.channels.has(channel.id)) throw new Error(`fake-discord: channel ${channel.id} already exists`);
    this.channels.set(channel.id, channel);
    guild.channelIds.push(channel.id);
    return channel;
  }

  /** A thread (or forum post) in `parent`: a channel messages can be posted in, not listed among the guild's. */
  addThread(
    parent: FakeChannel,
    input: { id: string; name: string; type: number; thread: NonNullable<FakeChannel['thread']> },
  ): FakeChannel {
    if (this.channels.has(input.id)) throw new Error(`fake-discord: channel ${input.id} already exists`);
    const thread: FakeChannel = {
      id: input.id,
      guildId: parent.guildId,
      name: input.name,
      type: input.type,
      position: 0,
      parentId: parent.id,
      overwrites: [],
      thread: input.thread,
    };
    this.channels.set(thread.id, thread);
    return thread;
  }

  requireGuild(guildId: string): FakeGuild {
    const guild = this.guilds.get(guildId);
    if (!guild) throw new Error(`fake-discord: unknown guild ${guildId}`);
    return guild;
  }

  requireChannel(channelId: string): FakeChannel {
    const channel = this.channels.get(channelId);
    if (!channel) throw new Error(`fake-discord: unknown channel ${channelId}`);
    return channel;
  }

  /** A user's effective permissions in a channel, computed like Discord does. */
  permissionsIn(channelId: string, userId: string): bigint {
    const own = this.requireChannel(channelId);
    // A thread has no overwrites of its own: what its parent allows, it allows.
    const channel = THREAD_TYPES.includes(own.type) && own.parentId ? this.requireChannel(own.parentId) : own;
    const guild = this.requireGuild(channel.guildId);
    const rolePermissions = new Map([...guild.roles].map(([id, r]) => [id, r.permissions]));
    return computeChannelPermissions(
      {
        guildId: guild.id,
        ownerId: guild.ownerId,
        userId,
        memberRoleIds: guild.members.get(userId)?.roles ?? [],
        rolePermissions,
      },
      channel.overwrites,
    );
  }

  channelPayload(channel: FakeChannel): APIChannel {
    return {
      id: channel.id,
      type: channel.type,
      guild_id: channel.guildId,
      name: channel.name,
      position: channel.position,
      parent_id: channel.parentId,
      permission_overwrites: channel.overwrites.map((o) => ({
        id: o.id,
        type: o.type,
        allow: o.allow.toString(),
        deny: o.deny.toString(),
      })),
      topic: null,
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: channel.flags ?? 0,
      ...forumAndThreadFields(channel),
    } as unknown as APIChannel;
  }

  rolePayload(role: FakeRole): APIRole {
    return {
      id: role.id,
      name: role.name,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: role.position,
      permissions: role.permissions.toString(),
      managed: false,
      mentionable: false,
      flags: 0 as RoleFlags,
    };
  }

  memberPayload(member: FakeMember): APIGuildMember {
    return {
      user: userPayload(member.id, member.username, member.bot),
      nick: null,
      avatar: null,
      banner: null,
      roles: member.roles,
      joined_at: member.joinedAt,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0 as GuildMemberFlags,
      pending: false,
      communication_disabled_until: null,
    };
  }

  guildCreatePayload(guild: FakeGuild): GatewayGuildCreateDispatchData {
    const channels = guild.channelIds.map((id) => this.channelPayload(this.requireChannel(id)));
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: guild.ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [...guild.roles.values()].map((r) => this.rolePayload(r)),
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: guild.locale as Locale,
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      hub_type: null,
      safety_alerts_channel_id: null,
      incidents_data: null,
      // Extra fields that only GUILD_CREATE carries.
      joined_at: guild.members.get(this.botUser.id)?.joinedAt ?? new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: guild.members.size,
      voice_states: [],
      members: [...guild.members.values()].map((m) => this.memberPayload(m)),
      channels,
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    } as unknown as GatewayGuildCreateDispatchData; // numeric literals stand in for the enums
  }
}

import { ChannelType, PermissionFlagsBits } from 'discord.js';
import type { CommandRequest } from '../../src/discord/command.js';
import type { MessageKey } from '../../src/i18n/index.js';
import { channelRef } from '../../src/reply/rich-text.js';
import { UserError } from '../../src/user-error.js';

/** What the bot needs in a digest channel, with the i18n key of each permission's name. */
const REQUIRED_PERMISSIONS: [bigint, MessageKey][] = [
  [PermissionFlagsBits.ViewChannel, 'perm.ViewChannel'],
  [PermissionFlagsBits.SendMessages, 'perm.SendMessages'],
  [PermissionFlagsBits.EmbedLinks, 'perm.EmbedLinks'],
];

export const DIGEST_CHANNEL_TYPES = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;
const TEXT_CHANNELS: readonly number[] = DIGEST_CHANNEL_TYPES;
/** Where `/digest subscribe` and `unsubscribe` may point: text channels, and forums (a post per digest, #11). */
export const SUBSCRIBE_CHANNEL_TYPES = [...DIGEST_CHANNEL_TYPES, ChannelType.GuildForum] as const;

/**
 * The guild, if the member may manage its digests. Default member permissions can be overridden by server
 * admins, so this checks again at run time.
 */
export function requireAdmin(req: CommandRequest): string {
  if (!req.guildId) throw new UserError('digest.guildOnly');
  const perms = req.memberPermissions ?? 0n;
  const admin = (perms & (PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator)) !== 0n;
  if (!admin) throw new UserError('digest.adminOnly');
  return req.guildId;
}

/** The text channel (or, where `types` says so, forum) the `channel` option names. */
export function requireChannel(req: CommandRequest, types: readonly number[] = TEXT_CHANNELS): string {
  const channel = req.options.channel('channel');
  if (!channel || (channel.type !== null && !types.includes(channel.type)))
    throw new UserError('digest.badChannel');
  return channel.id;
}

/**
 * Refuses a channel where the bot could not post a digest, naming the permissions it lacks there (`extra`: what
 * a thread or forum destination needs besides).
 */
export async function requirePostable(
  req: CommandRequest,
  channelId: string,
  extra: readonly [bigint, MessageKey][] = [],
): Promise<void> {
  const perms = await req.botPermissionsIn(channelId);
  if (perms === null) throw new UserError('digest.badChannel');
  if ((perms & PermissionFlagsBits.Administrator) !== 0n) return;
  const missing = [...REQUIRED_PERMISSIONS, ...extra].filter(([flag]) => (perms & flag) !== flag);
  if (missing.length > 0)
    throw new UserError('digest.missingPermissions', {
      channel: channelRef(channelId),
      perms: missing.map(([, key]) => ({ key: 'perm.quoted' as const, params: { name: { key } } })),
    });
}

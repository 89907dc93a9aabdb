import { PermissionFlagsBits } from 'discord.js';

/** Permission bits as discord.js's `PermissionFlagsBits` (bigint) or Discord's decimal string. */
export type PermissionInput = bigint | string;

export const ALL_PERMISSIONS = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);

/** What @everyone gets in a fresh fake guild: enough for the bot to read, post embeds and take commands. */
export const DEFAULT_EVERYONE_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseApplicationCommands |
  // Like Discord's own @everyone defaults: threads (#11 destinations).
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.SendMessagesInThreads;

export function toPermissionBits(input: PermissionInput | undefined): bigint {
  if (input === undefined) return 0n;
  if (typeof input === 'bigint') return input;
  if (!/^\d+$/.test(input))
    throw new Error(`fake-discord: permissions must be a decimal string, got "${input}"`);
  return BigInt(input);
}

export interface OverwriteBits {
  id: string;
  /** 0 = role, 1 = member (Discord's OverwriteType). */
  type: 0 | 1;
  allow: bigint;
  deny: bigint;
}

export interface PermissionSubject {
  guildId: string;
  ownerId: string;
  userId: string;
  memberRoleIds: readonly string[];
  rolePermissions: ReadonlyMap<string, bigint>;
}

/** Guild-level permissions, per Discord's documented algorithm (owner and Administrator get everything). */
export function computeBasePermissions(s: PermissionSubject): bigint {
  if (s.userId === s.ownerId) return ALL_PERMISSIONS;
  let perms = s.rolePermissions.get(s.guildId) ?? 0n;
  for (const roleId of s.memberRoleIds) perms |= s.rolePermissions.get(roleId) ?? 0n;
  return perms & PermissionFlagsBits.Administrator ? ALL_PERMISSIONS : perms;
}

/**
 * Channel permissions: base, then the @everyone overwrite, then all role overwrites together, then the member
 * overwrite. Same order Discord and discord.js's `permissionsFor` use, so the fake and the client agree.
 */
export function computeChannelPermissions(
  s: PermissionSubject,
  overwrites: readonly OverwriteBits[],
): bigint {
  let perms = computeBasePermissions(s);
  if (perms & PermissionFlagsBits.Administrator) return ALL_PERMISSIONS;
  const everyone = overwrites.find((o) => o.id === s.guildId);
  if (everyone) perms = (perms & ~everyone.deny) | everyone.allow;
  let allow = 0n;
  let deny = 0n;
  for (const o of overwrites) {
    if (o.type === 0 && o.id !== s.guildId && s.memberRoleIds.includes(o.id)) {
      allow |= o.allow;
      deny |= o.deny;
    }
  }
  perms = (perms & ~deny) | allow;
  const member = overwrites.find((o) => o.type === 1 && o.id === s.userId);
  if (member) perms = (perms & ~member.deny) | member.allow;
  return perms;
}

import { ChannelType, PermissionFlagsBits } from 'discord.js';
import type { CommandRequest } from '../../src/discord/command.js';
import { localize, t, type MessageKey } from '../../src/i18n/index.js';
import { channelRef, type Span } from '../../src/reply/rich-text.js';
import type { Destination, Subscription } from '../../src/store/types.js';
import { UserError } from '../../src/user-error.js';

/** Where a subscription's digests go (#11): messages, a thread per digest, or a forum post with an optional tag. */
export interface DestinationChoice {
  destination: Destination;
  forumTag: string | null;
}

/** What the bot needs besides View Channel, Send Messages and Embed Links, per destination. */
export function destinationPermissions(destination: Destination): [bigint, MessageKey][] {
  if (destination === 'thread')
    return [
      [PermissionFlagsBits.CreatePublicThreads, 'perm.CreatePublicThreads'],
      [PermissionFlagsBits.SendMessagesInThreads, 'perm.SendMessagesInThreads'],
    ];
  if (destination === 'forum')
    return [[PermissionFlagsBits.SendMessagesInThreads, 'perm.SendMessagesInThreads']];
  return [];
}

/**
 * The destination `/digest subscribe` asks for: a forum channel gets forum posts (with `tag`, one of the forum's
 * tags, checked when Discord told us them); `thread: true` on a text channel, a thread per digest. Options left
 * out keep what an existing subscription of the channel had. The console knows no channel types: there a tag
 * means a forum.
 */
export function chooseDestination(req: CommandRequest, existing: Subscription | null): DestinationChoice {
  const channel = req.options.channel('channel');
  const id = channel?.id ?? '';
  const thread = req.options.boolean?.('thread') ?? null;
  const tag = req.options.string('tag')?.trim() || null;
  const forum = channel?.type === ChannelType.GuildForum || (channel?.type === null && tag !== null);
  if (forum) {
    if (thread) throw new UserError('digest.threadInForum', { channel: channelRef(id) });
    const known = channel?.forumTags;
    if (tag && known) {
      const match = known.find((name) => name.toLowerCase() === tag.toLowerCase());
      if (!match)
        throw new UserError('digest.badForumTag', {
          channel: channelRef(id),
          tag,
          tags: known.length > 0 ? known.join(', ') : t(req.locale, 'digest.noForumTags'),
        });
      return { destination: 'forum', forumTag: match };
    }
    return {
      destination: 'forum',
      forumTag: tag ?? (existing?.destination === 'forum' ? existing.forumTag : null),
    };
  }
  if (tag) throw new UserError('digest.tagNeedsForum', { channel: channelRef(id) });
  const keep = existing && existing.destination !== 'forum' ? existing.destination : 'messages';
  return { destination: thread === null ? keep : thread ? 'thread' : 'messages', forumTag: null };
}

/** The line `/digest list` (and the subscribe reply) shows for a thread or forum destination; none for messages. */
export function destinationLine(sub: Pick<Subscription, 'destination' | 'forumTag'>, locale: string): Span[] {
  if (sub.destination === 'thread') return localize(locale, 'digest.destThread');
  if (sub.destination === 'forum')
    return sub.forumTag
      ? localize(locale, 'digest.destForumTag', { tag: sub.forumTag })
      : localize(locale, 'digest.destForum');
  return [];
}

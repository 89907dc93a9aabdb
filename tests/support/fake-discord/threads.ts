import { nextSnowflake } from './snowflake.js';

/** Channel types that are threads (announcement, public, private): they take their parent's permissions. */
export const THREAD_TYPES: readonly number[] = [10, 11, 12];

/** What a forum or thread channel adds to a channel (#11 destinations); see FakeChannel in state.ts. */
interface ForumOrThread {
  availableTags?: { id: string; name: string }[];
  flags?: number;
  thread?: { ownerId: string; appliedTags: string[]; archived: boolean; fromMessageId: string | null };
}

/** A forum's tags (ids made up for names given alone) and REQUIRE_TAG flag (16), from a channel input. */
export function forumFromInput(input: {
  availableTags?: (string | { id?: string; name: string })[];
  requireTag?: boolean;
}): ForumOrThread {
  return {
    ...(input.availableTags
      ? {
          availableTags: input.availableTags.map((t) =>
            typeof t === 'string'
              ? { id: nextSnowflake(), name: t }
              : { id: t.id ?? nextSnowflake(), name: t.name },
          ),
        }
      : {}),
    ...(input.requireTag ? { flags: 16 } : {}),
  };
}

/** The payload fields of a forum (`available_tags`) or a thread (owner, tags, metadata), as Discord sends them. */
export function forumAndThreadFields(channel: ForumOrThread): Record<string, unknown> {
  return {
    ...(channel.availableTags
      ? {
          available_tags: channel.availableTags.map((t) => ({
            ...t,
            moderated: false,
            emoji_id: null,
            emoji_name: null,
          })),
        }
      : {}),
    ...(channel.thread
      ? {
          owner_id: channel.thread.ownerId,
          applied_tags: channel.thread.appliedTags,
          message_count: 0,
          member_count: 1,
          thread_metadata: {
            archived: channel.thread.archived,
            auto_archive_duration: 1440,
            archive_timestamp: new Date().toISOString(),
            locked: false,
          },
        }
      : {}),
  };
}

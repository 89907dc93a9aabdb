import type { PostTarget } from '../../src/delivery/digest-poster.js';

/** A plain "messages in the channel" target, for tests that post outside the delivery job. */
export function messagesTarget(channelId: string, overrides: Partial<PostTarget> = {}): PostTarget {
  return {
    channelId,
    guildId: '0',
    day: '2024-07-30',
    destination: 'messages',
    forumTag: null,
    threadId: null,
    resumedFrom: null,
    onThread: () => undefined,
    ...overrides,
  };
}

import type { DigestPoster, PostTarget } from '../delivery/digest-poster.js';
import { digestReplies, type DigestRenderOptions } from '../discord/digest-message.js';
import { threadName } from '../discord/thread-poster.js';
import type { Digest } from '../digest/types.js';
import { terminalLocale } from './console-guild.js';
import { replyText } from './reply-text.js';

/** Where the digest would go: the channel, and the thread or forum post (with its tag) it would open. */
export function consoleDestination(target: PostTarget, locale: string, paperName?: string): string {
  const name = threadName(target.day, locale, paperName);
  if (target.destination === 'thread') return `#${target.channelId} → thread “${name}”`;
  if (target.destination === 'forum')
    return `#${target.channelId} → forum post “${name}”${target.forumTag ? ` [${target.forumTag}]` : ''}`;
  return `#${target.channelId}`;
}

/**
 * A DigestPoster that prints to the console instead of a channel, message by message as a channel would get the
 * digest, headed by where it would go. Returns made-up message ids so deliveries are recorded as sent.
 */
export function createConsolePoster(
  output: NodeJS.WritableStream,
  opts: { locale?: string; timezone?: string; display?: DigestRenderOptions } = {},
): DigestPoster {
  let n = 0;
  return {
    async post(target: PostTarget, digest: Digest): Promise<string[]> {
      const locale = opts.locale ?? terminalLocale();
      const replies = digestReplies(digest, locale, opts.display);
      output.write(`\n[digest → ${consoleDestination(target, locale, opts.display?.paperName)}]\n`);
      for (const r of replies) output.write(`${replyText(r, opts.timezone ?? 'UTC')}\n`);
      return replies.map(() => `console-${Date.now()}-${++n}`);
    },
  };
}

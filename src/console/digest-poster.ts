import type { DigestPoster } from '../delivery/digest-poster.js';
import { digestReplies, type DigestRenderOptions } from '../discord/digest-message.js';
import type { Digest } from '../digest/types.js';
import { terminalLocale } from './console-guild.js';
import { replyText } from './reply-text.js';

/**
 * A DigestPoster that prints to the console instead of a channel, message by message as a channel would get the
 * digest. Returns made-up message ids so deliveries are recorded as sent.
 */
export function createConsolePoster(
  output: NodeJS.WritableStream,
  opts: { locale?: string; timezone?: string; display?: DigestRenderOptions } = {},
): DigestPoster {
  let n = 0;
  return {
    async post(channelId: string, digest: Digest): Promise<string[]> {
      const replies = digestReplies(digest, opts.locale ?? terminalLocale(), opts.display);
      output.write(`\n[digest → #${channelId}]\n`);
      for (const r of replies) output.write(`${replyText(r, opts.timezone ?? 'UTC')}\n`);
      return replies.map(() => `console-${Date.now()}-${++n}`);
    },
  };
}

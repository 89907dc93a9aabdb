import type { DmPoster } from '../delivery/follow-dm.js';
import { followDmReply } from '../discord/dm-poster.js';
import { terminalLocale } from './console-guild.js';
import { replyText } from './reply-text.js';

/**
 * A DmPoster that prints each follow DM to the console (the operator is the console's only member), as Discord
 * would show it. Returns made-up message ids so the stories are recorded as sent.
 */
export function createConsoleDmPoster(
  output: NodeJS.WritableStream,
  opts: { locale?: string; timezone?: string } = {},
): DmPoster {
  let n = 0;
  return {
    async send(dm) {
      output.write(`\n[DM → @${dm.userId}]\n`);
      output.write(
        `${replyText(followDmReply(dm, opts.locale ?? terminalLocale()), opts.timezone ?? 'UTC')}\n`,
      );
      return `console-dm-${Date.now()}-${++n}`;
    },
  };
}

import type { AlertMessage, AlertPoster } from '../delivery/alert-poster.js';
import { alertReply } from '../discord/alert-message.js';
import { terminalLocale } from './console-guild.js';
import { replyText } from './reply-text.js';

/**
 * An AlertPoster that prints each alert to the console as the channel would get it (`/press summary:<id>`
 * opens a story). Returns made-up message ids so alerts are recorded as sent.
 */
export function createConsoleAlertPoster(
  output: NodeJS.WritableStream,
  opts: { locale?: string; timezone?: string } = {},
): AlertPoster {
  let n = 0;
  return {
    async post(channelId: string, message: AlertMessage): Promise<string> {
      const reply = alertReply(message, opts.locale ?? terminalLocale());
      output.write(`\n[alert → #${channelId}]\n${replyText(reply, opts.timezone ?? 'UTC')}\n`);
      return `console-alert-${Date.now()}-${++n}`;
    },
  };
}

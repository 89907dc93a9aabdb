import { Routes, SnowflakeUtil, type APIMessage, type REST } from 'discord.js';
import type { AlertMessage, AlertPoster } from '../delivery/alert-poster.js';
import { realSleep } from '../delivery/fan-out.js';
import { renderAlertMessage } from './alert-message.js';
import { classifyPostError } from './post-error.js';

export interface AlertPosterOptions {
  /** discord.js's REST client (`client.rest`): it queues per rate-limit bucket, waits out 429s and retries 5xx. */
  rest: Pick<REST, 'post' | 'get'>;
  /**
   * The bot's user id (`() => client.user?.id`): with it a batch resumed after a long crash is first looked
   * for in the channel's history; without it, resuming relies on the nonce alone.
   */
  botUserId?: () => string | undefined;
  /** The alerts' language per channel (the guild's preferred locale); default English. */
  localeFor?: (channelId: string) => string;
  /** Extra attempts with back-off for transient failures (5xx, network) before the post counts as failed. */
  retries?: number;
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The discord.js adapter of {@link AlertPoster}: one REST post per alert, with the batch's nonce enforced (a
 * retry, or a resume after a crash, gets the first message back instead of a second one) and no mentions.
 */
export function createAlertPoster(options: AlertPosterOptions): AlertPoster {
  const retries = options.retries ?? 2;
  const backoffMs = options.backoffMs ?? 2_000;
  const sleep = options.sleep ?? realSleep;
  const render = (channelId: string, message: AlertMessage) =>
    renderAlertMessage(message, options.localeFor?.(channelId) ?? 'en');
  return {
    async findPosted(channelId, message, since) {
      const botUserId = options.botUserId?.();
      if (!botUserId) return null;
      const expected = render(channelId, message);
      // A minute of slack for clock skew between this host and Discord's snowflake timestamps.
      const after = SnowflakeUtil.generate({ timestamp: since.getTime() - 60_000 }).toString();
      let history: APIMessage[];
      try {
        history = (await options.rest.get(Routes.channelMessages(channelId), {
          query: new URLSearchParams({ after, limit: '100' }),
        })) as APIMessage[];
      } catch {
        return null; // No history access: fall back to the nonce.
      }
      const found = history.find(
        (m) =>
          m.author.id === botUserId &&
          m.content === expected.content &&
          m.embeds[0]?.title === expected.embeds[0]?.title &&
          m.embeds[0]?.description === expected.embeds[0]?.description,
      );
      return found?.id ?? null;
    },
    async post(channelId: string, message: AlertMessage, nonce: string): Promise<string> {
      const payload = render(channelId, message);
      const body = { ...payload, nonce, enforce_nonce: true, allowed_mentions: { parse: [] } };
      for (let attempt = 0; ; attempt++) {
        try {
          const created = (await options.rest.post(Routes.channelMessages(channelId), {
            body,
          })) as APIMessage;
          return created.id;
        } catch (err) {
          const { error, transient } = classifyPostError(err);
          if (!transient || attempt >= retries) throw error;
          await sleep(backoffMs * 2 ** attempt);
        }
      }
    },
  };
}

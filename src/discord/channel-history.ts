import { Routes, SnowflakeUtil, type APIMessage, type REST } from 'discord.js';
import type { DigestMessage } from './digest-message.js';

/**
 * The ids of the bot's run of messages matching `expected` in a channel (or thread) at or after `since`, or
 * null when they are not all there (or the history cannot be read, or the bot's id is unknown).
 */
export async function findRun(
  rest: Pick<REST, 'get'>,
  botUserId: string | undefined,
  channelId: string,
  expected: readonly DigestMessage[],
  since: Date,
): Promise<string[] | null> {
  if (!botUserId) return null;
  // A minute of slack for clock skew between this host and Discord's snowflake timestamps.
  const after = SnowflakeUtil.generate({ timestamp: since.getTime() - 60_000 }).toString();
  let history: APIMessage[];
  try {
    history = (await rest.get(Routes.channelMessages(channelId), {
      query: new URLSearchParams({ after, limit: '100' }),
    })) as APIMessage[];
  } catch {
    return null; // No history access: fall back to the nonce.
  }
  const mine = history
    .filter((m) => m.author.id === botUserId)
    .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  const start = mine.findIndex(
    (m) => m.content === expected[0]?.content && m.embeds.length === expected[0]?.embeds.length,
  );
  if (start < 0) return null;
  const run = mine.slice(start, start + expected.length);
  const same =
    run.length === expected.length &&
    run.every((m, i) => m.embeds[0]?.title === expected[i]?.embeds[0]?.title);
  return same ? run.map((m) => m.id) : null;
}

const DISCORD_EPOCH = 1_420_070_400_000n;
const MAX_INCREMENT = 0xfff;

// Ids minted so far per millisecond (the 10,000 most recently used). A fake on a frozen test clock mints many
// ids in the same millisecond; counting per millisecond keeps them unique and in creation order, where one
// wrapping counter would repeat or reorder them.
const minted = new Map<number, number>();

/**
 * A real-looking snowflake (timestamp in the top bits), so discord.js's `createdTimestamp` and
 * shard routing (`(id >> 22) % shards`) behave as they would against Discord. `now` is the creation time
 * in ms; a fake on a test clock passes that clock's time, so ids agree with the messages' timestamps.
 */
export function nextSnowflake(now = Date.now()): string {
  const ms = Math.floor(now);
  const increment = (minted.get(ms) ?? 0) + 1;
  // Discord's 12-bit increment holds 4,095 ids per millisecond; more at one frozen test instant would collide.
  if (increment > MAX_INCREMENT)
    throw new Error(`fake-discord: more than ${MAX_INCREMENT} snowflakes at ${new Date(ms).toISOString()}`);
  minted.delete(ms); // re-inserted last, so the pruning below drops the millisecond used longest ago
  minted.set(ms, increment);
  if (minted.size > 10_000) minted.delete(minted.keys().next().value!);
  return (((BigInt(ms) - DISCORD_EPOCH) << 22n) | BigInt(increment)).toString();
}

/** The shard Discord routes a guild's events to. */
export function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

const DISCORD_EPOCH = 1_420_070_400_000n;

let increment = 0n;

/**
 * A real-looking snowflake (timestamp in the top bits), so discord.js's `createdTimestamp` and
 * shard routing (`(id >> 22) % shards`) behave as they would against Discord.
 */
export function nextSnowflake(now = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(now) - DISCORD_EPOCH) << 22n) | increment).toString();
}

/** The shard Discord routes a guild's events to. */
export function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

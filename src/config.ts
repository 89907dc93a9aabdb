import path from 'node:path';
import { DEFAULT_TIMEZONE, isValidTimezone } from './time-zone.js';

/** Re-exported for the entry points that read the config; everything else imports time-zone.ts. */
export { DEFAULT_TIMEZONE, isValidTimezone };

/** Validated runtime configuration. Read once at start-up; never log `discordToken`. */
export interface Config {
  /** Absent: the bot runs as a local console instead of connecting to Discord. */
  discordToken: string | null;
  /** Application (client) id, needed by `npm run deploy`. */
  discordClientId: string | null;
  /** When set, `npm run deploy` registers commands to this guild only (instant), otherwise globally. */
  devGuildId: string | null;
  /** REST base URL, e.g. `https://discord.com/api`; point it at a proxy or the fake server in tests. */
  discordApiBase: string | null;
  databasePath: string;
  articlesDir: string;
  /** Watch `articlesDir` for new or changed pages while running. */
  watchArticles: boolean;
  defaultTimezone: string;
  /** How far back a missed digest is still caught up at start-up, in hours. */
  catchUpHours: number;
  /** Parallel channel posts during a digest fan-out. */
  fanoutConcurrency: number;
  /** Spread a fan-out's start times over this many seconds. */
  fanoutStaggerSeconds: number;
  logLevel: string;
  /** Shards for `npm run start:sharded`: a number, or `auto` for Discord's recommendation. */
  shardCount: number | 'auto';
  // Page limits (#9): see src/ingest/page-limits.ts.
  /** A page file larger than this many bytes is not ingested. */
  maxPageBytes: number;
  /** A page that parses into more articles than this is not ingested. */
  maxArticlesPerPage: number;
  /** Titles are cut to this many characters. */
  maxTitleChars: number;
  // Operator view (#9): see src/health/.
  /** Port of the /healthz and /metrics server; null: no server. */
  healthPort: number | null;
  /** Address it listens on (default 127.0.0.1; 0.0.0.0 in a container). */
  healthHost: string;
  // Digest layout (#12, #9 digest limits): see src/digest/shape.ts.
  /** The newspaper's name, shown in the digest heading; null: none. */
  paperName: string | null;
  digestTopPerSection: number;
  digestMaxShown: number;
  digestMaxItems: number;
  digestMaxMessages: number;
  // Instant alerts (#11): see src/delivery/alerts.ts.
  /** Alert messages a channel gets per minute at most; more stories than fit come as one grouped message. */
  alertsPerMinute: number;
  // Personal follows (#11): see commands/follow/.
  /** Keywords one member may follow. */
  followMaxPerUser: number;
  /** Keywords the members of one server may follow in all. */
  followMaxPerGuild: number;
}

/** A server's digest time zone until an admin sets one (the sample paper is Chinese). */

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const SNOWFLAKE = /^\d{17,20}$/;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** True when `tz` is an IANA time zone name this Node.js (ICU) knows. */

/**
 * Reads and validates the environment once. Every bad key is reported together in one ConfigError,
 * so an operator fixes their .env in one pass. Values are never echoed for the token.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const str = (key: string): string | null => {
    const v = env[key]?.trim();
    return v ? v : null;
  };
  const int = (key: string, fallback: number, min: number, max: number): number => {
    const raw = str(key);
    if (raw === null) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${key} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return n;
  };
  const bool = (key: string, fallback: boolean): boolean => {
    const raw = str(key);
    if (raw === null) return fallback;
    if (/^(1|true|yes|on)$/i.test(raw)) return true;
    if (/^(0|false|no|off)$/i.test(raw)) return false;
    problems.push(`${key} must be true or false (got "${raw}")`);
    return fallback;
  };

  const discordToken = str('DISCORD_TOKEN');
  if (discordToken !== null && /\s/.test(discordToken)) problems.push('DISCORD_TOKEN contains white space');

  const discordClientId = str('DISCORD_CLIENT_ID');
  if (discordClientId !== null && !SNOWFLAKE.test(discordClientId))
    problems.push(`DISCORD_CLIENT_ID must be a Discord id (17-20 digits), got "${discordClientId}"`);

  const devGuildId = str('DEV_GUILD_ID');
  if (devGuildId !== null && !SNOWFLAKE.test(devGuildId))
    problems.push(`DEV_GUILD_ID must be a Discord id (17-20 digits), got "${devGuildId}"`);

  const discordApiBase = str('DISCORD_API_BASE');
  if (discordApiBase !== null) {
    try {
      const u = new URL(discordApiBase);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
    } catch {
      problems.push(`DISCORD_API_BASE must be an http(s) URL, got "${discordApiBase}"`);
    }
  }

  const defaultTimezone = str('DEFAULT_TIMEZONE') ?? DEFAULT_TIMEZONE;
  if (!isValidTimezone(defaultTimezone))
    problems.push(
      `DEFAULT_TIMEZONE must be an IANA time zone such as Asia/Shanghai, got "${defaultTimezone}"`,
    );

  // The console shares the terminal with the logs: keep it to warnings there unless asked for more.
  const logLevel = (str('LOG_LEVEL') ?? (discordToken ? 'info' : 'warn')).toLowerCase();
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);

  const rawShards = (str('SHARD_COUNT') ?? 'auto').toLowerCase();
  let shardCount: number | 'auto' = 'auto';
  if (rawShards !== 'auto') {
    const n = Number(rawShards);
    if (Number.isInteger(n) && n >= 1 && n <= 10_000) shardCount = n;
    else problems.push(`SHARD_COUNT must be auto or a whole number from 1 (got "${rawShards}")`);
  }

  const config: Config = {
    discordToken,
    discordClientId,
    devGuildId,
    discordApiBase,
    databasePath: path.resolve(str('DATABASE_PATH') ?? 'data/paperboy.db'),
    articlesDir: path.resolve(str('ARTICLES_DIR') ?? 'seeds'),
    watchArticles: bool('WATCH_ARTICLES', true),
    defaultTimezone,
    catchUpHours: int('CATCH_UP_HOURS', 12, 0, 168),
    fanoutConcurrency: int('FANOUT_CONCURRENCY', 8, 1, 50),
    fanoutStaggerSeconds: int('FANOUT_STAGGER_SECONDS', 10, 0, 600),
    logLevel,
    shardCount,
    // Page limits (#9).
    maxPageBytes: int('MAX_PAGE_BYTES', 2 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    maxArticlesPerPage: int('MAX_ARTICLES_PER_PAGE', 200, 1, 100_000),
    maxTitleChars: int('MAX_TITLE_CHARS', 120, 10, 1000),
    // Operator view (#9).
    healthPort: str('HEALTH_PORT') === null ? null : int('HEALTH_PORT', 0, 0, 65_535),
    healthHost: str('HEALTH_HOST') ?? '127.0.0.1',
    // Digest layout (#12, #9).
    paperName: str('PAPER_NAME'),
    digestTopPerSection: int('DIGEST_TOP_PER_SECTION', 8, 1, 25),
    digestMaxShown: int('DIGEST_MAX_SHOWN', 12, 1, 40),
    digestMaxItems: int('DIGEST_MAX_ITEMS', 50, 1, 100),
    digestMaxMessages: int('DIGEST_MAX_MESSAGES', 7, 1, 10),
    // Instant alerts (#11).
    alertsPerMinute: int('ALERTS_PER_MINUTE', 5, 1, 30),
    // Personal follows (#11).
    followMaxPerUser: int('FOLLOW_MAX_PER_USER', 20, 1, 100),
    followMaxPerGuild: int('FOLLOW_MAX_PER_GUILD', 2000, 1, 1_000_000),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** For entry points: the config, or a plain message naming every bad key and exit code 1. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`paperboy: ${err.message}\nSee .env.example for every key.\n`);
      process.exit(1);
    }
    throw err;
  }
}

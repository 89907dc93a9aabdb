import { describe, expect, it } from 'vitest';
import { ConfigError, isValidTimezone, loadConfig } from '../src/config.js';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('loadConfig', () => {
  it('runs as a console with sensible defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      discordToken: null,
      defaultTimezone: 'Asia/Shanghai',
      catchUpHours: 12,
      watchArticles: true,
      logLevel: 'warn',
      shardCount: 'auto',
    });
    expect(loadConfig({ SHARD_COUNT: '4' }).shardCount).toBe(4);
    expect(config.databasePath).toMatch(/data[\\/]paperboy\.db$/);
    expect(config.articlesDir).toMatch(/seeds$/);
  });

  it('logs at info by default when it connects to Discord', () => {
    expect(loadConfig({ DISCORD_TOKEN: 'abc.def.ghi' }).logLevel).toBe('info');
  });

  it('reports every bad key together, in one error', () => {
    const problems = problemsOf({
      DEFAULT_TIMEZONE: 'Mars/Olympus',
      CATCH_UP_HOURS: 'soon',
      DEV_GUILD_ID: 'my-guild',
      DISCORD_API_BASE: 'not a url',
      WATCH_ARTICLES: 'maybe',
      LOG_LEVEL: 'loud',
      SHARD_COUNT: 'lots',
    });
    expect(problems).toHaveLength(7);
    expect(problems.join('\n')).toMatch(/SHARD_COUNT.*lots/);
    expect(problems.join('\n')).toMatch(/DEFAULT_TIMEZONE.*Mars\/Olympus/);
    expect(problems.join('\n')).toMatch(/CATCH_UP_HOURS/);
    expect(problems.join('\n')).toMatch(/DEV_GUILD_ID/);
  });

  it('never echoes the token in an error', () => {
    const secret = 'MTIz secret token';
    const err = (() => {
      try {
        loadConfig({ DISCORD_TOKEN: secret });
      } catch (e) {
        return e as Error;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect(err!.message).toMatch(/DISCORD_TOKEN/);
    expect(err!.message).not.toContain('secret');
  });
});

describe('isValidTimezone', () => {
  it('accepts IANA names and rejects the rest', () => {
    expect(isValidTimezone('Asia/Shanghai')).toBe(true);
    expect(isValidTimezone('America/New_York')).toBe(true);
    expect(isValidTimezone('Beijing')).toBe(false);
    expect(isValidTimezone('')).toBe(false);
  });
});

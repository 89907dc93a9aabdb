import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandBodies, deployCommands } from '../../src/cli/deploy.js';
import { nextSnowflake, startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';

const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

type Option = {
  name: string;
  description: string;
  name_localizations?: Record<string, string>;
  description_localizations?: Record<string, string>;
  options?: Option[];
};

describe('npm run deploy', () => {
  let fake: FakeDiscord;
  const guildId = nextSnowflake();
  beforeAll(async () => {
    fake = await startFakeDiscord({ token: 'deploy-token', guilds: [{ id: guildId }] });
  });
  afterAll(async () => {
    await fake?.close();
  });

  const config = (devGuildId: string | null) => ({
    discordToken: 'deploy-token',
    discordClientId: fake.applicationId,
    devGuildId,
    discordApiBase: fake.apiBase,
  });

  it('registers every command to the dev guild when DEV_GUILD_ID is set', async () => {
    const result = await deployCommands(config(guildId));
    expect(result).toEqual({ scope: `guild ${guildId}`, count: 7 });
    expect(fake.commandsPut.at(-1)!.guildId).toBe(guildId);
    expect(fake.commandsPut.at(-1)!.commands.map((c) => c.name)).toEqual([
      'headlines',
      'summary',
      'article',
      'search',
      'digest',
      'follow',
      'help',
    ]);
  });

  it('registers globally otherwise', async () => {
    await deployCommands(config(null));
    expect(fake.commandsPut.at(-1)!.guildId).toBeNull();
  });

  it('refuses to run without a token and client id', async () => {
    await expect(
      deployCommands({
        discordToken: null,
        discordClientId: null,
        devGuildId: null,
        discordApiBase: fake.apiBase,
      }),
    ).rejects.toThrow(/DISCORD_TOKEN and DISCORD_CLIENT_ID/);
  });

  it('gives every command, subcommand and option valid en-US and zh-CN names and descriptions', () => {
    const walk = (o: Option): void => {
      expect(o.name).toMatch(NAME);
      expect(o.name_localizations?.['zh-CN']).toMatch(NAME);
      expect(o.description.length).toBeLessThanOrEqual(100);
      expect(o.description_localizations?.['zh-CN']?.length).toBeGreaterThan(0);
      o.options?.forEach(walk);
    };
    (commandBodies() as Option[]).forEach(walk);
  });

  it('makes /digest need Manage Server by default and only work in servers', () => {
    const digest = (
      commandBodies() as { name: string; default_member_permissions?: string; contexts?: number[] }[]
    ).find((c) => c.name === 'digest')!;
    expect(digest.default_member_permissions).toBe(String(1n << 5n));
    expect(digest.contexts).toEqual([0]);
  });
});

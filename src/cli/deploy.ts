import 'dotenv/config';
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { commands } from '../../commands/index.js';
import { ConfigError, loadConfig, type Config } from '../config.js';

/** The JSON bodies Discord registers, one per command, with their zh-CN localizations. */
export function commandBodies(): unknown[] {
  return commands.map((c) => c.data.toJSON());
}

/**
 * Registers every slash command: to `devGuildId` when set (instant, for development), globally otherwise.
 * Separate from starting the bot, so a restart never re-registers anything.
 */
export async function deployCommands(
  config: Pick<Config, 'discordToken' | 'discordClientId' | 'devGuildId' | 'discordApiBase'>,
): Promise<{ scope: string; count: number }> {
  if (!config.discordToken || !config.discordClientId)
    throw new Error('npm run deploy needs DISCORD_TOKEN and DISCORD_CLIENT_ID.');
  const rest = new REST(config.discordApiBase ? { api: config.discordApiBase } : {}).setToken(
    config.discordToken,
  );
  const body = commandBodies();
  const route = config.devGuildId
    ? Routes.applicationGuildCommands(config.discordClientId, config.devGuildId)
    : Routes.applicationCommands(config.discordClientId);
  const result = (await rest.put(route, { body })) as unknown[];
  return { scope: config.devGuildId ? `guild ${config.devGuildId}` : 'global', count: result.length };
}

async function main(): Promise<void> {
  try {
    const { scope, count } = await deployCommands(loadConfig());
    console.log(`Registered ${count} commands (${scope}).`);
  } catch (err) {
    console.error(err instanceof ConfigError || err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();

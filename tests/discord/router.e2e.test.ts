import { SlashCommandBuilder } from 'discord.js';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleComponent } from '../../commands/components.js';
import type { Command } from '../../src/discord/command.js';
import { createBot, type Bot } from '../../src/discord/bot.js';
import { text } from '../../src/reply/rich-text.js';
import { UserError } from '../../src/user-error.js';
import type { Store } from '../../src/store/types.js';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cmd = (name: string, execute: Command['execute']): Command => ({
  data: new SlashCommandBuilder().setName(name).setDescription(name),
  execute,
});

describe('the interaction router', () => {
  let fake: FakeDiscord;
  let bot: Bot;
  const logs: Record<string, unknown>[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord({ token: 'router-token', guilds: [{ channels: [{ name: 'general' }] }] });
    const logger = pino(
      { level: 'debug' },
      { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) },
    );
    bot = createBot({
      config: {
        discordToken: 'router-token',
        discordApiBase: fake.apiBase,
        defaultTimezone: 'Asia/Shanghai',
      },
      store: {} as Store,
      logger,
      clock: { now: () => new Date() },
      deferAfterMs: 50,
      commands: [
        cmd('slow', async () => {
          await sleep(300);
          return { text: [text('done at last')], cards: [], controls: [] };
        }),
        cmd('broken', async () => {
          throw new Error('database on fire');
        }),
        cmd('refuse', async () => {
          throw new UserError('digest.adminOnly');
        }),
      ],
      components: handleComponent,
    });
    await bot.start();
    await fake.waitForReadySession();
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  it('defers a slow handler and then edits the reply', async () => {
    const i = fake.sendInteraction(fake.build.slashCommand({ name: 'slow' }));
    const first = await fake.waitForResponse(i.id);
    expect(first.kind).toBe('callback');
    expect(first.type).toBe(5);
    const edit = await fake.waitForResponse(i.id, { kind: 'editOriginal' });
    expect(edit.data.content).toBe('done at last');
    expect(edit.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('shows a user error ephemerally without logging it as a failure', async () => {
    const before = logs.filter((l) => l.level === 50).length;
    const i = fake.sendInteraction(fake.build.slashCommand({ name: 'refuse' }));
    const r = await fake.waitForResponse(i.id);
    expect(r.data.content).toBe('Only members with the Manage Server permission can use /digest.');
    expect(r.data.flags).toBe(64);
    expect(logs.filter((l) => l.level === 50).length).toBe(before);
  });

  it('words a user error in the language of the user who made it', async () => {
    const i = fake.sendInteraction(fake.build.slashCommand({ name: 'refuse', locale: 'zh-CN' }));
    const r = await fake.waitForResponse(i.id);
    expect(r.data.content).toBe('只有拥有“管理服务器”权限的成员才能使用 /digest。');
  });

  it('apologises for an unexpected error and logs its stack', async () => {
    const i = fake.sendInteraction(fake.build.slashCommand({ name: 'broken' }));
    const r = await fake.waitForResponse(i.id);
    expect(r.data.content).toMatch(/^Sorry, something went wrong/);
    expect(r.data.content).not.toContain('database on fire');
    const err = logs.find((l) => l.msg === 'interaction handler failed') as
      { err: { stack: string } } | undefined;
    expect(err?.err.stack).toContain('database on fire');
  });

  it('logs one structured line per interaction with command, guild, channel and duration, never the token', async () => {
    const line = logs.find((l) => l.msg === 'interaction' && l.command === 'refuse');
    expect(line).toMatchObject({ kind: 'command', outcome: 'user-error' });
    expect(typeof line!.guildId).toBe('string');
    expect(typeof line!.channelId).toBe('string');
    expect(typeof line!.durationMs).toBe('number');
    expect(JSON.stringify(logs)).not.toContain('router-token');
  });

  it('answers an unknown button with an expired notice', async () => {
    const i = fake.sendInteraction(fake.build.button({ customId: 'bogus:1' }));
    const r = await fake.waitForResponse(i.id);
    expect(r.data.content).toContain('no longer works');
  });
});

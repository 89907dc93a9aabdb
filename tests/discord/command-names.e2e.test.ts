import { PermissionFlagsBits, type APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../../src/cli/deploy.js';
import type { InteractionResponse } from '../support/fake-discord/index.js';
import { startHarness, type Harness } from './harness.js';

const description = (r: InteractionResponse): string =>
  ((r.data.embeds ?? []) as APIEmbed[])[0]!.description!;

describe('commands named as the reader sees them', () => {
  describe('once the commands are registered', () => {
    let h: Harness;
    let ids: Map<string, string>;
    beforeAll(async () => {
      h = await startHarness();
      await deployCommands({
        discordToken: 'fake-token',
        discordClientId: h.fake.applicationId,
        devGuildId: null,
        discordApiBase: h.fake.apiBase,
      });
      ids = new Map(h.fake.commandsPut.at(-1)!.commands.map((c) => [c.name as string, c.id as string]));
    });
    afterAll(async () => {
      await h?.close();
    });

    it('makes /help list clickable mentions, with the arguments still in code', async () => {
      const r = await h.send(h.fake.build.slashCommand({ name: 'help' }));
      const d = description(r);
      expect(d).toContain(`</headlines:${ids.get('headlines')}> \`[date]\``);
      expect(d).toContain(`</digest subscribe:${ids.get('digest')}> \`#channel 08:00 [timezone]\``);
      expect(d).not.toContain('`/headlines');
      // The fake saw the look-up of the registered commands.
      expect(h.fake.requests.some((q) => q.method === 'GET' && q.path.endsWith('/commands'))).toBe(true);
    });

    it('adds the localized name a Chinese reader’s client lists', async () => {
      const r = await h.send(h.fake.build.slashCommand({ name: 'help', locale: 'zh-CN' }));
      expect(description(r)).toContain(`</headlines:${ids.get('headlines')}>（/要闻） \`[日期]\``);
    });

    it('names commands as mentions in error messages too', async () => {
      const r = await h.send(
        h.fake.build.slashCommand({
          name: 'digest',
          subcommand: 'list',
          memberPermissions: PermissionFlagsBits.SendMessages,
        }),
      );
      expect(r.data.content).toBe(
        `Only members with the Manage Server permission can use </digest:${ids.get('digest')}>.`,
      );
    });
  });

  describe('before the commands are registered', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness();
    });
    afterAll(async () => {
      await h?.close();
    });

    it('falls back to plain names in the reader’s language', async () => {
      const en = await h.send(h.fake.build.slashCommand({ name: 'help' }));
      expect(description(en)).toContain('`/headlines [date]`');
      const zh = await h.send(h.fake.build.slashCommand({ name: 'help', locale: 'zh-CN' }));
      expect(description(zh)).toContain('`/要闻 [日期]`');
      expect(description(zh)).toContain('`/日报 订阅 #频道 08:00 [时区]`');
    });
  });
});

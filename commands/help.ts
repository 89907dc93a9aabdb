import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { EMBED_COLOR } from '../src/discord/render.js';
import { t } from '../src/i18n/index.js';

export const help = {
  data: new SlashCommandBuilder()
    .setName('help')
    .setNameLocalizations({ 'zh-CN': '帮助' })
    .setDescription('What this bot does and how to set it up')
    .setDescriptionLocalizations({ 'zh-CN': '机器人的功能和设置方法' }),
  ephemeral: true,

  async execute(req) {
    return {
      embeds: [
        { color: EMBED_COLOR, title: t(req.locale, 'help.title'), description: t(req.locale, 'help.body') },
      ],
      components: [],
      ephemeral: true,
    };
  },
} satisfies Command;

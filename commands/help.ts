import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { localize, t } from '../src/i18n/index.js';
import { text } from '../src/reply/rich-text.js';
import { followLimitsOf } from './follow/limits.js';

export const help = {
  data: new SlashCommandBuilder()
    .setName('help')
    .setNameLocalizations({ 'zh-CN': '帮助', 'zh-TW': '說明' })
    .setDescription('What this bot does and how to set it up')
    .setDescriptionLocalizations({ 'zh-CN': '机器人的功能和设置方法', 'zh-TW': '機器人的功能和設定方法' }),
  ephemeral: true,

  async execute(req, ctx) {
    // Personal follows (#11): the limits are settings (FOLLOW_MAX_*), so /help states the ones in force.
    const limits = followLimitsOf(ctx);
    const follows = localize(req.locale, 'help.follows', {
      perUser: limits.perUser,
      perGuild: limits.perGuild,
    });
    return {
      cards: [
        {
          title: t(req.locale, 'help.title'),
          body: [...localize(req.locale, 'help.body'), text('\n\n'), ...follows],
        },
      ],
      controls: [],
      ephemeral: true,
    };
  },
} satisfies Command;

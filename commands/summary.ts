import { SlashCommandBuilder } from 'discord.js';
import { articleChoices, articleOption, resolveArticle } from '../src/discord/article-lookup.js';
import type { Command } from '../src/discord/command.js';
import { renderSummary } from '../src/discord/render.js';

export const summary = {
  data: new SlashCommandBuilder()
    .setName('summary')
    .setNameLocalizations({ 'zh-CN': '摘要' })
    .setDescription('An article’s summary, keywords, authors and date')
    .setDescriptionLocalizations({ 'zh-CN': '文章的摘要、关键词、作者和日期' })
    .addStringOption(articleOption),

  async execute(req, ctx) {
    return renderSummary(resolveArticle(ctx.store, req.options.string('article'), req.locale), req.locale);
  },

  async autocomplete(req, ctx) {
    return articleChoices(ctx.store, req.focused.value);
  },
} satisfies Command;

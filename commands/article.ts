import { SlashCommandBuilder } from 'discord.js';
import { articleChoices, articleOption, resolveArticle } from '../src/discord/article-lookup.js';
import type { Command } from '../src/discord/command.js';
import { renderArticlePage } from '../src/discord/render.js';

export const article = {
  data: new SlashCommandBuilder()
    .setName('article')
    .setNameLocalizations({ 'zh-CN': '全文' })
    .setDescription('The full text of an article, page by page')
    .setDescriptionLocalizations({ 'zh-CN': '分页阅读文章全文' })
    .addStringOption(articleOption)
    .addIntegerOption((o) =>
      o
        .setName('page')
        .setNameLocalizations({ 'zh-CN': '页码' })
        .setDescription('Page to open (default 1)')
        .setDescriptionLocalizations({ 'zh-CN': '从第几页开始（默认第 1 页）' })
        .setMinValue(1),
    ),

  async execute(req, ctx) {
    const a = resolveArticle(ctx.store, req.options.string('article'), req.locale);
    return renderArticlePage(a, (req.options.integer('page') ?? 1) - 1, req.locale);
  },

  async autocomplete(req, ctx) {
    return articleChoices(ctx.store, req.focused.value);
  },
} satisfies Command;

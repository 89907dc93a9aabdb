import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { SEARCH_MAX_PER_PAGE, SEARCH_PER_PAGE, searchPage } from '../src/discord/search-page.js';

export const search = {
  data: new SlashCommandBuilder()
    .setName('search')
    .setNameLocalizations({ 'zh-CN': '搜索' })
    .setDescription('Full-text search over every stored article')
    .setDescriptionLocalizations({ 'zh-CN': '在所有文章中全文搜索' })
    .addStringOption((o) =>
      o
        .setName('query')
        .setNameLocalizations({ 'zh-CN': '关键词' })
        .setDescription('Words to look for')
        .setDescriptionLocalizations({ 'zh-CN': '要查找的字词' })
        .setRequired(true)
        .setMaxLength(200),
    )
    .addIntegerOption((o) =>
      o
        .setName('limit')
        .setNameLocalizations({ 'zh-CN': '数量' })
        .setDescription(`Results per page (1-${SEARCH_MAX_PER_PAGE}, default ${SEARCH_PER_PAGE})`)
        .setDescriptionLocalizations({
          'zh-CN': `每页结果数（1-${SEARCH_MAX_PER_PAGE}，默认 ${SEARCH_PER_PAGE}）`,
        })
        .setMinValue(1)
        .setMaxValue(SEARCH_MAX_PER_PAGE),
    ),

  async execute(req, ctx) {
    return searchPage(
      ctx.store,
      req.options.string('query') ?? '',
      0,
      req.options.integer('limit') ?? SEARCH_PER_PAGE,
      req.locale,
    );
  },
} satisfies Command;

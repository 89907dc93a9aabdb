import { SlashCommandBuilder } from 'discord.js';
import { normalizeDate } from '../src/calendar-date.js';
import { t } from '../src/i18n/index.js';
import { UserError, type Command } from '../src/discord/command.js';
import { renderHeadlines } from '../src/discord/render.js';

export const headlines = {
  data: new SlashCommandBuilder()
    .setName('headlines')
    .setNameLocalizations({ 'zh-CN': '要闻' })
    .setDescription('Headlines of the newest edition, or of a date')
    .setDescriptionLocalizations({ 'zh-CN': '最新一期（或指定日期）的要闻' })
    .addStringOption((o) =>
      o
        .setName('date')
        .setNameLocalizations({ 'zh-CN': '日期' })
        .setDescription('Edition date, YYYY-MM-DD')
        .setDescriptionLocalizations({ 'zh-CN': '报纸日期，YYYY-MM-DD' })
        .setAutocomplete(true),
    ),

  async execute(req, ctx) {
    const raw = req.options.string('date');
    let date: string | undefined;
    if (raw) {
      const iso = normalizeDate(raw);
      if (!iso) throw new UserError(t(req.locale, 'headlines.badDate', { date: raw }));
      date = iso;
    } else {
      date = ctx.store.editionDates(1)[0];
      if (!date)
        throw new UserError(
          t(req.locale, ctx.store.articleCount() > 0 ? 'headlines.undated' : 'generic.noArticles'),
        );
    }
    const articles = ctx.store.articlesForDate(date);
    if (articles.length === 0) {
      const dates = ctx.store.editionDates(5);
      if (dates.length === 0) throw new UserError(t(req.locale, 'generic.noArticles'));
      throw new UserError(t(req.locale, 'headlines.noEdition', { date, dates: dates.join(', ') }));
    }
    return renderHeadlines(date, articles, 0, req.locale);
  },

  async autocomplete(req, ctx) {
    const typed = req.focused.value.trim();
    return ctx.store
      .editionDates(200)
      .filter((d) => d.startsWith(typed) || d.replaceAll('-', '').startsWith(typed))
      .slice(0, 25)
      .map((d) => ({ name: d, value: d }));
  },
} satisfies Command;

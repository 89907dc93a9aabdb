import { SlashCommandBuilder } from 'discord.js';
import { normalizeDate } from '../src/calendar-date.js';
import type { Command, CommandContext } from '../src/discord/command.js';
import { encodeCustomId } from '../src/discord/custom-ids.js';
import { DISCORD_LIMITS as L } from '../src/discord/limits.js';
import { formatEditionDate } from '../src/i18n/dates.js';
import { t } from '../src/i18n/index.js';
import { pagerRow } from '../src/reply/pager.js';
import type { Control, Reply } from '../src/reply/reply.js';
import { joinRich, strong, text, type RichText } from '../src/reply/rich-text.js';
import { truncate } from '../src/reply/truncate.js';
import type { EditionReader } from '../src/store/interfaces/edition-reader.js';
import type { StoredArticle } from '../src/store/types.js';
import { UserError } from '../src/user-error.js';
import { authorNames, displayTitle, SEPARATOR } from './shared/article-display.js';

export const HEADLINES_PER_PAGE = 10;

/** Headlines of one edition: numbered titles with kicker, authors and section, and a menu that opens any of them. */
export function renderHeadlines(
  date: string,
  articles: StoredArticle[],
  page: number,
  locale: string,
): Reply {
  const pages = Math.max(1, Math.ceil(articles.length / HEADLINES_PER_PAGE));
  const p = Math.min(Math.max(page, 0), pages - 1);
  const start = p * HEADLINES_PER_PAGE;
  const shown = articles.slice(start, start + HEADLINES_PER_PAGE);
  // Each entry is bounded so ten of them always fit one card.
  const entries: RichText[] = shown.map((a, i) => {
    const meta = [a.kicker, authorNames(a), a.section]
      .filter((x): x is string => !!x)
      .map((x) => truncate(x, 80))
      .join(SEPARATOR);
    const head = strong(`${start + i + 1}. ${truncate(displayTitle(a, locale), 150)}`);
    return meta ? [head, text(`\n${meta}`)] : [head];
  });
  const controls: Control[] = [
    {
      kind: 'menu',
      id: encodeCustomId({ kind: 'headlines', date }),
      placeholder: t(locale, 'headlines.select'),
      options: shown.map((a, i) => ({
        label: `${start + i + 1}. ${displayTitle(a, locale)}`,
        value: a.id,
        description: a.kicker ?? a.section ?? undefined,
      })),
    },
  ];
  if (pages > 1)
    controls.push(
      pagerRow((n) => encodeCustomId({ kind: 'headlines', date, page: n }), p, pages, {
        previous: t(locale, 'generic.previous'),
        next: t(locale, 'generic.next'),
      }),
    );
  // A date only received, not printed, is never titled as that day's paper (#12): pages with no printed date
  // are filed under the day their file arrived.
  const received = articles.filter((a) => a.dateReceived).length;
  const title =
    received === articles.length && received > 0
      ? t(locale, 'headlines.receivedTitle', { day: formatEditionDate(locale, date) })
      : t(locale, 'headlines.title', { date });
  const footer = [
    pages > 1 ? t(locale, 'generic.pageOf', { page: p + 1, pages }) : null,
    received > 0 && received < articles.length ? t(locale, 'headlines.someReceived') : null,
  ].filter((x): x is string => x !== null);
  return {
    cards: [
      {
        title,
        body: joinRich(entries, '\n\n'),
        footer: footer.length > 0 ? footer.join(SEPARATOR) : undefined,
      },
    ],
    controls,
    // Private, so one reader's page turn or choice never changes the list under another reader.
    ephemeral: true,
  };
}

export const headlines = {
  ephemeral: true,
  data: new SlashCommandBuilder()
    .setName('headlines')
    .setNameLocalizations({ 'zh-CN': '要闻', 'zh-TW': '要聞' })
    .setDescription('Headlines of the newest edition, or of a date')
    .setDescriptionLocalizations({
      'zh-CN': '最新一期（或指定日期）的要闻',
      'zh-TW': '最新一期（或指定日期）的要聞',
    })
    .addStringOption((o) =>
      o
        .setName('date')
        .setNameLocalizations({ 'zh-CN': '日期', 'zh-TW': '日期' })
        .setDescription('Edition date, YYYY-MM-DD')
        .setDescriptionLocalizations({ 'zh-CN': '报纸日期，YYYY-MM-DD', 'zh-TW': '報紙日期，YYYY-MM-DD' })
        .setAutocomplete(true),
    ),

  async execute(req, ctx: CommandContext<EditionReader>) {
    const raw = req.options.string('date');
    let date: string | undefined;
    if (raw) {
      const iso = normalizeDate(raw);
      if (!iso) throw new UserError('headlines.badDate', { date: raw });
      date = iso;
    } else {
      date = ctx.store.editionDates(1)[0];
      if (!date)
        throw new UserError(ctx.store.articleCount() > 0 ? 'headlines.undated' : 'generic.noArticles');
    }
    const articles = ctx.store.articlesForDate(date);
    if (articles.length === 0) {
      const dates = ctx.store.editionDates(5);
      if (dates.length === 0) throw new UserError('generic.noArticles');
      throw new UserError('headlines.noEdition', { date, dates: dates.join(', ') });
    }
    return renderHeadlines(date, articles, 0, req.locale);
  },

  async autocomplete(req, ctx: CommandContext<Pick<EditionReader, 'editionDates' | 'receivedDates'>>) {
    const typed = req.focused.value.trim();
    const received = new Set(ctx.store.receivedDates(200));
    return ctx.store
      .editionDates(200)
      .filter((d) => d.startsWith(typed) || d.replaceAll('-', '').startsWith(typed))
      .slice(0, L.autocompleteChoices)
      .map((d) => ({
        name: received.has(d) ? t(req.locale, 'headlines.receivedChoice', { date: d }) : d,
        value: d,
      }));
  },
} satisfies Command;

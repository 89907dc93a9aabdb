import { SlashCommandBuilder } from 'discord.js';
import type { Command, CommandContext } from '../src/discord/command.js';
import { encodeCustomId } from '../src/discord/custom-ids.js';
import { t } from '../src/i18n/index.js';
import { pagerRow } from '../src/reply/pager.js';
import type { Control, Reply } from '../src/reply/reply.js';
import { highlight, joinRich, strong, text, type RichText, type Span } from '../src/reply/rich-text.js';
import { truncate } from '../src/reply/truncate.js';
import type { ArticleReader } from '../src/store/interfaces/article-reader.js';
import type { SearchResult } from '../src/store/types.js';
import { UserError } from '../src/user-error.js';

export const SEARCH_PER_PAGE = 5;
const SEARCH_MAX_PER_PAGE = 10;

/** A store snippet, whose matches the store wraps in `**…**`, as text with its matches highlighted. */
export function snippetText(snippet: string): Span[] {
  return snippet.split('**').map((part, i) => (i % 2 === 1 && part ? highlight(part) : text(part)));
}

/** One page of ranked search results with snippets. `result` holds this page's hits and the total. */
function renderSearch(
  query: string,
  result: SearchResult,
  page: number,
  perPage: number,
  locale: string,
): Reply {
  const pages = Math.max(1, Math.ceil(result.total / perPage));
  const from = page * perPage + 1;
  const entries: RichText[] = result.hits.map((h, i) => [
    strong(`${from + i}. ${truncate(h.title, 150)}`),
    text(`${h.date ? ` · ${h.date}` : ''}\n`),
    ...snippetText(truncate(h.snippet, 300)),
  ]);
  const controls: Control[] = [];
  if (result.hits.length > 0)
    controls.push({
      kind: 'menu',
      id: encodeCustomId({ kind: 'open', context: 'search' }),
      placeholder: t(locale, 'headlines.select'),
      options: result.hits.map((h, i) => ({
        label: `${from + i}. ${h.title}`,
        value: h.id,
        description: h.date ?? undefined,
      })),
    });
  if (pages > 1)
    controls.push(
      pagerRow(
        (n) =>
          encodeCustomId({
            kind: 'search',
            page: n,
            query,
            ...(perPage === SEARCH_PER_PAGE ? {} : { perPage }),
          }),
        page,
        pages,
        { previous: t(locale, 'generic.previous'), next: t(locale, 'generic.next') },
      ),
    );
  return {
    cards: [
      {
        title: t(locale, 'search.title', { query }),
        body: joinRich(entries, '\n\n'),
        footer: t(locale, 'search.results', {
          from,
          to: from + result.hits.length - 1,
          total: result.capped ? `${result.total}+` : result.total,
        }),
      },
    ],
    controls,
  };
}

/** One page of results; shared by the command and its Previous/Next buttons. */
export function searchPage(
  store: Pick<ArticleReader, 'search'>,
  query: string,
  page: number,
  perPage: number,
  locale: string,
): Reply {
  const q = query.trim();
  if (!q) throw new UserError('search.emptyQuery');
  const size = Math.min(Math.max(perPage, 1), SEARCH_MAX_PER_PAGE);
  let p = Math.max(page, 0);
  let result = store.search(q, { limit: size, offset: p * size });
  if (result.hits.length === 0 && result.total > 0) {
    // A stale button can point past the end after re-ingesting; show the last page instead.
    p = Math.max(0, Math.ceil(result.total / size) - 1);
    result = store.search(q, { limit: size, offset: p * size });
  }
  if (result.total === 0 || result.hits.length === 0) throw new UserError('search.none', { query: q });
  return renderSearch(q, result, p, size, locale);
}

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

  async execute(req, ctx: CommandContext<Pick<ArticleReader, 'search'>>) {
    return searchPage(
      ctx.store,
      req.options.string('query') ?? '',
      0,
      req.options.integer('limit') ?? SEARCH_PER_PAGE,
      req.locale,
    );
  },
} satisfies Command;

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
    // Private, like /headlines: page buttons on a shared message would turn the page for everyone.
    ephemeral: true,
  };
}

/** Shorter queries tried after a miss, at most this many (each is one indexed search). */
const MAX_SHORTER_TRIES = 8;

/**
 * A shorter query that finds something, for the no-result reply: each word alone when several were typed, then
 * each word cut down from the end to two characters (a long Chinese phrase often misses where its first words
 * hit). Null when none does. The store already folds Traditional to Simplified, so that is not retried here.
 */
export function shorterQuery(store: Pick<ArticleReader, 'search'>, query: string): string | null {
  const words = query.split(/\s+/u).filter(Boolean);
  const tries: string[] = words.length > 1 ? [...words] : [];
  for (const w of words) {
    const chars = Array.from(w);
    for (let n = chars.length - 1; n >= 2; n--) tries.push(chars.slice(0, n).join(''));
  }
  for (const candidate of [...new Set(tries)].slice(0, MAX_SHORTER_TRIES))
    if (store.search(candidate, { limit: 1 }).total > 0) return candidate;
  return null;
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
  if (result.total === 0 || result.hits.length === 0) {
    const suggestion = shorterQuery(store, q);
    throw suggestion
      ? new UserError('search.noneSuggest', { query: q, suggestion })
      : new UserError('search.noneTried', { query: q });
  }
  return renderSearch(q, result, p, size, locale);
}

export const search = {
  ephemeral: true,
  data: new SlashCommandBuilder()
    .setName('search')
    .setNameLocalizations({ 'zh-CN': '搜索', 'zh-TW': '搜尋' })
    .setDescription('Full-text search over every stored article')
    .setDescriptionLocalizations({ 'zh-CN': '在所有文章中全文搜索', 'zh-TW': '在所有文章中全文搜尋' })
    .addStringOption((o) =>
      o
        .setName('query')
        .setNameLocalizations({ 'zh-CN': '关键词', 'zh-TW': '關鍵字' })
        .setDescription('Words to look for')
        .setDescriptionLocalizations({ 'zh-CN': '要查找的字词', 'zh-TW': '要尋找的字詞' })
        .setRequired(true)
        .setMaxLength(200),
    )
    .addIntegerOption((o) =>
      o
        .setName('limit')
        .setNameLocalizations({ 'zh-CN': '数量', 'zh-TW': '數量' })
        .setDescription(`Results per page (1-${SEARCH_MAX_PER_PAGE}, default ${SEARCH_PER_PAGE})`)
        .setDescriptionLocalizations({
          'zh-CN': `每页结果数（1-${SEARCH_MAX_PER_PAGE}，默认 ${SEARCH_PER_PAGE}）`,
          'zh-TW': `每頁結果數（1-${SEARCH_MAX_PER_PAGE}，預設 ${SEARCH_PER_PAGE}）`,
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

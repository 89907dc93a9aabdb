import type { APIEmbed, APIEmbedField } from 'discord.js';
import { t } from '../i18n/index.js';
import type { SearchResult, StoredArticle } from '../store/types.js';
import type { Reply } from './command.js';
import { button, buttonRow, pagerRow, selectRow } from './components.js';
import { encodeCustomId } from './custom-ids.js';
import { escapeSnippet, escapeText, truncate } from './markdown.js';

export const EMBED_COLOR = 0x2f6f9f;

// Discord limits: 4,096 per description and 6,000 per message across all embeds; keep headroom for the title,
// footer and author so a page never gets refused.
export const ARTICLE_PAGE_CHARS = 3800;
export const HEADLINES_PER_PAGE = 10;
const FIELD_MAX = 1024;
const TITLE_MAX = 256;

function footerText(parts: (string | null | undefined)[]): string {
  return truncate(parts.filter((p): p is string => !!p).join(' · '), 2048);
}

function byline(a: StoredArticle, locale: string): string {
  return a.authors.length > 0 ? a.authors.join('、') : t(locale, 'article.none');
}

function displayTitle(a: StoredArticle, locale: string): string {
  return a.kind === 'photo' ? `📷 ${a.title} (${t(locale, 'article.photo')})` : a.title;
}

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
  // Each entry is bounded so ten of them always fit the 4,096-character description.
  const lines = shown.map((a, i) => {
    const meta = [a.kicker, a.authors.length > 0 ? a.authors.join('、') : null, a.section]
      .filter((x): x is string => !!x)
      .map((x) => escapeText(truncate(x, 80)))
      .join(' · ');
    const head = `**${start + i + 1}. ${escapeText(truncate(displayTitle(a, locale), 150))}**`;
    return meta ? `${head}\n${meta}` : head;
  });
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: t(locale, 'headlines.title', { date }),
    description: truncate(lines.join('\n\n'), 4096),
    footer: pages > 1 ? { text: t(locale, 'generic.pageOf', { page: p + 1, pages }) } : undefined,
  };
  const components = [
    selectRow(
      encodeCustomId({ kind: 'headlines', date }),
      t(locale, 'headlines.select'),
      shown.map((a, i) => ({
        label: `${start + i + 1}. ${displayTitle(a, locale)}`,
        value: a.id,
        description: a.kicker ?? a.section ?? undefined,
      })),
    ),
  ];
  if (pages > 1) {
    components.push(
      pagerRow((n) => encodeCustomId({ kind: 'headlines', date, page: n }), p, pages, {
        previous: t(locale, 'generic.previous'),
        next: t(locale, 'generic.next'),
      }),
    );
  }
  return { embeds: [embed], components };
}

/** One article's title, kicker, summary, keywords, authors and date, with a button to read all of it. */
export function renderSummary(a: StoredArticle, locale: string, opts: { ephemeral?: boolean } = {}): Reply {
  const head = [
    a.kicker ? `*${escapeText(a.kicker)}*` : null,
    a.subtitle ? escapeText(a.subtitle) : null,
  ].filter(Boolean);
  const body = escapeText(a.summary || a.lede || a.paragraphs[0] || '');
  const fields: APIEmbedField[] = [
    {
      name: t(locale, 'article.keywords'),
      value: truncate(a.keywords.map(escapeText).join('、') || t(locale, 'article.none'), FIELD_MAX),
    },
    {
      name: t(locale, 'article.authors'),
      value: truncate(escapeText(byline(a, locale)), FIELD_MAX),
      inline: true,
    },
    { name: t(locale, 'article.date'), value: a.date ?? t(locale, 'article.none'), inline: true },
  ];
  if (a.section)
    fields.push({
      name: t(locale, 'article.section'),
      value: truncate(escapeText(a.section), FIELD_MAX),
      inline: true,
    });
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: truncate(escapeText(displayTitle(a, locale)), TITLE_MAX),
    // Discord refuses an empty description, and an article with no text has none.
    description:
      truncate([...head, head.length ? '' : null, body].filter((x) => x !== null).join('\n'), 4096).trim() ||
      undefined,
    fields,
  };
  return {
    embeds: [embed],
    components: [
      buttonRow(
        button(encodeCustomId({ kind: 'read', articleId: a.id }), t(locale, 'article.readFull'), {
          primary: true,
        }),
      ),
    ],
    ephemeral: opts.ephemeral,
  };
}

function splitLong(raw: string, budget: number): string[] {
  // Escaping at most doubles text, so raw pieces of half the budget always fit. Prefer sentence ends; a sentence
  // longer than that is cut hard.
  const half = Math.floor(budget / 2);
  const sentences = raw.match(/[^。！？!?]*[。！？!?]+[”’"』」）)]*|[^。！？!?]+$/g) ?? [raw];
  const out: string[] = [];
  let cur = '';
  for (const s of sentences) {
    for (let i = 0; i < s.length; i += half) {
      const piece = s.slice(i, i + half);
      if (cur && cur.length + piece.length > half) {
        out.push(escapeText(cur));
        cur = '';
      }
      cur += piece;
    }
  }
  if (cur) out.push(escapeText(cur));
  return out;
}

/**
 * The article's full text cut into pages that each fit one embed description, at paragraph boundaries where
 * possible. Deterministic, so a page number in a custom id means the same text after a restart.
 */
export function articlePages(a: StoredArticle, budget = ARTICLE_PAGE_CHARS): string[] {
  const blocks: string[] = [];
  if (a.subtitle) blocks.push(escapeText(a.subtitle));
  if (a.byline) blocks.push(escapeText(a.byline));
  for (const p of a.paragraphs) {
    const esc = escapeText(p);
    if (esc.length <= budget) blocks.push(esc);
    else blocks.push(...splitLong(p, budget));
  }
  const pages: string[] = [];
  let cur = '';
  for (const b of blocks) {
    if (cur && cur.length + 2 + b.length > budget) {
      pages.push(cur);
      cur = b;
    } else {
      cur = cur ? `${cur}\n\n${b}` : b;
    }
  }
  if (cur || pages.length === 0) pages.push(cur || t('en', 'article.none'));
  return pages;
}

/** One page of an article's full text with Previous/Next buttons. */
export function renderArticlePage(
  a: StoredArticle,
  page: number,
  locale: string,
  opts: { ephemeral?: boolean } = {},
): Reply {
  const pages = articlePages(a);
  const p = Math.min(Math.max(page, 0), pages.length - 1);
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: truncate(escapeText(displayTitle(a, locale)), TITLE_MAX),
    author: a.kicker ? { name: truncate(a.kicker, 256) } : undefined,
    description: pages[p],
    footer: {
      text: footerText([
        pages.length > 1 ? t(locale, 'generic.pageOf', { page: p + 1, pages: pages.length }) : null,
        a.date,
        a.section,
      ]),
    },
  };
  const components =
    pages.length > 1
      ? [
          pagerRow((n) => encodeCustomId({ kind: 'article', articleId: a.id, page: n }), p, pages.length, {
            previous: t(locale, 'generic.previous'),
            next: t(locale, 'generic.next'),
          }),
        ]
      : [];
  return { embeds: [embed], components, ephemeral: opts.ephemeral };
}

/** One page of ranked search results with snippets. `result` holds this page's hits and the total. */
export function renderSearch(
  query: string,
  result: SearchResult,
  page: number,
  perPage: number,
  locale: string,
  defaultPerPage: number,
): Reply {
  const pages = Math.max(1, Math.ceil(result.total / perPage));
  const from = page * perPage + 1;
  const lines = result.hits.map((h, i) => {
    const title = `**${from + i}. ${escapeText(truncate(h.title, 150))}**${h.date ? ` · ${h.date}` : ''}`;
    return `${title}\n${truncate(escapeSnippet(h.snippet), 300)}`;
  });
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: truncate(t(locale, 'search.title', { query: escapeText(query) }), TITLE_MAX),
    description: truncate(lines.join('\n\n'), 4096),
    footer: {
      text: t(locale, 'search.results', {
        from,
        to: from + result.hits.length - 1,
        total: result.capped ? `${result.total}+` : result.total,
      }),
    },
  };
  const components = [];
  if (result.hits.length > 0) {
    components.push(
      selectRow(
        encodeCustomId({ kind: 'open', context: 'search' }),
        t(locale, 'headlines.select'),
        result.hits.map((h, i) => ({
          label: `${from + i}. ${h.title}`,
          value: h.id,
          description: h.date ?? undefined,
        })),
      ),
    );
  }
  if (pages > 1) {
    components.push(
      pagerRow(
        (n) =>
          encodeCustomId({
            kind: 'search',
            page: n,
            query,
            ...(perPage === defaultPerPage ? {} : { perPage }),
          }),
        page,
        pages,
        { previous: t(locale, 'generic.previous'), next: t(locale, 'generic.next') },
      ),
    );
  }
  return { embeds: [embed], components };
}

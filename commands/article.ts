import { SlashCommandBuilder } from 'discord.js';
import type { Command, CommandContext } from '../src/discord/command.js';
import { encodeCustomId } from '../src/discord/custom-ids.js';
import { escapeText } from '../src/discord/markdown.js';
import { t } from '../src/i18n/index.js';
import { pagerRow } from '../src/reply/pager.js';
import type { Reply } from '../src/reply/reply.js';
import { text } from '../src/reply/rich-text.js';
import type { ArticleReader } from '../src/store/interfaces/article-reader.js';
import type { StoredArticle } from '../src/store/types.js';
import { articleHead, authorLine, displayTitle, SEPARATOR } from './shared/article-display.js';
import { articleChoices, articleOption, resolveArticle } from './shared/article-option.js';

/**
 * Characters of escaped Markdown per page: about one phone screen of Chinese text (a 3,800-character page was
 * about 2,700 px tall), and always far inside one embed description (4,096).
 */
export const ARTICLE_PAGE_CHARS = 1400;

const escapedLength = (s: string): number => escapeText(s).length;

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
        out.push(cur);
        cur = '';
      }
      cur += piece;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * The article's full text cut into pages, each at most `budget` characters once Discord's Markdown escapes are
 * added, at paragraph boundaries where possible. Deterministic, so a page number in a custom id means the same
 * text after a restart. An article with no text is one empty page.
 */
export function articlePages(a: StoredArticle, budget = ARTICLE_PAGE_CHARS, locale = 'en-US'): string[] {
  const blocks: string[] = [];
  // The kicker and subtitle open the first page (rendered by articleHead); they count against its budget.
  const head = [a.kicker, a.subtitle].filter((x): x is string => !!x).join('\n');
  const author = authorLine(a, locale);
  // A photo's credit follows its caption; a story's names come before its text, as printed.
  if (author && a.kind !== 'photo') blocks.push(author);
  for (const p of a.paragraphs) {
    if (escapedLength(p) <= budget) blocks.push(p);
    else blocks.push(...splitLong(p, budget));
  }
  if (author && a.kind === 'photo') blocks.push(author);
  const pages: string[] = [];
  let cur = '';
  let curLength = 0;
  const reserve = head ? escapedLength(head) + 2 : 0;
  for (const b of blocks) {
    const length = escapedLength(b);
    if (!cur) {
      cur = b;
      curLength = length + (pages.length === 0 ? reserve : 0);
    } else if (curLength + 2 + length > budget) {
      pages.push(cur);
      cur = b;
      curLength = length;
    } else {
      cur = `${cur}\n\n${b}`;
      curLength += 2 + length;
    }
  }
  if (cur || pages.length === 0) pages.push(cur);
  return pages;
}

/** One page of an article's full text with Previous/Next buttons. */
export function renderArticlePage(
  a: StoredArticle,
  page: number,
  locale: string,
  opts: { ephemeral?: boolean } = {},
): Reply {
  const pages = articlePages(a, ARTICLE_PAGE_CHARS, locale);
  const p = Math.min(Math.max(page, 0), pages.length - 1);
  const head = p === 0 ? articleHead(a) : [];
  const pageText = pages[p] ?? '';
  const footer = [
    pages.length > 1 ? t(locale, 'generic.pageOf', { page: p + 1, pages: pages.length }) : null,
    a.date,
    a.section,
  ].filter((x): x is string => !!x);
  return {
    cards: [
      {
        // Title, then the kicker in italics on page 1, as in /summary (never in the author slot).
        title: displayTitle(a, locale),
        body:
          head.length > 0
            ? [...head, ...(pageText ? [text(`\n\n${pageText}`)] : [])]
            : [text(pageText || t(locale, 'article.none'))],
        footer: footer.join(SEPARATOR),
      },
    ],
    controls:
      pages.length > 1
        ? [
            pagerRow((n) => encodeCustomId({ kind: 'article', articleId: a.id, page: n }), p, pages.length, {
              previous: t(locale, 'generic.previous'),
              next: t(locale, 'generic.next'),
            }),
          ]
        : [],
    // Reading is private: the reader's page turns never move a page under anyone else's eyes.
    ephemeral: opts.ephemeral ?? true,
  };
}

export const article = {
  ephemeral: true,
  data: new SlashCommandBuilder()
    .setName('article')
    .setNameLocalizations({ 'zh-CN': '全文', 'zh-TW': '全文' })
    .setDescription('The full text of an article, page by page')
    .setDescriptionLocalizations({ 'zh-CN': '分页阅读文章全文', 'zh-TW': '分頁閱讀文章全文' })
    .addStringOption(articleOption)
    .addIntegerOption((o) =>
      o
        .setName('page')
        .setNameLocalizations({ 'zh-CN': '页码', 'zh-TW': '頁碼' })
        .setDescription('Page to open (default 1)')
        .setDescriptionLocalizations({
          'zh-CN': '从第几页开始（默认第 1 页）',
          'zh-TW': '從第幾頁開始（預設第 1 頁）',
        })
        .setMinValue(1),
    ),

  async execute(req, ctx: CommandContext<ArticleReader>) {
    const a = resolveArticle(ctx.store, req.options.string('article'));
    return renderArticlePage(a, (req.options.integer('page') ?? 1) - 1, req.locale);
  },

  async autocomplete(req, ctx: CommandContext<ArticleReader>) {
    return articleChoices(ctx.store, req.focused.value);
  },
} satisfies Command;

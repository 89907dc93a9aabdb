import type {
  CommandContext,
  ComponentHandler,
  ComponentOutcome,
  ComponentRequest,
} from '../src/discord/command.js';
import { decodeCustomId } from '../src/discord/custom-ids.js';
import type { ArticleReader } from '../src/store/interfaces/article-reader.js';
import type { EditionReader } from '../src/store/interfaces/edition-reader.js';
import type { SubscriptionStore } from '../src/store/interfaces/subscription-store.js';
import type { StoredArticle } from '../src/store/types.js';
import { UserError } from '../src/user-error.js';
import { renderArticlePage } from './article.js';
import { handleDigestButton } from './digest/admin-buttons.js';
import { renderHeadlines } from './headlines.js';
import { SEARCH_PER_PAGE, searchPage } from './search.js';
import { renderSummary } from './summary.js';

/** What the buttons and menus read: articles, search pages, a date's headlines, and (admin buttons) subscriptions. */
type ComponentStore = ArticleReader & EditionReader & SubscriptionStore;

function article(store: Pick<ArticleReader, 'getArticle'>, id: string): StoredArticle {
  const a = store.getArticle(id);
  if (!a) throw new UserError('article.notFound', { query: id });
  return a;
}

/**
 * Handles every button and menu from the state in its custom id alone, so components keep working after a
 * restart. Pagination edits the message in place; opening an article answers privately so a busy channel is
 * not flooded by one reader's clicks.
 */
export const handleComponent = (async (
  req: ComponentRequest,
  ctx: CommandContext<ComponentStore>,
): Promise<ComponentOutcome> => {
  const id = decodeCustomId(req.customId);
  const { locale } = req;
  if (!id) throw new UserError('generic.expired');
  const chosen = req.values[0];
  switch (id.kind) {
    case 'summary':
      return {
        reply: renderSummary(article(ctx.store, id.articleId), locale, { ephemeral: true }),
        update: false,
      };
    case 'read':
      return {
        reply: renderArticlePage(article(ctx.store, id.articleId), 0, locale, { ephemeral: true }),
        update: false,
      };
    case 'article':
      return { reply: renderArticlePage(article(ctx.store, id.articleId), id.page, locale), update: true };
    case 'open':
      if (!chosen) throw new UserError('generic.expired');
      return { reply: renderSummary(article(ctx.store, chosen), locale, { ephemeral: true }), update: false };
    case 'headlines': {
      if (id.page === undefined) {
        // The headline menu: its value is the article to open.
        if (!chosen) throw new UserError('generic.expired');
        return {
          reply: renderSummary(article(ctx.store, chosen), locale, { ephemeral: true }),
          update: false,
        };
      }
      const articles = ctx.store.articlesForDate(id.date);
      if (articles.length === 0) throw new UserError('generic.expired');
      return { reply: renderHeadlines(id.date, articles, id.page, locale), update: true };
    }
    case 'search':
      return {
        reply: searchPage(ctx.store, id.query, id.page, id.perPage ?? SEARCH_PER_PAGE, locale),
        update: true,
      };
    case 'digest':
      return handleDigestButton(id.action, id.channelId, locale, ctx);
  }
}) satisfies ComponentHandler;

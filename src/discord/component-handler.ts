import { t } from '../i18n/index.js';
import { UserError, type CommandContext, type Reply } from './command.js';
import { decodeCustomId } from './custom-ids.js';
import { renderArticlePage, renderHeadlines, renderSummary } from './render.js';
import { SEARCH_PER_PAGE, searchPage } from './search-page.js';

/** A button press or menu choice, independent of Discord or the console. */
export interface ComponentRequest {
  customId: string;
  /** Chosen values of a select menu; empty for a button. */
  values: readonly string[];
  locale: string;
}

/** What to do with a component's answer: edit the message it sits on, or send a new (ephemeral) reply. */
export interface ComponentOutcome {
  reply: Reply;
  update: boolean;
}

function article(ctx: CommandContext, id: string, locale: string) {
  const a = ctx.store.getArticle(id);
  if (!a) throw new UserError(t(locale, 'article.notFound', { query: id }));
  return a;
}

/**
 * Handles every button and menu from the state in its custom id alone, so components keep working after a
 * restart. Pagination edits the message in place; opening an article answers privately so a busy channel is
 * not flooded by one reader's clicks.
 */
export async function handleComponent(req: ComponentRequest, ctx: CommandContext): Promise<ComponentOutcome> {
  const id = decodeCustomId(req.customId);
  const { locale } = req;
  if (!id) throw new UserError(t(locale, 'generic.expired'));
  const chosen = req.values[0];
  switch (id.kind) {
    case 'summary':
      return {
        reply: renderSummary(article(ctx, id.articleId, locale), locale, { ephemeral: true }),
        update: false,
      };
    case 'read':
      return {
        reply: renderArticlePage(article(ctx, id.articleId, locale), 0, locale, { ephemeral: true }),
        update: false,
      };
    case 'article':
      return { reply: renderArticlePage(article(ctx, id.articleId, locale), id.page, locale), update: true };
    case 'open':
      if (!chosen) throw new UserError(t(locale, 'generic.expired'));
      return {
        reply: renderSummary(article(ctx, chosen, locale), locale, { ephemeral: true }),
        update: false,
      };
    case 'headlines': {
      if (id.page === undefined) {
        // The headline menu: its value is the article to open.
        if (!chosen) throw new UserError(t(locale, 'generic.expired'));
        return {
          reply: renderSummary(article(ctx, chosen, locale), locale, { ephemeral: true }),
          update: false,
        };
      }
      const articles = ctx.store.articlesForDate(id.date);
      if (articles.length === 0) throw new UserError(t(locale, 'generic.expired'));
      return { reply: renderHeadlines(id.date, articles, id.page, locale), update: true };
    }
    case 'search':
      return {
        reply: searchPage(ctx.store, id.query, id.page, id.perPage ?? SEARCH_PER_PAGE, locale),
        update: true,
      };
  }
}

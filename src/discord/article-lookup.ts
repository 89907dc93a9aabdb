import type { SlashCommandStringOption } from 'discord.js';
import { t } from '../i18n/index.js';
import type { ArticleRef, StoredArticle, Store } from '../store/types.js';
import { UserError, type Choice } from './command.js';
import { truncate } from './markdown.js';

/**
 * The article an option names: its id when picked from autocomplete, otherwise the best title match for what
 * was typed (users often press Enter before the list appears).
 */
export function resolveArticle(store: Store, value: string | null, locale: string): StoredArticle {
  const query = (value ?? '').trim();
  const direct = query ? store.getArticle(query) : null;
  if (direct) return direct;
  // Title words first; otherwise the best full-text match, so `/summary 舟山` finds a story about 舟山.
  const ref = query
    ? (store.suggestArticles(query, 1)[0] ?? store.search(query, { limit: 1 }).hits[0])
    : undefined;
  const found = ref ? store.getArticle(ref.id) : null;
  if (!found) throw new UserError(t(locale, 'article.notFound', { query: truncate(query, 100) }));
  return found;
}

/** Autocomplete choices for an article option: within Discord's limits of 25 choices and 100-character names. */
export function articleChoices(store: Store, typed: string): Choice[] {
  const q = typed.trim().slice(0, 100);
  let refs: readonly ArticleRef[] = store.suggestArticles(q, 25);
  if (refs.length === 0 && q) refs = store.search(q, { limit: 25 }).hits;
  return refs.map((ref) => ({
    name: truncate(ref.date ? `${ref.title} · ${ref.date}` : ref.title, 100),
    value: ref.id.slice(0, 100),
  }));
}

/** The required, autocompleted `article` option that /summary and /article share. */
export function articleOption(o: SlashCommandStringOption): SlashCommandStringOption {
  return o
    .setName('article')
    .setNameLocalizations({ 'zh-CN': '文章' })
    .setDescription('Start typing a title')
    .setDescriptionLocalizations({ 'zh-CN': '输入标题中的字词' })
    .setRequired(true)
    .setAutocomplete(true);
}

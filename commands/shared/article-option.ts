import type { SlashCommandStringOption } from 'discord.js';
import type { Choice } from '../../src/discord/command.js';
import { DISCORD_LIMITS as L } from '../../src/discord/limits.js';
import { truncate } from '../../src/reply/truncate.js';
import type { ArticleReader } from '../../src/store/interfaces/article-reader.js';
import type { ArticleRef, StoredArticle } from '../../src/store/types.js';
import { UserError } from '../../src/user-error.js';

/** The required, autocompleted `article` option that /summary and /article share. */
export function articleOption(o: SlashCommandStringOption): SlashCommandStringOption {
  return o
    .setName('article')
    .setNameLocalizations({ 'zh-CN': '文章', 'zh-TW': '文章' })
    .setDescription('Start typing a title')
    .setDescriptionLocalizations({ 'zh-CN': '输入标题中的字词', 'zh-TW': '輸入標題中的字詞' })
    .setRequired(true)
    .setAutocomplete(true);
}

/**
 * The article an option names: its id when picked from autocomplete, otherwise the best title match for what
 * was typed (users often press Enter before the list appears).
 */
export function resolveArticle(store: ArticleReader, value: string | null): StoredArticle {
  const query = (value ?? '').trim();
  const direct = query ? store.getArticle(query) : null;
  if (direct) return direct;
  // Title words first; otherwise the best full-text match, so `/summary 舟山` finds a story about 舟山.
  const ref = query
    ? (store.suggestArticles(query, 1)[0] ?? store.search(query, { limit: 1 }).hits[0])
    : undefined;
  const found = ref ? store.getArticle(ref.id) : null;
  if (!found) throw new UserError('article.notFound', { query: truncate(query, 100) });
  return found;
}

/** Longer typed text finds nothing a shorter prefix would not; it only costs the search more. */
const MAX_TYPED = 100;

/** Autocomplete choices for an article option: as many as Discord shows, each name within its limit. */
export function articleChoices(
  store: Pick<ArticleReader, 'suggestArticles' | 'search'>,
  typed: string,
): Choice[] {
  const q = typed.trim().slice(0, MAX_TYPED);
  let refs: readonly ArticleRef[] = store.suggestArticles(q, L.autocompleteChoices);
  if (refs.length === 0 && q) refs = store.search(q, { limit: L.autocompleteChoices }).hits;
  return refs.map((ref) => ({
    name: truncate(ref.date ? `${ref.title} · ${ref.date}` : ref.title, L.choiceName),
    value: ref.id.slice(0, L.choiceValue),
  }));
}

import { SlashCommandBuilder } from 'discord.js';
import type { Command, CommandContext } from '../src/discord/command.js';
import { encodeCustomId } from '../src/discord/custom-ids.js';
import { t } from '../src/i18n/index.js';
import type { Field, Reply } from '../src/reply/reply.js';
import { text, trimRich, type Span } from '../src/reply/rich-text.js';
import type { ArticleReader } from '../src/store/interfaces/article-reader.js';
import type { StoredArticle } from '../src/store/types.js';
import { articleHead, authorNames, displayTitle, fullTextIsSummary } from './shared/article-display.js';
import { articleChoices, articleOption, resolveArticle } from './shared/article-option.js';

/** One article's title, kicker, summary, keywords, authors and date, with a button to read all of it. */
export function renderSummary(a: StoredArticle, locale: string, opts: { ephemeral?: boolean } = {}): Reply {
  const none = t(locale, 'article.none');
  const body: Span[] = articleHead(a);
  if (body.length > 0) body.push(text('\n\n'));
  body.push(text(a.summary || a.lede || a.paragraphs[0] || ''));
  const fields: Field[] = [
    { name: t(locale, 'article.keywords'), value: [text(a.keywords.join('、') || none)] },
    { name: t(locale, 'article.authors'), value: [text(authorNames(a) ?? none)], inline: true },
    { name: t(locale, 'article.date'), value: [text(a.date ?? none)], inline: true },
  ];
  if (a.section) fields.push({ name: t(locale, 'article.section'), value: [text(a.section)], inline: true });
  return {
    cards: [{ title: displayTitle(a, locale), body: trimRich(body), fields }],
    // A caption or brief is its own summary: a read-full button would only repeat it.
    controls: fullTextIsSummary(a)
      ? []
      : [
          {
            kind: 'buttons',
            buttons: [
              {
                id: encodeCustomId({ kind: 'read', articleId: a.id }),
                label: t(locale, 'article.readFull'),
                primary: true,
              },
            ],
          },
        ],
    ephemeral: opts.ephemeral,
  };
}

export const summary = {
  data: new SlashCommandBuilder()
    .setName('summary')
    .setNameLocalizations({ 'zh-CN': '摘要', 'zh-TW': '摘要' })
    .setDescription('An article’s summary, keywords, authors and date')
    .setDescriptionLocalizations({
      'zh-CN': '文章的摘要、关键词、作者和日期',
      'zh-TW': '文章的摘要、關鍵詞、作者和日期',
    })
    .addStringOption(articleOption),

  async execute(req, ctx: CommandContext<ArticleReader>) {
    return renderSummary(resolveArticle(ctx.store, req.options.string('article')), req.locale);
  },

  async autocomplete(req, ctx: CommandContext<ArticleReader>) {
    return articleChoices(ctx.store, req.focused.value);
  },
} satisfies Command;

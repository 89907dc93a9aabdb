import { describe, expect, it } from 'vitest';
import { ARTICLE_PAGE_CHARS, articlePages, renderArticlePage } from '../../commands/article.js';
import { decodeCustomId } from '../../src/discord/custom-ids.js';
import { escapeText } from '../../src/discord/markdown.js';
import { replyPayload } from '../../src/discord/reply-payload.js';
import { storedArticle } from '../discord/fixtures.js';

function embedChars(e: {
  title?: string;
  description?: string;
  footer?: { text: string };
  author?: { name: string };
  fields?: { name: string; value: string }[];
}): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

describe('article pages', () => {
  const long = storedArticle({
    paragraphs: Array.from({ length: 40 }, (_, i) => `第${i}段` + '新闻内容，'.repeat(60) + '。'),
  });

  it('cuts a long article into pages that fit one embed and one message', () => {
    const pages = articlePages(long);
    expect(pages.length).toBeGreaterThan(2);
    for (let p = 0; p < pages.length; p++) {
      const embed = replyPayload(renderArticlePage(long, p, 'en-US')).embeds[0]!;
      expect(embed.description!.length).toBeLessThanOrEqual(4096);
      expect(embedChars(embed as never)).toBeLessThanOrEqual(6000);
    }
    expect(pages.join('')).toContain('第39段');
  });

  it('splits a single paragraph longer than a page at sentence ends', () => {
    const a = storedArticle({ paragraphs: ['长句子。'.repeat(2000)] });
    const pages = articlePages(a);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(escapeText(p).length).toBeLessThanOrEqual(ARTICLE_PAGE_CHARS);
    expect(pages.slice(1).every((p) => p.startsWith('长句子'))).toBe(true);
  });

  it('measures a page as Discord gets it, escapes included', () => {
    const a = storedArticle({
      subtitle: null,
      kicker: null,
      byline: null,
      authors: [],
      paragraphs: Array.from({ length: 8 }, () => '*'.repeat(400)),
    });
    const pages = articlePages(a);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(escapeText(p).length).toBeLessThanOrEqual(ARTICLE_PAGE_CHARS);
    expect(pages.join('\n\n')).toBe(a.paragraphs.join('\n\n'));
  });

  it('gives Previous and Next distinct ids and disables the impossible one', () => {
    const first = replyPayload(renderArticlePage(long, 0, 'en-US')).components[0]!.components as {
      custom_id: string;
      disabled: boolean;
    }[];
    expect(first[0]!.disabled).toBe(true);
    expect(first[1]!.disabled).toBe(false);
    expect(first[0]!.custom_id).not.toBe(first[1]!.custom_id);
    expect(decodeCustomId(first[1]!.custom_id)).toEqual({ kind: 'article', articleId: long.id, page: 1 });
  });

  it('has no buttons for an article that fits one page', () => {
    expect(replyPayload(renderArticlePage(storedArticle(), 0, 'en-US')).components).toEqual([]);
  });

  it('shows a placeholder in the reader’s language for an article with no text', () => {
    const empty = storedArticle({ kicker: null, subtitle: null, byline: null, authors: [], paragraphs: [] });
    expect(articlePages(empty)).toEqual(['']);
    expect(replyPayload(renderArticlePage(empty, 0, 'zh-CN')).embeds[0]!.description).toBe('—');
  });

  it('puts the title, then the kicker in italics, then clean author names, and no author slot', () => {
    const e = replyPayload(renderArticlePage(storedArticle({ authors: ['□首席记者  陈晓苏'] }), 0, 'zh-CN'))
      .embeds[0]!;
    expect(e.author).toBeUndefined();
    expect(e.title).toBe('舟山渔场迎来开渔季');
    expect(e.description).toBe(
      '*东海休渔期结束*\n\n陈晓苏\n\n本报讯 8月1日，舟山渔场迎来开渔季。\n\n渔民们纷纷出海。',
    );
  });

  it('labels a photo once and puts its credit after the caption', () => {
    const photo = storedArticle({
      kind: 'photo',
      title: '晒席草',
      kicker: null,
      authors: ['杨成栋'],
      byline: '记者 杨成栋 摄',
      paragraphs: ['1日，一名种植户正在铺晒席草。'],
    });
    const e = replyPayload(renderArticlePage(photo, 0, 'zh-CN')).embeds[0]!;
    expect(e.title).toBe('📷 晒席草');
    expect(e.description).toBe('1日，一名种植户正在铺晒席草。\n\n杨成栋 摄');
    expect(replyPayload(renderArticlePage(photo, 0, 'en-US')).embeds[0]!.description).toBe(
      '1日，一名种植户正在铺晒席草。\n\nPhoto: 杨成栋',
    );
  });
});

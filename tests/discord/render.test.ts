import { describe, expect, it } from 'vitest';
import { decodeCustomId, encodeCustomId } from '../../src/discord/custom-ids.js';
import { escapeSnippet, escapeText } from '../../src/discord/markdown.js';
import {
  articlePages,
  renderArticlePage,
  renderHeadlines,
  renderSummary,
  HEADLINES_PER_PAGE,
} from '../../src/discord/render.js';
import { storedArticle } from './fixtures.js';

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

describe('markdown escaping', () => {
  it('shows bold, italics and list markers as printed', () => {
    expect(escapeText('**bold** _x_')).toBe('\\*\\*bold\\*\\* \\_x\\_');
    expect(escapeText('- item')).toBe('\\- item');
  });

  it('keeps the store’s match marks bold and escapes the rest of a snippet', () => {
    expect(escapeSnippet('a_b **舟山** c*d')).toBe('a\\_b **舟山** c\\*d');
  });
});

describe('custom ids', () => {
  it('round-trips every kind within 100 characters', () => {
    const ids = [
      { kind: 'summary', articleId: 'abc' },
      { kind: 'read', articleId: 'abc' },
      { kind: 'open', context: 'search' },
      { kind: 'article', articleId: 'abc', page: 3 },
      { kind: 'headlines', date: '2019-08-07' },
      { kind: 'headlines', date: '2019-08-07', page: 2 },
      { kind: 'search', page: 1, query: '席草 a:b' },
      { kind: 'search', page: 0, query: 'x', perPage: 8 },
    ] as const;
    for (const id of ids) expect(decodeCustomId(encodeCustomId(id))).toEqual(id);
    expect(encodeCustomId({ kind: 'search', page: 1, query: '长'.repeat(300) }).length).toBeLessThanOrEqual(
      100,
    );
  });

  it('rejects ids it did not make', () => {
    expect(decodeCustomId('article:abc:-1')).toBeNull();
    expect(decodeCustomId('search:x:q')).toBeNull();
    expect(decodeCustomId('nope:1')).toBeNull();
  });
});

describe('article pages', () => {
  const long = storedArticle({
    paragraphs: Array.from({ length: 40 }, (_, i) => `第${i}段` + '新闻内容，'.repeat(60) + '。'),
  });

  it('cuts a long article into pages that fit one embed and one message', () => {
    const pages = articlePages(long);
    expect(pages.length).toBeGreaterThan(2);
    for (let p = 0; p < pages.length; p++) {
      const reply = renderArticlePage(long, p, 'en-US');
      const embed = reply.embeds[0]!;
      expect(embed.description!.length).toBeLessThanOrEqual(4096);
      expect(embedChars(embed as never)).toBeLessThanOrEqual(6000);
    }
    expect(pages.join('')).toContain('第39段');
  });

  it('splits a single paragraph longer than a page at sentence ends', () => {
    const a = storedArticle({ paragraphs: ['长句子。'.repeat(2000)] });
    const pages = articlePages(a);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(p.length).toBeLessThanOrEqual(3800);
    expect(pages.slice(1).every((p) => p.startsWith('长句子'))).toBe(true);
  });

  it('gives Previous and Next distinct ids and disables the impossible one', () => {
    const first = renderArticlePage(long, 0, 'en-US').components[0]!.components as {
      custom_id: string;
      disabled: boolean;
    }[];
    expect(first[0]!.disabled).toBe(true);
    expect(first[1]!.disabled).toBe(false);
    expect(first[0]!.custom_id).not.toBe(first[1]!.custom_id);
    expect(decodeCustomId(first[1]!.custom_id)).toEqual({ kind: 'article', articleId: long.id, page: 1 });
  });

  it('has no buttons for an article that fits one page', () => {
    expect(renderArticlePage(storedArticle(), 0, 'en-US').components).toEqual([]);
  });
});

describe('headlines and summary', () => {
  it('numbers titles with kicker, authors and section and offers them in a menu', () => {
    const reply = renderHeadlines(
      '2019-08-07',
      [storedArticle(), storedArticle({ id: 'b2', title: '第二条', kicker: null })],
      0,
      'en-US',
    );
    const d = reply.embeds[0]!.description!;
    expect(d).toContain('**1. 舟山渔场迎来开渔季**');
    expect(d).toContain('东海休渔期结束 · 陈晓苏 · 要闻');
    expect(d).toContain('**2. 第二条**');
    const menu = reply.components[0]!.components[0] as { custom_id: string; options: { value: string }[] };
    expect(menu.options.map((o) => o.value)).toEqual(['a1b2c3', 'b2']);
  });

  it('pages an edition longer than one page and keeps menu options within 25', () => {
    const many = Array.from({ length: 37 }, (_, i) => storedArticle({ id: `id${i}`, title: `标题${i}` }));
    const reply = renderHeadlines('2019-08-07', many, 3, 'zh-CN');
    expect(reply.embeds[0]!.footer!.text).toBe('第 4/4 页');
    const menu = reply.components[0]!.components[0] as { options: unknown[] };
    expect(menu.options.length).toBe(37 - 3 * HEADLINES_PER_PAGE);
    expect(reply.components).toHaveLength(2);
  });

  it('labels a summary in Chinese for zh locales and keeps article text as printed', () => {
    const reply = renderSummary(storedArticle({ title: '@everyone **注意**' }), 'zh-CN');
    const e = reply.embeds[0]!;
    expect(e.title).toBe('@everyone \\*\\*注意\\*\\*');
    expect(e.fields!.map((f) => f.name)).toEqual(['关键词', '作者', '日期', '栏目']);
    expect((reply.components[0]!.components[0] as { label: string }).label).toBe('阅读全文');
  });
});

import { describe, expect, it } from 'vitest';
import { HEADLINES_PER_PAGE, renderHeadlines } from '../../commands/headlines.js';
import { replyPayload } from '../../src/discord/reply-payload.js';
import { storedArticle } from '../discord/fixtures.js';

describe('headlines', () => {
  it('numbers titles with kicker, authors and section and offers them in a menu', () => {
    const reply = replyPayload(
      renderHeadlines(
        '2019-08-07',
        [storedArticle(), storedArticle({ id: 'b2', title: '第二条', kicker: null })],
        0,
        'en-US',
      ),
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
    const reply = replyPayload(renderHeadlines('2019-08-07', many, 3, 'zh-CN'));
    expect(reply.embeds[0]!.footer!.text).toBe('第 4/4 页');
    const menu = reply.components[0]!.components[0] as { options: unknown[] };
    expect(menu.options.length).toBe(37 - 3 * HEADLINES_PER_PAGE);
    expect(reply.components).toHaveLength(2);
  });
});

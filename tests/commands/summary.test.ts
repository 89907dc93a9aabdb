import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../commands/summary.js';
import { replyPayload } from '../../src/discord/reply-payload.js';
import { storedArticle } from '../discord/fixtures.js';

describe('summary', () => {
  it('labels a summary in Chinese for zh locales and keeps article text as printed', () => {
    const reply = replyPayload(
      renderSummary(
        storedArticle({
          title: '@everyone **注意**',
          paragraphs: ['舟山渔场迎来开渔季。', '渔民们纷纷出海，码头上一片繁忙景象。'],
        }),
        'zh-CN',
      ),
    );
    const e = reply.embeds[0]!;
    expect(e.title).toBe('@everyone \\*\\*注意\\*\\*');
    expect(e.fields!.map((f) => f.name)).toEqual(['关键词', '作者', '日期', '栏目']);
    expect((reply.components[0]!.components[0] as { label: string }).label).toBe('阅读全文');
  });

  it('puts the kicker in italics above the summary, and leaves out a description when there is no text', () => {
    const full = replyPayload(renderSummary(storedArticle({ subtitle: '副题' }), 'en-US')).embeds[0]!;
    expect(full.description).toBe('*东海休渔期结束*\n副题\n\n舟山渔场迎来开渔季。渔民们纷纷出海。');
    const bare = storedArticle({ kicker: null, summary: '', lede: '', paragraphs: [] });
    expect(replyPayload(renderSummary(bare, 'en-US')).embeds[0]!.description).toBeUndefined();
  });

  it('offers no read-full button when the full text is the summary (a caption, a brief)', () => {
    // The fixture's text is its summary once the dateline (本报讯 8月1日) is left out.
    expect(replyPayload(renderSummary(storedArticle(), 'en-US')).components).toEqual([]);
  });
});

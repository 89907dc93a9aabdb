import { describe, expect, it } from 'vitest';
import { HEADLINES_PER_PAGE, headlines, renderHeadlines } from '../../commands/headlines.js';
import type { CommandContext, CommandRequest } from '../../src/discord/command.js';
import { replyPayload } from '../../src/discord/reply-payload.js';
import { silentLogger } from '../../src/logger.js';
import type { EditionReader } from '../../src/store/interfaces/edition-reader.js';
import type { StoredArticle } from '../../src/store/types.js';
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

  // #12 item 4: a day of pages that print no date is the day they were received, not that day's paper.
  it('titles an edition of received pages as undated, and notes received pages in a printed edition', () => {
    const received = storedArticle({ id: 'r1', date: '2026-12-02', dateReceived: true });
    const printed = storedArticle({ id: 'p1', date: '2026-12-02' });
    const only = replyPayload(renderHeadlines('2026-12-02', [received], 0, 'en-US')).embeds[0]!;
    expect(only.title).toBe('Undated pages · received Wed, 2 Dec 2026');
    expect(only.footer).toBeUndefined();
    const mixed = replyPayload(renderHeadlines('2026-12-02', [printed, received], 0, 'zh-CN')).embeds[0]!;
    expect(mixed.title).toBe('要闻 · 2026-12-02');
    expect(mixed.footer!.text).toBe('含当天收到、未注明日期的版面。');
    const many = Array.from({ length: 12 }, (_, i) => storedArticle({ id: `m${i}`, dateReceived: i > 0 }));
    const paged = replyPayload(renderHeadlines('2019-08-07', many, 0, 'en-US')).embeds[0]!;
    expect(paged.footer!.text).toBe('Page 1/2 · Includes pages with no printed date, received this day.');
  });
});

/** /headlines with no options, run against `store`: the handler asks no more of the store than an edition reader. */
function runHeadlines(store: EditionReader) {
  const ctx: CommandContext<EditionReader> = {
    store,
    clock: { now: () => new Date('2019-08-08T00:00:00Z') },
    logger: silentLogger,
    defaultTimezone: 'Asia/Shanghai',
  };
  const req: CommandRequest = {
    commandName: 'headlines',
    subcommand: null,
    locale: 'en-US',
    guildLocale: null,
    guildId: null,
    channelId: null,
    userId: 'u1',
    memberPermissions: null,
    options: { string: () => null, integer: () => null, channel: () => null },
    botPermissionsIn: async () => null,
  };
  return headlines.execute(req, ctx);
}

describe('/headlines', () => {
  it('shows the newest edition, read through an edition reader alone', async () => {
    const editions: Record<string, StoredArticle[]> = {
      '2019-08-07': [storedArticle()],
      '2019-08-06': [storedArticle({ id: 'old', title: '旧闻', date: '2019-08-06' })],
    };
    const store: EditionReader = {
      editionDates: (limit) => Object.keys(editions).sort().reverse().slice(0, limit),
      receivedDates: () => [],
      articlesForDate: (date) => editions[date] ?? [],
      articleCount: () => 2,
    };
    const d = replyPayload(await runHeadlines(store)).embeds[0]!.description!;
    expect(d).toContain('舟山渔场迎来开渔季');
    expect(d).not.toContain('旧闻');
  });

  it('says the stored articles are undated rather than that there are none', async () => {
    const store: EditionReader = {
      editionDates: () => [],
      receivedDates: () => [],
      articlesForDate: () => [],
      articleCount: () => 4,
    };
    await expect(runHeadlines(store)).rejects.toMatchObject({ key: 'headlines.undated' });
  });
});

import { PassThrough } from 'node:stream';
import { ApplicationCommandOptionType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capture, consoleScheduler, runLines } from './run-lines.js';
import { createConsolePoster } from '../../src/console/digest-poster.js';
import { assignOptions, tokenize } from '../../src/console/options.js';
import { runConsole } from '../../src/console/repl.js';
import { buildDigest } from '../../src/digest/build-digest.js';
import type { Store } from '../../src/store/types.js';
import { openStore } from '../../src/store/open-store.js';
import {
  fixedClock,
  HANDMADE_DATE,
  LONG_ARTICLE,
  MENTION_ARTICLE,
  savePage,
  SEED_DATE,
  seededStore,
} from '../discord/harness.js';
import { messagesTarget } from '../support/post-target.js';

describe('the local console', () => {
  let store: Store;
  beforeAll(() => {
    store = seededStore();
  });
  afterAll(() => store.close());

  it('runs piped commands in order through the same handlers and exits at end of input', async () => {
    const out = await runLines(store, ['/headlines', '/summary 舟山', `/headlines ${HANDMADE_DATE}`]);
    const headlines = out.indexOf(`━━ Headlines · ${SEED_DATE} ━━`);
    const summary = out.indexOf('> /summary 舟山');
    expect(headlines).toBeGreaterThan(-1);
    expect(summary).toBeGreaterThan(headlines);
    expect(out).toContain(`/press headlines:${SEED_DATE} `);
    expect(out).toMatch(/Keywords: .+/);
    expect(out).toContain(`[Read full article] /press read:`);
  });

  it('greets a person at a terminal with the newest headlines before the first prompt', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: true });
    const output = new PassThrough();
    let text = '';
    output.on('data', (c: Buffer) => (text += c.toString('utf8')));
    // Typed ahead, while the greeting is still being prepared.
    input.write('/quit\n');
    await runConsole({
      store,
      clock: fixedClock,
      input,
      output,
      locale: 'en-US',
      defaultTimezone: 'Asia/Shanghai',
    });
    expect(text).toMatch(/^Paperboy console\./);
    expect(text).toContain(`━━ Headlines · ${SEED_DATE} ━━`);
    // The first prompt comes right after the headlines (then readline echoes what is typed at it).
    expect(text).toContain(`━━ Headlines · ${SEED_DATE} ━━`);
    // eslint-disable-next-line no-control-regex -- readline's cursor escapes come before the prompt
    expect(text.slice(text.indexOf('Headlines ·'))).toMatch(/\n\n(\x1b\[[0-9;]*[A-Za-z])*> /);
  });

  it('prints article text exactly as printed, Markdown and @everyone included', async () => {
    const out = await runLines(store, [`/headlines ${HANDMADE_DATE}`, '/press read:mention0001']);
    expect(out).toContain('@everyone 注意 **加粗** _斜体_');
    expect(out).toContain('@everyone 请注意：**这不是加粗**，_这也不是斜体_。');
    expect(out).toContain('- 不是列表');
  });

  it('resolves title words like autocomplete and reads a later page', async () => {
    const out = await runLines(store, ['/article 渔港的一天 2']);
    expect(out).toContain(`━━ ${LONG_ARTICLE.title} ━━`);
    expect(out).toMatch(/— Page 2\/\d+/);
    expect(out).toContain(`/press article:${LONG_ARTICLE.id}:2`);
  });

  it('searches, subscribes the console and lists the subscription', async () => {
    const out = await runLines(store, [
      '/search 席草',
      '/digest subscribe console 08:00 Asia/Shanghai',
      '/digest list',
    ]);
    expect(out).toContain('Search: 席草');
    expect(out).toContain(
      'Subscribed #console: the digest arrives daily at 08:00 (Asia/Shanghai). Next run: 2019-08-08 08:00 Asia/Shanghai.',
    );
    expect(out).toContain(
      'Daily at 08:00 (Asia/Shanghai)\nNext digest: 2019-08-08 08:00 Asia/Shanghai (in 24h 00m)',
    );
    expect(out).toContain('Last digest: never');
    expect(store.getSubscription('console')).toMatchObject({ guildId: 'console', time: '08:00' });
  });

  it('answers mistakes with a clear line instead of stopping, and knows the Chinese command names', async () => {
    const out = await runLines(
      store,
      ['/nope', '/digest subscribe console 25:00', '/digest', '/帮助', '/日报 时区'],
      'zh-CN',
    );
    expect(out).toContain('! 未知命令：/nope。');
    expect(out).toContain('! “25:00”不是有效的时间');
    expect(out).toContain('! /digest 需要以下子命令之一');
    expect(out).toContain('━━ Paperboy 报童 ━━');
    expect(out).toContain('服务器的默认时区是 Asia/Shanghai。');
  });

  it('prints a digest posted to the console with the digest renderer', async () => {
    const output = new PassThrough();
    let text = '';
    output.on('data', (c: Buffer) => (text += c.toString('utf8')));
    const poster = createConsolePoster(output, { locale: 'en-US' });
    const ids = await poster.post(
      messagesTarget('console'),
      buildDigest(store.articlesForDate(SEED_DATE), { editionDate: SEED_DATE }),
      'nonce',
    );
    expect(ids.length).toBeGreaterThan(0);
    expect(text).toContain('[digest → #console]');
    expect(text).toContain(store.articlesForDate(SEED_DATE)[0]!.title);
    expect(text).toContain('/press summary:');
  });
});

describe('digests scheduled for the console', () => {
  it('print at their time through the console poster', async () => {
    const store = seededStore();
    const input = new PassThrough();
    const { output, text: printed } = capture();
    const scheduler = await consoleScheduler(store, output);
    input.end('/digest subscribe console 08:00 Asia/Shanghai\n');
    await runConsole({ store, input, output, scheduler, locale: 'en-US', defaultTimezone: 'Asia/Shanghai' });
    const at = scheduler.nextRun('console');
    expect(at).not.toBeNull();
    expect(printed()).not.toContain('[digest → #console]');
    const report = await scheduler.runDue(at!);
    await scheduler.stop();
    store.close();
    expect(report.counts.sent).toBe(1);
    expect(printed()).toContain('[digest → #console]');
    expect(printed()).toContain('Daily digest · Wed, 7 Aug 2019');
  });
});

describe('console argument parsing', () => {
  const S = ApplicationCommandOptionType.String;
  const I = ApplicationCommandOptionType.Integer;

  it('keeps quoted words together', () => {
    expect(tokenize(`/search "two words" 3`)).toEqual(['/search', 'two words', '3']);
  });

  it('gives extra words to the text option and a trailing number to the page', () => {
    const defs = [
      { name: 'article', type: S, required: true, description: '' },
      { name: 'page', type: I, description: '' },
    ] as never[];
    expect(Object.fromEntries(assignOptions(defs, ['舟山', '新闻', '2']))).toEqual({
      article: '舟山 新闻',
      page: '2',
    });
    expect(Object.fromEntries(assignOptions(defs, ['2019']))).toEqual({ article: '2019' });
    expect(Object.fromEntries(assignOptions(defs, ['page:3', '舟山']))).toEqual({
      article: '舟山',
      page: '3',
    });
  });
});

describe('article lookup by typed words', () => {
  it('falls back to full-text search when no title matches', async () => {
    const store = seededStore();
    const out = await runLines(store, ['/summary 舟山']);
    store.close();
    expect(out).toMatch(/━━ .+ ━━/);
    expect(out).not.toContain('No article matches');
  });
});

describe('an archive of undated pages', () => {
  it('explains that there is no edition to list rather than claiming nothing is stored', async () => {
    const store = openStore(':memory:');
    savePage(store, {
      source: 'x.txt',
      encoding: 'utf-8',
      date: null,
      sections: [],
      furniture: [],
      articles: [MENTION_ARTICLE],
    });
    const out = await runLines(store, ['/headlines', '/summary 注意']);
    store.close();
    expect(out).toContain('The stored pages carry no date');
    expect(out).toContain('━━ @everyone 注意 **加粗** _斜体_ ━━');
  });
});

import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleAlertPoster } from '../../src/console/alert-poster.js';
import { runConsole } from '../../src/console/repl.js';
import { createAlertJob } from '../../src/delivery/alerts.js';
import { silentLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/open-store.js';
import { article, page, summariesOf } from '../store/fixtures.js';
import { storedArticle } from '../discord/fixtures.js';
import { capture } from './run-lines.js';

describe('the console alert poster', () => {
  it('prints a single alert with its title, lede and summary button, and a grouped one as a list', async () => {
    const { output: out, text: read } = capture();
    const poster = createConsoleAlertPoster(out, { locale: 'en' });
    const one = storedArticle({ id: 'x1', title: '舟山渔场迎来开渔季', lede: '渔民们纷纷出海。' });
    const id = await poster.post('chan', { stories: [one], grouped: false }, 'n');
    expect(id).toMatch(/^console-alert-/);
    expect(read()).toContain('[alert → #chan]');
    expect(read()).toContain('New story');
    expect(read()).toContain('舟山渔场迎来开渔季');
    expect(read()).toContain('渔民们纷纷出海。');
    expect(read()).toContain('summary:x1');

    const two = storedArticle({ id: 'x2', title: '第二篇' });
    await poster.post('chan', { stories: [one, two], grouped: true }, 'n2');
    expect(read()).toContain('2 new stories');
    expect(read()).toContain('第二篇');
  });
});

describe('/digest alerts in the console', () => {
  it('subscribes a channel to alerts, lists it, and the alert job prints the next new story there', async () => {
    const store = openStore(':memory:');
    const input = new PassThrough();
    const { output: out, text: read } = capture();
    input.end(['/digest alerts news', '/digest list'].join('\n') + '\n');
    await runConsole({ store, input, output: out, locale: 'en-US', defaultTimezone: 'Asia/Shanghai' });
    expect(read()).toContain('Alerts on for #news');
    expect(read()).toContain('Instant alerts: each new story as it arrives');
    expect(store.getSubscription('news')).toMatchObject({ mode: 'alerts' });

    const p = page('p.txt', '2026-12-01', [article({ id: 'k1', title: '控制台快讯' })]);
    store.savePage(p, 'h', summariesOf(p));
    const job = createAlertJob({
      store,
      poster: createConsoleAlertPoster(out, { locale: 'en' }),
      logger: silentLogger,
      perMinute: 5,
      sweepExpression: null,
    });
    expect(await job.run()).toMatchObject({ messages: 1 });
    expect(read()).toContain('[alert → #news]');
    expect(read()).toContain('控制台快讯');
    store.close();
  });
});

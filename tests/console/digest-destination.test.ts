import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { capture, consoleScheduler } from './run-lines.js';
import { createConsolePoster } from '../../src/console/digest-poster.js';
import { runConsole } from '../../src/console/repl.js';
import { buildDigest } from '../../src/digest/build-digest.js';
import { openStore } from '../../src/store/open-store.js';
import { seedEdition } from '../digest/seed-edition.js';
import { seededStore } from '../discord/harness.js';
import { messagesTarget } from '../support/post-target.js';

// The console prints where a digest would go: the channel, and the thread or forum post (with its tag).
async function printed(target: Parameters<typeof messagesTarget>[1], locale = 'en-US'): Promise<string> {
  const store = openStore(':memory:');
  seedEdition(store, '2024-07-30', 2);
  const output = new PassThrough();
  let text = '';
  output.on('data', (c: Buffer) => (text += c.toString('utf8')));
  await createConsolePoster(output, { locale }).post(
    messagesTarget('console', target),
    buildDigest(store.articlesForDate('2024-07-30')),
    'nonce',
  );
  store.close();
  return text;
}

describe('the console poster', () => {
  it('says a digest goes to a thread named for the day', async () => {
    expect(await printed({ destination: 'thread' })).toContain(
      '[digest → #console → thread “Digest · Tue, 30 Jul 2024”]',
    );
  });

  it('says a digest goes to a forum post, with its tag, in the terminal’s language', async () => {
    expect(await printed({ destination: 'forum', forumTag: 'Daily' })).toContain(
      '[digest → #console → forum post “Digest · Tue, 30 Jul 2024” [Daily]]',
    );
    expect(await printed({ destination: 'forum' }, 'zh-CN')).toContain(
      '[digest → #console → forum post “日报 · 2024年7月30日 星期二”]',
    );
  });
});

describe('/digest subscribe in the console', () => {
  it('takes thread and tag options, lists them, and the scheduled digest says where it goes', async () => {
    const store = seededStore();
    const input = new PassThrough();
    const { output, text: printed } = capture();
    const scheduler = await consoleScheduler(store, output);
    input.end(
      [
        '/digest subscribe news 08:00 thread:yes',
        '/digest subscribe forum 08:00 tag:Daily',
        '/digest list',
      ].join('\n') + '\n',
    );
    await runConsole({ store, input, output, scheduler, locale: 'en-US', defaultTimezone: 'Asia/Shanghai' });
    expect(printed()).toContain('→ a thread per digest');
    expect(printed()).toContain('→ a forum post per digest, tagged Daily');
    expect(store.getSubscription('news')).toMatchObject({ destination: 'thread' });
    expect(store.getSubscription('forum')).toMatchObject({ destination: 'forum', forumTag: 'Daily' });
    const report = await scheduler.runDue(scheduler.nextRun('news')!);
    await scheduler.stop();
    store.close();
    expect(report.counts.sent).toBe(2);
    expect(printed()).toMatch(/\[digest → #news → thread “Digest · \w{3}, \d+ \w{3} \d{4}”\]/);
    expect(printed()).toMatch(/\[digest → #forum → forum post “Digest · [^”]+” \[Daily\]\]/);
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../support/wait-for.js';
import { openStore } from '../../src/store/open-store.js';
import { nextSnowflake, startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';

// The composition root as an operator runs it: main.ts runs the alert job once the watcher has ingested a page.
let fake: FakeDiscord | undefined;
let dir: string | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  fake = child = dir = undefined;
});

describe('npm start with an alerts channel', () => {
  it('posts a page dropped into the watched folder as one grouped alert, and stops cleanly', async () => {
    const guildId = nextSnowflake();
    const channelId = nextSnowflake();
    dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-alerts-'));
    const articles = path.join(dir, 'pages');
    mkdirSync(articles);
    const databasePath = path.join(dir, 'paperboy.db');
    const store = openStore(databasePath);
    store.upsertSubscription({
      guildId,
      channelId,
      time: '08:00',
      timezone: 'UTC',
      lastEditionSent: null,
      mode: 'alerts',
    });
    store.close();
    fake = await startFakeDiscord({
      token: 'fake-token',
      guilds: [{ id: guildId, channels: [{ id: channelId, name: 'alerts' }] }],
      interactionDeadlineMs: null,
    });
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        PATH: process.env.PATH,
        DISCORD_TOKEN: 'fake-token',
        DISCORD_API_BASE: fake.apiBase,
        DATABASE_PATH: databasePath,
        ARTICLES_DIR: articles,
        WATCH_ARTICLES: 'true',
        ALERTS_PER_MINUTE: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr!.on('data', (c: Buffer) => (err += c.toString('utf8')));
    const exited = once(child, 'exit');
    await fake.waitForReadySession(20_000);
    await waitFor(
      () => `the bot to be up:\n${err}`,
      () => err.includes('"msg":"digest jobs scheduled"'),
      30_000,
    );

    const seed = readdirSync('seeds').find((f) => f.endsWith('.txt'))!;
    copyFileSync(path.join('seeds', seed), path.join(articles, seed));
    const f = fake;
    const [message] = await waitFor(
      () => `an alert in the channel:\n${err}`,
      () => {
        const posted = f.messages.filter((m) => m.channelId === channelId && m.created);
        return posted.length > 0 && posted;
      },
      30_000,
    );
    child.kill('SIGTERM');
    expect((await exited)[0]).toBe(0);
    expect(err).toContain('"msg":"grouped alert sent"');

    const after = openStore(databasePath);
    try {
      const stories = after.feedAfter(0, 1000).length;
      expect(stories).toBeGreaterThan(1);
      expect(message!.content).toBe(`**${stories} new stories**`);
      expect(after.pendingAlerts(channelId)).toEqual([]);
    } finally {
      after.close();
    }
    expect(f.messages.filter((m) => m.channelId === channelId && m.created)).toHaveLength(1);
  }, 60_000);
});

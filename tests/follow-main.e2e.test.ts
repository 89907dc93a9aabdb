import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from './support/wait-for.js';
import { openStore } from '../src/store/open-store.js';
import { nextSnowflake, startFakeDiscord, type FakeDiscord } from './support/fake-discord/index.js';

/** Personal follows through the composition root (#11): DMs after the start-up ingest and after the watcher's. */
const SEED = path.resolve('seeds/000_4397dc98031408d7.txt');

let fake: FakeDiscord | undefined;
let dir: string | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  fake = undefined;
  dir = undefined;
  child = undefined;
});

describe('npm start with follows', () => {
  it('DMs a follower about the start-up ingest, not again for a copy, and again for a new story', async () => {
    const guildId = nextSnowflake();
    const user = nextSnowflake();
    dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-follow-main-'));
    const articles = path.join(dir, 'pages');
    mkdirSync(articles);
    copyFileSync(SEED, path.join(articles, 'a.txt'));
    const databasePath = path.join(dir, 'paperboy.db');
    const store = openStore(databasePath);
    store.addFollow({ userId: user, guildId, keyword: '席草', maxPerUser: 20, maxPerGuild: 2000 });
    store.close();
    fake = await startFakeDiscord({
      token: 'fake-token',
      guilds: [{ id: guildId }],
      interactionDeadlineMs: null,
    });
    const f = fake;
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        PATH: process.env.PATH,
        DISCORD_TOKEN: 'fake-token',
        DISCORD_API_BASE: f.apiBase,
        DATABASE_PATH: databasePath,
        ARTICLES_DIR: articles,
        WATCH_ARTICLES: 'true',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr!.on('data', (c: Buffer) => (err += c.toString('utf8')));
    const exited = once(child, 'exit');
    const ingests = (): number => err.split('"msg":"articles ingested"').length - 1;
    const said = () => `the bot said:\n${err}`;

    await waitFor(said, () => f.dmMessages(user).length === 1);
    const first = JSON.stringify(f.dmMessages(user)[0]!.embeds);
    expect(first).toContain('晒席草');
    expect(first).toContain('matches “席草”');

    // The same page under another name: the same stories, no second DM.
    copyFileSync(SEED, path.join(articles, 'b.txt'));
    await waitFor(said, () => ingests() >= 2);
    // The notifier runs right after the ingest; give a DM the time it would take to arrive.
    await new Promise((r) => setTimeout(r, 500));
    expect(f.dmMessages(user)).toHaveLength(1);

    // A page whose 席草 story reads differently is a new story: a DM after the watcher's ingest.
    const changed = readFileSync(SEED, 'utf8').replace('席草收获的季节', '席草丰收的季节');
    writeFileSync(path.join(articles, 'c.txt'), changed);
    await waitFor(said, () => f.dmMessages(user).length === 2);
    expect(JSON.stringify(f.dmMessages(user)[1]!.embeds)).toContain('matches “席草”');
    expect(new Set(f.dmMessages(user).map((m) => m.nonce)).size).toBe(2);

    child.kill('SIGTERM');
    expect((await exited)[0]).toBe(0);
  }, 60_000);
});

import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nextSnowflake, startFakeDiscord, type FakeDiscord } from './support/fake-discord/index.js';

/** The composition root as an operator runs it: a child process, configured only by its environment. */
function startMain(env: Record<string, string>): { child: ChildProcess; stderr: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString('utf8')));
  return { child, stderr: () => err };
}

let fake: FakeDiscord | undefined;
let dir: string | undefined;
afterEach(async () => {
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  fake = undefined;
  dir = undefined;
});

describe('npm start with a token', () => {
  it('ingests the seeds, logs in through DISCORD_API_BASE, answers /headlines, and exits cleanly on SIGTERM', async () => {
    const guildId = nextSnowflake();
    fake = await startFakeDiscord({
      token: 'fake-token',
      guilds: [{ id: guildId, channels: [{ id: nextSnowflake(), name: 'news' }] }],
      interactionDeadlineMs: null,
    });
    dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-main-'));
    const { child, stderr } = startMain({
      DISCORD_TOKEN: 'fake-token',
      DISCORD_API_BASE: fake.apiBase,
      DATABASE_PATH: path.join(dir, 'paperboy.db'),
      ARTICLES_DIR: path.resolve('seeds'),
      WATCH_ARTICLES: 'false',
    });
    try {
      await fake.waitForReadySession(20_000);
      const i = fake.sendInteraction(fake.build.slashCommand({ name: 'headlines', guildId }));
      const reply = await fake.waitForResponse(i.id, { timeoutMs: 10_000 });
      const text = JSON.stringify(reply.data);
      expect(text).toContain('立足生态优势 打造休闲小镇');
      expect(text).toContain('晒席草');
      expect(stderr()).not.toContain('fake-token');
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(stderr()).toMatch(/shutting down/);
  });
});

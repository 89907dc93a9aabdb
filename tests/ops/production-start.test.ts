import { execSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextSnowflake, startFakeDiscord } from '../support/fake-discord/index.js';

/**
 * `npm run build` then `node dist/main.js`, as systemd and the Dockerfile run it. The build script from
 * package.json runs as written, into a private folder instead of dist/ so parallel runs do not meet; the
 * folder is inside node_modules so the compiled code finds its packages the way dist/ does.
 */
const out = path.resolve('node_modules/.cache', `paperboy-build-${process.pid}`);
let dir: string;

beforeAll(() => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  expect(pkg.scripts['start:prod']).toBe('node dist/main.js');
  const build = pkg.scripts.build!.replaceAll('dist', out);
  execSync(build, { stdio: 'pipe' });
  dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-prod-'));
}, 120_000);
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the production start', () => {
  it('runs the built bot under node itself, answers, and stops with code 0 on SIGTERM', async () => {
    const guildId = nextSnowflake();
    const fake = await startFakeDiscord({
      token: 'fake-token',
      guilds: [{ id: guildId, channels: [{ id: nextSnowflake(), name: 'news' }] }],
      interactionDeadlineMs: null,
    });
    // The command is the one start:prod runs, with the build folder in place of dist/.
    const child = spawn(process.execPath, [path.join(out, 'main.js')], {
      env: {
        PATH: process.env.PATH,
        DISCORD_TOKEN: 'fake-token',
        DISCORD_API_BASE: fake.apiBase,
        DATABASE_PATH: path.join(dir, 'paperboy.db'),
        ARTICLES_DIR: path.resolve('seeds'),
        WATCH_ARTICLES: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    try {
      await fake.waitForReadySession(20_000);
      const i = fake.sendInteraction(fake.build.slashCommand({ name: 'headlines', guildId }));
      const reply = await fake.waitForResponse(i.id, { timeoutMs: 10_000 });
      expect(JSON.stringify(reply.data)).toContain('晒席草');
      child.kill('SIGTERM');
      const [code] = (await once(child, 'exit')) as [number | null];
      expect(code).toBe(0);
      expect(stderr).toMatch(/"reason":"SIGTERM","msg":"shutting down"/);
      expect(stderr).toMatch(/"msg":"stopped"/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await fake.close();
    }
  });
});

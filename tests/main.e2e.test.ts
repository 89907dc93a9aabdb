import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from './support/wait-for.js';
import { openStore } from '../src/store/open-store.js';
import { nextSnowflake, startFakeDiscord, type FakeDiscord } from './support/fake-discord/index.js';

interface Running {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** The composition root as an operator runs it: `node` itself (tsx as a loader), configured by its environment. */
function startMain(env: Record<string, string>): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, stderr: () => err, exited };
}

/** A digest subscription whose time passed two minutes ago today (UTC), so start-up catches it up at once. */
function subscribeDueNow(databasePath: string, guildId: string, channelId: string): string {
  const at = new Date(Date.now() - 2 * 60_000);
  const time = at.toISOString().slice(11, 16);
  // Subscribed an hour ago: a time before the subscription existed is never caught up.
  const store = openStore(databasePath, { now: () => new Date(Date.now() - 3600_000) });
  store.upsertSubscription({ guildId, channelId, time, timezone: 'UTC', lastEditionSent: null });
  store.close();
  return at.toISOString().slice(0, 10);
}

let fake: FakeDiscord | undefined;
let dir: string | undefined;
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  fake = undefined;
  dir = undefined;
});

function setUp(channels = 1): { guildId: string; channelIds: string[]; env: Record<string, string> } {
  const guildId = nextSnowflake();
  const channelIds = Array.from({ length: channels }, () => nextSnowflake());
  dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-main-'));
  return {
    guildId,
    channelIds,
    env: {
      DISCORD_TOKEN: 'fake-token',
      DATABASE_PATH: path.join(dir, 'paperboy.db'),
      ARTICLES_DIR: path.resolve('seeds'),
      WATCH_ARTICLES: 'false',
      FANOUT_STAGGER_SECONDS: '0',
    },
  };
}

async function fakeWith(guildId: string, channelIds: string[]): Promise<FakeDiscord> {
  fake = await startFakeDiscord({
    token: 'fake-token',
    guilds: [{ id: guildId, channels: channelIds.map((id, n) => ({ id, name: `news-${n}` })) }],
    interactionDeadlineMs: null,
  });
  return fake;
}

function run(env: Record<string, string>): Running {
  const r = startMain(env);
  children.push(r.child);
  return r;
}

describe('npm start with a token', () => {
  it('ingests the seeds, logs in through DISCORD_API_BASE, answers /headlines, and exits cleanly on SIGTERM', async () => {
    const { guildId, channelIds, env } = setUp();
    const f = await fakeWith(guildId, channelIds);
    const { child, stderr, exited } = run({ ...env, DISCORD_API_BASE: f.apiBase });
    try {
      await f.waitForReadySession(20_000);
      const i = f.sendInteraction(f.build.slashCommand({ name: 'headlines', guildId }));
      const reply = await f.waitForResponse(i.id, { timeoutMs: 10_000 });
      const text = JSON.stringify(reply.data);
      expect(text).toContain('立足生态优势 打造休闲小镇');
      expect(text).toContain('晒席草');
      expect(stderr()).not.toContain('fake-token');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr()).toMatch(/shutting down/);
    expect(stderr()).toMatch(/"msg":"stopped"/);
    // The lock is given back, so the next start is not refused.
    expect(existsSync(`${env.DATABASE_PATH}.lock`)).toBe(false);
  });

  it('finishes the digest delivery in flight when SIGTERM arrives, records it, and posts it once', async () => {
    const { guildId, channelIds, env } = setUp();
    const channelId = channelIds[0]!;
    const f = await fakeWith(guildId, channelIds);
    // The first post is rate limited for 1.5 s, so the delivery is still under way when the signal comes.
    f.failNext({ method: 'POST', route: '/channels/:id/messages', status: 429, retryAfter: 1.5 });
    const { runIngest } = await import('../src/cli/ingest.js');
    await runIngest([], { out: () => {}, err: () => {}, progress: false }, env);
    const day = subscribeDueNow(env.DATABASE_PATH!, guildId, channelId);
    const { child, stderr, exited } = run({ ...env, DISCORD_API_BASE: f.apiBase });
    await waitFor(
      () => `the rate-limited first post; the bot said:\n${stderr()}`,
      () => f.requests.some((r) => r.method === 'POST' && r.path.endsWith(`/channels/${channelId}/messages`)),
    );
    const signalled = Date.now();
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(8_000);
    const posted = f.messages.filter((m) => m.channelId === channelId && m.created);
    expect(posted.length).toBeGreaterThan(0);
    const store = openStore(env.DATABASE_PATH!);
    try {
      const delivery = store.getDelivery(channelId, day);
      expect(delivery?.status).toBe('sent');
      expect(delivery?.messageIds).toEqual(posted.map((m) => m.id));
    } finally {
      store.close();
    }
    expect(stderr()).toMatch(/"msg":"stopped"/);
  });

  it('refuses to start a second bot on the same database and says which process holds it', async () => {
    const { guildId, channelIds, env } = setUp();
    const f = await fakeWith(guildId, channelIds);
    const first = run({ ...env, DISCORD_API_BASE: f.apiBase });
    await f.waitForReadySession(20_000);
    const second = run({ ...env, DISCORD_API_BASE: f.apiBase });
    expect(await second.exited).toBe(1);
    expect(second.stderr()).toBe(
      `paperboy: another Paperboy bot (pid ${first.child.pid}) is already running on this database ` +
        `(lock file ${env.DATABASE_PATH}.lock). Stop it first, or give this one its own DATABASE_PATH.\n`,
    );
    // Only the first one ever identified with the gateway.
    expect(f.identifies).toHaveLength(1);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
  });

  it('serves /healthz and /metrics on HEALTH_PORT: gateway, database, ingest, next digest and counters', async () => {
    const { guildId, channelIds, env } = setUp();
    const channelId = channelIds[0]!;
    const f = await fakeWith(guildId, channelIds);
    f.failNext({ method: 'POST', route: '/channels/:id/messages', status: 429, retryAfter: 0.2 });
    const { runIngest } = await import('../src/cli/ingest.js');
    await runIngest([], { out: () => {}, err: () => {}, progress: false }, env);
    const day = subscribeDueNow(env.DATABASE_PATH!, guildId, channelId);
    const { child, stderr, exited } = run({ ...env, DISCORD_API_BASE: f.apiBase, HEALTH_PORT: '0' });
    try {
      const port = await waitFor(
        'the health server',
        () => /"port":(\d+)[^\n]*health server listening/.exec(stderr())?.[1],
      );
      const base = `http://127.0.0.1:${port}`;
      await f.waitForReadySession(20_000);
      await waitFor('the caught-up delivery', () => {
        const s = openStore(env.DATABASE_PATH!);
        try {
          return s.getDelivery(channelId, day)?.status === 'sent';
        } finally {
          s.close();
        }
      });
      const i = f.sendInteraction(f.build.slashCommand({ name: 'headlines', guildId }));
      await f.waitForResponse(i.id, { timeoutMs: 10_000 });

      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(200);
      const report = (await health.json()) as Record<string, unknown>;
      expect(report).toMatchObject({ ok: true, gateway: 'connected', database: 'writable' });
      expect(report.lastIngest).toMatchObject({ failed: 0 });
      // Caught up today, so the next run is the same time tomorrow.
      const next = new Date(report.nextDigestRun as string);
      expect(next.getTime() - Date.now()).toBeGreaterThan(23 * 3600_000);
      expect(next.getTime() - Date.now()).toBeLessThan(24 * 3600_000);

      const text = await (await fetch(`${base}/metrics`)).text();
      expect(text).toContain(
        'paperboy_interactions_total{kind="command",command="headlines",outcome="ok"} 1',
      );
      expect(text).toContain('paperboy_digest_deliveries_total{outcome="sent"} 1');
      expect(text).toContain('paperboy_rate_limit_waits_total{scope="route"} 1');
      expect(text).toMatch(/^paperboy_ingest_failures_total 0$/m);
      expect(text).toMatch(/^paperboy_ingest_pages_total \d+$/m);
      expect((await fetch(`${base}/nothing`)).status).toBe(404);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});

describe('npm start with a bad setup', () => {
  it('names an unusable DATABASE_PATH and the fix in one line, without a stack trace', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-main-'));
    const { stderr, exited } = run({ DATABASE_PATH: dir, ARTICLES_DIR: path.resolve('seeds') });
    expect(await exited).toBe(1);
    expect(stderr()).toBe(
      `paperboy: cannot open the database ${dir}: it is a folder, not a file. ` +
        'Set DATABASE_PATH to a writable file such as data/paperboy.db (a file inside that folder)\n',
    );
  });

  it('serves reads from a database it may not write, says so once, and schedules nothing', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-main-'));
    chmodSync(dir, 0o755);
    mkdirSync(path.join(dir, 'db'));
    const file = path.join(dir, 'db', 'paperboy.db');
    const { runIngest } = await import('../src/cli/ingest.js');
    await runIngest([], { out: () => {}, err: () => {}, progress: false }, { DATABASE_PATH: file });
    chmodSync(file, 0o444);
    chmodSync(path.dirname(file), 0o555);
    // Root writes through file modes: as root, the bot runs as nobody.
    const asRoot = process.getuid?.() === 0;
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        PATH: process.env.PATH,
        DATABASE_PATH: file,
        ARTICLES_DIR: path.resolve('seeds'),
        WATCH_ARTICLES: 'false',
      },
      input: '/headlines\n',
      encoding: 'utf8',
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    chmodSync(path.dirname(file), 0o755);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('立足生态优势 打造休闲小镇');
    expect(r.stderr.match(/the database is read-only/g)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/digest jobs scheduled|"level":50/);
    expect(r.stderr).not.toContain('    at ');
  });
});

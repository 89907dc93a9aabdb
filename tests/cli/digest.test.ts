import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestCli } from '../../src/cli/digest.js';
import { openStore } from '../../src/store/open-store.js';
import { seedEdition } from '../digest/seed-edition.js';

let dir: string;
let dbPath: string;

function run(args: string[], db = dbPath) {
  const r = digestCli(args, { DATABASE_PATH: db });
  return { code: r.code, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'paperboy-digest-cli-'));
  dbPath = path.join(dir, 'cli.db');
  const store = openStore(dbPath);
  seedEdition(store, '2024-07-29', 2);
  seedEdition(store, '2024-07-30', 3);
  store.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run digest', () => {
  it('prints the newest edition as a channel would receive it', () => {
    const { code, out } = run([]);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('Daily digest · Tue, 30 Jul 2024 · 3 articles');
    expect(out).toContain(
      '【要闻】\n1. 聚焦三服务 | 2024-07-30 第1条新闻\n   第1条新闻的导语。\n   — 陈晓苏',
    );
    expect(out).not.toContain('2024-07-29');
  });

  it('prints the edition of --date, in Chinese with --locale zh', () => {
    const { code, out } = run(['--date', '2024-07-29', '--locale', 'zh']);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('每日要闻 · 2024年7月29日 星期一 · 共 2 篇');
  });

  it('explains a date with no edition, a malformed date and a missing database', () => {
    const none = run(['--date', '2001-01-01']);
    expect(none.code).toBe(1);
    expect(none.err).toContain(
      'There is no edition for 2001-01-01. Editions stored: 2024-07-30, 2024-07-29.',
    );
    expect(run(['--date', 'yesterday']).err).toContain('--date must be a real date as YYYY-MM-DD');
    expect(run(['--date', '2019-13-45']).err).toContain('--date must be a real date as YYYY-MM-DD');
    const missing = run([], path.join(dir, 'nope.db'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Run `npm run ingest` first');
  });

  it('runs as a script, printing to stdout and exiting non-zero on bad input', () => {
    const script = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/digest.ts', '--date', '2024-07-29'],
      {
        env: { ...process.env, DATABASE_PATH: dbPath },
        encoding: 'utf8',
      },
    );
    expect(script.status).toBe(0);
    expect(script.stdout.split('\n')[0]).toBe('Daily digest · Mon, 29 Jul 2024 · 2 articles');
    const bad = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/digest.ts', '--bogus'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Usage: npm run --silent digest');
  });
});

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestCli } from '../../src/cli/digest.js';
import { runIngest } from '../../src/cli/ingest.js';
import { runSearch } from '../../src/cli/search.js';
import { capture, useScratch } from './support.js';

const scratch = useScratch('paperboy-setup-');

const folderLine = (cli: string, dir: string): string =>
  `${cli}: cannot open the database ${dir}: it is a folder, not a file. ` +
  'Set DATABASE_PATH to a writable file such as data/paperboy.db (a file inside that folder)\n';

/** Count of `needle` in `hay`. */
const times = (hay: string, needle: string): number => hay.split(needle).length - 1;

describe('every CLI with an unusable DATABASE_PATH', () => {
  it('prints one line naming the path once and the fix: digest, search and ingest', async () => {
    const bad = scratch.dir;
    const env = { ...scratch.env, DATABASE_PATH: bad };
    const digest = digestCli([], env);
    expect(digest).toEqual({ code: 1, stdout: '', stderr: folderLine('digest', bad) });

    const s = capture();
    expect(runSearch(['席草'], s.searchIo, env)).toBe(2);
    expect(s.io.err).toBe(folderLine('search', bad));

    const i = capture();
    expect(await runIngest([], i.ingestIo, env)).toBe(2);
    expect(i.io.err).toBe(folderLine('ingest', bad));
    expect(times(i.io.err, bad)).toBe(1);
  });

  it('names a file that is not a database and leaves it as it was', async () => {
    const junk = path.join(scratch.dir, 'notes.txt');
    fs.writeFileSync(junk, 'not a database\n'.repeat(300));
    const before = fs.readFileSync(junk);
    const i = capture();
    expect(await runIngest([], i.ingestIo, { ...scratch.env, DATABASE_PATH: junk })).toBe(2);
    expect(i.io.err).toBe(
      `ingest: cannot open the database ${junk}: it is not a Paperboy database (file is not a database). ` +
        'Point DATABASE_PATH at the bot’s database, or move this file away to start a new one\n',
    );
    expect(fs.readFileSync(junk)).toEqual(before);
  });
});

describe('ingest with a missing ARTICLES_DIR', () => {
  it('names the folder and says to set ARTICLES_DIR or pass one', async () => {
    const missing = path.join(scratch.dir, 'no-such-pages');
    const i = capture();
    expect(await runIngest([], i.ingestIo, { ...scratch.env, ARTICLES_DIR: missing })).toBe(2);
    expect(i.io.err).toBe(
      `ingest: ${missing}: no such file or directory. ` +
        'Set ARTICLES_DIR in .env to the folder of page files, or pass one: npm run ingest -- <dir|file>.\n',
    );
  });
});

describe('error lines', () => {
  it('name a broken file once and end with a newline', async () => {
    const pages = path.join(scratch.dir, 'pages');
    fs.mkdirSync(pages);
    const bad = path.join(pages, 'bad.txt');
    fs.writeFileSync(bad, Buffer.from([0, 1, 2, 0x67, 0x61, 0x72, 0x62]));
    const i = capture();
    expect(await runIngest([pages], i.ingestIo, scratch.env)).toBe(1);
    const lines = i.io.err.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^ingest: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\S`));
    expect(times(i.io.err, bad)).toBe(1);
    expect(i.io.err.endsWith('\n')).toBe(true);
  });
});

describe('a CLI whose reader goes away (`npm run --silent digest | head`)', () => {
  /** Runs `cli` into a pipe whose reader exits at once, and reports the CLI's own exit code and stderr. */
  function intoClosedPipe(args: string, env: NodeJS.ProcessEnv): { code: string; stderr: string } {
    const r = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" --import tsx ${args} 2>"$ERR" | true; echo "\${PIPESTATUS[0]}"`],
      { env: { PATH: process.env.PATH, ...env, ERR: path.join(scratch.dir, 'err') }, encoding: 'utf8' },
    );
    return { code: r.stdout.trim(), stderr: fs.readFileSync(path.join(scratch.dir, 'err'), 'utf8') };
  }

  it('ends quietly with code 0 for digest, search and parse', async () => {
    await runIngest([], capture().ingestIo, scratch.env);
    for (const args of ['src/cli/digest.ts', 'src/cli/search.ts 三服务', 'src/cli/parse.ts seeds']) {
      expect(intoClosedPipe(args, scratch.env), args).toEqual({ code: '0', stderr: '' });
    }
  });
});

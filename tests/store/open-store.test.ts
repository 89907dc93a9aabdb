import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestPath } from '../../src/ingest/ingest.js';
import { openDatabase, openStore, StoreOpenError } from '../../src/store/open-store.js';

let dir: string;
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});
const tmp = (): string => (dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-open-')));

function openError(file: string): StoreOpenError {
  try {
    openStore(file).close();
  } catch (err) {
    if (err instanceof StoreOpenError) return err;
    throw err;
  }
  throw new Error(`${file} opened`);
}

describe('opening the database', () => {
  it('names a folder given as DATABASE_PATH and the fix', () => {
    const d = tmp();
    expect(openError(d).message).toBe(
      `cannot open the database ${d}: it is a folder, not a file. ` +
        'Set DATABASE_PATH to a writable file such as data/paperboy.db (a file inside that folder)',
    );
  });

  it('names a file that is not a database, and a path through a file, without touching them', () => {
    const d = tmp();
    const junk = path.join(d, 'notes.db');
    writeFileSync(junk, 'these are my notes, not a database\n'.repeat(200));
    expect(openError(junk).message).toBe(
      `cannot open the database ${junk}: it is not a Paperboy database (file is not a database). ` +
        'Point DATABASE_PATH at the bot’s database, or move this file away to start a new one',
    );
    expect(openError(path.join(junk, 'x.db')).message).toMatch(
      new RegExp(
        `^cannot open the database ${junk}/x\\.db: its path cannot be used \\(ENOTDIR\\)\\. Set DATABASE_PATH`,
      ),
    );
  });

  it('says a writable database is writable', () => {
    const opened = openDatabase(path.join(tmp(), 'p.db'));
    expect(opened.readOnly).toBe(false);
    expect(opened.canWrite()).toBe(true);
    opened.store.close();
    expect(opened.canWrite()).toBe(false);
  });
});

/**
 * A read-only database as a user who may not write it meets it. Root writes through file modes, so as root the
 * reader runs as `nobody`.
 */
function readAsOtherUser(file: string): { status: number | null; stdout: string; stderr: string } {
  const asRoot = process.getuid?.() === 0;
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/digest.ts', '--locale', 'en'], {
    env: { PATH: process.env.PATH, DATABASE_PATH: file },
    encoding: 'utf8',
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('a read-only database', () => {
  async function seeded(): Promise<{ file: string; expected: string }> {
    const d = tmp();
    chmodSync(d, 0o755);
    mkdirSync(path.join(d, 'db'));
    const file = path.join(d, 'db', 'paperboy.db');
    const store = openStore(file);
    await ingestPath(path.resolve('seeds'), { store, timezone: 'Asia/Shanghai' });
    store.close();
    const { digestCli } = await import('../../src/cli/digest.js');
    const expected = digestCli(['--locale', 'en'], { DATABASE_PATH: file }).stdout;
    expect(expected).toContain('立足生态优势 打造休闲小镇');
    chmodSync(file, 0o444);
    return { file, expected };
  }

  it('serves reads when only its folder may be written', async () => {
    const { file, expected } = await seeded();
    chmodSync(path.dirname(file), 0o777);
    const r = readAsOtherUser(file);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(expected);
    expect(r.status).toBe(0);
  });

  it('serves reads in a read-only folder too (a read-only mount)', async () => {
    const { file, expected } = await seeded();
    chmodSync(path.dirname(file), 0o555);
    const r = readAsOtherUser(file);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(expected);
    expect(r.status).toBe(0);
    chmodSync(path.dirname(file), 0o755);
  });
});

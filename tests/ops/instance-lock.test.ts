import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireInstanceLock, InstanceLockedError } from '../../src/ops/instance-lock.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const db = (): string => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-lock-'));
  return path.join(dir, 'paperboy.db');
};

/** The pid of a process that has already exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(r.stdout);
}

describe('the instance lock', () => {
  it('writes this process’s pid beside the database and removes it on release', () => {
    const file = db();
    const lock = acquireInstanceLock(file);
    expect(lock.file).toBe(`${file}.lock`);
    expect(readFileSync(lock.file, 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
    lock.release();
  });

  it('refuses a second holder while the first process lives, naming its pid and the lock file', () => {
    const file = db();
    // The parent of this test process is alive and is not us: it stands for a running bot.
    writeFileSync(`${file}.lock`, `${process.ppid}\n`);
    let caught: unknown;
    try {
      acquireInstanceLock(file);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(InstanceLockedError);
    expect((caught as Error).message).toBe(
      `another Paperboy bot (pid ${process.ppid}) is already running on this database (lock file ${file}.lock). ` +
        'Stop it first, or give this one its own DATABASE_PATH.',
    );
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe(`${process.ppid}\n`);
  });

  it('takes over a lock left by a process that no longer exists, and one with no pid in it', () => {
    const file = db();
    writeFileSync(`${file}.lock`, `${deadPid()}\n`);
    const lock = acquireInstanceLock(file);
    expect(readFileSync(lock.file, 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
    writeFileSync(`${file}.lock`, '');
    acquireInstanceLock(file).release();
  });

  it('does not remove a lock another process has taken since', () => {
    const file = db();
    const lock = acquireInstanceLock(file);
    writeFileSync(lock.file, `${process.ppid}\n`);
    lock.release();
    expect(readFileSync(lock.file, 'utf8')).toBe(`${process.ppid}\n`);
  });
});

import fs from 'node:fs';

/** Another bot process already runs on this database. */
export class InstanceLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly pid: number,
  ) {
    super(
      `another Paperboy bot (pid ${pid}) is already running on this database (lock file ${lockFile}). ` +
        `Stop it first, or give this one its own DATABASE_PATH.`,
    );
    this.name = 'InstanceLockedError';
  }
}

export interface InstanceLock {
  readonly file: string;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Takes `<databasePath>.lock`, holding this process's pid, so a second bot on the same database (a restart
 * while the old one still runs, two systemd units) refuses to start instead of posting every digest twice.
 * The file is created exclusively; a lock left by a process that no longer exists (a crash, a kill -9) is
 * taken over. CLIs do not take it: an `npm run ingest` beside the bot is expected.
 */
export function acquireInstanceLock(databasePath: string, pid = process.pid): InstanceLock {
  const file = `${databasePath}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, `${pid}\n`, { flag: 'wx' });
      let released = false;
      return {
        file,
        release() {
          if (released) return;
          released = true;
          if (readPid(file) === pid) fs.rmSync(file, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readPid(file);
      if (holder !== null && holder !== pid && alive(holder)) throw new InstanceLockedError(file, holder);
      // Stale (its process is gone) or unreadable half-written: remove it and try again.
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`could not take the lock file ${file}; remove it if no Paperboy bot is running`);
}

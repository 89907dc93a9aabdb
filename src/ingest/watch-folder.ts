import { existsSync, readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

export interface WatchOptions {
  /** Quiet time after the last file event before `onChange` runs. Default 500 ms. */
  debounceMs?: number;
  /**
   * How often the folder itself is checked: a removed (or replaced) folder gives no watcher event on Linux, it
   * just goes quiet. Default 5000 ms.
   */
  checkMs?: number;
  /**
   * Told about every failure: the folder cannot be watched (missing, removed, too many watches), or `onChange`
   * threw. Watching goes on: a lost folder is watched again as soon as it is back.
   */
  onError?: (err: Error) => void;
  /** Told when a lost folder is back and watched again (a rescan follows). */
  onRecover?: () => void;
  /** Replaceable for tests: Node's `fs.watch` (which, recursive, throws for any unreadable subfolder). */
  watch?: typeof watch;
}

/**
 * Calls `onChange` once a burst of file events in `dir` (recursively) has settled: copying a batch of pages
 * makes one call, not one per file. File events are only a hint (they can be coalesced or, on some file
 * systems, missed), so `onChange` should re-scan the folder, which ingest makes cheap with content hashes.
 * When `onChange` returns a promise, the next call waits for it, so two runs never overlap.
 *
 * Never throws and never stops on its own: when the folder is missing, removed, replaced or the watcher fails,
 * `onError` is told and the folder is checked every `checkMs`; once it is there again it is re-armed and
 * `onChange` runs (files may have arrived while nobody watched).
 *
 * @returns a function that stops watching and cancels a pending call.
 */
export function watchArticles(
  dir: string,
  onChange: () => void | Promise<void>,
  options: WatchOptions = {},
): () => void {
  const debounceMs = options.debounceMs ?? 500;
  const report = (err: unknown): void =>
    options.onError?.(err instanceof Error ? err : new Error(String(err)));
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  let pending = false;
  let closed = false;
  /** The recursive watcher, or in partial mode the top folder's and each readable subfolder's. */
  let watchers: FSWatcher[] = [];
  /** Some subfolder could not be read, so only part of the tree is watched; a full watch is retried. */
  let partial = false;
  /** The folder's inode when armed: a folder removed and made again is a new inode the old watcher never sees. */
  let armedIno: number | null = null;
  const watchFn = options.watch ?? watch;

  const run = (): void => {
    timer = null;
    if (closed) return;
    if (running) {
      pending = true;
      return;
    }
    running = true;
    Promise.resolve()
      .then(onChange)
      .catch(report)
      .finally(() => {
        running = false;
        if (pending && !closed) {
          pending = false;
          schedule();
        }
      });
  };
  const schedule = (): void => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  };

  const disarm = (): void => {
    for (const w of watchers) w.close();
    watchers = [];
    armedIno = null;
    partial = false;
  };

  const onEvent = (_event: string, name: string | Buffer | null): void => {
    // Editors and copy tools touch dot files (.swp, .DS_Store); they are never pages.
    if (
      name &&
      String(name)
        .split(/[/\\]/u)
        .some((part) => part.startsWith('.'))
    )
      return;
    schedule();
  };

  /** One watcher whose later failure (a folder made unreadable, too many watches) is told and re-armed. */
  const start = (folder: string, recursive: boolean): FSWatcher => {
    const w = watchFn(folder, { recursive, persistent: false }, onEvent);
    w.on('error', (err: Error) => {
      if (!watchers.includes(w) || closed) return;
      disarm();
      report(new Error(`watching ${dir} failed (${err.message}); watching again once it can be read`));
    });
    return w;
  };

  /**
   * Node's recursive watch throws when any subfolder cannot be read. Then the top folder is watched alone (new
   * files there and new subfolders are seen) and each readable subfolder on its own, and a full watch is retried
   * at every check.
   */
  const armPartly = (cause: unknown): FSWatcher[] => {
    const ws = [start(dir, false)];
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith('.') || !e.isDirectory()) continue;
      try {
        ws.push(start(path.join(dir, e.name), true));
      } catch {
        // This one is the unreadable subfolder (or holds one): ingest reports it by path on every run.
      }
    }
    report(
      new Error(
        `cannot watch all of ${dir} (${cause instanceof Error ? cause.message : String(cause)}); ` +
          'watching the folders that can be read, and trying again',
      ),
    );
    return ws;
  };

  /** Starts watching; false (after telling `onError`, once per loss) when the folder cannot be watched now. */
  const arm = (tell: boolean): boolean => {
    try {
      const ino = statSync(dir).ino;
      try {
        watchers = [start(dir, true)];
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !existsSync(dir)) throw err;
        watchers = armPartly(err);
        partial = true;
      }
      armedIno = ino;
      return true;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'it does not exist' : err instanceof Error ? err.message : String(err);
      if (tell) report(new Error(`cannot watch ${dir}: ${why}; watching again once it is there`));
      return false;
    }
  };

  /** In partial mode: a full watch, if the tree can be read again now. */
  const tryFull = (): void => {
    let full: FSWatcher;
    try {
      full = watchFn(dir, { recursive: true, persistent: false }, onEvent);
    } catch {
      return;
    }
    for (const w of watchers) w.close();
    full.on('error', (err: Error) => {
      if (!watchers.includes(full) || closed) return;
      disarm();
      report(new Error(`watching ${dir} failed (${err.message}); watching again once it can be read`));
    });
    watchers = [full];
    partial = false;
    options.onRecover?.();
    schedule();
  };

  let lost = !arm(true);
  const check = setInterval(() => {
    if (closed) return;
    let ino: number | null = null;
    try {
      ino = statSync(dir).ino;
    } catch {
      ino = null;
    }
    if (ino === null) {
      if (!lost) {
        lost = true;
        disarm();
        report(new Error(`${dir} is gone; watching again once it is back`));
      }
      return;
    }
    if (!lost && watchers.length > 0 && ino === armedIno) {
      if (partial) tryFull();
      return;
    }
    // Back (or replaced by a new folder, or the watcher failed): watch it again, and rescan what came meanwhile.
    const wasLost = lost;
    disarm();
    if (arm(!wasLost)) {
      lost = false;
      options.onRecover?.();
      schedule();
    } else {
      lost = true;
    }
  }, options.checkMs ?? 5000);
  check.unref();

  return function close(): void {
    if (closed) return;
    closed = true;
    clearInterval(check);
    if (timer) clearTimeout(timer);
    disarm();
  };
}

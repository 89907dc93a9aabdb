import { watch, type FSWatcher } from 'node:fs';

export interface WatchOptions {
  /** Quiet time after the last file event before `onChange` runs. Default 500 ms. */
  debounceMs?: number;
  /** Told about watcher errors (the folder was removed, too many watches); watching stops then. */
  onError?: (err: Error) => void;
}

/**
 * Calls `onChange` once a burst of file events in `dir` (recursively) has settled: copying a batch of pages
 * makes one call, not one per file. File events are only a hint (they can be coalesced or, on some file
 * systems, missed), so `onChange` should re-scan the folder, which ingest makes cheap with content hashes.
 * When `onChange` returns a promise, the next call waits for it, so two runs never overlap.
 *
 * @returns a function that stops watching and cancels a pending call.
 * @throws when `dir` cannot be watched (it does not exist).
 */
export function watchArticles(
  dir: string,
  onChange: () => void | Promise<void>,
  options: WatchOptions = {},
): () => void {
  const debounceMs = options.debounceMs ?? 500;
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  let pending = false;
  let closed = false;

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
      .catch((err: unknown) => options.onError?.(err instanceof Error ? err : new Error(String(err))))
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

  const watcher: FSWatcher = watch(dir, { recursive: true, persistent: false }, (_event, name) => {
    // Editors and copy tools touch dot files (.swp, .DS_Store); they are never pages.
    if (
      name &&
      String(name)
        .split(/[/\\]/u)
        .some((part) => part.startsWith('.'))
    )
      return;
    schedule();
  });
  watcher.on('error', (err) => {
    close();
    options.onError?.(err);
  });

  function close(): void {
    if (closed) return;
    closed = true;
    if (timer) clearTimeout(timer);
    watcher.close();
  }
  return close;
}

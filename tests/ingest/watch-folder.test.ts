import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchArticles, type WatchOptions } from '../../src/ingest/watch-folder.js';

let dir: string;
const closers: Array<() => void> = [];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paperboy-watch-'));
});
afterEach(() => {
  for (const close of closers.splice(0)) close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Watches `folder` and records what the watcher reports: its calls, its errors, its recoveries. */
function recordWatch(
  folder: string,
  options: WatchOptions = {},
): { calls: number; errors: string[]; recovered: number } {
  const seen = { calls: 0, errors: [] as string[], recovered: 0 };
  closers.push(
    watchArticles(folder, () => void seen.calls++, {
      debounceMs: 20,
      checkMs: 30,
      onError: (e) => seen.errors.push(e.message),
      onRecover: () => void seen.recovered++,
      ...options,
    }),
  );
  return seen;
}

async function until(check: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(10);
  }
}

describe('watchArticles', () => {
  it('calls back once after a burst of new files has settled', async () => {
    let calls = 0;
    closers.push(watchArticles(dir, () => void calls++, { debounceMs: 100 }));
    for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(dir, `p${i}.txt`), `page ${i}`);
    await until(() => calls > 0);
    await sleep(250);
    expect(calls).toBe(1);
  });

  it('sees files in sub-folders and ignores dot files', async () => {
    fs.mkdirSync(path.join(dir, 'sub'));
    let calls = 0;
    closers.push(watchArticles(dir, () => void calls++, { debounceMs: 50 }));
    fs.writeFileSync(path.join(dir, '.swap'), 'x');
    await sleep(200);
    expect(calls).toBe(0);
    fs.writeFileSync(path.join(dir, 'sub', 'p.txt'), 'x');
    await until(() => calls === 1);
  });

  it('never runs two callbacks at once', async () => {
    let running = 0;
    let most = 0;
    let calls = 0;
    closers.push(
      watchArticles(
        dir,
        async () => {
          calls++;
          running++;
          most = Math.max(most, running);
          await sleep(150);
          running--;
        },
        { debounceMs: 20 },
      ),
    );
    fs.writeFileSync(path.join(dir, 'a.txt'), 'a');
    await until(() => calls === 1);
    fs.writeFileSync(path.join(dir, 'b.txt'), 'b');
    await until(() => calls === 2);
    await until(() => running === 0);
    expect(most).toBe(1);
  });

  it('stops calling back once closed', async () => {
    let calls = 0;
    const close = watchArticles(dir, () => void calls++, { debounceMs: 50 });
    fs.writeFileSync(path.join(dir, 'a.txt'), 'a');
    close();
    await sleep(200);
    expect(calls).toBe(0);
  });

  it('reports a folder that does not exist, and watches it (with a rescan) once it is there', async () => {
    const missing = path.join(dir, 'missing');
    const seen = recordWatch(missing);
    expect(seen.errors).toEqual([
      `cannot watch ${missing}: it does not exist; watching again once it is there`,
    ]);
    await sleep(120);
    // Told once, not on every check.
    expect(seen.errors).toHaveLength(1);
    fs.mkdirSync(missing);
    await until(() => seen.recovered === 1 && seen.calls === 1);
    fs.writeFileSync(path.join(missing, 'p.txt'), 'x');
    await until(() => seen.calls === 2);
  });

  it('says when the folder is removed, and re-arms when it comes back', async () => {
    const seen = recordWatch(dir);
    fs.rmSync(dir, { recursive: true });
    await until(() => seen.errors.length === 1);
    expect(seen.errors).toEqual([`${dir} is gone; watching again once it is back`]);
    const before = seen.calls;
    fs.mkdirSync(dir);
    await until(() => seen.recovered === 1);
    // The rescan after coming back, then events from the new folder.
    await until(() => seen.calls === before + 1);
    fs.writeFileSync(path.join(dir, 'new.txt'), 'x');
    await until(() => seen.calls === before + 2);
  });

  it('watches what it can when a subfolder cannot be read, and the whole tree once it can', async () => {
    fs.mkdirSync(path.join(dir, 'open'));
    fs.mkdirSync(path.join(dir, 'locked'));
    // Node's recursive watch throws for a tree with an unreadable folder; as root nothing is unreadable, so
    // the stand-in throws as Node does while `locked` is set.
    let locked = true;
    const fakeWatch = ((folder: string, opts: fs.WatchOptions, listener: fs.WatchListener<string>) => {
      if (opts.recursive && locked && (folder === dir || folder === path.join(dir, 'locked')))
        throw Object.assign(new Error(`EACCES: permission denied, scandir '${path.join(dir, 'locked')}'`), {
          code: 'EACCES',
        });
      return fs.watch(folder, opts, listener);
    }) as typeof fs.watch;
    const seen = recordWatch(dir, { checkMs: 40, watch: fakeWatch });
    expect(seen.errors).toEqual([
      `cannot watch all of ${dir} (EACCES: permission denied, scandir '${path.join(dir, 'locked')}'); ` +
        'watching the folders that can be read, and trying again',
    ]);
    fs.writeFileSync(path.join(dir, 'top.txt'), 'x');
    await until(() => seen.calls === 1);
    fs.writeFileSync(path.join(dir, 'open', 'in-sub.txt'), 'x');
    await until(() => seen.calls === 2);
    expect(seen.recovered).toBe(0);
    locked = false;
    await until(() => seen.recovered === 1 && seen.calls === 3);
    fs.writeFileSync(path.join(dir, 'locked', 'now-open.txt'), 'x');
    await until(() => seen.calls === 4);
    expect(seen.errors).toHaveLength(1);
  });

  it('reports a failing callback and goes on watching', async () => {
    const errors: string[] = [];
    let calls = 0;
    closers.push(
      watchArticles(
        dir,
        () => {
          calls++;
          if (calls === 1) throw new Error('ingest exploded');
        },
        { debounceMs: 20, onError: (e) => errors.push(e.message) },
      ),
    );
    fs.writeFileSync(path.join(dir, 'a.txt'), 'a');
    await until(() => errors.length === 1);
    expect(errors).toEqual(['ingest exploded']);
    fs.writeFileSync(path.join(dir, 'b.txt'), 'b');
    await until(() => calls === 2);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchArticles } from '../../src/ingest/watch-folder.js';

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

  it('throws for a folder that does not exist', () => {
    expect(() => watchArticles(path.join(dir, 'missing'), () => undefined)).toThrow();
  });
});

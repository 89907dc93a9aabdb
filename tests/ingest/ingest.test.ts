import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestPath, sourceKey } from '../../src/ingest/ingest.js';
import { openStore } from '../../src/store/open-store.js';
import type { IngestStore } from '../../src/store/interfaces/ingest-store.js';
import type { Store } from '../../src/store/types.js';

const SEED = fs.readFileSync(path.resolve('seeds/000_4397dc98031408d7.txt'));
const ZHOUSHAN_TITLE = '立足生态优势 打造休闲小镇';

let dir: string;
let store: Store;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paperboy-ingest-'));
  store = openStore(':memory:');
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

describe('ingestPath', () => {
  it('parses, summarizes, stores and indexes the seed page', async () => {
    write('2019-08-01.txt', SEED);
    const report = await ingestPath(dir, { store });
    expect(report).toMatchObject({ pages: 1, articles: 3, skipped: 0, failed: [], bytes: SEED.length });
    const hit = store.search('舟山镇').hits.find((h) => h.title === ZHOUSHAN_TITLE);
    expect(hit).toBeDefined();
    const stored = store.getArticle(hit!.id)!;
    expect(stored).toMatchObject({ source: '2019-08-01.txt', date: '2019-08-01' });
    expect(stored.lede.length).toBeGreaterThan(0);
    expect(stored.keywords.length).toBeGreaterThan(0);
    expect(store.search('席草').hits.map((h) => h.title)).toEqual(['晒席草']);
  });

  it('files a page that prints no date under its file’s modification day in the given time zone', async () => {
    const file = write('undated.txt', SEED);
    // 2019-08-06 20:30 UTC is already 2019-08-07 in Shanghai, and still 2019-08-06 in New York.
    fs.utimesSync(file, new Date('2019-08-06T20:30:00Z'), new Date('2019-08-06T20:30:00Z'));
    await ingestPath(dir, { store, timezone: 'Asia/Shanghai' });
    expect(store.editionDates()).toEqual(['2019-08-07']);

    const other = openStore(':memory:');
    try {
      await ingestPath(dir, { store: other, timezone: 'America/New_York' });
      expect(other.editionDates()).toEqual(['2019-08-06']);
    } finally {
      other.close();
    }
  });

  it('skips an unchanged file on the second run', async () => {
    write('a.txt', SEED);
    await ingestPath(dir, { store });
    const again = await ingestPath(dir, { store });
    expect(again).toMatchObject({ pages: 0, articles: 0, skipped: 1, failed: [] });
    expect(store.articleCount()).toBe(3);
  });

  it('replaces the articles of a changed file', async () => {
    const file = write('a.txt', SEED);
    await ingestPath(dir, { store });
    fs.writeFileSync(file, SEED.toString('utf8').replaceAll('席草', '稻谷'));
    const again = await ingestPath(dir, { store });
    expect(again).toMatchObject({ pages: 1, articles: 3, skipped: 0 });
    expect(store.articleCount()).toBe(3);
    expect(store.search('席草').total).toBe(0);
    expect(store.search('稻谷').total).toBe(1);
  });

  it('reports a broken file and still ingests the good ones around it', async () => {
    write('a.txt', SEED);
    write('b-broken.txt', new Uint8Array([0x00, 0x01, 0x02, 0xff, 0x00, 0x89, 0x50, 0x4e, 0x47, 0x00]));
    write('c-empty.txt', '');
    write('d.txt', SEED.toString('utf8').replaceAll('舟山镇', '石柱镇'));
    const report = await ingestPath(dir, { store });
    expect(report.pages).toBe(2);
    expect(report.failed.map((f) => f.source)).toEqual(['b-broken.txt', 'c-empty.txt']);
    for (const f of report.failed) expect(f.error).toMatch(/\S/);
    expect(store.search('石柱镇').total).toBeGreaterThan(0);
    expect(store.search('舟山镇').total).toBeGreaterThan(0);
  });

  it('reports a file whose summary or storage throws, and goes on', async () => {
    write('a.txt', SEED);
    write('b.txt', SEED.toString('utf8').replaceAll('舟山镇', '石柱镇'));
    let calls = 0;
    const report = await ingestPath(dir, {
      store,
      summarize: () => {
        if (++calls === 1) throw new Error('summarizer exploded');
        return { lede: '', summary: '', keywords: [] };
      },
    });
    expect(report.failed).toEqual([{ source: 'a.txt', error: 'summarizer exploded' }]);
    expect(report.pages).toBe(1);
    expect(store.pageHash('a.txt')).toBeNull();
  });

  it('walks sub-folders in name order, keys pages by their path under the root and ignores non-pages', async () => {
    write('2019/08/b.txt', SEED.toString('utf8').replaceAll('舟山镇', '石柱镇'));
    write('2019/08/a.TXT', SEED);
    write('notes.md', '# not a page');
    write('.hidden/x.txt', SEED);
    write('.x.txt', SEED);
    const progress: Array<[number, number]> = [];
    const report = await ingestPath(dir, {
      store,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(report.pages).toBe(2);
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(store.pageHash('2019/08/a.TXT')).not.toBeNull();
    expect(store.pageHash('2019/08/b.txt')).not.toBeNull();
  });

  it('gives a single file the same source as when its folder is ingested', async () => {
    const file = write('2019/a.txt', SEED);
    await ingestPath(file, { store, root: dir });
    expect(store.pageHash('2019/a.txt')).not.toBeNull();
    expect(await ingestPath(dir, { store })).toMatchObject({ pages: 0, skipped: 1 });
  });

  it('throws when the target does not exist', async () => {
    await expect(ingestPath(path.join(dir, 'missing'), { store })).rejects.toThrow(/ENOENT/);
  });
});

describe('sourceKey', () => {
  it('uses the path under the root with forward slashes, or the absolute path outside it', () => {
    expect(sourceKey('/data/pages', '/data/pages/2019/a.txt')).toBe('2019/a.txt');
    expect(sourceKey('/data/pages', '/elsewhere/b.txt')).toBe('/elsewhere/b.txt');
    expect(sourceKey('/data/pages', '/data/pages-2/b.txt')).toBe('/data/pages-2/b.txt');
    expect(sourceKey('/data/pages/a.txt', '/data/pages/a.txt')).toBe('a.txt');
  });
});

describe('ingestPath storing in batches', () => {
  it('reports a page the store refuses and keeps the rest of its batch', async () => {
    write('a.txt', SEED);
    write('b.txt', SEED.toString('utf8').replaceAll('舟山镇', '石柱镇'));
    // The fake is the methods ingest uses, one of them refusing.
    const refusing: IngestStore = {
      pageHash: (source) => store.pageHash(source),
      batch: (fn) => store.batch(fn),
      pageSources: () => store.pageSources(),
      removePage: (source) => store.removePage(source),
      savePage: (p, hash, summaries, contentIds) => {
        if (p.source === 'a.txt') throw new Error('disk says no');
        return store.savePage(p, hash, summaries, contentIds);
      },
    };
    const report = await ingestPath(dir, { store: refusing });
    expect(report.failed).toEqual([{ source: 'a.txt', error: 'disk says no' }]);
    expect(report.pages).toBe(1);
    expect(store.search('石柱镇').total).toBeGreaterThan(0);
  });

  it('stores more files than one batch holds', async () => {
    const text = SEED.toString('utf8');
    for (let i = 0; i < 70; i++)
      write(`p${String(i).padStart(3, '0')}.txt`, text.replaceAll('舟山镇', `舟山镇${i}号`));
    const report = await ingestPath(dir, { store });
    expect(report).toMatchObject({ pages: 70, failed: [] });
    expect(store.search('舟山镇69号').total).toBeGreaterThan(0);
  });
});

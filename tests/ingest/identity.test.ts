import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatReport, ingestPath } from '../../src/ingest/ingest.js';
import { parsePage } from '../../src/news/page-parser.js';
import { pageArticleId } from '../../src/store/article-identity.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';

/** Ingest and article identity (#9): duplicate pages, a replaced page, same names in two folders, pruning. */
const SEED = fs.readFileSync(path.resolve('seeds/000_4397dc98031408d7.txt'), 'utf8');
const ZHOUSHAN_TITLE = '立足生态优势 打造休闲小镇';

let dir: string;
let store: Store;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paperboy-identity-'));
  store = openStore(':memory:');
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

describe('ingest: the same story on several pages', () => {
  it('stores both pages and both editions, counting what was really stored', async () => {
    write('2019-08-06.txt', SEED);
    write('2019-08-07.txt', SEED);
    const report = await ingestPath(dir, { store });
    expect(report).toMatchObject({ pages: 2, added: 2, replaced: 0, articles: 6, skipped: 0 });
    expect(store.articleCount()).toBe(6);
    expect(store.editionDates()).toEqual(['2019-08-07', '2019-08-06']);
    expect(store.articlesForDate('2019-08-07')).toHaveLength(3);
    // Search shows the story once.
    expect(store.search('舟山镇').hits.filter((h) => h.title === ZHOUSHAN_TITLE)).toHaveLength(1);
  });

  it('replacing the first page keeps the other page’s copies, and re-ingest brings nothing back twice', async () => {
    const first = write('2019-08-07-a.txt', SEED);
    write('2019-08-07-b.txt', SEED);
    await ingestPath(dir, { store });
    fs.writeFileSync(
      first,
      '2019年8月7日\n\n新的头条标题\n\n本报讯 这是完全不同的一篇报道，讲的是别的事情。\n',
    );
    const again = await ingestPath(dir, { store });
    expect(again).toMatchObject({ pages: 1, added: 0, replaced: 1, skipped: 1 });
    const titles = store.articlesForDate('2019-08-07').map((a) => `${a.source}|${a.title}`);
    expect(titles.filter((t) => t.startsWith('2019-08-07-b.txt|'))).toHaveLength(3);
    expect(titles).toContain(`2019-08-07-b.txt|${ZHOUSHAN_TITLE}`);
  });

  it('ids of ingested articles include the page, and the parser’s content id still opens the story', async () => {
    write('a.txt', SEED);
    write('b.txt', SEED);
    await ingestPath(dir, { store });
    const contentId = parsePage(Buffer.from(SEED), 'a.txt').articles.find(
      (x) => x.title === ZHOUSHAN_TITLE,
    )!.id;
    expect(store.getArticle(pageArticleId('a.txt', contentId))).toMatchObject({ source: 'a.txt' });
    expect(store.getArticle(pageArticleId('b.txt', contentId))).toMatchObject({ source: 'b.txt' });
    // An id from before page-scoped ids (the content id) opens the newest copy.
    expect(store.getArticle(contentId)?.title).toBe(ZHOUSHAN_TITLE);
  });
});

describe('ingest: page keys', () => {
  it('keeps pages of the same name in two folders outside the root apart (absolute keys)', async () => {
    const a = path.join(dir, 'a');
    const b = path.join(dir, 'b');
    write('a/2019-08-30.txt', SEED);
    write('b/2019-08-30.txt', SEED.replaceAll('舟山镇', '石柱镇'));
    const root = path.join(dir, 'articles');
    fs.mkdirSync(root);
    await ingestPath(a, { store, root });
    await ingestPath(b, { store, root });
    expect(store.pageSources()).toEqual([path.join(a, '2019-08-30.txt'), path.join(b, '2019-08-30.txt')]);
    expect(store.search('舟山镇').total).toBeGreaterThan(0);
    expect(store.search('石柱镇').total).toBeGreaterThan(0);
  });

  it('keys a file inside the root by its path under it, whichever folder is passed', async () => {
    write('2019/08/p.txt', SEED);
    await ingestPath(path.join(dir, '2019'), { store, root: dir });
    expect(store.pageSources()).toEqual(['2019/08/p.txt']);
    expect(await ingestPath(dir, { store, root: dir })).toMatchObject({ pages: 0, skipped: 1 });
  });
});

describe('ingest: page files that were deleted', () => {
  it('keeps a vanished file’s articles by default and says so', async () => {
    const gone = write('a.txt', SEED);
    write('b.txt', SEED.replaceAll('舟山镇', '石柱镇'));
    await ingestPath(dir, { store });
    fs.rmSync(gone);
    const report = await ingestPath(dir, { store });
    expect(report).toMatchObject({
      pages: 0,
      skipped: 1,
      kept: ['a.txt'],
      dropped: { pages: [], articles: 0 },
    });
    expect(store.articleCount()).toBe(6);
    expect(formatReport(report)).toMatch(
      /^0 pages stored \(0 new, 0 updated\), 0 articles, 1 unchanged, 1 gone but kept, 0 dropped \(0 articles\), 0 failed in /,
    );
  });

  it('with prune, removes the vanished file’s page and articles only, and counts them', async () => {
    const gone = write('a.txt', SEED);
    write('b.txt', SEED);
    await ingestPath(dir, { store });
    fs.rmSync(gone);
    const report = await ingestPath(dir, { store, prune: true });
    expect(report).toMatchObject({ kept: [], dropped: { pages: ['a.txt'], articles: 3 } });
    expect(store.pageSources()).toEqual(['b.txt']);
    expect(store.articleCount()).toBe(3);
    // The story b.txt shares with the pruned page is still found.
    expect(store.search('舟山镇').hits.map((h) => h.title)).toContain(ZHOUSHAN_TITLE);
  });

  it('prunes only under the folder ingested, and never pages under a folder it could not list', async () => {
    write('x/a.txt', SEED);
    write('y/b.txt', SEED);
    await ingestPath(dir, { store, root: dir });
    fs.rmSync(path.join(dir, 'y', 'b.txt'));
    // Ingesting x alone: y's vanished page is outside it and stays.
    expect(await ingestPath(path.join(dir, 'x'), { store, root: dir, prune: true })).toMatchObject({
      kept: [],
      dropped: { pages: [] },
    });
    expect(store.pageSources()).toEqual(['x/a.txt', 'y/b.txt']);
    // y cannot be listed this time: its page is neither kept-as-vanished nor pruned.
    const failingY = {
      readdir: (d: string) => {
        if (d === path.join(dir, 'y')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
        return fs.readdirSync(d);
      },
      stat: (f: string) => fs.statSync(f),
      realpath: (f: string) => fs.realpathSync(f),
    };
    const report = await ingestPath(dir, { store, root: dir, prune: true, listFs: failingY });
    expect(report.dropped.pages).toEqual([]);
    expect(report.failed).toEqual([
      { source: path.join(dir, 'y'), error: 'folder not read: permission denied' },
    ]);
    expect(store.pageSources()).toEqual(['x/a.txt', 'y/b.txt']);
  });
});

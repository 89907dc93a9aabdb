import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestPath } from '../../src/ingest/ingest.js';
import { DEFAULT_PAGE_LIMITS, limitPage } from '../../src/ingest/page-limits.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { article, page } from '../store/fixtures.js';

/** Page limits (#9): a page can not swamp the bot, and what is refused says why and what to change. */
const SEED = fs.readFileSync(path.resolve('seeds/000_4397dc98031408d7.txt'));

let dir: string;
let store: Store;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paperboy-limits-'));
  store = openStore(':memory:');
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('page limits at ingest', () => {
  it('refuses a 50 MB page without reading it, naming size, limit and setting, and ingests the rest', async () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), SEED);
    // Sparse: 50 MB on paper, nothing on disk.
    const huge = path.join(dir, 'huge.txt');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 50 * 1024 * 1024);
    let parsed = 0;
    const report = await ingestPath(dir, {
      store,
      parse: (bytes, source) => {
        parsed++;
        return page(source, '2019-08-01', [article({ title: `${bytes.length}` })]);
      },
    });
    expect(parsed).toBe(1);
    expect(report.pages).toBe(1);
    expect(report.failed).toEqual([
      {
        source: 'huge.txt',
        error:
          'is 50.0 MB, over the page size limit of 2.0 MB: split the file, or raise MAX_PAGE_BYTES (now 2097152) in .env',
      },
    ]);
    expect(report.bytes).toBe(SEED.length);
  });

  it('refuses a page that parses into more articles than the limit', async () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), SEED);
    const report = await ingestPath(dir, {
      store,
      limits: { ...DEFAULT_PAGE_LIMITS, maxArticlesPerPage: 2 },
    });
    expect(report.pages).toBe(0);
    expect(report.failed).toEqual([
      {
        source: 'a.txt',
        error:
          'parses into 3 articles, over the limit of 2 per page (is it one newspaper page?): split the file, or raise MAX_ARTICLES_PER_PAGE in .env',
      },
    ]);
    expect(store.articleCount()).toBe(0);
  });

  it('gives a page of 10,000-character lines a real title, cut to the limit', async () => {
    const line = '本报讯 经济发展很快，'.padEnd(10_000, '群众生活越来越好，');
    fs.writeFileSync(path.join(dir, '2019-08-07.txt'), `2019年8月7日 星期三\n${line}\n${line}\n`);
    const report = await ingestPath(dir, { store });
    expect(report.pages).toBe(1);
    const titles = store.articlesForDate('2019-08-07').map((a) => a.title);
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) {
      expect(t.trim()).not.toBe('');
      expect(Array.from(t).length).toBeLessThanOrEqual(DEFAULT_PAGE_LIMITS.maxTitleChars);
    }
    expect(titles[0]).toMatch(/^本报讯 经济发展很快，群众生活越来越好，.*…$/u);
  });
});

describe('limitPage', () => {
  const limits = { maxPageBytes: 1000, maxArticlesPerPage: 5, maxTitleChars: 10 };

  it('cuts a long title with an ellipsis, keeping the id', () => {
    const a = article({ title: '一二三四五六七八九十十一十二' });
    const out = limitPage(page('p.txt', null, [a]), limits).articles[0]!;
    expect(out).toMatchObject({ id: a.id, title: '一二三四五六七八九…' });
  });

  it('titles an untitled article with its first sentence', () => {
    const a = article({ title: '', paragraphs: ['舟山镇开展活动。后面还有很多话。'] });
    expect(limitPage(page('p.txt', null, [a]), limits).articles[0]!.title).toBe('舟山镇开展活动');
  });

  it('leaves a page within the limits as it is', () => {
    const p = page('p.txt', null, [article({ title: '短标题' })]);
    expect(limitPage(p, limits)).toBe(p);
  });
});

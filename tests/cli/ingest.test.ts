import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/cli/ingest.js';
import { capture, useScratch } from './support.js';

const scratch = useScratch('paperboy-ingest-cli-');

describe('npm run ingest', () => {
  it('ingests the seeds and ends with one summary line, then skips them the second time', async () => {
    const first = capture();
    expect(await runIngest([], first.ingestIo, scratch.env)).toBe(0);
    expect(first.io.out).toMatch(
      /^1 pages stored \(1 new, 0 updated\), 3 articles, 0 unchanged, 0 gone but kept, 0 dropped \(0 articles\), 0 failed in \d+\.\d\d s \(0\.01 MB\)\n$/,
    );
    const second = capture();
    expect(await runIngest(['--'], second.ingestIo, scratch.env)).toBe(0);
    expect(second.io.out).toMatch(
      /^0 pages stored \(0 new, 0 updated\), 0 articles, 1 unchanged, 0 gone but kept, 0 dropped \(0 articles\), 0 failed/,
    );
  });

  it('reports broken files on stderr and exits 1', async () => {
    fs.writeFileSync(path.join(scratch.dir, 'good.txt'), fs.readFileSync('seeds/000_4397dc98031408d7.txt'));
    fs.writeFileSync(path.join(scratch.dir, 'bad.txt'), new Uint8Array([0, 1, 2, 3, 0, 0, 0xff]));
    const c = capture();
    expect(await runIngest([scratch.dir], c.ingestIo, scratch.env)).toBe(1);
    // Outside ARTICLES_DIR a page is keyed (and named) by its absolute path.
    expect(c.io.err).toContain(`ingest: ${path.join(scratch.dir, 'bad.txt')}: `);
    expect(c.io.out).toMatch(/^1 pages stored \(1 new, 0 updated\), 3 articles, 0 unchanged, .*, 1 failed/);
  });

  it('keeps the pages of deleted files by default and says how to prune them; --prune drops them', async () => {
    const pages = path.join(scratch.dir, 'pages');
    fs.mkdirSync(pages);
    const env = { ...scratch.env, ARTICLES_DIR: pages };
    const seed = fs.readFileSync('seeds/000_4397dc98031408d7.txt');
    fs.writeFileSync(path.join(pages, 'a.txt'), seed);
    fs.writeFileSync(path.join(pages, 'b.txt'), seed);
    expect(await runIngest([], capture().ingestIo, env)).toBe(0);
    fs.rmSync(path.join(pages, 'a.txt'));
    const kept = capture();
    expect(await runIngest([], kept.ingestIo, env)).toBe(0);
    expect(kept.io.err).toBe(
      'ingest: a.txt: file is gone; its articles are kept\n' +
        'ingest: run `npm run ingest -- --prune` to remove them\n',
    );
    expect(kept.io.out).toMatch(/, 1 unchanged, 1 gone but kept, 0 dropped \(0 articles\), 0 failed /);
    const pruned = capture();
    expect(await runIngest(['--', '--prune'], pruned.ingestIo, env)).toBe(0);
    expect(pruned.io.err).toBe('');
    expect(pruned.io.out).toMatch(/, 1 unchanged, 0 gone but kept, 1 dropped \(3 articles\), 0 failed /);
  });

  it('applies the page limits from the environment, and names a bad one', async () => {
    const pages = path.join(scratch.dir, 'pages');
    fs.mkdirSync(pages);
    fs.writeFileSync(path.join(pages, 'a.txt'), fs.readFileSync('seeds/000_4397dc98031408d7.txt'));
    const small = capture();
    expect(
      await runIngest([], small.ingestIo, { ...scratch.env, ARTICLES_DIR: pages, MAX_PAGE_BYTES: '2048' }),
    ).toBe(1);
    expect(small.io.err).toMatch(
      /^ingest: a\.txt: is 6\.6 KB, over the page size limit of 2\.0 KB: .*MAX_PAGE_BYTES \(now 2048\)/,
    );
    const bad = capture();
    expect(await runIngest([], bad.ingestIo, { ...scratch.env, MAX_ARTICLES_PER_PAGE: 'lots' })).toBe(2);
    expect(bad.io.err).toContain(
      'MAX_ARTICLES_PER_PAGE must be a whole number from 1 to 100000 (got "lots")',
    );
  });

  it('refuses an unknown flag with the usage line', async () => {
    const c = capture();
    expect(await runIngest(['--', '--purge'], c.ingestIo, scratch.env)).toBe(2);
    expect(c.io.err).toBe('usage: npm run ingest [-- [--prune] <dir|file>]\n');
  });

  it('says so when the target is missing', async () => {
    const c = capture();
    expect(await runIngest([path.join(scratch.dir, 'nope')], c.ingestIo, scratch.env)).toBe(2);
    expect(c.io.err).toContain('no such file or directory');
  });
});

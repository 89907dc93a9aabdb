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
    expect(first.io.out).toMatch(/^1 pages, 3 articles, 0 skipped, 0 failed in \d+\.\d\d s \(0\.01 MB\)\n$/);
    const second = capture();
    expect(await runIngest(['--'], second.ingestIo, scratch.env)).toBe(0);
    expect(second.io.out).toMatch(/^0 pages, 0 articles, 1 skipped, 0 failed/);
  });

  it('reports broken files on stderr and exits 1', async () => {
    fs.writeFileSync(path.join(scratch.dir, 'good.txt'), fs.readFileSync('seeds/000_4397dc98031408d7.txt'));
    fs.writeFileSync(path.join(scratch.dir, 'bad.txt'), new Uint8Array([0, 1, 2, 3, 0, 0, 0xff]));
    const c = capture();
    expect(await runIngest([scratch.dir], c.ingestIo, scratch.env)).toBe(1);
    expect(c.io.err).toMatch(/^ingest: bad\.txt: /m);
    expect(c.io.out).toMatch(/^1 pages, 3 articles, 0 skipped, 1 failed/);
  });

  it('says so when the target is missing', async () => {
    const c = capture();
    expect(await runIngest([path.join(scratch.dir, 'nope')], c.ingestIo, scratch.env)).toBe(2);
    expect(c.io.err).toContain('no such file or directory');
  });
});

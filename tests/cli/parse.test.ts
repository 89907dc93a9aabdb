import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runParse } from '../../src/cli/parse.js';
import { ingestPath } from '../../src/ingest/ingest.js';
import { listPageFiles } from '../../src/ingest/page-files.js';
import { openStore } from '../../src/store/open-store.js';

const SEED = 'seeds/000_4397dc98031408d7.txt';

function run(args: string[]): { code: number; out: string; err: string[] } {
  let out = '';
  const err: string[] = [];
  const code = runParse(args, { out: (s) => (out += s), err: (s) => err.push(s) });
  return { code, out, err };
}

describe('npm run parse', () => {
  it('prints one page as JSON following the contract', () => {
    const { code, out, err } = run(['--', SEED]);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const page = JSON.parse(out);
    expect(Object.keys(page)).toEqual(
      expect.arrayContaining(['source', 'encoding', 'date', 'sections', 'articles']),
    );
    expect(page.articles).toHaveLength(3);
    for (const a of page.articles) {
      for (const key of [
        'id',
        'kind',
        'title',
        'kicker',
        'subtitle',
        'authors',
        'byline',
        'dateline',
        'paragraphs',
      ])
        expect(a).toHaveProperty(key);
    }
  });

  it('parses a directory into an array, reporting broken files on stderr and exiting non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'paperboy-parse-cli-'));
    writeFileSync(join(dir, 'a-good.txt'), readFileSync(SEED));
    writeFileSync(join(dir, 'b-empty.txt'), '');
    writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'd-undecodable.txt'), Buffer.from([0xff, 0xff, 0xff, 0x41]));
    writeFileSync(join(dir, 'e-good-crlf.txt'), readFileSync(SEED, 'utf8').replace(/\n/g, '\r\n'));
    const { code, out, err } = run([dir]);
    expect(code).toBe(1);
    const pages = JSON.parse(out);
    expect(pages.map((p: { source: string }) => p.source)).toEqual([
      join(dir, 'a-good.txt'),
      join(dir, 'e-good-crlf.txt'),
    ]);
    expect(err).toHaveLength(3);
    expect(err[0]).toMatch(/b-empty\.txt: .*empty/);
    expect(err[1]).toMatch(/c-binary\.txt: .*binary/);
    expect(err[2]).toMatch(/d-undecodable\.txt: .*not valid/);
  });

  it('selects a folder’s pages by the same rule as ingest: .txt files, recursively, no dot names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paperboy-parse-select-'));
    const seed = readFileSync(SEED);
    mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
    mkdirSync(join(dir, '.hidden'));
    writeFileSync(join(dir, 'a.txt'), seed);
    writeFileSync(join(dir, 'sub', 'deeper', 'b.TXT'), seed);
    writeFileSync(join(dir, 'notes.md'), '# not a page');
    writeFileSync(join(dir, '.x.txt'), seed);
    writeFileSync(join(dir, '.hidden', 'c.txt'), seed);
    const { code, out } = run([dir]);
    expect(code).toBe(0);
    const parsed = JSON.parse(out).map((p: { source: string }) => p.source);
    expect(parsed).toEqual(listPageFiles(dir).files);
    expect(parsed).toEqual([join(dir, 'a.txt'), join(dir, 'sub', 'deeper', 'b.TXT')]);
    // Ingest picks the very same files.
    const store = openStore(':memory:');
    try {
      await ingestPath(dir, { store, root: dir });
      expect(store.pageSources()).toEqual(['a.txt', 'sub/deeper/b.TXT']);
    } finally {
      store.close();
    }
  });

  it('parses a page with a few damaged bytes, warning on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'paperboy-parse-damaged-'));
    const seed = readFileSync(SEED);
    const bytes = Uint8Array.from(seed);
    // The lead byte of 召 in the body: it and its two continuation bytes become three U+FFFD.
    bytes[seed.indexOf(Buffer.from('召开'))] = 0xff;
    writeFileSync(join(dir, 'd.txt'), bytes);
    const { code, out, err } = run([join(dir, 'd.txt')]);
    expect(code).toBe(0);
    expect(err).toEqual([
      `parse: warning: ${join(dir, 'd.txt')}: 3 invalid byte sequences replaced by \uFFFD`,
    ]);
    expect(JSON.parse(out).articles).toHaveLength(3);
  });

  it('fails clearly on a missing path or no argument', () => {
    expect(run(['/no/such/file.txt'])).toMatchObject({
      code: 2,
      err: ['parse: /no/such/file.txt: no such file or directory'],
    });
    expect(run([]).code).toBe(2);
  });
});

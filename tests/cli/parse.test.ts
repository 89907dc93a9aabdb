import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runParse } from '../../src/cli/parse.js';

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

  it('fails clearly on a missing path or no argument', () => {
    expect(run(['/no/such/file.txt'])).toMatchObject({
      code: 2,
      err: ['parse: /no/such/file.txt: no such file or directory'],
    });
    expect(run([]).code).toBe(2);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestPath } from '../../src/ingest/ingest.js';
import { listPageFiles, type ListFs } from '../../src/ingest/page-files.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';

/** Ingest never stops for one bad thing (#9): each is reported with its path and the rest is ingested. */
const SEED = fs.readFileSync(path.resolve('seeds/000_4397dc98031408d7.txt'));

let dir: string;
let store: Store;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paperboy-robust-'));
  store = openStore(':memory:');
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content: string | Uint8Array = SEED): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

const realFs: ListFs = {
  readdir: (d) => fs.readdirSync(d),
  stat: (f) => fs.statSync(f),
  realpath: (f) => fs.realpathSync(f),
};
/** The real file system, except that listing `folder` fails with `code` (root can read any chmod-ed folder). */
function failing(folder: string, code: string): ListFs {
  return {
    ...realFs,
    readdir: (d) => {
      if (d === folder) throw Object.assign(new Error(`${code}: ${d}`), { code });
      return fs.readdirSync(d);
    },
  };
}

describe('ingest goes on past what it cannot read', () => {
  it('reports an unreadable subfolder by path and ingests the rest', async () => {
    write('a/1.txt');
    write('locked/2.txt');
    write('z/3.txt', SEED.toString('utf8').replaceAll('舟山镇', '石柱镇'));
    const report = await ingestPath(dir, { store, listFs: failing(path.join(dir, 'locked'), 'EACCES') });
    expect(report.failed).toEqual([
      { source: path.join(dir, 'locked'), error: 'folder not read: permission denied' },
    ]);
    expect(store.pageSources()).toEqual(['a/1.txt', 'z/3.txt']);
  });

  it.skipIf(process.getuid?.() === 0)('with a real chmod 000 folder (not as root)', async () => {
    write('a/1.txt');
    write('locked/2.txt');
    fs.chmodSync(path.join(dir, 'locked'), 0o000);
    try {
      const report = await ingestPath(dir, { store });
      expect(report.failed.map((f) => f.source)).toEqual([path.join(dir, 'locked')]);
      expect(store.pageSources()).toEqual(['a/1.txt']);
    } finally {
      fs.chmodSync(path.join(dir, 'locked'), 0o755);
    }
  });

  it('follows links to pages and folders, and reports a link loop without following it', async () => {
    write('real/1.txt');
    fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'linked'));
    // real/loop → dir: a folder that contains itself.
    fs.symlinkSync(dir, path.join(dir, 'real', 'loop'));
    const listing = listPageFiles(dir);
    expect(listing.files).toEqual([path.join(dir, 'linked', '1.txt'), path.join(dir, 'real', '1.txt')]);
    expect(listing.problems.map((p) => p.path)).toEqual([
      path.join(dir, 'linked', 'loop'),
      path.join(dir, 'real', 'loop'),
    ]);
    for (const p of listing.problems) expect(p.error).toMatch(/^symbolic link loop/);
    const report = await ingestPath(dir, { store });
    expect(report.pages).toBe(2);
    expect(report.failed).toHaveLength(2);
  });

  it('reports two links pointing at each other (ELOOP) and a dangling page link by path', async () => {
    write('ok.txt');
    fs.symlinkSync(path.join(dir, 'b'), path.join(dir, 'a'));
    fs.symlinkSync(path.join(dir, 'a'), path.join(dir, 'b'));
    fs.symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'dangling.txt'));
    const report = await ingestPath(dir, { store });
    expect(report.failed).toEqual([
      { source: path.join(dir, 'a'), error: 'symbolic link loop' },
      { source: path.join(dir, 'b'), error: 'symbolic link loop' },
      { source: path.join(dir, 'dangling.txt'), error: 'vanished before it could be read' },
    ]);
    expect(store.pageSources()).toEqual(['ok.txt']);
  });

  it('reports a file that vanishes between listing and reading, and a folder that vanishes mid-scan', async () => {
    write('a.txt');
    write('gone/b.txt');
    const racing: ListFs = {
      ...realFs,
      // The listing still names ghost.txt, which is no longer there when it is read.
      readdir: (d) => {
        if (d === path.join(dir, 'gone')) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        const names = fs.readdirSync(d);
        return d === dir ? [...names, 'ghost.txt'] : names;
      },
      stat: (f) => (f.endsWith('ghost.txt') ? fs.statSync(path.join(dir, 'a.txt')) : fs.statSync(f)),
    };
    const report = await ingestPath(dir, { store, listFs: racing });
    expect(report.failed).toEqual([
      { source: path.join(dir, 'gone'), error: 'folder not read: vanished before it could be read' },
      { source: 'ghost.txt', error: 'file vanished before it could be read' },
    ]);
    expect(store.pageSources()).toEqual(['a.txt']);
  });

  it('still throws for a target that does not exist (the caller names it)', async () => {
    await expect(ingestPath(path.join(dir, 'missing'), { store })).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('ingest of damaged bytes', () => {
  it('stores a page with a few invalid bytes and warns naming the page and the count', async () => {
    const bytes = Uint8Array.from(SEED);
    bytes[SEED.indexOf(0x20)] = 0xff;
    write('damaged.txt', bytes);
    const warnings: Array<[object, string]> = [];
    const report = await ingestPath(dir, {
      store,
      logger: { debug: () => undefined, warn: (o, m) => warnings.push([o, m]) },
    });
    expect(report.pages).toBe(1);
    expect(report.warnings).toEqual([
      { source: 'damaged.txt', warning: '1 invalid byte sequence replaced by � (utf-8)' },
    ]);
    expect(warnings).toEqual([[{ source: 'damaged.txt' }, '1 invalid byte sequence replaced by � (utf-8)']]);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestPath } from '../../src/ingest/ingest.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';

/** #12 item 4: ingest records whether a page's date was printed or only the day its file was received. */
const SEED = fs.readFileSync(path.resolve('seeds/000_4397dc98031408d7.txt'));

let dir: string;
let store: Store;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paperboy-received-'));
  store = openStore(':memory:');
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('ingest: printed and received dates', () => {
  it('stores a page that prints no date as received on its file’s day, and a dated one as printed', async () => {
    const undated = path.join(dir, 'undated.txt');
    fs.writeFileSync(undated, SEED);
    const mtime = new Date('2026-12-02T03:00:00Z');
    fs.utimesSync(undated, mtime, mtime);
    // The same page under a dated file name: its date is the file's, not the day it arrived.
    const dated = path.join(dir, '2019-08-01.txt');
    fs.writeFileSync(dated, SEED);
    fs.utimesSync(dated, mtime, mtime);

    const report = await ingestPath(dir, { store, timezone: 'Asia/Shanghai' });
    expect(report).toMatchObject({ pages: 2, failed: [] });
    expect(store.editionDates()).toEqual(['2026-12-02', '2019-08-01']);
    expect(store.receivedDates()).toEqual(['2026-12-02']);
    const received = store.articlesForDate('2026-12-02');
    expect(received.length).toBeGreaterThan(0);
    expect(received.every((a) => a.dateReceived && a.source === 'undated.txt')).toBe(true);
    const printed = store.articlesForDate('2019-08-01');
    expect(printed.length).toBe(received.length);
    expect(printed.every((a) => !a.dateReceived && a.source === '2019-08-01.txt')).toBe(true);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestPath } from '../../src/ingest/ingest.js';
import type { Page } from '../../src/news/types.js';
import { openStore } from '../../src/store/open-store.js';
import { story } from '../support/articles.js';

const ARTICLES = 60;
const SUMMARY_MS = 10;

/** A page of many stories whose summaries each take SUMMARY_MS of CPU: 600 ms of work in all. */
function bigPage(source: string): Page {
  return {
    source,
    encoding: 'utf-8',
    date: '2026-12-01',
    sections: [],
    furniture: [],
    articles: Array.from({ length: ARTICLES }, (_, k) => ({
      id: `a${k}`,
      ...story({ title: `第${k}篇`, paragraphs: [`正文${k}。`] }),
    })),
  };
}

function busySummary(): { lede: string; summary: string; keywords: string[] } {
  const until = performance.now() + SUMMARY_MS;
  while (performance.now() < until);
  return { lede: '导语。', summary: '摘要。', keywords: [] };
}

describe('ingesting a large page', () => {
  let dir = '';
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives the event loop a turn every slice, so interactions are answered while it runs', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paperboy-slices-'));
    fs.writeFileSync(path.join(dir, 'big.txt'), 'x');
    const store = openStore(path.join(dir, 'db.sqlite'));
    let last = performance.now();
    let worstGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      worstGap = Math.max(worstGap, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    const report = await ingestPath(path.join(dir, 'big.txt'), {
      store,
      parse: (_bytes, source) => bigPage(source),
      summarize: busySummary,
    });
    const took = performance.now() - started;
    clearInterval(ticker);
    // The stretch since the last tick counts too: without a turn the ticker never runs at all.
    worstGap = Math.max(worstGap, performance.now() - last);
    store.close();
    expect(report.articles).toBe(ARTICLES);
    expect(took).toBeGreaterThan(ARTICLES * SUMMARY_MS * 0.9);
    // A slice is 25 ms plus the summary that crosses it; summarizing the page in one go would leave a 600 ms gap.
    expect(worstGap).toBeLessThan(150);
  });
});

/**
 * `npm run bench:ingest`: end-to-end ingest throughput (read, hash, parse, summarize, store, index) over
 * generated pages written to a temporary folder and a WAL database file. Target: at least 1 MB/s.
 * Also reports a second, unchanged run (every file skipped by hash), database bytes per article and peak RSS.
 * `INGEST_BENCH_PAGES` sets the page count (default 1000).
 *
 * Wall-clock figures drop when other processes share the CPU, so this process's CPU time is reported too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ingestPath } from '../src/ingest/ingest.js';
import { openStore } from '../src/store/open-store.js';
import { generateCorpus } from '../tests/support/page-generator.js';

export interface IngestBenchResult {
  pages: number;
  articles: number;
  megabytes: number;
  seconds: number;
  cpuSeconds: number;
  pagesPerSecond: number;
  mbPerSecond: number;
  rerunSeconds: number;
  dbBytesPerArticle: number;
  peakRssMb: number;
}

/** Ingests `pages` generated pages into a fresh database file, then again unchanged. */
export async function benchIngest(pages = 1000): Promise<IngestBenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paperboy-bench-ingest-'));
  try {
    const pagesDir = path.join(dir, 'pages');
    fs.mkdirSync(pagesDir);
    for (const g of generateCorpus({ pages }, 1, { dateInFileName: true })) {
      fs.writeFileSync(path.join(pagesDir, g.source), g.text);
    }
    const dbFile = path.join(dir, 'bench.db');
    const store = openStore(dbFile);
    try {
      const t0 = process.hrtime.bigint();
      const c0 = process.cpuUsage();
      const first = await ingestPath(pagesDir, { store });
      const cpu = process.cpuUsage(c0);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      if (first.failed.length > 0)
        throw new Error(`ingest failed: ${JSON.stringify(first.failed.slice(0, 3))}`);

      const rerun = await ingestPath(pagesDir, { store });
      if (rerun.skipped !== first.pages)
        throw new Error(`re-ingest skipped ${rerun.skipped} of ${first.pages}`);
      store.close();
      const dbBytes = fs.statSync(dbFile).size;
      const mb = first.bytes / 1e6;
      return {
        pages: first.pages,
        articles: first.articles,
        megabytes: mb,
        seconds,
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
        pagesPerSecond: first.pages / seconds,
        mbPerSecond: mb / seconds,
        rerunSeconds: rerun.durationMs / 1000,
        dbBytesPerArticle: dbBytes / first.articles,
        peakRssMb: process.resourceUsage().maxRSS / 1024,
      };
    } finally {
      store.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const pages = Number(process.env.INGEST_BENCH_PAGES ?? 1000);
  const r = await benchIngest(pages);
  console.log(`corpus: ${r.pages} generated pages, ${r.megabytes.toFixed(2)} MB, ${r.articles} articles`);
  console.log(
    `ingest throughput: ${r.pagesPerSecond.toFixed(0)} pages/s, ${r.mbPerSecond.toFixed(2)} MB/s wall clock ` +
      `(${r.seconds.toFixed(2)} s; ${r.cpuSeconds.toFixed(2)} s CPU, ${(r.megabytes / r.cpuSeconds).toFixed(2)} MB per CPU second)`,
  );
  console.log(`unchanged re-ingest: ${r.rerunSeconds.toFixed(2)} s (every file skipped by content hash)`);
  console.log(
    `database: ${Math.round(r.dbBytesPerArticle)} bytes per article (text, summaries and both indexes)`,
  );
  console.log(`peak RSS: ${r.peakRssMb.toFixed(0)} MB`);
  console.log(
    `target >= 1 MB/s: ${r.mbPerSecond >= 1 ? 'met' : 'NOT met'} (wall clock; 1-minute load average ${os.loadavg()[0]!.toFixed(1)})`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();

/**
 * `npm run bench:parse`: page parsing throughput (decode + parse) in MB/s over a generated corpus held in
 * memory, plus the seed page. Target: at least 20 MB/s. `PARSE_BENCH_MB` sets the corpus size (default 24).
 *
 * Wall-clock figures drop when other processes share the CPU, so the CPU time of this process is reported too.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parsePage } from '../src/news/page-parser.js';
import { encodePage, generateCorpus } from '../tests/support/page-generator.js';

export interface ParseBenchResult {
  megabytes: number;
  pages: number;
  articles: number;
  /** Wall-clock seconds of the best round. */
  seconds: number;
  /** CPU seconds of the best round (this process, all threads: GC included). */
  cpuSeconds: number;
  mbPerSecond: number;
  mbPerCpuSecond: number;
  pagesPerSecond: number;
}

/** Parses every page `rounds` times and reports the best round (the others absorb JIT warm-up and GC noise). */
export function benchParse(megabytes = 24, rounds = 3): ParseBenchResult {
  const corpus = generateCorpus({ bytes: megabytes * 1024 * 1024 }, 1);
  // A third of the pages in other encodings, so detection and decoding are part of the figure.
  const files = corpus.map((g, i) => ({
    source: g.source,
    bytes: encodePage(g.text, i % 6 === 1 ? 'gbk' : i % 6 === 3 ? 'utf-16le' : 'utf-8'),
  }));
  const totalBytes = files.reduce((n, f) => n + f.bytes.length, 0);
  let best = Infinity;
  let bestCpu = Infinity;
  let articles = 0;
  for (let r = 0; r < rounds; r++) {
    articles = 0;
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    for (const f of files) articles += parsePage(f.bytes, f.source).articles.length;
    const cpu = process.cpuUsage(c0);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1e6);
  }
  const mb = totalBytes / (1024 * 1024);
  return {
    megabytes: mb,
    pages: files.length,
    articles,
    seconds: best,
    cpuSeconds: bestCpu,
    mbPerSecond: mb / best,
    mbPerCpuSecond: mb / bestCpu,
    pagesPerSecond: files.length / best,
  };
}

function main(): void {
  const mb = Number(process.env.PARSE_BENCH_MB ?? 24);
  const r = benchParse(mb);
  const seed = readFileSync('seeds/000_4397dc98031408d7.txt');
  const n = 2000;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) parsePage(seed, 'seed.txt');
  const seedMs = Number(process.hrtime.bigint() - t0) / 1e6 / n;
  console.log(
    `corpus: ${r.pages} generated pages, ${r.megabytes.toFixed(1)} MB (UTF-8, GBK, UTF-16), ${r.articles} items`,
  );
  console.log(
    `parse throughput: ${r.mbPerSecond.toFixed(1)} MB/s wall clock, ${Math.round(r.pagesPerSecond)} pages/s (best of 3 rounds, ${r.seconds.toFixed(2)} s)`,
  );
  console.log(
    `per CPU second: ${r.mbPerCpuSecond.toFixed(1)} MB/s (${r.cpuSeconds.toFixed(2)} s CPU, GC threads included)`,
  );
  console.log(
    `seed page: ${seedMs.toFixed(3)} ms per parse (${(seed.length / 1048576 / (seedMs / 1000)).toFixed(1)} MB/s)`,
  );
  const load = loadavg()[0]!.toFixed(1);
  console.log(
    `target >= 20 MB/s: ${r.mbPerSecond >= 20 ? 'met' : 'NOT met'} (wall clock; 1-minute load average ${load})`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

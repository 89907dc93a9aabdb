/**
 * `npm run bench:search`: search latency on a store of 100,000 articles. Target: p99 under 20 ms.
 *
 * The store is a WAL database file in a temporary folder, filled through `savePage` (so both search indexes
 * are built exactly as ingest builds them) with articles recombined from generated pages: parsing and
 * summarizing 100,000 articles would take minutes and is measured by bench:ingest instead. Summaries are
 * stand-ins. Queries are a fixed list (the issue's examples, a miss, Latin terms) plus substrings of random
 * stored articles: 1, 2, 3 and 4-6 characters, a tenth of them converted to Traditional characters.
 * Also reports database bytes per article, title autocomplete latency and peak RSS.
 *
 * `SEARCH_BENCH_ARTICLES` sets the store size (default 100000), `SEARCH_BENCH_QUERIES` the sampled queries
 * (default 2000).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as OpenCC from 'opencc-js/cn2t';
import type { Article, Page } from '../src/news/types.js';
import { openStore } from '../src/store/open-store.js';
import type { Store } from '../src/store/types.js';
import type { ArticleSummary } from '../src/summarize/types.js';
// Seeded (mulberry32), so every run searches the same store with the same queries.
import { generateCorpus, rng } from '../tests/support/page-generator.js';

const FIXED_QUERIES = [
  '舟山镇',
  '席草',
  '舟山鎮',
  '服务',
  '服務',
  '镇',
  '草',
  '垃圾分类',
  '美丽乡村建设',
  '服务 舟山镇',
  '不存在的词语',
  'AI',
  '5G',
  'Zhejiang',
];

interface BuildResult {
  articles: number;
  pages: number;
  seconds: number;
  averageChars: number;
  bodies: string[];
}

const ARTICLES_PER_PAGE = 10;
/** Eight pages an edition: 100,000 articles span about three and a half years. */
const PAGES_PER_DAY = 8;
const PAGES_PER_BATCH = 200;

/** Fills `store` with `count` articles on pages of ten, eight pages a day from 2015-01-01. */
function build(store: Store, count: number): BuildResult {
  const started = performance.now();
  const pool = generateCorpus({ pages: 1500 }, 1).flatMap((g) => g.expected.articles);
  const r = rng(7);
  const bodies: string[] = [];
  let chars = 0;
  let made = 0;
  let pages = 0;
  const day0 = Date.UTC(2015, 0, 1);
  while (made < count) {
    store.batch(() => {
      for (let p = 0; p < PAGES_PER_BATCH && made < count; p++) {
        const date = new Date(day0 + Math.floor(pages / PAGES_PER_DAY) * 86_400_000)
          .toISOString()
          .slice(0, 10);
        const articles: Article[] = [];
        const summaries = new Map<string, ArticleSummary>();
        for (let i = 0; i < ARTICLES_PER_PAGE && made < count; i++, made++) {
          const a = pool[Math.floor(r() * pool.length)]!;
          // Half the articles get a second story's paragraphs, for a spread of lengths.
          const extra = r() < 0.5 ? pool[Math.floor(r() * pool.length)]!.paragraphs : [];
          const paragraphs = [...a.paragraphs, ...extra];
          const id = `b${made.toString(16).padStart(6, '0')}`;
          articles.push({ ...a, id, paragraphs });
          summaries.set(id, { lede: paragraphs[0]?.slice(0, 60) ?? '', summary: '', keywords: [] });
          const body = paragraphs.join('\n');
          chars += a.title.length + body.length;
          if (made % 50 === 0) bodies.push(body);
        }
        const page: Page = {
          source: `p${pages}.txt`,
          encoding: 'utf-8',
          date,
          sections: [],
          furniture: [],
          articles,
        };
        store.savePage(page, `h${pages}`, summaries);
        pages++;
      }
    });
  }
  return {
    articles: made,
    pages,
    seconds: (performance.now() - started) / 1000,
    averageChars: chars / made,
    bodies,
  };
}

type QueryClass = '1 char' | '2 chars' | '3 chars' | '4-6 chars' | 'Traditional' | 'fixed list';

/** Sampled queries: substrings of stored articles, so nearly all of them match something. */
function sampleQueries(bodies: string[], n: number): Array<{ q: string; cls: QueryClass }> {
  const r = rng(11);
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const out: Array<{ q: string; cls: QueryClass }> = FIXED_QUERIES.map((q) => ({ q, cls: 'fixed list' }));
  while (out.length < n + FIXED_QUERIES.length) {
    const body = Array.from(bodies[Math.floor(r() * bodies.length)]!.replace(/\s/g, ''));
    const x = r();
    const len = x < 0.15 ? 1 : x < 0.5 ? 2 : x < 0.75 ? 3 : 4 + Math.floor(r() * 3);
    const at = Math.floor(r() * Math.max(1, body.length - len));
    const q = body.slice(at, at + len).join('');
    if (!/[\p{L}\p{N}]/u.test(q)) continue;
    const trad = toTraditional(q);
    if (r() < 0.1 && trad !== q) out.push({ q: trad, cls: 'Traditional' });
    else
      out.push({
        q,
        cls: len === 1 ? '1 char' : len === 2 ? '2 chars' : len === 3 ? '3 chars' : '4-6 chars',
      });
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

function stats(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  return `p50 ${percentile(s, 0.5).toFixed(2)} ms, p99 ${percentile(s, 0.99).toFixed(2)} ms, max ${s.at(-1)!.toFixed(2)} ms (${s.length})`;
}

async function main(): Promise<void> {
  const count = Number(process.env.SEARCH_BENCH_ARTICLES ?? 100_000);
  const sampled = Number(process.env.SEARCH_BENCH_QUERIES ?? 2000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paperboy-bench-search-'));
  const file = path.join(dir, 'bench.db');
  try {
    let store = openStore(file);
    const built = build(store, count);
    store.close();
    const bytes = fs.statSync(file).size;
    console.log(
      `store: ${built.articles} articles on ${built.pages} pages (${built.averageChars.toFixed(0)} characters ` +
        `each on average), built in ${built.seconds.toFixed(1)} s`,
    );
    console.log(
      `database: ${Math.round(bytes / built.articles)} bytes per article (${(bytes / 1e6).toFixed(0)} MB)`,
    );

    store = openStore(file);
    const queries = sampleQueries(built.bodies, sampled);
    // Warm-up: the Traditional converter's dictionaries load on first use, and the page cache fills.
    for (const { q } of queries.slice(0, 50)) store.search(q);

    const times = new Map<QueryClass | 'all', number[]>([['all', []]]);
    let withHits = 0;
    const slowest: Array<{ q: string; ms: number }> = [];
    for (const { q, cls } of queries) {
      const t0 = process.hrtime.bigint();
      const r = store.search(q, { limit: 10 });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.total > 0) withHits++;
      slowest.push({ q, ms });
      times.get('all')!.push(ms);
      if (!times.has(cls)) times.set(cls, []);
      times.get(cls)!.push(ms);
    }
    console.log(
      `search, all queries: ${stats(times.get('all')!)}; ${withHits} of ${queries.length} found something`,
    );
    for (const [cls, ms] of times) if (cls !== 'all') console.log(`  ${cls.padEnd(12)} ${stats(ms)}`);
    slowest.sort((a, b) => b.ms - a.ms);
    console.log(
      `  slowest: ${slowest
        .slice(0, 5)
        .map((x) => `${x.q} ${x.ms.toFixed(1)} ms`)
        .join(', ')}`,
    );
    for (const q of ['舟山镇', '席草', '舟山鎮', '镇']) {
      const r = store.search(q);
      console.log(
        `  "${q}": ${r.total} ranked, first: ${r.hits[0]?.title ?? '-'} (${r.hits[0]?.date ?? '-'})`,
      );
    }

    const suggest: number[] = [];
    for (const { q } of queries.slice(0, 500)) {
      const t0 = process.hrtime.bigint();
      store.suggestArticles(q, 25);
      suggest.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    console.log(`title autocomplete: ${stats(suggest)}`);
    store.close();

    const p99 = percentile(
      [...times.get('all')!].sort((a, b) => a - b),
      0.99,
    );
    console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    console.log(
      `target p99 < 20 ms: ${p99 < 20 ? 'met' : 'NOT met'} (1-minute load average ${os.loadavg()[0]!.toFixed(1)})`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();

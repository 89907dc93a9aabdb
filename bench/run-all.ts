/**
 * `npm run bench`: runs every benchmark in turn, each in its own process so one's memory (peak RSS is part of
 * several reports) does not colour the next. Each prints its own figures; this only frames them.
 * Pass names to run a subset: `npm run bench -- parse search`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BENCHES: Array<{ name: string; file: string; args?: string[] }> = [
  { name: 'parse', file: 'bench/parse.bench.ts' },
  { name: 'parse-quality', file: 'bench/parse-quality.ts' },
  { name: 'summary', file: 'bench/summary-quality.ts', args: ['seeds', 'tests/summarize/fixtures'] },
  { name: 'ingest', file: 'bench/ingest.bench.ts' },
  { name: 'search', file: 'bench/search.bench.ts' },
  { name: 'interaction', file: 'bench/interaction.bench.ts' },
  { name: 'fanout', file: 'bench/fanout.bench.ts' },
  { name: 'match', file: 'bench/match.bench.ts' },
  { name: 'forum-fanout', file: 'bench/forum-fanout.bench.ts' },
];

const wanted = new Set(process.argv.slice(2));
let failed = 0;
for (const bench of BENCHES) {
  if (wanted.size > 0 && !wanted.has(bench.name)) continue;
  console.log(`\n=== ${bench.name} (${bench.file}) ===`);
  if (!existsSync(bench.file)) {
    console.log('not built yet');
    failed++;
    continue;
  }
  const args = (bench.args ?? []).filter((a) => existsSync(a));
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', bench.file, ...args], { stdio: 'inherit' });
  console.log(
    `--- ${bench.name}: exit ${run.status ?? run.signal}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (run.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;

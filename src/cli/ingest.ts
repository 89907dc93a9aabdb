/**
 * `npm run ingest [-- <dir|file>]`: parses, summarizes, stores and indexes page files (default: ARTICLES_DIR,
 * `seeds/`). Unchanged files are skipped by content hash. Broken files are reported on stderr and skipped;
 * the exit code is 1 when any failed. Ends with one line: pages, articles, skipped, failed, time.
 */
import 'dotenv/config';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../config.js';
import { formatReport, ingestPath } from '../ingest/ingest.js';
import { openStore } from '../store/open-store.js';

export interface IngestIo {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Draw a progress bar (stderr is a terminal). */
  progress: boolean;
}

/** Below this many files a run is quick enough that a bar would only flicker. */
const BAR_MIN_FILES = 20;
const BAR_WIDTH = 30;

function progressBar(done: number, total: number): string {
  const filled = Math.round((done / total) * BAR_WIDTH);
  return `\r[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total}`;
}

/** Runs the command; returns the exit code (0 all ingested, 1 some file failed, 2 bad usage or setup). */
export async function runIngest(
  args: string[],
  io: IngestIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const rest = args.filter((a) => a !== '--');
  if (rest.includes('--help') || rest.includes('-h') || rest.length > 1) {
    io.err('usage: npm run ingest [-- <dir|file>]');
    return 2;
  }
  let config;
  try {
    config = loadConfig(env);
  } catch (err) {
    io.err(err instanceof Error ? err.message : String(err));
    return 2;
  }
  const target = path.resolve(rest[0] ?? config.articlesDir);
  // Files under ARTICLES_DIR keep the source key the bot gives them, whichever path is passed here.
  const underArticles = !path.relative(config.articlesDir, target).startsWith('..');

  let store;
  try {
    store = openStore(config.databasePath, { defaultTimezone: config.defaultTimezone });
  } catch (err) {
    io.err(`ingest: cannot open ${config.databasePath}: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  let barShown = false;
  try {
    const report = await ingestPath(target, {
      store,
      timezone: config.defaultTimezone,
      ...(underArticles ? { root: config.articlesDir } : {}),
      onProgress: (done, total) => {
        if (!io.progress || total < BAR_MIN_FILES) return;
        io.err(progressBar(done, total));
        barShown = true;
      },
    });
    if (barShown) io.err('\n');
    for (const f of report.failed) io.err(`ingest: ${f.source}: ${f.error}\n`);
    io.out(`${formatReport(report)}\n`);
    return report.failed.length > 0 ? 1 : 0;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    io.err(`ingest: ${target}: ${code === 'ENOENT' ? 'no such file or directory' : String(err)}\n`);
    return 2;
  } finally {
    store.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runIngest(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    progress: process.stderr.isTTY === true,
  });
}

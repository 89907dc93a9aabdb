/**
 * `npm run ingest [-- [--prune] <dir|file>]`: parses, summarizes, stores and indexes page files (default:
 * ARTICLES_DIR, `seeds/`). Unchanged files are skipped by content hash. Broken files and unreadable folders are
 * reported on stderr and skipped; the exit code is 1 when any failed. Pages whose file is gone are kept unless
 * `--prune` is given. Ends with one line: pages stored, articles, unchanged, kept, dropped, failed, time.
 */
import 'dotenv/config';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../config.js';
import { formatReport, ingestPath } from '../ingest/ingest.js';
import { describeFsError } from '../ingest/page-files.js';
import { pageLimitsFrom } from '../ingest/page-limits.js';
import { openStore } from '../store/open-store.js';
import { articlesProblem, endQuietlyOnEpipe, nameOnce, setupProblem } from './cli-io.js';

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
  const prune = args.includes('--prune');
  const rest = args.filter((a) => a !== '--' && a !== '--prune');
  if (
    rest.includes('--help') ||
    rest.includes('-h') ||
    rest.length > 1 ||
    rest.some((a) => a.startsWith('-'))
  ) {
    io.err('usage: npm run ingest [-- [--prune] <dir|file>]\n');
    return 2;
  }
  let config;
  try {
    config = loadConfig(env);
  } catch (err) {
    io.err(setupProblem('ingest', err));
    return 2;
  }
  const target = path.resolve(rest[0] ?? config.articlesDir);

  let store;
  try {
    store = openStore(config.databasePath, { defaultTimezone: config.defaultTimezone });
  } catch (err) {
    io.err(setupProblem('ingest', err));
    return 2;
  }
  let barShown = false;
  try {
    const report = await ingestPath(target, {
      store,
      timezone: config.defaultTimezone,
      // Keys relative to ARTICLES_DIR inside it (what the bot gives them), absolute outside it: see sourceKey.
      root: config.articlesDir,
      prune,
      limits: pageLimitsFrom(config),
      onProgress: (done, total) => {
        if (!io.progress || total < BAR_MIN_FILES) return;
        io.err(progressBar(done, total));
        barShown = true;
      },
    });
    if (barShown) io.err('\n');
    for (const f of report.failed) io.err(`ingest: ${nameOnce(f.source, f.error)}\n`);
    for (const w of report.warnings) io.err(`ingest: warning: ${w.source}: ${w.warning}\n`);
    for (const k of report.kept) io.err(`ingest: ${k}: file is gone; its articles are kept\n`);
    if (report.kept.length > 0) io.err('ingest: run `npm run ingest -- --prune` to remove them\n');
    io.out(`${formatReport(report)}\n`);
    return report.failed.length > 0 ? 1 : 0;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file or directory' : describeFsError(err);
    io.err(articlesProblem('ingest', target, reason, rest[0] === undefined));
    return 2;
  } finally {
    store.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  endQuietlyOnEpipe();
  process.exitCode = await runIngest(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    progress: process.stderr.isTTY === true,
  });
}

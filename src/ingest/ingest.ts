/**
 * Ingest: page files in, articles stored and indexed. Used by `npm run ingest`, at bot start-up and by the
 * folder watcher, so it is a function with its dependencies passed in.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { localDay } from '../time-zone.js';
import { parsePage } from '../news/page-parser.js';
import type { Page } from '../news/types.js';
import { summarizeArticle } from '../summarize/summarize-article.js';
import type { ArticleSummary } from '../summarize/types.js';
import type { IngestStore } from '../store/interfaces/ingest-store.js';
import type { PageIngestStatus } from '../store/types.js';
import { DEFAULT_TIMEZONE } from '../time-zone.js';

/** What one ingest run did. */
export interface IngestReport {
  /** Page files stored (new or changed). */
  pages: number;
  /** Articles in those pages. */
  articles: number;
  /** Page files left alone because their content hash was already stored. */
  skipped: number;
  /** Page files that could not be read or parsed, with the reason; the others were still ingested. */
  failed: Array<{ source: string; error: string }>;
  /** Bytes read from the files stored or skipped. */
  bytes: number;
  durationMs: number;
}

/** The slice of a pino logger ingest uses. */
export interface IngestLogger {
  debug(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface IngestDeps {
  store: IngestStore;
  /**
   * Page sources are file paths relative to this folder, with `/` separators (`2024/page-3.txt`), so the same
   * file gets the same source whether its folder or the file alone is ingested. Default: the target when it
   * is a folder, the file's folder when it is a file. A file outside `root` is keyed by its base name.
   */
  root?: string;
  /** Called after each file with how many are done out of how many. */
  onProgress?: (done: number, total: number) => void;
  logger?: IngestLogger;
  /** Replaceable for tests; default: the real parser and summarizer. */
  parse?: (bytes: Uint8Array, source: string) => Page;
  summarize?: (article: Page['articles'][number]) => ArticleSummary;
  /**
   * A page that prints no date (no header line, no date in its file name) is filed under the day its file was
   * last modified, in this time zone (default Asia/Shanghai): newsrooms upload each day's pages that day, and an
   * undated article would otherwise belong to no edition and never reach /headlines or a digest.
   */
  timezone?: string;
}

/** Page files are text files; anything else in the folder (images, notes, dot files) is left alone. */
const PAGE_FILE = /\.txt$/iu;

/**
 * Ingests one page file, or every `.txt` file under a folder (recursively, in name order, dot files and
 * folders skipped). Each file: hash → skip when unchanged → parse → summarize each article → store (replacing
 * the page's previous articles) → index; files are stored in chunks of up to 64 per transaction. A file that
 * fails is reported in `failed` and the rest go on.
 *
 * @throws only when `target` itself cannot be read (missing, no permission).
 */
export async function ingestPath(target: string, deps: IngestDeps): Promise<IngestReport> {
  const started = performance.now();
  const parse = deps.parse ?? parsePage;
  const summarize = deps.summarize ?? ((a) => summarizeArticle(a));
  const timezone = deps.timezone ?? DEFAULT_TIMEZONE;
  const info = await stat(target);
  const root = path.resolve(deps.root ?? (info.isDirectory() ? target : path.dirname(target)));
  const files = info.isDirectory() ? await listPageFiles(path.resolve(target)) : [path.resolve(target)];

  const report: IngestReport = { pages: 0, articles: 0, skipped: 0, failed: [], bytes: 0, durationMs: 0 };
  let done = 0;
  for (let next = 0; next < files.length;) {
    // Read a chunk, parse and summarize it outside any transaction, then store it in one transaction: the
    // search indexes cost about half as much per article that way, and the write lock is held only to write.
    const chunk: Prepared[] = [];
    let chunkBytes = 0;
    while (next < files.length && chunk.length < CHUNK_FILES && chunkBytes < CHUNK_BYTES) {
      const file = files[next++]!;
      const item = prepare(file, sourceKey(root, file), deps.store, parse, summarize, timezone);
      chunkBytes += item.bytes;
      chunk.push(item);
    }
    const outcomes = saveChunk(chunk, deps.store);
    // Let timers and Discord events run between chunks when the bot ingests at start-up or on a file event.
    await new Promise((resolve) => setImmediate(resolve));
    for (const [i, item] of chunk.entries()) {
      const outcome = outcomes[i]!;
      report.bytes += item.bytes;
      if (outcome.kind === 'failed') {
        report.failed.push({ source: item.source, error: outcome.error });
        deps.logger?.warn({ source: item.source, error: outcome.error }, 'page not ingested');
      } else if (outcome.kind === 'skipped') {
        report.skipped++;
      } else {
        report.pages++;
        report.articles += outcome.articles;
        deps.logger?.debug(
          { source: item.source, status: outcome.status, articles: outcome.articles },
          'page stored',
        );
      }
      deps.onProgress?.(++done, files.length);
    }
  }
  report.durationMs = performance.now() - started;
  return report;
}

/** Files per transaction, and the byte budget that ends a chunk early (large pages). */
const CHUNK_FILES = 64;
const CHUNK_BYTES = 4 * 1024 * 1024;

/** A file read, hashed and (unless unchanged) parsed and summarized, ready to store. */
type Prepared =
  | {
      source: string;
      bytes: number;
      kind: 'ready';
      page: Page;
      hash: string;
      summaries: Map<string, ArticleSummary>;
    }
  | { source: string; bytes: number; kind: 'skipped' }
  | { source: string; bytes: number; kind: 'failed'; error: string };

type Outcome =
  | { kind: 'stored'; status: PageIngestStatus; articles: number }
  | { kind: 'skipped' }
  | { kind: 'failed'; error: string };

function prepare(
  file: string,
  source: string,
  store: Pick<IngestStore, 'pageHash'>,
  parse: NonNullable<IngestDeps['parse']>,
  summarize: NonNullable<IngestDeps['summarize']>,
  timezone: string,
): Prepared {
  let bytes = 0;
  try {
    // Synchronous: pages are small, and a promise per file cost more than the read (thread-pool round trips).
    const data = readFileSync(file);
    bytes = data.length;
    const hash = createHash('sha256').update(data).digest('hex');
    if (store.pageHash(source) === hash) return { source, bytes, kind: 'skipped' };
    const parsed = parse(new Uint8Array(data.buffer, data.byteOffset, data.length), source);
    const page = parsed.date ? parsed : { ...parsed, date: localDay(statSync(file).mtime, timezone) };
    const summaries = new Map(page.articles.map((a) => [a.id, summarize(a)]));
    return { source, bytes, kind: 'ready', page, hash, summaries };
  } catch (err) {
    return { source, bytes, kind: 'failed', error: describe(err) };
  }
}

/** Stores a chunk in one transaction; a page that fails to save rolls back alone. */
function saveChunk(chunk: readonly Prepared[], store: Pick<IngestStore, 'batch' | 'savePage'>): Outcome[] {
  try {
    return store.batch(() =>
      chunk.map((item): Outcome => {
        if (item.kind !== 'ready') return item;
        try {
          const status = store.savePage(item.page, item.hash, item.summaries);
          // 'unchanged': another ingest (start-up and the watcher overlapping) stored it in the meantime.
          if (status === 'unchanged') return { kind: 'skipped' };
          return { kind: 'stored', status, articles: item.page.articles.length };
        } catch (err) {
          return { kind: 'failed', error: describe(err) };
        }
      }),
    );
  } catch (err) {
    // The commit itself failed (disk full, database locked too long): nothing of this chunk was stored.
    const error = describe(err);
    return chunk.map((item): Outcome => (item.kind === 'ready' ? { kind: 'failed', error } : item));
  }
}

/** A stable source key: the path under `root` with `/` separators, or the base name when outside it. */
export function sourceKey(root: string, file: string): string {
  const rel = path.relative(root, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return path.basename(file);
  return rel.split(path.sep).join('/');
}

async function listPageFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listPageFiles(full)));
    else if (e.isFile() && PAGE_FILE.test(e.name)) out.push(full);
  }
  return out;
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'file vanished before it could be read';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(err);
}

/** The one-line summary printed at the end of an ingest. */
export function formatReport(r: IngestReport): string {
  const mb = r.bytes / 1e6;
  const seconds = r.durationMs / 1000;
  return (
    `${r.pages} pages, ${r.articles} articles, ${r.skipped} skipped, ${r.failed.length} failed ` +
    `in ${seconds.toFixed(2)} s (${mb.toFixed(2)} MB)`
  );
}

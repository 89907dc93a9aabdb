/**
 * Ingest: page files in, articles stored and indexed. Used by `npm run ingest`, at bot start-up and by the
 * folder watcher, so it is a function with its dependencies passed in.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { localDay } from '../time-zone.js';
import { decodePage } from '../news/decode.js';
import { parsePageText } from '../news/page-parser.js';
import type { Page } from '../news/types.js';
import { summarizeArticle } from '../summarize/summarize-article.js';
import type { ArticleSummary } from '../summarize/types.js';
import { pageArticleId } from '../store/article-identity.js';
import type { IngestStore } from '../store/interfaces/ingest-store.js';
import type { PageIngestStatus, StoredPage } from '../store/types.js';
import { DEFAULT_TIMEZONE } from '../time-zone.js';
import { describeFsError, listPageFiles, type ListFs } from './page-files.js';
import { checkPageSize, DEFAULT_PAGE_LIMITS, limitPage, type PageLimits } from './page-limits.js';

import type { IngestReport } from './ingest-report.js';

export { formatReport, type IngestReport } from './ingest-report.js';

/** The slice of a pino logger ingest uses. */
export interface IngestLogger {
  debug(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface IngestDeps {
  store: IngestStore;
  /**
   * The folder page keys are relative to: the bot and the CLI pass ARTICLES_DIR. A file inside it is keyed by
   * its path under it with `/` separators (`2024/page-3.txt`), so the same file gets the same key whichever
   * path was passed; a file anywhere else is keyed by its absolute path, so two folders holding the same
   * file names never replace each other's pages. Default: the target when it is a folder, the file's folder
   * when it is a file.
   */
  root?: string;
  /**
   * A stored page under the ingested folder whose file is gone: false (default) keeps it and its articles
   * (the archive stays) and counts it in `kept`; true removes it (`ingest --prune`) and counts it in `dropped`.
   */
  prune?: boolean;
  /** Page limits (default DEFAULT_PAGE_LIMITS); main.ts and the CLI pass the configured ones. */
  limits?: PageLimits;
  /** Replaceable for tests (a folder that fails to list, as it cannot be made to when running as root). */
  listFs?: ListFs;
  /** Called after each file with how many are done out of how many. */
  onProgress?: (done: number, total: number) => void;
  logger?: IngestLogger;
  /** Replaceable for tests; default: decode (noting damaged bytes) and the real parser. */
  parse?: (bytes: Uint8Array, source: string) => Page;
  summarize?: (article: Page['articles'][number]) => ArticleSummary;
  /**
   * A page that prints no date (no header line, no date in its file name) is filed under the day its file was
   * last modified, in this time zone (default Asia/Shanghai), and stored as received that day (`dateReceived`),
   * not printed: an undated article would otherwise belong to no edition and never reach /headlines, yet it
   * must not be shown as that day's paper either.
   */
  timezone?: string;
}

/**
 * Ingests one page file, or every page file under a folder (the rule is in page-files.ts). Each file: size
 * limit → hash → skip when unchanged → parse → limits → summarize each article → store (replacing the page's
 * previous articles) → index; files are stored in chunks of up to 64 per transaction. A file or subfolder that
 * fails is reported in `failed` and the rest go on. Then stored pages whose file is gone are kept or pruned.
 *
 * @throws only when `target` itself cannot be read (missing, no permission).
 */
export async function ingestPath(target: string, deps: IngestDeps): Promise<IngestReport> {
  const started = performance.now();
  const timezone = deps.timezone ?? DEFAULT_TIMEZONE;
  const limits = deps.limits ?? DEFAULT_PAGE_LIMITS;
  const report: IngestReport = {
    pages: 0,
    added: 0,
    replaced: 0,
    articles: 0,
    skipped: 0,
    kept: [],
    dropped: { pages: [], articles: 0 },
    failed: [],
    warnings: [],
    bytes: 0,
    durationMs: 0,
  };
  const parse = deps.parse ?? damageNotingParser(report);
  const summarize = deps.summarize ?? ((a) => summarizeArticle(a));
  const info = await stat(target);
  const absTarget = path.resolve(target);
  const root = path.resolve(deps.root ?? (info.isDirectory() ? target : path.dirname(target)));
  const listing = info.isDirectory()
    ? listPageFiles(absTarget, deps.listFs)
    : { files: [absTarget], problems: [], unlisted: [] };
  for (const p of listing.problems) {
    report.failed.push({ source: p.path, error: p.error });
    deps.logger?.warn({ path: p.path, error: p.error }, 'not ingested');
  }
  const files = listing.files;

  let done = 0;
  for (let next = 0; next < files.length;) {
    // Read a chunk, parse and summarize it outside any transaction, then store it in one transaction: the
    // search indexes cost about half as much per article that way, and the write lock is held only to write.
    const chunk: Prepared[] = [];
    let chunkBytes = 0;
    while (next < files.length && chunk.length < CHUNK_FILES && chunkBytes < CHUNK_BYTES) {
      const file = files[next++]!;
      const item = await prepare(file, sourceKey(root, file), deps.store, {
        parse,
        summarize,
        timezone,
        limits,
      });
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
        if (outcome.status === 'replaced') report.replaced++;
        else report.added++;
        report.articles += outcome.articles;
        deps.logger?.debug(
          { source: item.source, status: outcome.status, articles: outcome.articles },
          'page stored',
        );
      }
      deps.onProgress?.(++done, files.length);
    }
  }
  if (info.isDirectory()) settleVanished(absTarget, root, listing, deps, report);
  for (const w of report.warnings) deps.logger?.warn({ source: w.source }, w.warning);
  report.durationMs = performance.now() - started;
  return report;
}

/**
 * Stored pages under `dir` whose file is no longer there: kept (counted) or, with `prune`, removed. A page
 * under a folder that could not be listed this time is neither: its file may well still be there.
 */
function settleVanished(
  dir: string,
  root: string,
  listing: ReturnType<typeof listPageFiles>,
  deps: IngestDeps,
  report: IngestReport,
): void {
  const seen = new Set([...listing.files, ...listing.problems.map((p) => p.path)]);
  const inside = (file: string, folder: string): boolean => {
    const rel = path.relative(folder, file);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  };
  for (const source of deps.store.pageSources()) {
    const file = path.isAbsolute(source) ? source : path.join(root, ...source.split('/'));
    if (!inside(file, dir) || seen.has(file) || listing.unlisted.some((u) => inside(file, u))) continue;
    // Skipped by the listing rule (a dot folder, a renamed extension) but still there: not vanished.
    if (existsSync(file)) continue;
    if (!deps.prune) {
      report.kept.push(source);
      continue;
    }
    const removed = deps.store.removePage(source);
    if (removed === null) continue;
    report.dropped.pages.push(source);
    report.dropped.articles += removed;
    deps.logger?.debug({ source, articles: removed }, 'page of a vanished file removed');
  }
}

/** The default parser: decodes (a few damaged bytes become U+FFFD, noted in the report) and parses. */
function damageNotingParser(report: IngestReport): NonNullable<IngestDeps['parse']> {
  return (bytes, source) => {
    const decoded = decodePage(bytes, source);
    if (decoded.replaced > 0)
      report.warnings.push({
        source,
        warning: `${decoded.replaced} invalid ${decoded.replaced === 1 ? 'byte sequence' : 'byte sequences'} replaced by � (${decoded.encoding})`,
      });
    return parsePageText(decoded.text, source, decoded.encoding);
  };
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
      page: StoredPage;
      hash: string;
      summaries: Map<string, ArticleSummary>;
      /** Stored id → the parser's content id. */
      contentIds: Map<string, string>;
    }
  | { source: string; bytes: number; kind: 'skipped' }
  | { source: string; bytes: number; kind: 'failed'; error: string };

type Outcome =
  | { kind: 'stored'; status: PageIngestStatus; articles: number }
  | { kind: 'skipped' }
  | { kind: 'failed'; error: string };

interface Steps {
  parse: NonNullable<IngestDeps['parse']>;
  summarize: NonNullable<IngestDeps['summarize']>;
  timezone: string;
  limits: PageLimits;
}

async function prepare(
  file: string,
  source: string,
  store: Pick<IngestStore, 'pageHash'>,
  steps: Steps,
): Promise<Prepared> {
  let bytes = 0;
  try {
    // Synchronous: pages are small, and a promise per file cost more than the read (thread-pool round trips).
    const info = statSync(file);
    // Checked before reading: a 50 MB file is never read, parsed or summarized.
    checkPageSize(info.size, steps.limits);
    const data = readFileSync(file);
    bytes = data.length;
    checkPageSize(bytes, steps.limits);
    const hash = createHash('sha256').update(data).digest('hex');
    if (store.pageHash(source) === hash) return { source, bytes, kind: 'skipped' };
    const parsed = limitPage(
      steps.parse(new Uint8Array(data.buffer, data.byteOffset, data.length), source),
      steps.limits,
    );
    // Filed under the day it was received, and marked so: reads must not present it as that day's paper.
    const dated = parsed.date
      ? parsed
      : { ...parsed, date: localDay(info.mtime, steps.timezone), dateReceived: true };
    // An article's id includes its page's key, so the same story on two pages is two articles (#9).
    const contentIds = new Map<string, string>();
    const page = {
      ...dated,
      articles: dated.articles.map((a) => {
        const id = pageArticleId(source, a.id);
        contentIds.set(id, a.id);
        return { ...a, id };
      }),
    };
    const summaries = await summarizeInSlices(page.articles, steps.summarize);
    return { source, bytes, kind: 'ready', page, hash, summaries, contentIds };
  } catch (err) {
    return { source, bytes, kind: 'failed', error: describe(err) };
  }
}

/**
 * Summarizing is most of an ingest's time (a page at the 2 MB limit takes seconds). In the bot it runs on the
 * event loop that answers interactions, so it gives the loop a turn every SLICE_MS: an interaction waits a slice
 * at most, never the whole page (Discord wants an answer within 3 s).
 */
const SLICE_MS = 25;

async function summarizeInSlices(
  articles: readonly Page['articles'][number][],
  summarize: Steps['summarize'],
): Promise<Map<string, ArticleSummary>> {
  const out = new Map<string, ArticleSummary>();
  let sliceStart = performance.now();
  for (const a of articles) {
    out.set(a.id, summarize(a));
    if (performance.now() - sliceStart >= SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
  return out;
}

/** Stores a chunk in one transaction; a page that fails to save rolls back alone. */
function saveChunk(chunk: readonly Prepared[], store: Pick<IngestStore, 'batch' | 'savePage'>): Outcome[] {
  try {
    return store.batch(() =>
      chunk.map((item): Outcome => {
        if (item.kind !== 'ready') return item;
        try {
          const status = store.savePage(item.page, item.hash, item.summaries, item.contentIds);
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

/**
 * A page's stored key: the path under `root` with `/` separators when the file is inside it, else its absolute
 * path (so `ingest -- a/` and `ingest -- b/` holding the same names stay two pages).
 */
export function sourceKey(root: string, file: string): string {
  const abs = path.resolve(file);
  const rel = path.relative(path.resolve(root), abs);
  if (rel === '') return path.basename(abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return abs.split(path.sep).join('/');
  return rel.split(path.sep).join('/');
}

function describe(err: unknown): string {
  if ((err as NodeJS.ErrnoException | undefined)?.code === 'ENOENT')
    return 'file vanished before it could be read';
  return describeFsError(err);
}

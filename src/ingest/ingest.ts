/**
 * Ingest: page files in, articles stored and indexed. Used by `npm run ingest`, at bot start-up and by the
 * folder watcher, so it is a function with its dependencies passed in.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parsePage } from '../news/page-parser.js';
import type { Page } from '../news/types.js';
import { summarizeArticle } from '../summarize/summarize-article.js';
import type { ArticleSummary } from '../summarize/types.js';
import type { Store } from '../store/types.js';

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
  store: Store;
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
}

/** Page files are text files; anything else in the folder (images, notes, dot files) is left alone. */
const PAGE_FILE = /\.txt$/iu;

/**
 * Ingests one page file, or every `.txt` file under a folder (recursively, in name order, dot files and
 * folders skipped). Each file: hash → skip when unchanged → parse → summarize each article → store (replacing
 * the page's previous articles) → index. A file that fails is reported in `failed` and the rest go on.
 *
 * @throws only when `target` itself cannot be read (missing, no permission).
 */
export async function ingestPath(target: string, deps: IngestDeps): Promise<IngestReport> {
  const started = performance.now();
  const parse = deps.parse ?? parsePage;
  const summarize = deps.summarize ?? ((a) => summarizeArticle(a));
  const info = await stat(target);
  const root = path.resolve(deps.root ?? (info.isDirectory() ? target : path.dirname(target)));
  const files = info.isDirectory() ? await listPageFiles(path.resolve(target)) : [path.resolve(target)];

  const report: IngestReport = { pages: 0, articles: 0, skipped: 0, failed: [], bytes: 0, durationMs: 0 };
  for (const [i, file] of files.entries()) {
    const source = sourceKey(root, file);
    try {
      const bytes = await readFile(file);
      const hash = createHash('sha256').update(bytes).digest('hex');
      report.bytes += bytes.length;
      if (deps.store.pageHash(source) === hash) {
        report.skipped++;
      } else {
        const page = parse(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), source);
        const summaries = new Map(page.articles.map((a) => [a.id, summarize(a)]));
        const status = deps.store.savePage(page, hash, summaries);
        if (status === 'unchanged') {
          // Another ingest (the watcher and start-up overlapping) stored it in the meantime.
          report.skipped++;
        } else {
          report.pages++;
          report.articles += page.articles.length;
          deps.logger?.debug({ source, status, articles: page.articles.length }, 'page stored');
        }
      }
    } catch (err) {
      const error = describe(err);
      report.failed.push({ source, error });
      deps.logger?.warn({ source, error }, 'page not ingested');
    }
    deps.onProgress?.(i + 1, files.length);
  }
  report.durationMs = performance.now() - started;
  return report;
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

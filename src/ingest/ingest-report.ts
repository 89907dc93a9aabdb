/** What one ingest run did. Every count is of what really happened in the database. */
export interface IngestReport {
  /** Page files stored (new or changed): `added` + `replaced`. */
  pages: number;
  /** Pages stored for the first time. */
  added: number;
  /** Pages whose stored articles were replaced by the file's new content. */
  replaced: number;
  /** Articles stored from those pages (each copy of a story printed twice counts: both are stored). */
  articles: number;
  /** Page files left alone because their content hash was already stored. */
  skipped: number;
  /** Stored pages whose file is gone from the folder and were kept (the default; see `prune`). */
  kept: string[];
  /** Stored pages whose file is gone and were removed (`prune`), with their articles. */
  dropped: { pages: string[]; articles: number };
  /** Page files (or folders) that could not be read, listed or parsed, with the reason; the rest went on. */
  failed: Array<{ source: string; error: string }>;
  /** Pages stored with a remark (damaged bytes replaced), with the remark. */
  warnings: Array<{ source: string; warning: string }>;
  /** Bytes read from the files stored or skipped. */
  bytes: number;
  durationMs: number;
}

/**
 * The one-line summary printed at the end of an ingest: what was stored (new and updated pages, articles),
 * left alone, kept although its file is gone, dropped (`--prune`) and failed.
 */
export function formatReport(r: IngestReport): string {
  const mb = r.bytes / 1e6;
  const seconds = r.durationMs / 1000;
  return (
    `${r.pages} pages stored (${r.added} new, ${r.replaced} updated), ${r.articles} articles, ` +
    `${r.skipped} unchanged, ${r.kept.length} gone but kept, ` +
    `${r.dropped.pages.length} dropped (${r.dropped.articles} articles), ${r.failed.length} failed ` +
    `in ${seconds.toFixed(2)} s (${mb.toFixed(2)} MB)`
  );
}

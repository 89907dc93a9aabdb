/**
 * `npm run --silent parse -- <file|dir>`: prints the parsed page (or, for a directory, an array of pages) as JSON
 * on stdout. A directory's pages are chosen exactly as ingest chooses them (`listPageFiles`: `.txt` files,
 * recursively, dot names skipped, links followed). A broken file or unreadable folder gets a one-line message on
 * stderr and makes the exit code non-zero; the other pages are still parsed and printed. A page with a few
 * damaged bytes is parsed with a warning on stderr.
 */
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { listPageFiles } from '../ingest/page-files.js';
import { decodePage } from '../news/decode.js';
import { PageError } from '../news/page-error.js';
import { parsePageText } from '../news/page-parser.js';
import type { Page } from '../news/types.js';
import { endQuietlyOnEpipe } from './cli-io.js';

export interface ParseIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

function describe(e: unknown, path: string): string {
  if (e instanceof PageError) return e.message;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `${path}: no such file or directory`;
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied`;
  if (code === 'EISDIR') return `${path}: is a directory`;
  return `${path}: cannot be read (${e instanceof Error ? e.message : String(e)})`;
}

function parseFile(path: string, io: ParseIo): Page | null {
  try {
    const decoded = decodePage(readFileSync(path), path);
    if (decoded.replaced > 0)
      io.err(`parse: warning: ${path}: ${decoded.replaced} invalid byte sequences replaced by \uFFFD`);
    return parsePageText(decoded.text, path, decoded.encoding);
  } catch (e) {
    io.err(`parse: ${describe(e, path)}`);
    return null;
  }
}

/** Runs the command; returns the exit code (0 all parsed, 1 some page broken, 2 usage or missing path). */
export function runParse(args: string[], io: ParseIo): number {
  const target = args.filter((a) => a !== '--')[0];
  if (target === undefined || args.includes('--help') || args.includes('-h')) {
    io.err('usage: npm run --silent parse -- <file|dir>');
    return 2;
  }
  let isDir: boolean;
  try {
    isDir = statSync(target).isDirectory();
  } catch (e) {
    io.err(`parse: ${describe(e, target)}`);
    return 2;
  }
  if (!isDir) {
    const page = parseFile(target, io);
    if (page === null) return 1;
    io.out(JSON.stringify(page, null, 2) + '\n');
    return 0;
  }
  let listing;
  try {
    listing = listPageFiles(target);
  } catch (e) {
    io.err(`parse: ${describe(e, target)}`);
    return 2;
  }
  let failed = 0;
  for (const p of listing.problems) {
    io.err(`parse: ${p.path}: ${p.error}`);
    failed++;
  }
  const pages: Page[] = [];
  for (const path of listing.files) {
    const page = parseFile(path, io);
    if (page === null) failed++;
    else pages.push(page);
  }
  io.out(JSON.stringify(pages, null, 2) + '\n');
  return failed > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  endQuietlyOnEpipe();
  process.exitCode = runParse(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s + '\n'),
  });
}

/**
 * `npm run --silent parse -- <file|dir>`: prints the parsed page (or, for a directory, an array of pages) as JSON
 * on stdout. A broken file gets a one-line message on stderr and makes the exit code non-zero; in a directory the
 * other pages are still parsed and printed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PageError } from '../news/page-error.js';
import { parsePage } from '../news/page-parser.js';
import type { Page } from '../news/types.js';

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
    return parsePage(readFileSync(path), path);
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
  let names: string[];
  try {
    names = readdirSync(target)
      .filter((n) => !n.startsWith('.'))
      .sort();
  } catch (e) {
    io.err(`parse: ${describe(e, target)}`);
    return 2;
  }
  const pages: Page[] = [];
  let failed = 0;
  for (const name of names) {
    const path = join(target, name);
    let file = false;
    try {
      file = statSync(path).isFile();
    } catch (e) {
      io.err(`parse: ${describe(e, path)}`);
      failed++;
      continue;
    }
    if (!file) continue;
    const page = parseFile(path, io);
    if (page === null) failed++;
    else pages.push(page);
  }
  io.out(JSON.stringify(pages, null, 2) + '\n');
  return failed > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = runParse(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s + '\n'),
  });
}

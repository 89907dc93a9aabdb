/**
 * What every CLI does the same way at its edges: end quietly when the reader of its output goes away, and
 * print setup problems (configuration, database, articles folder) as one plain line with the fix.
 */
import { ConfigError } from '../config.js';
import { StoreOpenError } from '../store/open-store.js';
import { SchemaVersionError } from '../store/schema.js';

/**
 * `npm run --silent digest | head`: once `head` has read enough it closes the pipe and the next write fails
 * with EPIPE. That is the reader's choice, not an error: stop without a stack trace.
 */
export function endQuietlyOnEpipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw err;
  });
}

/** `s` ending in exactly one newline, so consecutive error lines never run together. */
export function asLine(s: string): string {
  return `${s.replace(/\n+$/, '')}\n`;
}

/**
 * A problem found before any work (bad .env, an unusable DATABASE_PATH) as `<cli>: <message>` lines. The
 * messages already name the path and the fix; nothing else is added so the path appears once.
 */
export function setupProblem(cli: string, err: unknown): string {
  if (err instanceof ConfigError) return asLine(`${cli}: ${err.message}\nSee .env.example for every key.`);
  if (err instanceof StoreOpenError || err instanceof SchemaVersionError)
    return asLine(`${cli}: ${err.message}`);
  return asLine(`${cli}: ${err instanceof Error ? err.message : String(err)}`);
}

/** `file: error`, naming the file once even when the error message already starts with it (a PageError). */
export function nameOnce(file: string, error: string): string {
  return error.startsWith(`${file}:`) || error.startsWith(`${file} `) ? error : `${file}: ${error}`;
}

/** A missing or unreadable ARTICLES_DIR (or folder given on the command line), with the fix. */
export function articlesProblem(cli: string, dir: string, reason: string, fromConfig: boolean): string {
  const fix = fromConfig
    ? 'Set ARTICLES_DIR in .env to the folder of page files, or pass one: npm run ingest -- <dir|file>'
    : 'Check the path, or omit it to use ARTICLES_DIR';
  return asLine(`${cli}: ${dir}: ${reason}. ${fix}.`);
}

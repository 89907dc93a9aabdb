/**
 * `npm run --silent search -- <query> [--json] [--limit N]`: searches the stored articles and prints, best
 * first, each hit's id, title, date and snippet (matches in `**…**`, bold on a terminal). `--json` prints the
 * SearchResult as JSON instead.
 */
import 'dotenv/config';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../config.js';
import { openStore } from '../store/open-store.js';
import { endQuietlyOnEpipe, setupProblem } from './cli-io.js';
import type { SearchResult } from '../store/types.js';

export interface SearchIo {
  out: (s: string) => void;
  err: (s: string) => void;
  /** stdout is a terminal: show `**…**` as bold. */
  color: boolean;
}

const USAGE = 'usage: npm run --silent search -- <query> [--json] [--limit N]';

interface SearchArgs {
  query: string;
  json: boolean;
  limit: number;
}

function parseArgs(args: string[]): SearchArgs | string {
  const words: string[] = [];
  let json = false;
  let limit = 10;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') continue;
    if (a === '--json') json = true;
    else if (a === '--limit') {
      const n = Number(args[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 100) return '--limit takes a whole number from 1 to 100';
      limit = n;
    } else if (a === '--help' || a === '-h') return '';
    else words.push(a);
  }
  const query = words.join(' ').trim();
  return query ? { query, json, limit } : '';
}

/** Human-readable results, one block per hit. */
export function formatResults(query: string, result: SearchResult, color: boolean): string {
  if (result.hits.length === 0) return `No results for “${query}”.\n`;
  const bold = (s: string): string => (color ? s.replace(/\*\*(.+?)\*\*/gu, '\x1b[1m$1\x1b[22m') : s);
  const lines = result.hits.map(
    (h, i) => `${i + 1}. ${h.title}  ${h.date ?? 'undated'}  [${h.id}]\n   ${bold(h.snippet)}`,
  );
  return `${lines.join('\n')}\n(${result.hits.length} of ${result.total}${result.capped ? '+' : ''})\n`;
}

/** Runs the command; returns the exit code (0 done, even with no hits; 2 bad usage or setup). */
export function runSearch(args: string[], io: SearchIo, env: NodeJS.ProcessEnv = process.env): number {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`${parsed ? `search: ${parsed}\n` : ''}${USAGE}\n`);
    return 2;
  }
  let store;
  try {
    const config = loadConfig(env);
    store = openStore(config.databasePath, { defaultTimezone: config.defaultTimezone });
  } catch (err) {
    io.err(setupProblem('search', err));
    return 2;
  }
  try {
    const result = store.search(parsed.query, { limit: parsed.limit });
    if (parsed.json) io.out(`${JSON.stringify(result, null, 2)}\n`);
    else {
      io.out(formatResults(parsed.query, result, io.color));
      if (result.total === 0 && store.articleCount() === 0)
        io.err('search: the store is empty; run `npm run ingest` first\n');
    }
    return 0;
  } finally {
    store.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  endQuietlyOnEpipe();
  process.exitCode = runSearch(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    color: process.stdout.isTTY === true,
  });
}

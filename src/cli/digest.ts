/**
 * `npm run --silent digest [-- --date YYYY-MM-DD] [--locale en|zh]`: prints a digest as a channel would
 * receive it, in plain text, from the store (newest edition by default).
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { normalizeDate } from '../calendar-date.js';
import { ConfigError, loadConfig } from '../config.js';
import { buildDigest } from '../digest/build-digest.js';
import { renderDigestText } from '../digest/render-text.js';
import type { EditionReader } from '../store/interfaces/edition-reader.js';
import { openStore } from '../store/open-store.js';
import { endQuietlyOnEpipe, setupProblem } from './cli-io.js';

const USAGE = 'Usage: npm run --silent digest [-- --date YYYY-MM-DD] [--locale en|zh]';

/** What the CLI printed and its exit code; kept apart from `process` so tests run it in-process. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const failure = (message: string): CliResult => ({ code: 1, stdout: '', stderr: `${message}\n` });

/** Runs the digest CLI on `argv` (without node and script) with `env` for the configuration. */
export function digestCli(argv: string[], env: NodeJS.ProcessEnv = process.env): CliResult {
  let values: { date?: string; locale?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        date: { type: 'string' },
        locale: { type: 'string', default: 'en' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (err) {
    return failure(`${(err as Error).message}\n${USAGE}`);
  }
  if (values.help) return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
  const locale = values.locale;
  if (locale !== 'en' && locale !== 'zh') return failure(`--locale must be en or zh\n${USAGE}`);
  const wantedDate = values.date === undefined ? undefined : normalizeDate(values.date);
  if (wantedDate === null)
    return failure(`--date must be a real date as YYYY-MM-DD, for example 2019-08-07 (got "${values.date}")`);

  let databasePath: string;
  try {
    databasePath = loadConfig(env).databasePath;
  } catch (err) {
    if (err instanceof ConfigError) return failure(err.message);
    throw err;
  }
  if (!existsSync(databasePath))
    return failure(`No database at ${databasePath}. Run \`npm run ingest\` first.`);

  let store;
  try {
    store = openStore(databasePath);
  } catch (err) {
    return { code: 1, stdout: '', stderr: setupProblem('digest', err) };
  }
  try {
    return printDigest(store, wantedDate, locale);
  } finally {
    store.close();
  }
}

/** The digest of `wantedDate` (default: the newest edition) as text, or why there is none. */
function printDigest(store: EditionReader, wantedDate: string | undefined, locale: 'en' | 'zh'): CliResult {
  const editions = store.editionDates();
  const date = wantedDate ?? editions[0];
  if (!date) {
    const n = store.articleCount();
    return failure(
      n > 0
        ? `${n} articles are stored, but none has an edition date (their pages print no date), so no digest includes them.`
        : 'No editions are stored yet. Run `npm run ingest` first.',
    );
  }
  const articles = store.articlesForDate(date);
  if (articles.length === 0)
    return failure(
      `There is no edition for ${date}. Editions stored: ${editions.slice(0, 10).join(', ') || 'none'}.`,
    );
  return {
    code: 0,
    stdout: renderDigestText(buildDigest(articles, { editionDate: date }), locale),
    stderr: '',
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  endQuietlyOnEpipe();
  const result = digestCli(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}

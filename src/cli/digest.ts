/**
 * `npm run --silent digest [-- --date YYYY-MM-DD] [--locale en|zh]`: prints a digest as a channel would
 * receive it, in plain text, from the store (newest edition by default).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { buildDigest } from '../digest/build-digest.js';
import { renderDigestText } from '../digest/render-text.js';
import { openStore } from '../store/open-store.js';

const USAGE = 'Usage: npm run --silent digest [-- --date YYYY-MM-DD] [--locale en|zh]';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function main(): void {
  let values: { date?: string; locale?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        date: { type: 'string' },
        locale: { type: 'string', default: 'en' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const locale =
    values.locale === 'zh'
      ? 'zh'
      : values.locale === 'en'
        ? 'en'
        : fail(`--locale must be en or zh\n${USAGE}`);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
    fail(`--date must be YYYY-MM-DD, for example 2019-08-07 (got "${values.date}")`);

  let databasePath: string;
  try {
    databasePath = loadConfig().databasePath;
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  if (!existsSync(databasePath)) fail(`No database at ${databasePath}. Run \`npm run ingest\` first.`);

  const store = openStore(databasePath);
  try {
    const editions = store.editionDates();
    const date = values.date ?? editions[0];
    if (!date) fail('No editions are stored yet. Run `npm run ingest` first.');
    const articles = store.articlesForDate(date);
    if (articles.length === 0)
      fail(
        `There is no edition for ${date}. Editions stored: ${editions.slice(0, 10).join(', ') || 'none'}.`,
      );
    process.stdout.write(renderDigestText(buildDigest(articles, { editionDate: date }), locale));
  } finally {
    store.close();
  }
}

main();

/**
 * `npm run --silent summarize -- <file|dir> [--json] [--budget N] [--format auto|page|article]`
 *
 * Prints each article's title, lede, summary and keywords. Never touches the database. A directory
 * is read non-recursively (files in name order, dotfiles skipped). With `--json`, a file gives
 * `{"source", "articles": [{"id", "title", "lede", "summary", "keywords"}]}` and a directory an
 * array of those. Unreadable files are reported on stderr and make the exit code 1; the others are
 * still printed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readArticles, type SourceFormat } from '../summarize/article-source.js';
import { DEFAULT_BUDGET, summarizeArticle } from '../summarize/summarize-article.js';
import { endQuietlyOnEpipe } from './cli-io.js';

interface SummarizedSource {
  source: string;
  articles: { id: string; title: string; lede: string; summary: string; keywords: string[] }[];
}

const USAGE =
  'usage: npm run --silent summarize -- <file|dir> [--json] [--budget N] [--format auto|page|article]';

interface Options {
  path: string;
  json: boolean;
  budget: number;
  format: SourceFormat;
}

function parseArgs(argv: string[]): Options | string {
  let path: string | undefined;
  let json = false;
  let budget = DEFAULT_BUDGET;
  let format: SourceFormat = 'auto';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--budget') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value <= 0)
        return '--budget needs a positive whole number of characters';
      budget = value;
    } else if (arg === '--format') {
      const value = argv[++i];
      if (value !== 'auto' && value !== 'page' && value !== 'article')
        return '--format is auto, page or article';
      format = value;
    } else if (arg === '-h' || arg === '--help') return USAGE;
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (path === undefined) path = arg;
    else return `one path only (got ${path} and ${arg})`;
  }
  if (path === undefined) return 'missing <file|dir>';
  return { path, json, budget, format };
}

/** Lists the files a path stands for; throws with a readable message when it does not exist. */
export function inputFiles(path: string): { files: string[]; isDir: boolean } {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new Error(`${path}: no such file or directory`);
  }
  if (!stats.isDirectory()) return { files: [path], isDir: false };
  const files = readdirSync(path, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => join(path, e.name))
    .sort();
  return { files, isDir: true };
}

function summarizeFile(file: string, options: Options): SummarizedSource {
  const { source, articles } = readArticles(readFileSync(file), file, options.format);
  return {
    source,
    articles: articles.map((article) => {
      const { lede, summary, keywords } = summarizeArticle(article, { budget: options.budget });
      return { id: article.id, title: article.title, lede, summary, keywords };
    }),
  };
}

function printText(result: SummarizedSource): void {
  console.log(`== ${result.source} (${result.articles.length} articles)`);
  for (const a of result.articles) {
    console.log(`\n# ${a.title}  [${a.id}]`);
    console.log(`lede:     ${a.lede}`);
    console.log(`summary:  ${a.summary}`);
    console.log(`keywords: ${a.keywords.join(' · ')}`);
  }
  console.log('');
}

function main(argv: string[]): number {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    console.error(options === USAGE ? USAGE : `summarize: ${options}\n${USAGE}`);
    return options === USAGE ? 0 : 2;
  }
  let listing;
  try {
    listing = inputFiles(options.path);
  } catch (error) {
    console.error(`summarize: ${(error as Error).message}`);
    return 1;
  }
  const results: SummarizedSource[] = [];
  let failed = 0;
  for (const file of listing.files) {
    try {
      const result = summarizeFile(file, options);
      results.push(result);
      if (!options.json) printText(result);
    } catch (error) {
      failed += 1;
      // PageError messages already name the file; others may not.
      const message = (error as Error).message;
      console.error(`summarize: skipped ${message.startsWith(file) ? message : `${file}: ${message}`}`);
    }
  }
  // A single file that could not be read prints nothing on stdout: the error is on stderr.
  if (options.json && listing.isDir) console.log(JSON.stringify(results, null, 2));
  else if (options.json && results[0] !== undefined) console.log(JSON.stringify(results[0], null, 2));
  return failed > 0 ? 1 : 0;
}

endQuietlyOnEpipe();
process.exitCode = main(process.argv.slice(2));

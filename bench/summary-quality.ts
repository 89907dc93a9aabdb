/**
 * `npm run --silent bench:summary -- <dir|file>...` (default: seeds/)
 *
 * For every article in the given OCR pages or article files (title lines, a blank line, then body
 * paragraphs), scores the one-sentence lede against the article's title with character-level
 * ROUGE-1/2/L F1 (whitespace and punctuation ignored), for two systems:
 * - Lead-1: the first sentence of the body, with dateline boilerplate stripped the same way;
 * - Paperboy: `summarizeArticle(...).lede`.
 * Prints one row per article and the mean, then summarizer throughput. Exits 1 when Paperboy's mean
 * does not beat Lead-1's on ROUGE-1, ROUGE-2 and ROUGE-L alike, or when an input cannot be read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/news/types.js';
import { readArticles } from '../src/summarize/article-source.js';
import { stripDateline } from '../src/summarize/dateline.js';
import { splitSentences } from '../src/summarize/sentence-split.js';
import { summarizeArticle } from '../src/summarize/summarize-article.js';
import { rougeF1 } from './rouge.js';

type Scores = { r1: number; r2: number; rl: number };

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => join(path, e.name))
    .sort();
}

/** The baseline: the body's first sentence that has words, dateline removed. */
function leadOne(article: Article): string {
  const first = article.paragraphs.findIndex((p) => /[\p{L}\p{N}]/u.test(p));
  if (first < 0) return '';
  const paragraphs = article.paragraphs.slice(first);
  paragraphs[0] = stripDateline(paragraphs[0] as string, article.dateline);
  for (const sentence of paragraphs.flatMap(splitSentences)) {
    if (/[\p{L}\p{N}]/u.test(sentence)) return sentence;
  }
  return '';
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const row = (s: Scores): string => `${pct(s.r1)} ${pct(s.r2)} ${pct(s.rl)}`;

function mean(rows: Scores[]): Scores {
  const n = Math.max(1, rows.length);
  return {
    r1: rows.reduce((a, s) => a + s.r1, 0) / n,
    r2: rows.reduce((a, s) => a + s.r2, 0) / n,
    rl: rows.reduce((a, s) => a + s.rl, 0) / n,
  };
}

function main(paths: string[]): number {
  let unreadable = 0;
  const articles: { label: string; article: Article }[] = [];
  for (const path of paths) {
    let list: string[];
    try {
      list = files(path);
    } catch {
      console.error(`bench:summary: ${path}: no such file or directory`);
      unreadable += 1;
      continue;
    }
    for (const file of list) {
      try {
        const { articles: found } = readArticles(readFileSync(file), file);
        found.forEach((article, i) => articles.push({ label: `${file}#${i + 1}`, article }));
      } catch (error) {
        console.error(`bench:summary: skipped ${(error as Error).message}`);
        unreadable += 1;
      }
    }
  }
  if (articles.length === 0) {
    console.error('bench:summary: no articles found');
    return 1;
  }

  // The first call loads jieba and the idf table; time it apart from steady-state throughput.
  const loadStart = performance.now();
  summarizeArticle({
    title: '预热',
    paragraphs: ['本报讯 服务团赴舟山镇开展“三服务”活动。市领导参加活动。'],
    dateline: null,
    kind: 'article',
  });
  const loadMs = performance.now() - loadStart;

  console.log('Lede vs title: character-level F1 (%), whitespace and punctuation ignored');
  console.log('   Lead-1 R1    R2    RL |  Paperboy R1    R2    RL | article  title');
  const lead: Scores[] = [];
  const ours: Scores[] = [];
  let chars = 0;
  let summarizeMs = 0;
  for (const { label, article } of articles) {
    const started = performance.now();
    const { lede } = summarizeArticle(article);
    summarizeMs += performance.now() - started;
    chars += article.paragraphs.reduce((n, p) => n + p.length, article.title.length);
    const l = rougeF1(leadOne(article), article.title);
    const o = rougeF1(lede, article.title);
    lead.push(l);
    ours.push(o);
    console.log(`       ${row(l)} |          ${row(o)} | ${label}  ${article.title}`);
  }
  const ml = mean(lead);
  const mo = mean(ours);
  console.log(`       ${row(ml)} |          ${row(mo)} | mean of ${articles.length} articles`);
  const beats = mo.r1 > ml.r1 && mo.r2 > ml.r2 && mo.rl > ml.rl;
  console.log(`Paperboy beats Lead-1 on mean ROUGE-1, -2 and -L: ${beats ? 'yes' : 'NO'}`);

  // Steady-state speed: re-summarize the same articles for about a second (JIT warm, jieba loaded).
  const bytes = articles.reduce(
    (n, { article }) => n + Buffer.byteLength(article.title + article.paragraphs.join('')),
    0,
  );
  let rounds = 0;
  const warmStart = performance.now();
  while (performance.now() - warmStart < 1000) {
    for (const { article } of articles) summarizeArticle(article);
    rounds += 1;
  }
  const warmMs = performance.now() - warmStart;
  console.log(
    `summarizer: first call (loads jieba and idf) ${loadMs.toFixed(0)} ms; first pass over ${chars} chars ` +
      `${summarizeMs.toFixed(0)} ms; warm: ${rounds} passes in ${warmMs.toFixed(0)} ms = ` +
      `${((bytes * rounds) / 1e6 / (warmMs / 1000)).toFixed(2)} MB/s of UTF-8 text`,
  );
  return beats && unreadable === 0 ? 0 : 1;
}

const args = process.argv.slice(2);
process.exitCode = main(args.length > 0 ? args : ['seeds']);

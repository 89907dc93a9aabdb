/**
 * `npm run bench:match`: what matching costs per newly ingested article (#11) against 10,000 personal follows
 * (one KeywordIndex) and 1,000 filtered subscriptions (compileFilters each). Target: under 5 ms per article.
 *
 * Articles are real text: the seed pages (parsed) and every article of the tests/news corpora (their gold
 * text). Follow keywords are drawn from that text, 1-6 Chinese characters long (mostly two to four, as
 * people type them), a tenth of them converted to Traditional characters, plus a fifth that occur nowhere
 * (names and topics the paper has not printed). Subscriptions have one to three include keywords, a third of
 * them an exclude keyword and a quarter a section. Everything is seeded (mulberry32), so runs compare.
 *
 * `MATCH_BENCH_FOLLOWS` and `MATCH_BENCH_SUBSCRIPTIONS` change the sizes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js/cn2t';
import {
  compileFilters,
  FilterSet,
  type FilterableArticle,
  type SubscriptionFilters,
} from '../src/digest/filters.js';
import { KeywordIndex, matchText } from '../src/digest/keyword-match.js';
import { parsePage } from '../src/news/page-parser.js';
import { simplifiedVariants } from '../src/store/traditional.js';
import { CORPORA } from '../tests/news/corpus/corpora.js';
import { loadCorpus } from '../tests/support/corpus.js';
import { rng } from '../tests/support/page-generator.js';

const FOLLOWS = Number(process.env.MATCH_BENCH_FOLLOWS ?? 10_000);
const SUBSCRIPTIONS = Number(process.env.MATCH_BENCH_SUBSCRIPTIONS ?? 1_000);
const TARGET_MS = 5;

function loadArticles(): FilterableArticle[] {
  const out: FilterableArticle[] = [];
  const seeds = path.resolve('seeds');
  for (const f of readdirSync(seeds).filter((n) => n.endsWith('.txt')))
    for (const a of parsePage(readFileSync(path.join(seeds, f)), f).articles) out.push(a);
  for (const corpus of CORPORA)
    for (const page of loadCorpus(corpus.dir))
      for (const a of page.articles) out.push({ ...a.gold, section: page.name.replace(/^\d+-/, '') });
  return out;
}

const HAN = /^\p{Script=Han}+$/u;

/** 1-6 characters, weighted the way people type follows: mostly two to four. */
function keywordLength(r: () => number): number {
  const x = r();
  return x < 0.05 ? 1 : x < 0.45 ? 2 : x < 0.75 ? 3 : x < 0.9 ? 4 : x < 0.96 ? 5 : 6;
}

function makeKeywords(articles: FilterableArticle[], count: number, seed: number): string[] {
  const r = rng(seed);
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const texts = articles.map((a) => [a.title, ...(a.paragraphs ?? [])].join(''));
  const chars = [...new Set(texts.join(''))].filter((c) => HAN.test(c));
  const out: string[] = [];
  while (out.length < count) {
    const len = keywordLength(r);
    let word: string;
    if (r() < 0.2) {
      // A keyword the paper never printed: random characters of its alphabet.
      word = Array.from({ length: len }, () => chars[Math.floor(r() * chars.length)]!).join('');
    } else {
      const text = Array.from(texts[Math.floor(r() * texts.length)]!);
      const at = Math.floor(r() * Math.max(1, text.length - len));
      word = text.slice(at, at + len).join('');
      if (!HAN.test(word)) continue;
    }
    out.push(r() < 0.1 ? toTraditional(word) : word);
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const articles = loadArticles();
const keywords = makeKeywords(articles, FOLLOWS, 11);
const subKeywords = makeKeywords(articles, SUBSCRIPTIONS * 4, 12);
const sections = [...new Set(articles.map((a) => a.section).filter((s): s is string => !!s))];

let t0 = performance.now();
const index = new KeywordIndex<number>(simplifiedVariants);
keywords.forEach((k, i) => index.add(k, i));
const indexMs = performance.now() - t0;

const sr = rng(13);
const subscriptionFilters: SubscriptionFilters[] = Array.from({ length: SUBSCRIPTIONS }, (_, i) => ({
  sections: sr() < 0.25 ? [sections[Math.floor(sr() * sections.length)]!] : [],
  include: subKeywords.slice(i * 4, i * 4 + 1 + Math.floor(sr() * 3)),
  exclude: sr() < 1 / 3 ? [subKeywords[i * 4 + 3]!] : [],
}));
t0 = performance.now();
const filters = subscriptionFilters.map((f) => compileFilters(f, simplifiedVariants));
const compileMs = performance.now() - t0;
t0 = performance.now();
const filterSet = new FilterSet<number>(simplifiedVariants);
subscriptionFilters.forEach((f, i) => filterSet.add(f, i));
const setMs = performance.now() - t0;

/** ms per article, sorted, of one way of matching, and how many follows and subscriptions it matched. */
function measure(run: (a: FilterableArticle) => [number, number]): {
  ms: number[];
  follows: number;
  subs: number;
} {
  for (const a of articles.slice(0, 20)) run(a); // warm-up: lazy OpenCC, the JIT
  const ms: number[] = [];
  let follows = 0;
  let subs = 0;
  for (const a of articles) {
    const start = performance.now();
    const [f, s] = run(a);
    ms.push(performance.now() - start);
    follows += f;
    subs += s;
  }
  return { ms: ms.sort((x, y) => x - y), follows, subs };
}

const eachFilter = measure((a) => {
  const text = matchText(a);
  let n = 0;
  for (const f of filters) if (f(a)) n++;
  return [index.match(text).length, n];
});
const shared = measure((a) => {
  const text = matchText(a);
  return [index.match(text).length, filterSet.match(a, text).length];
});
if (eachFilter.subs !== shared.subs)
  throw new Error(`FilterSet kept ${shared.subs}, compileFilters ${eachFilter.subs}`);
const avgChars = Math.round(articles.reduce((n, a) => n + matchText(a).long.length, 0) / articles.length);
const line = (name: string, ms: number[]): string =>
  `${name}: p50 ${percentile(ms, 0.5).toFixed(3)} ms, p99 ${percentile(ms, 0.99).toFixed(3)} ms, max ${ms.at(-1)!.toFixed(3)} ms`;

console.log(
  `articles: ${articles.length} (seed pages and the tests/news corpora), ${avgChars} characters on average`,
);
console.log(`follows: ${FOLLOWS} keywords in one KeywordIndex, built in ${indexMs.toFixed(0)} ms`);
console.log(
  `subscriptions: ${SUBSCRIPTIONS} filtered; compileFilters each in ${compileMs.toFixed(0)} ms, one FilterSet in ${setMs.toFixed(0)} ms`,
);
console.log(`per article, target < ${TARGET_MS} ms (every follow and every subscription matched):`);
console.log(`  ${line('follows index + compileFilters per subscription', eachFilter.ms)}`);
console.log(`  ${line('follows index + one FilterSet', shared.ms)}`);
console.log(
  `matches: ${(shared.follows / articles.length).toFixed(1)} follows and ${(shared.subs / articles.length).toFixed(1)} subscriptions per article (both ways agree)`,
);
const p99 = percentile(shared.ms, 0.99);
if (p99 >= TARGET_MS) {
  console.log(`FilterSet p99 is over the ${TARGET_MS} ms target`);
  process.exitCode = 1;
}

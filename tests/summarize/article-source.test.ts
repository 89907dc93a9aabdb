import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { PageError } from '../../src/news/page-error.js';
import { readArticles } from '../../src/summarize/article-source.js';

const seedPath = fileURLToPath(new URL('../../seeds/000_4397dc98031408d7.txt', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));

describe('readArticles', () => {
  it('reads an OCR page through the page parser', () => {
    const { format, articles } = readArticles(readFileSync(seedPath), 'seed');
    expect(format).toBe('page');
    expect(articles.map((a) => a.title)).toEqual([
      '打开四个通道力促“三服务”提质升级',
      '立足生态优势 打造休闲小镇',
      '晒席草',
    ]);
  });

  it('reads an article file, also when encoded as GB18030', () => {
    const text = readFileSync(`${fixtures}/05-persimmon.txt`, 'utf8');
    const { format, articles } = readArticles(iconv.encode(text, 'gb18030'), '05.txt');
    expect(format).toBe('article');
    expect(articles[0]?.title).toBe('方山柿迎来采摘季');
    expect(articles[0]?.paragraphs).toHaveLength(4);
  });

  it('throws a PageError naming the file for empty bytes', () => {
    expect(() => readArticles(new Uint8Array(), 'empty.txt')).toThrow(PageError);
    expect(() => readArticles(new Uint8Array(), 'empty.txt')).toThrow(/empty\.txt/u);
  });
});

describe('summarize CLI', () => {
  it('prints the JSON contract for a page file', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/summarize.ts', seedPath, '--json'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { source: string; articles: Record<string, unknown>[] };
    expect(out.source).toBe(seedPath);
    expect(out.articles).toHaveLength(3);
    for (const a of out.articles)
      expect(Object.keys(a)).toEqual(['id', 'title', 'lede', 'summary', 'keywords']);
    expect(JSON.stringify(out)).not.toMatch(/"(?:lede|summary)":"本报讯/u);
  }, 20_000);

  it('prints an array for a directory and fails cleanly on a missing path', () => {
    const dir = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/summarize.ts', fixtures, '--json'], {
      encoding: 'utf8',
    });
    expect(dir.status).toBe(0);
    expect(JSON.parse(dir.stdout)).toHaveLength(8);
    const missing = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/summarize.ts', 'no/such/dir'], {
      encoding: 'utf8',
    });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no\/such\/dir: no such file or directory/u);
    expect(missing.stdout).toBe('');
  }, 20_000);
});

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

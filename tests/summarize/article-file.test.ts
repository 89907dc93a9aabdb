import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeArticleFile, parseArticleFile } from '../../src/summarize/article-file.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('parseArticleFile', () => {
  it('reads the title, subtitle, dateline and paragraphs', () => {
    const article = parseArticleFile(fixture('01-hardware-expo.txt'), '01-hardware-expo.txt');
    expect(article.title).toBe('第二十五届中国五金博览会开幕');
    expect(article.subtitle).toBe('——三天吸引采购商逾六万人次');
    expect(article.dateline).toBe('本报讯（记者 李明 通讯员 王芳）9月26日上午');
    expect(article.paragraphs).toHaveLength(4);
    expect(article.paragraphs[0]).toMatch(/^本报讯/u);
  });

  it('gives the same id for the same text and a different one for other text', () => {
    const text = fixture('02-rainstorm.txt');
    expect(parseArticleFile(text, 'a').id).toBe(parseArticleFile(text, 'b').id);
    expect(parseArticleFile(text, 'a').id).not.toBe(
      parseArticleFile(fixture('03-school-opening.txt'), 'a').id,
    );
    expect(parseArticleFile(text, 'a').id).toMatch(/^[0-9a-f]{16}$/u);
  });

  it('moves a byline line out of the paragraphs', () => {
    const article = parseArticleFile(
      '晒席草\n\n舟山镇一名种植户正在铺晒席草，这是收获的季节。\n记者 杨成栋 摄\n',
      'x',
    );
    expect(article.paragraphs).toEqual(['舟山镇一名种植户正在铺晒席草，这是收获的季节。']);
    expect(article.byline).toBe('记者 杨成栋 摄');
  });

  it('rejects a file without a body with a message naming it', () => {
    expect(() => parseArticleFile('只有标题\n', 'bad.txt')).toThrow(/bad\.txt/u);
  });
});

describe('looksLikeArticleFile', () => {
  it('recognises the fixture articles', () => {
    expect(looksLikeArticleFile(fixture('05-persimmon.txt'))).toBe(true);
  });

  it('rejects an OCR page with a byline and column-width lines', () => {
    const page = readFileSync(new URL('../../seeds/000_4397dc98031408d7.txt', import.meta.url), 'utf8');
    expect(looksLikeArticleFile(page)).toBe(false);
  });
});

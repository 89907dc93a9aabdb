import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accountedText, parsePage } from '../../src/news/page-parser.js';
import { nonBlankMultiset } from './support.js';

const SEED = 'seeds/000_4397dc98031408d7.txt';
const bytes = readFileSync(SEED);
const page = parsePage(bytes, SEED);

describe('the seed page', () => {
  it('parses into exactly two stories and one photo', () => {
    expect(page.articles.map((a) => a.kind)).toEqual(['article', 'article', 'photo']);
    expect(page.encoding).toBe('utf-8');
    expect(page.date).toBeNull();
  });

  it('finds the first story with its headline printed after the body', () => {
    const a = page.articles[0]!;
    expect(a.kicker).toBe('省直单位厅局长工作交流会召开');
    expect(a.title).toBe('打开四个通道力促“三服务”提质升级');
    expect(a.subtitle).toBeNull();
    expect(a.authors).toEqual(['陈晓苏']);
    expect(a.byline).toBe('□首席记者 陈晓苏');
    expect(a.dateline).toBe('本报讯 7月29日晚');
    expect(a.paragraphs).toHaveLength(5);
    const starts = ['本报讯 7月29日晚', '会上', '会议指出', '会议强调，深入推进', '会议强调，要借开展'];
    a.paragraphs.forEach((p, i) => expect(p.startsWith(starts[i]!)).toBe(true));
    expect(a.paragraphs[0]).toContain('对开展“三服务”活动进行再部署再推进。');
    expect(a.paragraphs[4]!.endsWith('努力向人民群众交出更加优异的服务答卷。')).toBe(true);
  });

  it('finds the second story, keeping the space inside its title', () => {
    const a = page.articles[1]!;
    expect(a.kicker).toBe('朱志杰赴舟山镇开展“三服务”');
    expect(a.title).toBe('立足生态优势 打造休闲小镇');
    expect(a.authors).toEqual(['张赤奎']);
    expect(a.dateline).toBe('本报讯 7月31日');
    expect(a.paragraphs).toHaveLength(5);
    const starts = ['本报讯 7月31日', '服务团一行', '今年以来', '朱志杰对舟山镇', '朱志杰为舟山镇'];
    a.paragraphs.forEach((p, i) => expect(p.startsWith(starts[i]!)).toBe(true));
    // Lines 153/154 have no blank line between them and must still join.
    expect(a.paragraphs[0]).toContain('由市长朱志杰带队的服务团');
  });

  it('finds the photo with its caption as one paragraph and the photographer as author', () => {
    const p = page.articles[2]!;
    expect(p.title).toBe('晒席草');
    expect(p.authors).toEqual(['杨成栋']);
    expect(p.byline).toBe('记者 杨成栋 摄');
    expect(p.paragraphs).toEqual([
      '1日，舟山镇前村村一名种植户正在铺晒席草。据介绍，每年七八月份是席草收获的季节，席草纤维有很强的弹性，常用于编织席子、草帽、枕席等，新收割的席草要一根根对半剖开，须晒干后才能编织和收藏。',
    ]);
  });

  it('reads the doubled banner as one section that is in no article text', () => {
    expect(page.sections).toEqual(['实施“三服务”提升获得感']);
    for (const a of page.articles) {
      const text = [a.kicker, a.title, a.subtitle, ...a.paragraphs].join('\n');
      expect(text).not.toContain('实施');
      expect(text).not.toContain('■');
    }
    // The banner applies to what follows it.
    expect(page.articles.map((a) => a.section)).toEqual([
      null,
      '实施“三服务”提升获得感',
      '实施“三服务”提升获得感',
    ]);
  });

  it('accounts for every non-blank character of the page exactly once', () => {
    expect(nonBlankMultiset(accountedText(page).join(''))).toEqual(nonBlankMultiset(bytes.toString('utf8')));
  });

  it('gives stable, unique, custom-id-safe ids', () => {
    const again = parsePage(bytes, SEED);
    expect(again.articles.map((a) => a.id)).toEqual(page.articles.map((a) => a.id));
    expect(new Set(page.articles.map((a) => a.id)).size).toBe(3);
    for (const a of page.articles) expect(a.id).toMatch(/^[0-9a-z-]{1,24}$/);
  });

  it('keeps the ids it has always given (stored digests, search results and buttons refer to them)', () => {
    expect(page.articles.map((a) => a.id)).toEqual([
      '53eb6c3a0bbce884',
      '131b08f6ae0060a5',
      'ff945135bf2dc9b5',
    ]);
  });
});

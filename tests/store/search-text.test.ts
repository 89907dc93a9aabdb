import { describe, expect, it } from 'vitest';
import { gramsOf, matchExpression, parseQuery, snippet } from '../../src/store/search-text.js';

describe('gramsOf', () => {
  it('lists each character and adjacent pair once, lower-cased, not across punctuation', () => {
    expect(gramsOf('席草，席草 AI').split(' ').sort()).toEqual(['a', 'ai', 'i', '席', '席草', '草'].sort());
  });
});

describe('parseQuery', () => {
  it('sends terms of three or more characters to the trigram index and shorter ones to the gram index', () => {
    expect(parseQuery('舟山镇 席草 镇')).toEqual([
      { variants: ['舟山镇'], short: false },
      { variants: ['席草'], short: true },
      { variants: ['镇'], short: true },
    ]);
  });

  it('adds the Simplified forms a converter gives', () => {
    expect(parseQuery('舟山鎮', () => ['舟山镇'])).toEqual([
      { variants: ['舟山鎮', '舟山镇'], short: false },
    ]);
  });

  it('trims quotes and brackets around a term and drops punctuation-only terms', () => {
    expect(parseQuery('"席草" （服务） " * ...')).toEqual([
      { variants: ['席草'], short: true },
      { variants: ['服务'], short: true },
    ]);
  });

  it('splits terms at control characters, which FTS5 strings cannot hold', () => {
    expect(parseQuery('席草\u0000舟山镇\u0007')).toEqual([
      { variants: ['席草'], short: true },
      { variants: ['舟山镇'], short: false },
    ]);
  });

  it('quotes every variant so FTS5 operators are plain text', () => {
    expect(matchExpression(parseQuery('and a"b"c'))).toBe('("and") AND ("a""b""c")');
  });
});

describe('snippet', () => {
  const body = '开头'.repeat(40) + '舟山镇前村村一名种植户正在铺晒席草。' + '结尾'.repeat(40);

  it('quotes the text around the first match with every match in bold', () => {
    const s = snippet(body, parseQuery('席草 舟山镇'));
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('**舟山镇**前村村一名种植户正在铺晒**席草**。');
    expect(s.replaceAll('**', '').length).toBeLessThanOrEqual(82);
  });

  it('quotes the start of the body when only the title matched', () => {
    expect(snippet('短文。', parseQuery('标题'))).toBe('短文。');
  });

  it('puts lines on one line', () => {
    expect(snippet('第一段。\n第二段席草。', parseQuery('席草'))).toBe('第一段。 第二段**席草**。');
  });

  it('marks adjacent matches as one, so Discord never sees `****`', () => {
    const s = snippet('城市市场在市市区。', parseQuery('市'));
    expect(s).toBe('城**市市**场在**市市**区。');
    expect(s).not.toContain('****');
  });

  it('starts at the sentence or clause holding the first match', () => {
    const long = '前文'.repeat(40) + '。今年的席草收成很好，' + '后文'.repeat(40);
    const s = snippet(long, parseQuery('收成'));
    expect(s.startsWith('…今年的席草**收成**很好，')).toBe(true);
  });

  it('skips dateline boilerplate', () => {
    expect(snippet('本报讯（记者 陈静）7月29日，舟山镇的席草开晒。', parseQuery('席草'))).toBe(
      '舟山镇的**席草**开晒。',
    );
    expect(snippet('本报北京7月30日电（记者 于文静）渔民出海。', parseQuery('渔民'))).toBe('**渔民**出海。');
  });

  it('keeps a kicker apart from the text after it', () => {
    expect(snippet('夏日田间\n舟山镇的席草开晒。', parseQuery('标题'))).toBe('夏日田间 · 舟山镇的席草开晒。');
  });
});

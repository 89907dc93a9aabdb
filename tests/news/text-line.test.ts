import { describe, expect, it } from 'vitest';
import { brokenMidPhrase } from '../../src/news/layout.js';
import { columnTagged, makeLine, markBrokenUnits, opensLede } from '../../src/news/text-line.js';

describe('opensLede', () => {
  it('knows how a story without a dateline opens: when it happened, what the reporter learned, an editor’s note', () => {
    const ledes = [
      '近日，记者走访',
      '8月5日上午，',
      '今年以来，全省',
      '记者从市发改局获悉',
      '记者3月18日从农业农村部获悉',
      '记者曹铮4月19日从河北省文化和',
      '编者按：受冷空气影响',
      '编者按　一季度是全年项目建',
      '入伏以来，各地持续高温',
      '采访中，记者注意到一个细节：在',
      '图①：9月20日',
    ];
    expect(ledes.filter((l) => !opensLede(l))).toEqual([]);
  });

  it('and what does not open one', () => {
    const others = [
      '编者按',
      '近日',
      '据介绍，今年',
      '“法官工作室”开进校园',
      '2026年全省',
      '日前有人说',
      '记者3月18日说',
    ];
    expect(others.filter(opensLede)).toEqual([]);
  });
});

describe('brokenMidPhrase', () => {
  it('joins a headline line ending on a word that needs the next, when it is near the column’s width', () => {
    // An intertitle too long for a 16.5-em column, broken two ems short of it before a long word.
    expect(brokenMidPhrase('以制度创新打通科技成果转化的', '堵点难点', 14, 16.5)).toBe(true);
    expect(brokenMidPhrase('成果转化', '的堵点难点', 13, 16)).toBe(true);
    // A short kicker over its title is two lines, whatever word it ends on.
    expect(brokenMidPhrase('聚焦乡村的', '新变化', 5, 16)).toBe(false);
  });
});

describe('columnTagged', () => {
  it('knows a headline closed by its column’s name, not a line closed by a place in brackets', () => {
    const lines = [
      '只要有信心 黄土变成金（今日谈）',
      '数据多跑路，群众少跑腿（人民时评）',
      '科技创新方面，西部（成都）',
      '成立分会（四川省）',
    ];
    expect(lines.filter(columnTagged)).toEqual([
      '只要有信心 黄土变成金（今日谈）',
      '数据多跑路，群众少跑腿（人民时评）',
    ]);
  });
});

describe('markBrokenUnits', () => {
  it('makes the line over a pushed-down unit running text, not a title-shaped line', () => {
    const lines = ['③使用空调时温度不宜低于26', '℃，室内外温差不宜过大', '气温将升至38', '度左右'].map(
      (t, k) => makeLine(k, t),
    );
    expect(lines.map((l) => l.titleish)).toEqual([true, false, true, true]);
    markBrokenUnits(lines);
    expect(lines.map((l) => l.titleish)).toEqual([false, false, true, true]);
  });

  it('makes the line over a closing mark alone on a line running text too (…飞得更稳更远 / ？)', () => {
    const lines = ['如何让“头顶上的经济”飞得更稳更远', '？', '南都讯（记者 程姝雯 实习生'].map((t, k) =>
      makeLine(k, t),
    );
    markBrokenUnits(lines);
    expect(lines.slice(0, 2).map((l) => l.titleish)).toEqual([false, false]);
  });
});

describe('a line ending on a colon', () => {
  it('is no headline line, unless a box label or a kicker naming who speaks', () => {
    const lines = ['下人群优先接种：', '编者按：', '海关总署：', '国家统计局：'].map((t, k) =>
      makeLine(k, t),
    );
    expect(lines.map((l) => l.titleish)).toEqual([false, true, true, true]);
  });
});

describe('a line ending on an opening bracket', () => {
  it('is no headline line: the bracket’s text is on the next line', () => {
    const lines = ['跑步、骑行等户外运动（', '跑步、骑行等户外运动'].map((t, k) => makeLine(k, t));
    expect(lines.map((l) => l.titleish)).toEqual([false, true]);
  });
});

describe('a title and its subtitle on one line, set apart by a space', () => {
  it('is title-shaped past 40 characters; a line as long with no space is not', () => {
    const both = '全市首批12家“社区嵌入式”养老服务机构挂牌运营 老人在家门口就能享受助餐助浴助医服务';
    expect(both.length).toBeGreaterThan(40);
    expect(makeLine(0, both).titleish).toBe(true);
    expect(makeLine(0, both.replace(' ', '')).titleish).toBe(false);
  });
});

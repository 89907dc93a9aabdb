/** The line pass on pages whose full lines vary in width by more than an em. */
import { describe, expect, it } from 'vitest';
import { columnWidth, fullLineSpread, measure } from '../../src/news/column-width.js';
import { segmentRun } from '../../src/news/layout.js';
import { makeLine } from '../../src/news/text-line.js';

// A 15-em column whose full lines run to 16.5 ems; a title-shaped line of 17 ems under a short sentence end.
const PAGE = [
  '本报讯 记者从市交通运输局获悉，',
  '本市今年将新开和优化公交线路四',
  '十条，重点解决新建小区居民出行',
  '不便的问题，让群众出行更加便利、',
  '更加舒适。市交通运输局有关负责',
  '人介绍，新开线路将覆盖城市东部和南',
  '部的十余个新建社区，其中八条线',
  '路在早晚高峰时段加密班次，最短',
  '发车间隔压缩到五分钟，方便上班族',
  '通勤，同时优化沿线站点的设置，',
  '缩短乘客步行的距离，让公交更好',
  '用，换乘更加方便，出行也更加省时。',
  '市民也是线路优化的受益者。',
  '家住城东新区的张女士每天早上坐公交',
  '上班，过去要换乘两次，现在一',
  '趟车就能到单位，通勤时间缩短了',
  '二十分钟，她说真是方便多了。',
];

function blocks(texts: string[], spread?: number): string[] {
  const lines = texts.map((t, k) => makeLine(k, t));
  measure(lines, 'print');
  const w = columnWidth(lines, 15.5);
  return segmentRun(lines, w, spread ?? fullLineSpread(lines, w)).map((b) =>
    b.type === 'head' ? `head ${b.line.text}` : `para ${b.lines[0]!.text}`,
  );
}

describe('fullLineSpread', () => {
  it('measures how far full lines run past the column: 19 in 20 of them', () => {
    const lines = PAGE.map((t, k) => makeLine(k, t));
    measure(lines, 'print');
    expect(columnWidth(lines, 15.5)).toBe(15);
    expect(fullLineSpread(lines, 15)).toBe(1.5);
  });

  it('is 0 when fewer than ten lines say', () => {
    const lines = PAGE.slice(0, 8).map((t, k) => makeLine(k, t));
    measure(lines, 'print');
    expect(fullLineSpread(lines, 15)).toBe(0);
  });
});

describe('a title-shaped line wider than the column', () => {
  it('is body when no wider than the widest full lines by an em', () => {
    expect(blocks(PAGE)).toEqual([
      'para 本报讯 记者从市交通运输局获悉，',
      'para 家住城东新区的张女士每天早上坐公交',
    ]);
  });

  it('is a headline set across columns when wider by more', () => {
    const wide = PAGE.map((l) =>
      l.startsWith('家住') ? '城东新区公交线路调整 张女士通勤时间缩短二十分钟' : l,
    );
    expect(blocks(wide)[1]).toBe('head 城东新区公交线路调整 张女士通勤时间缩短二十分钟');
  });
});

describe('a title-shaped line under a headline line, as wide as a full line less one em', () => {
  // The story above closes; its headline follows, then the next story's first line (14 ems, no punctuation).
  const page = [
    ...PAGE.slice(0, 13),
    '公交线路优化调整 市民出行更便捷',
    '某地要求基层干部每天在工作群',
    '里上传走访照片，有的干部为了完成',
    '任务，一天摆拍十几张照片。',
  ];

  it("is the next story's first line on a page whose lines vary by an em and a half", () => {
    expect(blocks(page).slice(-2)).toEqual([
      'head 公交线路优化调整 市民出行更便捷',
      'para 某地要求基层干部每天在工作群',
    ]);
  });

  it('is a headline line on a page whose lines do not vary', () => {
    expect(blocks(page, 0).slice(-3, -1)).toEqual([
      'head 公交线路优化调整 市民出行更便捷',
      'head 某地要求基层干部每天在工作群',
    ]);
  });
});

describe('a title-shaped line after a full line that ends a sentence', () => {
  // 18 ems: three past the column, an em and a half past the widest full lines.
  const page = [...PAGE.slice(0, 12), '家住城东新区的张女士每天早上坐公交车', ...PAGE.slice(14)];

  it('goes on with the paragraph on a page whose lines vary by an em and a half', () => {
    expect(blocks(page)).toEqual(['para 本报讯 记者从市交通运输局获悉，']);
  });

  it('is a headline set across columns on a page whose lines do not vary', () => {
    expect(blocks(page, 0)[1]).toBe('head 家住城东新区的张女士每天早上坐公交车');
  });
});

describe('a two-line headline whose second line holds a comma, at the end of the stretch', () => {
  // The first line (16 ems) is within the page's spread of full lines, so no width says it is a headline.
  const page = [...PAGE, '城东新区公交线路调整优化完成过半', '十条线路开通，市民出行更便捷'];

  it('is headline lines, not a paragraph that ends no sentence', () => {
    expect(blocks(page).slice(-2)).toEqual([
      'head 城东新区公交线路调整优化完成过半',
      'head 十条线路开通，市民出行更便捷',
    ]);
  });
});

describe('a title-shaped line after a sentence that ends at the column', () => {
  it('is a headline over a package’s place line, not the end of that sentence’s paragraph', () => {
    const page = [...PAGE.slice(0, 12), '全国游泳冠军赛多项纪录被刷新', '广西南宁', '桥下空间变身运动乐园'];
    expect(blocks(page).slice(1)).toEqual([
      'head 全国游泳冠军赛多项纪录被刷新',
      'head 广西南宁',
      'head 桥下空间变身运动乐园',
    ]);
  });
});

describe('a title-shaped line under a series’ name, as wide as a paragraph’s first line', () => {
  const page = (kicker: string): string[] => [
    ...PAGE.slice(0, 13),
    kicker,
    '赣鄱大地红色资源“活”起来',
    '江西是一片充满红色记忆的土地。',
    '全省现有革命遗址二千九百余处，其',
    '中全国重点文物保护单位五十七处。',
  ];

  it('is the title: a series’ name stands over a headline, never over a story’s text', () => {
    expect(blocks(page('庆祝中国共产党成立100周年·红色基因代代传')).slice(-2)).toEqual([
      'head 赣鄱大地红色资源“活”起来',
      'para 江西是一片充满红色记忆的土地。',
    ]);
  });

  it('is a first line under a headline with no series’ dot in it', () => {
    expect(blocks(page('庆祝中国共产党成立100周年红色基因代代传')).slice(-1)).toEqual([
      'para 赣鄱大地红色资源“活”起来',
    ]);
  });
});

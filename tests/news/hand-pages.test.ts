/**
 * Small pages written by hand, one per layout the seed page does not show. Body text is broken into column
 * lines with the generator's `layoutParagraph` (the first line two ems short, as OCR leaves it); headlines,
 * bylines, photos, banners and furniture are placed by hand.
 */
import { describe, expect, it } from 'vitest';
import { accountedText, parsePage, parsePageText } from '../../src/news/page-parser.js';
import { encodePage, layoutParagraph } from '../support/page-generator.js';
import { nonBlankMultiset } from './support.js';

const col = (text: string, width = 16): string[] => layoutParagraph(text, width, 'print');

const P1 =
  '本报讯 8月6日，全市工业经济运行分析会召开。会议通报了上半年全市工业经济运行情况，分析了当前面临的形势和问题。';
const P2 =
  '今年以来，全市规上工业总产值同比增长12.5%，其中五金产业的贡献率超过六成，新增规上企业一百余家，工业投资保持较快增长。';
const P3 = '会议要求，各地各部门要紧盯全年目标任务，狠抓项目落地，全力以赴稳增长、调结构、促转型。';
const Q1 =
  '本报讯（记者 胡晓 通讯员 李明）8月5日，市文明办组织志愿者走进社区，开展垃圾分类宣传活动，发放宣传资料两千余份。';
const Q2 = '活动中，志愿者们耐心讲解垃圾分类知识，引导居民养成分类投放的好习惯，现场气氛十分热烈。';

function expectAccounted(text: string, page: ReturnType<typeof parsePageText>): void {
  expect(nonBlankMultiset(accountedText(page).join(''))).toEqual(nonBlankMultiset(text));
}

describe('a page with headlines printed before the byline', () => {
  const lines = [
    '2019年8月7日 星期三 责任编辑：胡晓 版式设计：李明',
    '五金产业再上新台阶',
    '我市工业产值 突破千亿大关',
    '——来自全市工业经济运行分析会的报告',
    '□记者 王晓 陈平 通讯员 赵一鸣',
    ...col(P1),
    ...col(P2),
    ...col(P3),
    '垃圾分类进社区',
    '文明新风 吹进千家万户',
    ...col(Q1),
    ...col(Q2),
    '第3版',
  ];
  // CRLF and no blank lines at all.
  const text = lines.join('\r\n') + '\r\n';
  const page = parsePageText(text, 'page.txt');

  it('takes the date from the header line and drops the furniture', () => {
    expect(page.date).toBe('2019-08-07');
    expect(page.furniture).toEqual([lines[0], '第3版']);
  });

  it('reads kicker, title and subtitle above the byline', () => {
    const a = page.articles[0]!;
    expect(a).toMatchObject({
      kind: 'article',
      kicker: '五金产业再上新台阶',
      title: '我市工业产值 突破千亿大关',
      subtitle: '——来自全市工业经济运行分析会的报告',
      byline: '□记者 王晓 陈平 通讯员 赵一鸣',
      authors: ['王晓', '陈平', '赵一鸣'],
      dateline: '本报讯 8月6日',
      section: null,
    });
    expect(a.paragraphs).toEqual([P1, P2, P3]);
  });

  it('finds a story whose byline sits inside its dateline', () => {
    const b = page.articles[1]!;
    expect(b).toMatchObject({
      kicker: '垃圾分类进社区',
      title: '文明新风 吹进千家万户',
      byline: '记者 胡晓 通讯员 李明',
      authors: ['胡晓', '李明'],
      dateline: '本报讯（记者 胡晓 通讯员 李明）8月5日',
    });
    expect(b.paragraphs).toEqual([Q1, Q2]);
    expect(page.articles).toHaveLength(2);
  });

  it('accounts for every character', () => expectAccounted(text, page));
});

describe('a GBK page with headlines after the body and a date in its file name', () => {
  const lines = [
    '□本报记者 胡晓',
    ...col(P1),
    ...col(P2),
    '五金产业再上新台阶',
    '我市工业产值突破千亿大关',
    '■■聚焦聚焦乡村振兴乡村振兴',
    ...col(Q1),
    ...col(Q2),
    '垃圾分类进社区',
    '文明新风 吹进千家万户',
  ];
  const text = lines.map((l) => `${l}\n\n`).join('');
  const page = parsePage(encodePage(text, 'gbk'), 'ykrb_20190807_03.txt');

  it('decodes GBK and takes the date from the file name', () => {
    expect(page.encoding).toBe('gb18030');
    expect(page.date).toBe('2019-08-07');
  });

  it('pairs each headline with the body above it and files the second story under the banner', () => {
    expect(page.articles.map((a) => [a.kicker, a.title, a.section])).toEqual([
      ['五金产业再上新台阶', '我市工业产值突破千亿大关', null],
      ['垃圾分类进社区', '文明新风 吹进千家万户', '聚焦乡村振兴'],
    ]);
    expect(page.articles[0]!.paragraphs).toEqual([P1, P2]);
    expect(page.articles[1]!.paragraphs).toEqual([Q1, Q2]);
    expect(page.articles[1]!.authors).toEqual(['胡晓', '李明']);
    expect(page.sections).toEqual(['聚焦乡村振兴']);
  });
});

describe('two photos in a row', () => {
  const C1 = '6日，古山镇农民正在收割早稻。今年全镇早稻种植面积达三千余亩，预计亩产比去年有所提高。';
  const C2 = '连日来，市民在公园里纳凉休闲。入夏以来，我市持续高温，公园成了市民避暑的好去处。';
  const lines = [
    ' 收割忙',
    ...col(C1, 14),
    '记者 杨成栋 摄',
    '公园纳凉',
    ...col(C2, 14),
    '通讯员 李明 摄',
    '□首席记者 陈晓苏',
    ...col(P1),
    ...col(P3),
    '五金产业再上新台阶',
    '我市工业产值突破千亿大关',
  ];
  const text = lines.join('\n');
  const page = parsePageText(text, 'p.txt');

  it('reads each as a photo with its own title, caption and photographer', () => {
    expect(page.articles.map((a) => [a.kind, a.title, a.authors, a.paragraphs])).toEqual([
      ['photo', '收割忙', ['杨成栋'], [C1]],
      ['photo', '公园纳凉', ['李明'], [C2]],
      ['article', '我市工业产值突破千亿大关', ['陈晓苏'], [P1, P3]],
    ]);
  });

  it('accounts for every character', () => expectAccounted(text, page));
});

describe('stories without bylines', () => {
  const R1 = '本报讯 8月2日，我市召开防汛防台工作会议，部署当前防汛防台各项工作。';
  const R2 = '本报讯 8月3日，市政府与浙江大学签订战略合作协议，双方将在人才培养、科技创新等方面深化合作。';
  const lines = [...col(R1), '全力做好防汛防台工作', ...col(R2), '市校合作 再结硕果'];
  const page = parsePageText(lines.join('\n'), 'p.txt');

  it('splits them at their datelines and headlines', () => {
    expect(page.articles.map((a) => [a.title, a.byline, a.paragraphs])).toEqual([
      ['全力做好防汛防台工作', null, [R1]],
      ['市校合作 再结硕果', null, [R2]],
    ]);
  });
});

describe('Latin words and numbers broken across lines', () => {
  // Hand-set in a column of about 15.5 ems; print widths in the comments.
  const lines = [
    '□记者 王晓',
    '本报讯 8月6日，在昨天举行的', // 13: first line, two ems in
    '推介会上，来自 Hardware', // 11: stops short, `Expo` did not fit: a word boundary
    'Expo 代表团参观了五金城，并与', // 14
    '当地企业签订了价值1200万元的合', // 15
    '作协议。Internationalization 是', // 15
    '本次活动的关键词，与会企业的展位', // 15.5
    '面积比去年增加了30%。', // 10: last line
    '标题 在此',
  ];
  const page = parsePageText(lines.join('\n'), 'p.txt');

  it('keeps a space between Latin words only where the line stopped short at a word boundary', () => {
    expect(page.articles[0]!.paragraphs).toEqual([
      '本报讯 8月6日，在昨天举行的推介会上，来自 Hardware Expo 代表团参观了五金城，并与当地企业签订了价值1200万元的合作协议。Internationalization 是本次活动的关键词，与会企业的展位面积比去年增加了30%。',
    ]);
  });

  it('joins a word broken mid-word at the column edge without a space', () => {
    const midWord = [
      '□记者 王晓',
      '本报讯 8月6日，五金城迎来了',
      '来自世界各地的采购商和游客。Yong',
      'kang五金城的展位前人头攒动。',
    ];
    expect(parsePageText(midWord.join('\n'), 'p.txt').articles[0]!.paragraphs).toEqual([
      '本报讯 8月6日，五金城迎来了来自世界各地的采购商和游客。Yongkang五金城的展位前人头攒动。',
    ]);
  });
});

describe('credits in other places', () => {
  const lines = [
    '□记者 王晓',
    ...col(P1),
    '（记者 王晓 通讯员 李明）',
    '我市工业产值 突破千亿大关',
    ' 晒席草',
    '1日，舟山镇前村村一名种植户正在铺',
    '晒席草。记者 杨成栋 摄',
  ];
  const text = lines.join('\n');
  const page = parsePageText(text, 'p.txt');

  it('keeps a bracketed credit after the body with its story, where it was printed', () => {
    expect(page.articles[0]).toMatchObject({
      title: '我市工业产值 突破千亿大关',
      byline: '□记者 王晓',
      authors: ['王晓', '李明'],
      paragraphs: [P1, '（记者 王晓 通讯员 李明）'],
    });
  });

  it('splits a photo credit run onto the caption line', () => {
    expect(page.articles[1]).toMatchObject({
      kind: 'photo',
      title: '晒席草',
      byline: '记者 杨成栋 摄',
      authors: ['杨成栋'],
      paragraphs: ['1日，舟山镇前村村一名种植户正在铺晒席草。'],
    });
  });

  it('accounts for every character', () => expectAccounted(text, page));
});

describe('a three-line headline with no dash', () => {
  it('is kicker, title and subtitle; a title broken mid-phrase stays one title', () => {
    const body = [
      '本报讯 记者日前从省农业农村厅获悉，今年以来，',
      '全省猕猴桃种植面积稳步增长，果农收入持续提高。',
    ];
    const three = parsePageText(
      ['乡村振兴一线行', '一颗猕猴桃的“致富经”', '秦岭北麓蹲点调研记②', ...body].join('\n'),
      'h3.txt',
    );
    expect(three.articles.map((a) => [a.kicker, a.title, a.subtitle])).toEqual([
      ['乡村振兴一线行', '一颗猕猴桃的“致富经”', '秦岭北麓蹲点调研记②'],
    ]);
    const broken = parsePageText(
      ['乡村振兴一线行', '以制度创新打通科技成果转化的', '堵点难点', ...body].join('\n'),
      'h3b.txt',
    );
    expect(broken.articles.map((a) => [a.kicker, a.title, a.subtitle])).toEqual([
      ['乡村振兴一线行', '以制度创新打通科技成果转化的堵点难点', null],
    ]);
  });
});

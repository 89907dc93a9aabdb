import { describe, expect, it } from 'vitest';
import { parsePageText } from '../../src/news/page-parser.js';

// The story above every photo here, headlines after: its text, its reporter's trailer, its headline.
const STORY_ABOVE = [
  '据新华社电 近日，各地加快推进重点工程建设，一批项目陆续',
  '完工投用，为经济发展注入新动能。（记者 王 强）',
  '重点工程建设提速',
];

// A photo page set headlines-after: a lead-in, three numbered captions, one credit for the group, the title.
const PAGE = [
  ...STORY_ABOVE,
  '春分将至，各地农民抢抓农时，田',
  '间地头一派繁忙景象。',
  '图①：3月19日，在河南省周口',
  '市商水县，农民在麦田里查看小麦长',
  '势。',
  '图②：3月19日，在山东省临',
  '沂市兰陵县，农民驾驶拖拉机旋耕土地。',
  '本版图片均为本报记者 陶 然摄',
  '春日田间农事忙',
].join('\n');

describe('photo items', () => {
  it('keep the lead-in and each numbered caption as paragraphs of their own, under the group credit', () => {
    const photo = parsePageText(PAGE, 'p.txt').articles.find((a) => a.kind === 'photo');
    expect(photo?.title).toBe('春日田间农事忙');
    expect(photo?.authors).toEqual(['陶然']);
    expect(photo?.paragraphs).toEqual([
      '春分将至，各地农民抢抓农时，田间地头一派繁忙景象。',
      '图①：3月19日，在河南省周口市商水县，农民在麦田里查看小麦长势。',
      '图②：3月19日，在山东省临沂市兰陵县，农民驾驶拖拉机旋耕土地。',
    ]);
    expect(photo?.byline).toBe('本版图片均为本报记者 陶 然摄');
  });
});

describe('a numbered photo set with its lead-in printed under the pictures, titles below', () => {
  it('takes the lead-in and the title after it', () => {
    const page = [
      ...STORY_ABOVE,
      '图①：11月10日，河北省邢台',
      '市南和区，农民驾驶农机在麦田里进',
      '行镇压作业。刘俊杰摄（人民视觉）',
      '图②：11月10日，江西省宜春市',
      '袁州区，农民在田间采收晚稻。胡攀学摄（影像中国）',
      '立冬过后，各地农民抢抓农时，',
      '开展冬播冬管、秋粮收晒等农事活',
      '动，田间地头一派繁忙景象。',
      '立冬时节',
      ' 田间地头农事忙',
    ].join('\n');
    const photo = parsePageText(page, 'p.txt').articles.find((a) => a.kind === 'photo');
    expect([photo?.kicker, photo?.title, photo?.authors]).toEqual([
      '立冬时节',
      '田间地头农事忙',
      ['刘俊杰', '胡攀学'],
    ]);
    expect(photo?.paragraphs.at(-1)).toBe(
      '立冬过后，各地农民抢抓农时，开展冬播冬管、秋粮收晒等农事活动，田间地头一派繁忙景象。',
    );
  });
});

describe('a chart set inside a story', () => {
  const page = [
    '本报北京3月17日电 （记者 沈 力）国家统计局17日发布数',
    '据，前两个月全国规模以上工业增加值同比增长5.9%，比',
    '上年全年加快0.3个百分点。',
    '图表：前两个月工业增加值增速',
    '数据来源：国家统计局',
    '分门类看，采矿业增长4.2%，制造',
    '业增长6.3%，增速均比上年有所加快。',
    '前两个月工业生产开局良好',
  ].join('\n');

  it('keeps its title and its source note as two lines of the story', () => {
    const articles = parsePageText(page, 'chart.txt').articles;
    expect(articles.map((a) => a.title)).toEqual(['前两个月工业生产开局良好']);
    expect(articles[0]!.paragraphs).toContain('图表：前两个月工业增加值增速');
    expect(articles[0]!.paragraphs).toContain('数据来源：国家统计局');
  });
});

describe('a chart of three paragraphs and its source note, titles below', () => {
  it('is one item: the note is not one of the three paragraphs a caption may hold', () => {
    const page = [
      ...STORY_ABOVE,
      '据国家统计局统计，今年前三季度，',
      '全国规模以上工业增加值同比增长',
      '5.8%。',
      '9月当月，增长6.1%。',
      '前三季度，高技术制造业增加值增',
      '长9.5%。',
      '数据来源：国家统计局',
      '制图：李 明',
      '前三季度工业增加值增长5.8%',
    ].join('\n');
    const articles = parsePageText(page, 'p.txt').articles;
    expect(articles.map((a) => [a.kind, a.title])).toEqual([
      ['article', '重点工程建设提速'],
      ['photo', '前三季度工业增加值增长5.8%'],
    ]);
    expect(articles[1]?.paragraphs.join('')).toBe(
      '据国家统计局统计，今年前三季度，全国规模以上工业增加值同比增长5.8%。9月当月，增长6.1%。' +
        '前三季度，高技术制造业增加值增长9.5%。数据来源：国家统计局',
    );
  });
});

describe('a chart of its own set as text, with rows of several figures, titles below', () => {
  const page = [
    ...STORY_ABOVE.slice(0, 2),
    ' 项目建设一线',
    STORY_ABOVE[2]!,
    '1—5月广东外贸进出口情况',
    '进出口总值 3.31万亿元 同比增',
    '长4.2%',
    '出口 2.19万亿元 同比增长8.5%',
    '进口 1.12万亿元 同比下降3.3%',
    '对“一带一路”沿线国家进出口',
    '1.08万亿元 同比增长11.7%',
    '民营企业进出口 1.86万亿元',
    '占比56.2%',
    '数据来源：海关总署广东分署',
    '制图：许丽敏',
    '前5个月广东外贸进出口3.3万亿元',
  ].join('\n');

  it('is one photo item: its title, every row (broken ones joined) and its note, under the headline after it', () => {
    const articles = parsePageText(page, 'chart.txt').articles;
    expect(articles.map((a) => [a.kind, a.title, a.authors])).toEqual([
      ['article', '重点工程建设提速', ['王强']],
      ['photo', '前5个月广东外贸进出口3.3万亿元', ['许丽敏']],
    ]);
    // (A caption's pieces are one paragraph, but a chart's rows and note stay their own, as printed.)
    expect(articles[1]?.paragraphs).toEqual([
      '1—5月广东外贸进出口情况',
      '进出口总值 3.31万亿元 同比增长4.2%',
      '出口 2.19万亿元 同比增长8.5%',
      '进口 1.12万亿元 同比下降3.3%',
      '对“一带一路”沿线国家进出口 1.08万亿元 同比增长11.7%',
      '民营企业进出口 1.86万亿元 占比56.2%',
      '数据来源：海关总署广东分署',
    ]);
  });
});

describe('a numbered set whose last credit the column broke inside its role (本报记 / 者 李 霞摄)', () => {
  it('keeps every caption and credit in the set, titles below', () => {
    const page = [
      ...STORY_ABOVE,
      '11月9日至10日，第十五届全国',
      '运动会各项比赛在粤港澳三地陆续展开。',
      '图①：11月10日，在香港举行',
      '的场地自行车比赛中，运动员在比赛',
      '中。新华社记者 邓 华摄',
      '图②：11月9日，观众在广州奥',
      '林匹克体育中心观看开幕式。本报记',
      '者 李 霞摄',
      ' 镜头里的全运会',
    ].join('\n');
    const photo = parsePageText(page, 'set.txt').articles.find((a) => a.kind === 'photo');
    expect([photo?.title, photo?.authors]).toEqual(['镜头里的全运会', ['邓华', '李霞']]);
    expect(photo?.paragraphs.join('')).toContain('观众在广州奥林匹克体育中心观看开幕式。');
  });
});

describe('a table with its unit and column heads over the rows (单位：亿元 / 省份 进出口额 同比增长)', () => {
  const story = [
    '　　记者5月9日从海关总署获悉，今年',
    '前4个月，我国跨境电商进出口总额达',
    '8412亿元，同比增长11.2%。',
    '（本报记者 钱梦瑶）',
  ];
  const table = [
    '单位：亿元',
    '省份　进出口额　同比增长',
    '广东　2863　12.4%',
    '浙江　1572　10.8%',
    '福建　756　9.1%',
    '数据来源：海关总署',
  ];
  const commentary = [
    '本报评论员',
    '　　民间投资占全社会固定资产投资的',
    '半壁江山，是观察经济活力的重要窗口。',
    '　　近期，多地出台措施，向民间资本',
    '推介重大项目，释放出积极信号。',
  ];
  const storyTitle = '前4个月跨境电商进出口增长11.2%';
  const tableTitle = '前4个月跨境电商进出口主要省份';
  const commentaryTitle = '让民间投资敢投、愿投、能投';
  const rows = [
    '单位：亿元',
    '省份 进出口额 同比增长',
    '广东 2863 12.4%',
    '浙江 1572 10.8%',
    '福建 756 9.1%',
  ];

  it.each([
    ['after', [...story, storyTitle, ...table, tableTitle, ...commentary, commentaryTitle]],
    ['first', [storyTitle, ...story, tableTitle, ...table, commentaryTitle, ...commentary]],
  ])('keeps both as the table’s first lines, under its own title (headlines %s)', (_, lines) => {
    const articles = parsePageText(lines.join('\n'), 'table.txt').articles;
    expect(articles.map((a) => a.title)).toEqual([storyTitle, tableTitle, commentaryTitle]);
    expect(articles[1]?.paragraphs).toEqual([...rows, '数据来源：海关总署']);
  });
});

describe('a credit at the end of a caption, its 摄 pushed down onto a line of its own', () => {
  it('is the photo’s credit, and the photo keeps its caption (headlines after)', () => {
    const page = [
      ...STORY_ABOVE,
      '下图：11月30日晚，市民在北京前',
      '门大街观看灯光表演。通讯员 张 芊',
      '摄',
      '古城夜色',
    ].join('\n');
    const photo = parsePageText(page, 'p.txt').articles.find((a) => a.title === '古城夜色');
    expect([photo?.kind, photo?.byline, photo?.paragraphs]).toEqual([
      'photo',
      '通讯员 张 芊摄',
      ['下图：11月30日晚，市民在北京前门大街观看灯光表演。'],
    ]);
  });
});

describe('two credits on one line, each for its picture, the line broken before and inside a picture’s bracket', () => {
  it.each([
    [['中青报·中青网记者 赵 迪摄（图①） 新华社记者 黄 河摄（', '图②）']],
    [['中青报·中青网记者 赵 迪摄', '（图①） 新华社记者 黄 河摄（', '图②）']],
    [['中青报·中青网记者 赵 迪摄', '（图①） 新华社记者 黄 河摄（图②）']],
  ])('is one credit naming both photographers (%j)', (credit) => {
    const page = [
      ...STORY_ABOVE,
      '图①：6月1日，北京某高校毕业生在',
      '校园里拍摄毕业照。',
      '图②：5月31日，湖南长沙，一所高校',
      '的毕业生向老师献花致谢。',
      ...credit,
      '毕业季里的“最后一课”',
    ].join('\n');
    const photo = parsePageText(page, 'p.txt').articles.find((a) => a.kind === 'photo');
    expect([photo?.title, photo?.authors, photo?.paragraphs.length]).toEqual([
      '毕业季里的“最后一课”',
      ['赵迪', '黄河'],
      2,
    ]);
  });
});

describe('a credit naming two photographers, broken between them', () => {
  it('is one credit: the reporter’s line right over the credit line is its first half', () => {
    const page = [
      ...STORY_ABOVE,
      '图①：6月1日，北京某高校毕业生在',
      '校园内拍摄毕业照。',
      '中青报·中青网记者 赵 迪',
      '见习记者 郭 智摄',
      '毕业季里的青春模样',
    ].join('\n');
    const articles = parsePageText(page, 'p.txt').articles;
    expect(articles.map((a) => [a.kind, a.title, a.authors])).toEqual([
      ['article', '重点工程建设提速', ['王强']],
      ['photo', '毕业季里的青春模样', ['赵迪', '郭智']],
    ]);
  });
});

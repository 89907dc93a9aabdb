/** Charts and boxes of figures the line pass read as headline lines (src/news/charts.ts), element by element. */
import { describe, expect, it } from 'vitest';
import { chartsAsText, figureFirstRows, isTableLead, listedRowsAsText } from '../../src/news/charts.js';
import { isDataRow, splitKeyedRows } from '../../src/news/data-rows.js';
import type { Column, Element } from '../../src/news/structure-types.js';

const column: Column = { width: 16, measure: (s) => Array.from(s).length };
const para = (no: number, text: string): Element => ({ t: 'para', no, text, dateline: false });
const head = (no: number, text: string): Element => ({ t: 'head', no, text });
/** What chartsAsText made of `elements`: each element's kind and text. */
const charted = (elements: Element[]): [string, string][] =>
  chartsAsText(elements, column).map((e) => [e.t, 'text' in e ? e.text : '']);

describe('a box of key figures printed as label：figure rows', () => {
  const box = (after: Element[]): Element[] => [
    para(0, '本报讯（记者 曹 政）昨天，市统计局发布一季度全市经济运行情况。'),
    head(1, '主要指标一览'),
    head(2, '地区生产总值：10446.7亿元'),
    para(3, '，增长3.1%'),
    head(4, '规模以上工业增加值：增长1.1%'),
    head(5, '市场总消费额：增长4.5%'),
    para(6, '数据来源：北京市统计局'),
    ...after,
  ];

  it('is the story’s text, title, rows and note, where the story goes on under it', () => {
    expect(charted(box([para(7, '投资保持较快增长。一季度，全市固定资产投资同比增长8.6%。')]))).toEqual([
      ['para', '本报讯（记者 曹 政）昨天，市统计局发布一季度全市经济运行情况。'],
      ['para', '主要指标一览'],
      ['para', '地区生产总值：10446.7亿元，增长3.1%'],
      ['para', '规模以上工业增加值：增长1.1%'],
      ['para', '市场总消费额：增长4.5%'],
      ['para', '数据来源：北京市统计局'],
      ['para', '投资保持较快增长。一季度，全市固定资产投资同比增长8.6%。'],
    ]);
  });

  it('is left as printed where a headline follows the note: a box of its own has its own title', () => {
    const elements = box([head(7, '京津冀三地启动区域协同立法')]);
    expect(chartsAsText(elements, column)).toEqual(elements);
  });

  it('is the story’s text where the story goes on under an intertitle, its note bracketed', () => {
    const elements = [
      para(0, '负责人说，目前公司运营的42个食堂日均供餐5600余份。'),
      head(1, '邛崃市老年助餐服务情况'),
      head(2, '老年食堂和助餐点：187个'),
      head(3, '日均服务老人：1.1万人次'),
      head(4, '享受补贴老年人：2.6万人'),
      head(5, '（数据来源：邛崃市民政局）'),
      head(6, '服务不落下'),
      para(7, '城区有了食堂，散居在山区的老人怎么办？'),
    ];
    expect(charted(elements).map(([t]) => t)).toEqual([
      'para',
      'para',
      'para',
      'para',
      'para',
      'para',
      'head',
      'para',
    ]);
  });
});

describe('a box whose broken row the line pass ran into the next', () => {
  it('splits the run-together rows where each ends, and keeps the box in the story', () => {
    const elements: Element[] = [
      para(0, '重庆作为“十字路口”的枢纽地位日益凸显。'),
      head(1, '2023年1—8月西部陆海新通道重庆'),
      head(2, '运行情况'),
      para(3, '铁海联运班列：发运9.6万标箱，同比增长16.2%'),
      para(5, '跨境公路班车：发运3120车次，同比增长21.5%'),
      head(7, '国际铁路联运班列（中越）：'),
      para(8, '开行186列，同比增长32.9%通道运输货值：约390亿元，同比增长18.7%'),
      para(11, '数据来源：重庆市人民政府口岸和物流办公室'),
      para(12, '对企业而言，通道好不好用，关键看两点：价格和时效。'),
    ];
    expect(charted(elements)).toEqual([
      ['para', '重庆作为“十字路口”的枢纽地位日益凸显。'],
      ['para', '2023年1—8月西部陆海新通道重庆运行情况'],
      ['para', '铁海联运班列：发运9.6万标箱，同比增长16.2%'],
      ['para', '跨境公路班车：发运3120车次，同比增长21.5%'],
      ['para', '国际铁路联运班列（中越）：开行186列，同比增长32.9%'],
      ['para', '通道运输货值：约390亿元，同比增长18.7%'],
      ['para', '数据来源：重庆市人民政府口岸和物流办公室'],
      ['para', '对企业而言，通道好不好用，关键看两点：价格和时效。'],
    ]);
  });

  it('joins rows the column broke inside their label, under the title and before a whole row', () => {
    const elements: Element[] = [
      para(0, '智能光伏组件、锂离子电池等产品产量分别增长36.2%和27.9%。'),
      head(1, '1至5月全省数字经济主要指标'),
      head(2, '数字经济核心产业制造业增加'),
      head(3, '值：同比增长9.6%'),
      para(4, '软件业务收入：3614亿元，同比增长13.1%'),
      head(6, '数字经济领域新开工亿元以上'),
      head(7, '项目：187个'),
      para(8, '数据来源：省统计局、省经信厅'),
      para(9, '在杭州钱塘区，一家半导体企业的12英寸晶圆生产线正满负荷运转。'),
    ];
    expect(charted(elements)).toEqual([
      ['para', '智能光伏组件、锂离子电池等产品产量分别增长36.2%和27.9%。'],
      ['para', '1至5月全省数字经济主要指标'],
      ['para', '数字经济核心产业制造业增加值：同比增长9.6%'],
      ['para', '软件业务收入：3614亿元，同比增长13.1%'],
      ['para', '数字经济领域新开工亿元以上项目：187个'],
      ['para', '数据来源：省统计局、省经信厅'],
      ['para', '在杭州钱塘区，一家半导体企业的12英寸晶圆生产线正满负荷运转。'],
    ]);
  });

  it('splitKeyedRows finds no rows in running text with two colons', () => {
    expect(splitKeyedRows('他说：“好。”她答：明天去')).toBeNull();
    expect(splitKeyedRows('营收：12亿元利润：3亿元')).toEqual(['营收：12亿元', '利润：3亿元']);
  });
});

describe('listedRowsAsText', () => {
  it('keeps keyed rows a sentence introduces in the text, and leaves rows after other text as they are', () => {
    const rows = [
      head(1, '2021年底：约400万千瓦'),
      head(2, '2022年底：约870万千瓦'),
      head(3, '2023年底：3139万千瓦'),
    ];
    const out = listedRowsAsText([para(0, '近三年我国新型储能装机规模呈现跨越式增长：'), ...rows]);
    expect(out.map((e) => e.t)).toEqual(['para', 'para', 'para', 'para']);
    const untouched = [para(0, '近三年我国新型储能装机规模呈现跨越式增长。'), ...rows];
    expect(listedRowsAsText(untouched)).toEqual(untouched);
    const one = [para(0, '装机规模：'), rows[0]!, head(2, '新型储能走向规模化')];
    expect(listedRowsAsText(one)).toEqual(one);
  });
});

describe('a table whose cells are parted by bars, its column heads wrapped', () => {
  it('is the story’s text: title, heads joined, rows and note', () => {
    const elements: Element[] = [
      para(0, '本报北京9月10日讯（记者 韦思远）国家统计局今天发布数据。'),
      head(1, '表：8月份居民消费价格主要数据'),
      head(2, '项目｜同比涨跌（%）｜环比'),
      head(3, '涨跌（%）'),
      para(4, '居民消费价格｜0.6｜0.4'),
      para(5, '农村｜0.7｜0.5'),
      para(6, '数据来源：国家统计局'),
      para(7, '同日发布的数据显示，8月份，全国工业生产者出厂价格同比下降。'),
    ];
    expect(charted(elements)).toEqual([
      ['para', '本报北京9月10日讯（记者 韦思远）国家统计局今天发布数据。'],
      ['para', '表：8月份居民消费价格主要数据'],
      ['para', '项目｜同比涨跌（%）｜环比涨跌（%）'],
      ['para', '居民消费价格｜0.6｜0.4'],
      ['para', '农村｜0.7｜0.5'],
      ['para', '数据来源：国家统计局'],
      ['para', '同日发布的数据显示，8月份，全国工业生产者出厂价格同比下降。'],
    ]);
  });
});

describe('a table a sentence introduces, its spaced column heads under the sentence', () => {
  const table = (intro: Element[]): Element[] => [
    para(0, '济南市人社局相关负责人介绍，全市将陆续举办各类招聘活动200余场。'),
    ...intro,
    head(3, '岗位 月薪范围（元） 需求人数'),
    para(4, '研发工程师 12000—20000 460'),
    para(5, '数控技工 9000—12000 820'),
    para(6, '数据来源：济南市人力资源和社会保障局'),
    para(7, '专家提醒，求职者在应聘时要注意核实企业资质。'),
  ];

  it('is the story’s text: the sentence the column broke, heads, rows of pay ranges and note', () => {
    expect(charted(table([head(1, '以下为本次招聘会部分热门岗'), head(2, '位薪资情况：')]))).toEqual([
      ['para', '济南市人社局相关负责人介绍，全市将陆续举办各类招聘活动200余场。'],
      ['para', '以下为本次招聘会部分热门岗位薪资情况：'],
      ['para', '岗位 月薪范围（元） 需求人数'],
      ['para', '研发工程师 12000—20000 460'],
      ['para', '数控技工 9000—12000 820'],
      ['para', '数据来源：济南市人力资源和社会保障局'],
      ['para', '专家提醒，求职者在应聘时要注意核实企业资质。'],
    ]);
  });
});

describe('a chart row the column broke at the space between two figures', () => {
  it('is joined with the space again, not into one number', () => {
    const elements: Element[] = [
      para(0, '济南海关发布的数据显示，前10月全省外贸保持增长。'),
      head(1, '前10月全省外贸进出口情况'),
      para(2, '进出口总值 27460 4.3%'),
      para(3, '出口 16380 6.1%'),
      para(4, '对“一带一路”国家 14120'),
      para(5, '7.5%'),
      para(6, '数据来源：济南海关'),
      para(7, '从贸易方式看，一般贸易进出口占比提升。'),
    ];
    expect(charted(elements).map(([, text]) => text)).toContain('对“一带一路”国家 14120 7.5%');
  });
});

describe('a table whose barred column heads the column broke inside a cell', () => {
  it('is the story’s text: sentence, heads joined, rows of words and figures, note', () => {
    const elements: Element[] = [
      para(0, '下表为部分县域特色产业2023年前三季度发展情况：'),
      head(1, '县（市、区）｜特色产业｜全产业'),
      head(2, '链产值（亿元）｜同比增长'),
      para(3, '徐闻县｜菠萝｜52.6｜8.7%'),
      para(4, '高州市｜荔枝、龙眼｜67.4｜9.1%'),
      para(5, '数据来源：各地农业农村部门，记者整理'),
      para(6, '特色产业要做强，离不开人才、科技、金融等要素支撑。'),
    ];
    expect(charted(elements).map(([t, text]) => `${t} ${text}`)).toEqual([
      'para 下表为部分县域特色产业2023年前三季度发展情况：',
      'para 县（市、区）｜特色产业｜全产业链产值（亿元）｜同比增长',
      'para 徐闻县｜菠萝｜52.6｜8.7%',
      'para 高州市｜荔枝、龙眼｜67.4｜9.1%',
      'para 数据来源：各地农业农村部门，记者整理',
      'para 特色产业要做强，离不开人才、科技、金融等要素支撑。',
    ]);
  });
});

describe('isDataRow', () => {
  it('knows a chart row: a label (with its unit, `（头次/航次）`), then figures parted by spaces or bars', () => {
    const rows = [
      '制造业 6.3',
      '出口 2.19万亿元 同比增长8.5%',
      '居民消费价格｜0.6｜0.4',
      '江豚目击频次（头次/航次）｜0.8｜2.3',
    ];
    expect(rows.map(isDataRow)).toEqual([true, true, true, true]);
    // (A dash for a figure not given, beside one that is.)
    expect(['规模以上工业增加值 — 4.9%', '进出口总额 5432.6亿元 -4.2%', '增加值 — —'].map(isDataRow)).toEqual(
      [true, true, false],
    );
    // (A pay scale is a bare range; a range with a unit is a column head's, `行业 3月同比 1—3月同比`.)
    expect(['数控技工 9000—12000 820', '行业 3月同比 1—3月同比'].map(isDataRow)).toEqual([true, false]);
    // (A figure's magnitude before its unit, `1100余万标准箱`; a word after a unit is text, `350公里的列车`.)
    expect(['集装箱吞吐量 1100余万标准箱 同比增长7.9%'].map(isDataRow)).toEqual([true]);
    // (A year's row whose figures are named at length, `稻虾综合种养面积12.6万亩`.)
    expect(isDataRow('2019年 稻虾综合种养面积12.6万亩 亩均纯收入2860元')).toBe(true);
    // (Parted by bars, a cell may hold words: `高州市｜荔枝、龙眼｜67.4｜9.1%`.)
    expect(['高州市｜荔枝、龙眼｜67.4｜9.1%', '徐闻县｜菠萝｜52.6｜8.7%'].map(isDataRow)).toEqual([
      true,
      true,
    ]);
    expect(['时速 350公里的列车', '他说 这是好事', '记者｜王明'].map(isDataRow)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('isTableLead', () => {
  it('knows a unit line and column heads, also with their units in brackets', () => {
    const leads = [
      '单位：亿元',
      '省份 进出口额 同比增长',
      '品种 平均价格（元/公斤）',
      '区 零售额（亿元） 同比增长',
      '项目｜同比涨跌（%）｜环比涨跌（%）',
    ];
    expect(leads.map(isTableLead)).toEqual([true, true, true, true, true]);
    expect(['抓项目 促发展', '绿色生活 从“分”开始', '零售额（亿元）'].map(isTableLead)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('a chart row whose label took the column twice (…通过公共网络实 / 现的商品零售额 142.9亿元 增 / 长11.2%)', () => {
  it('is one row of the story’s chart, the chart its text', () => {
    const elements = [
      para(0, '消费市场呈现加快回暖态势。'),
      head(1, '2023年1—2月重庆主要消费指标：'),
      para(2, '社会消费品零售总额 2680.5亿元 增长6.3%'),
      head(3, '限额以上单位汽车类零售额'),
      head(4, '317.6亿元 增长3.8%'),
      head(5, '限额以上单位通过公共网络实'),
      head(6, '现的商品零售额 142.9亿元 增'),
      head(7, '长11.2%'),
      head(8, '数据来源：重庆市统计局'),
      para(9, '从消费类型看，餐饮消费恢复最为明显。'),
    ];
    expect(charted(elements).slice(3, 6)).toEqual([
      ['para', '限额以上单位汽车类零售额 317.6亿元 增长3.8%'],
      ['para', '限额以上单位通过公共网络实现的商品零售额 142.9亿元 增长11.2%'],
      ['para', '数据来源：重庆市统计局'],
    ]);
  });
});

describe('a chart whose first row the column broke after its figure (货物吞吐量 1.72亿吨 同比 / 增长3.6%)', () => {
  it('is rows of the story’s text, the first row no second line of a title', () => {
    const elements = [
      para(0, '集装箱吞吐量增速位居全国沿海主要港口前列。'),
      head(1, '主要指标如下：'),
      head(2, '货物吞吐量 1.72亿吨 同比'),
      head(3, '增长3.6%'),
      head(4, '集装箱吞吐量 780万标准箱'),
      head(5, '同比增长8.2%'),
      head(6, '数据来源：山东省港口集团'),
      para(7, '一季度，青岛港持续加密“一带一路”航线。'),
    ];
    expect(charted(elements).slice(1, 5)).toEqual([
      ['para', '主要指标如下：'],
      ['para', '货物吞吐量 1.72亿吨 同比增长3.6%'],
      ['para', '集装箱吞吐量 780万标准箱 同比增长8.2%'],
      ['para', '数据来源：山东省港口集团'],
    ]);
  });
});

describe('a chart’s source note broken inside the book title it cites (…生态环境厅《 / 2020年…评估报告 / 》)', () => {
  it('is one note, its lines joined, none of them a headline', () => {
    const elements = [
      para(0, '长江、黄河、澜沧江干流水质总体保持优良。'),
      head(1, '主要监测指标如下：'),
      head(2, '草地植被覆盖度 53.9% 57.8%'),
      head(3, '湿地面积（万公顷） 385.7 412.5'),
      head(4, '数据来源：青海省生态环境厅《'),
      head(5, '2020年三江源地区生态监测评估报告'),
      head(6, '》'),
      para(7, '“这些数据说明，三江源生态保护和建设工程成效显著。”'),
    ];
    expect(charted(elements).slice(4)).toEqual([
      ['para', '数据来源：青海省生态环境厅《2020年三江源地区生态监测评估报告》'],
      ['para', '“这些数据说明，三江源生态保护和建设工程成效显著。”'],
    ]);
  });
});

describe('a table whose figures are basis points (工商银行 1.48% -13bp -2.8%)', () => {
  it('has rows: a change in basis points is a figure', () => {
    expect(isDataRow('工商银行 1.48% -13bp -2.8%')).toBe(true);
    expect(isDataRow('建设银行 1.59% -11BP')).toBe(true);
  });
});

describe('a chart whose first row the column broke before its only figure (规上装备制造业增加值 同比 / 增长8.6%)', () => {
  it('is rows of the story’s text, the first row no second line of a title', () => {
    const elements = [
      para(0, '主要产品中，工业机器人产量增长28.5%。'),
      head(1, '一季度全省装备制造业主要指标'),
      head(2, '规上装备制造业增加值 同比'),
      head(3, '增长8.6%'),
      head(4, '汽车制造业增加值 同比增长12.4%'),
      head(5, '数据来源：辽宁省统计局'),
      para(6, '在沈阳，华晨宝马生产基地新一代车型生产线开足马力。'),
    ];
    expect(charted(elements).slice(1, 4)).toEqual([
      ['para', '一季度全省装备制造业主要指标'],
      ['para', '规上装备制造业增加值 同比增长8.6%'],
      ['para', '汽车制造业增加值 同比增长12.4%'],
    ]);
  });
});

describe('a box of key figures whose labels hold Latin and figures a bracketed note (CPI同比：+0.7%（1月为-0.8%）)', () => {
  it('is the story’s text, a row broken inside its note joined', () => {
    const elements = [
      para(0, '在食品中，猪肉价格同比降幅收窄至0.4%，鲜果价格由涨转降。'),
      head(1, '主要数据一览：'),
      head(2, 'CPI同比：+0.7%（1月为-0.8%）'),
      head(3, '核心CPI同比：+1.2%（1月为+'),
      head(4, '0.4%）'),
      head(5, 'PPI同比：-2.7%（1月为-2.5%）'),
      head(6, '数据来源：国家统计局'),
      para(7, '业内人士表示，随着促消费政策持续发力，预计后期CPI将保持温和回升态势。'),
    ];
    expect(charted(elements).slice(1, 5)).toEqual([
      ['para', '主要数据一览：'],
      ['para', 'CPI同比：+0.7%（1月为-0.8%）'],
      ['para', '核心CPI同比：+1.2%（1月为+0.4%）'],
      ['para', 'PPI同比：-2.7%（1月为-2.5%）'],
    ]);
  });
});

describe('a barred table whose last cells are remarks (玉米“一喷多促”｜6—8｜不含药剂)', () => {
  it('has rows: a figure before the remark makes the row a table’s', () => {
    expect(isDataRow('玉米“一喷多促”｜6—8｜不含药剂')).toBe(true);
    expect(isDataRow('施肥（颗粒肥）｜8—12｜按用量浮动')).toBe(true);
    expect(isDataRow('作业类型｜收费标准｜备注')).toBe(false);
  });
});

describe('a chart row whose figure carries a note in brackets (2023 约2700（预计）) or whose label holds capitals', () => {
  it('is a row like the ones above it', () => {
    expect(isDataRow('2023 约2700（预计）')).toBe(true);
    expect(isDataRow('2023 （预计）')).toBe(false);
    expect(isDataRow('A级景区门票收入（亿元） 31.2 9.7%')).toBe(true);
  });
});

describe('a box of key figures whose rows lead with the figure (120个——今年新增示范点)', () => {
  const box = [
    para(0, '首批综合体将于年底前全部亮相。'),
    head(1, '【数读】'),
    head(2, '120个——今年新增示范点'),
    head(3, '38个——年底前投运的“一站式”'),
    head(4, '综合体'),
    head(5, '96.2%——中心城区居民步行'),
    head(6, '15分钟可达社区养老服务设施的比'),
    head(7, '例'),
    head(8, '数据来源：市规划资源局'),
  ];
  const rows = (elements: Element[]): [string, string][] =>
    figureFirstRows(elements, column).map((e) => [e.t, 'text' in e ? e.text : '']);

  it('is rows of the story’s text, each label joined with the lines it wrapped onto', () => {
    expect(rows(box).slice(2, 6)).toEqual([
      ['para', '120个——今年新增示范点'],
      ['para', '38个——年底前投运的“一站式”综合体'],
      ['para', '96.2%——中心城区居民步行15分钟可达社区养老服务设施的比例'],
      ['head', '数据来源：市规划资源局'],
    ]);
  });

  it('needs three rows: two such lines may be headlines', () => {
    const two = box.slice(0, 5);
    expect(rows(two)).toEqual(two.map((e) => [e.t, 'text' in e ? e.text : '']));
  });
});

describe('a box of keyed rows under a numbered table title (表1：…) closing its story', () => {
  it('is the story’s text though the next story’s headline follows the note: the title says table', () => {
    const elements = [
      para(0, '业内人士表示，闽台农业合作正从单纯的产品贸易向全链条融合延伸，未来发展空间广阔。'),
      head(1, '表1：1至5月福建自台进口主要'),
      head(2, '农产品情况'),
      para(3, '水果：货值2.1亿元，增长18.3%水产品：货值3.4亿元，增长9.7%茶叶及制品：货值0.6亿元，增'),
      head(4, '长21.5%'),
      para(5, '数据来源：福州海关'),
      head(6, '厦门至金门“小三通”航线客流回升'),
    ];
    expect(charted(elements).slice(1)).toEqual([
      ['para', '表1：1至5月福建自台进口主要农产品情况'],
      ['para', '水果：货值2.1亿元，增长18.3%'],
      ['para', '水产品：货值3.4亿元，增长9.7%'],
      ['para', '茶叶及制品：货值0.6亿元，增长21.5%'],
      ['para', '数据来源：福州海关'],
      ['head', '厦门至金门“小三通”航线客流回升'],
    ]);
  });
});

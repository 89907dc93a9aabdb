/** Headlines with a comma, which the title shape alone turns away, read from where they stand. */
import { describe, expect, it } from 'vitest';
import { admitCommaTitles } from '../../src/news/comma-titles.js';
import { parsePageText } from '../../src/news/page-parser.js';
import { makeLine } from '../../src/news/text-line.js';

// Headlines printed after their stories, no blank lines, a 15.5-em column.
const story = [
  '发展“银发经济”，首先要读懂',
  '老年人的真实需求，让产品和服务贴',
  '心、更安全，为老年人筑起防骗的“防',
  '火墙”。',
];

// (That one under a short kicker is a headline, `观点` / `“银发经济”：既要热起来，更要暖人心`, is held by the corpus
// lists: own-tuning-3's 06-pinglun.)
describe('a comma headline under a short kicker', () => {
  it('is not one under a paragraph first line that a Latin word left short (`…负责人表` / `示，…5G-Adv`)', () => {
    const page = [
      ...story,
      '工业和信息化部负责人表',
      '示，今年将有序推进千兆光网和5G-Adv',
      'anced升级演进，加快千兆光网向乡镇',
      '和农村延伸，推动5G规模化应用。',
      '全国累计建成5G基站超420万个',
    ].join('\n');
    const titles = parsePageText(page, 'first-line.txt').articles.map((a) => a.title);
    expect(titles).toEqual(['全国累计建成5G基站超420万个']);
  });
});

describe('a comma headline under a centred kicker', () => {
  it('is a headline over a paragraph first line, though no dateline or lede follows', () => {
    const page = [
      '社区长者食堂推出“夜间档”',
      '新民晚报讯（记者 陶然）本周起，徐汇',
      '区5家社区长者食堂试点开设“夜间档”',
      '，营业时间延长至晚上7点半。',
      ' 消费提醒',
      '给孩子买安全座椅，记住这几点',
      '随着自驾出游增多，不少家长',
      '开始为孩子选购儿童安全座椅。市市场',
      '监管局日前发布消费提示，提醒家长科',
      '学选购、正确安装。',
      '（文/本报记者 庄雯）',
    ].join('\n');
    const articles = parsePageText(page, 'centred-kicker.txt').articles;
    expect(articles.map((a) => [a.kicker, a.title, a.authors])).toEqual([
      [null, '社区长者食堂推出“夜间档”', ['陶然']],
      ['消费提醒', '给孩子买安全座椅，记住这几点', ['庄雯']],
    ]);
  });
});

describe('a comma headline far short of the column under a kicker', () => {
  const page = (title: string): string =>
    [
      '本报北京5月6日讯（记者 孙 岚）记者',
      '从交通运输部获悉，今年以来各地农村',
      '公路建设加快推进，新改建里程超过3',
      '万公里，通客车的建制村持续增加。',
      '乡村道路建设提速扩面',
      title,
      '立夏前后，南方多地进入雨季，防汛',
      '工作进入关键阶段，各地水利部门加强',
      '巡查值守，确保安全度汛。',
    ].join('\n');

  it('is the headline of the story above: no paragraph line breaks off mid-sentence that short', () => {
    const articles = parsePageText(page('修好路，富了村'), 'short-comma-title.txt').articles;
    expect(articles.map((a) => [a.kicker, a.title])).toEqual([
      ['乡村道路建设提速扩面', '修好路，富了村'],
      [null, ''],
    ]);
  });

  it('is a paragraph first line when it falls short by no more than its indent', () => {
    const text = page('据统计，全国农村公路总里程已').replace('立夏前后，', '达到四百多万公里。立夏前后，');
    const articles = parsePageText(text, 'first-line.txt').articles;
    expect(articles.map((a) => [a.title, a.paragraphs.length])).toEqual([['', 3]]);
    expect(articles[0]!.paragraphs[1]).toBe('乡村道路建设提速扩面');
  });
});

describe('a question headline set across columns, printed first', () => {
  it('is a headline however wide, after the end of the story above', () => {
    const page = [
      '让数据多跑路 群众少跑腿',
      '陈 默',
      '还要看到，一些老年人、残疾人等群',
      '体仍面临“数字鸿沟”。',
      '把改革的着眼点放在群众的获得感上，',
      '政务服务才能真正做到“好办”“易办”',
      '。',
      '县域商业体系建设提速，如何让“小县城”托起“大消费”？',
      '王建平',
      '县城是连接城市与乡村的重要',
      '纽带，也是扩大内需的重要战场。',
      '近年来，随着交通条件改善、返乡创',
      '业人员增多，县域消费潜力不断释放。',
    ].join('\n');
    const articles = parsePageText(page, 'wide-question.txt').articles;
    expect(articles.map((a) => [a.title, a.authors])).toEqual([
      ['让数据多跑路 群众少跑腿', ['陈默']],
      ['县域商业体系建设提速，如何让“小县城”托起“大消费”？', ['王建平']],
    ]);
  });
});

describe('a question headline under a centred kicker, headlines first', () => {
  it('is the title though a quotation, not a lede, opens the story', () => {
    const page = [
      '退休教师开起“免费作业辅导班”',
      '■本报记者 孟瑶',
      '每天下午4点半，退休教师周老师准时打',
      '开社区活动室的门。',
      '图为周老师在为孩子们辅导作',
      '业。受访者供图',
      ' 民生热线',
      '楼下烧烤店油烟扰民，怎么办？',
      '“一到晚上，油烟味就从窗户',
      '缝里钻进来，衣服都不敢晾在阳台外面。”',
      '近日，家住河西某小区的市民吴先生拨',
      '打本报热线反映烧烤店油烟扰民。',
    ].join('\n');
    const articles = parsePageText(page, 'kicker.txt').articles;
    expect(articles.map((a) => [a.kicker, a.title])).toEqual([
      [null, '退休教师开起“免费作业辅导班”'],
      ['民生热线', '楼下烧烤店油烟扰民，怎么办？'],
    ]);
    // A handout credit run onto the caption's last line ends the caption: the kicker is no part of it.
    expect(articles[0]?.paragraphs.at(-1)).toBe('图为周老师在为孩子们辅导作业。受访者供图');
  });
});

describe('a headline of three clauses set across columns', () => {
  it('is a headline, though a line with two commas is a sentence anywhere in the column', () => {
    const page = [
      '让文物“活”起来',
      '上海博物馆东馆夜场开放首月，接待观众逾十万人次，年轻观众占比超过六成',
      '本报上海5月6日电（记者 李 婷）记',
      '者今天从上海博物馆获悉，东馆自4月',
      '起每周五、周六延长开放至21时，首',
      '月夜场共接待观众10.4万人次。',
    ].join('\n');
    const articles = parsePageText(page, 'across.txt').articles;
    expect(articles.map((a) => [a.kicker, a.title])).toEqual([
      ['让文物“活”起来', '上海博物馆东馆夜场开放首月，接待观众逾十万人次，年轻观众占比超过六成'],
    ]);
  });
});

describe('a question headline closing a page that prints headlines after their stories', () => {
  it('is the last story’s title, not its last paragraph, after a sentence end', () => {
    const page = [
      '新京报记者 戚厚兴',
      '早上8点，北京某三甲医院呼吸',
      '科门诊还没正式开诊，主治医师宋佳',
      '已经在电脑上看完了预问诊报告。',
      '业内人士认为，医疗大模型的应用',
      '目前仍处在探索阶段，相关标准规范',
      '有待进一步完善。',
      '大模型进医院，能帮医生干点啥？',
    ].join('\n');
    const articles = parsePageText(page, 'closing-question.txt').articles;
    expect(articles.map((a) => [a.title, a.paragraphs.at(-1)?.slice(-3)])).toEqual([
      ['大模型进医院，能帮医生干点啥？', '完善。'],
    ]);
  });
});

describe('a comma line ending on half of a dash the column broke', () => {
  it('is the first line of the paragraph under the byline, not a headline with a subtitle', () => {
    const page = [
      '朱 珉',
      '避开热门景区，去小城慢慢逛—',
      '—这几年，“反向旅游”在年轻人',
      '中悄然兴起。一些过去名不见经传的',
      '小城，成了社交平台上的热门目的地。',
      '“反向旅游”折射消费新变化',
    ].join('\n');
    const articles = parsePageText(page, 'broken-dash.txt').articles;
    expect(articles.map((a) => [a.title, a.subtitle, a.paragraphs[0]?.slice(0, 16)])).toEqual([
      ['“反向旅游”折射消费新变化', null, '避开热门景区，去小城慢慢逛——这'],
    ]);
  });
});

describe('a paragraph’s first line holding figures, under a short title-shaped line', () => {
  it('is no comma headline set past the column: its figures are measured wider than the column set them', () => {
    // Widths as a character-count model measures them on a 16-em column: the figures count an em each.
    const widths = [2, 9, 17, 15, 16];
    const lines = [
      '说。',
      '“把最好的给孩子”',
      '1992年，19岁的杨再华从州里的',
      '民族师范学校毕业，被分配到方岭',
      '村小学。那时的学校只有三间木房、',
    ].map((t, k) => Object.assign(makeLine(k, t), { w: widths[k]! }));
    admitCommaTitles(lines, 16);
    expect(lines[2]!.titleish).toBe(false);
  });
});

describe('a paragraph’s first line naming where its figures come from (据…统计，)', () => {
  it('is no comma headline either when it names its data (据杭州市商务局数据，今年前)', () => {
    const widths = [16, 8, 14, 16];
    const lines = [
      '全周期的八成，“消费者越来越理性，',
      '更看重性价比和售后服务”。',
      '据杭州市商务局数据，今年前',
      '三季度，杭州实现网络零售额8560',
    ].map((t, k) => Object.assign(makeLine(k, t), { w: widths[k]! }));
    admitCommaTitles(lines, 16);
    expect(lines[2]!.titleish).toBe(false);
  });

  it('is no comma headline, though it stands after a sentence end as wide as a first line', () => {
    const widths = [16, 8, 14, 16];
    const lines = [
      '吸引了不少游客驻足观看、拍照留念。',
      '都过得很充实”。',
      '据喀什市文旅部门统计，今年前',
      '三季度，喀什古城景区累计接待游客',
    ].map((t, k) => Object.assign(makeLine(k, t), { w: widths[k]! }));
    admitCommaTitles(lines, 16);
    expect(lines[2]!.titleish).toBe(false);
  });
});

describe('a comma headline over a comma subtitle set past the column, over a dateline', () => {
  it('is a headline line too, though the line under it is admitted only for its width', () => {
    const widths = [16, 5, 14, 21, 12];
    const lines = [
      '关负责人表示，下一步将根据报名数',
      '在夜间开放。',
      '下班后去“充电”，年轻人挤爆夜校',
      '广州市青年夜校春季班开课，2万多个名额“秒光”',
      '羊城晚报讯（记者 黄 宙',
    ].map((t, k) => Object.assign(makeLine(k, t), { w: widths[k]! }));
    admitCommaTitles(lines, 16);
    expect(lines.slice(1, 4).map((l) => l.titleish)).toEqual([false, true, true]);
  });
});

describe('a long comma subtitle set across columns, under the page’s first headline', () => {
  it('is a headline line, though longer than any line of a column', () => {
    const widths = [18, 43, 15, 16];
    const lines = [
      '北京今年将新建改造2000公里慢行系统',
      '重点推进二环至五环间道路人行道、自行车道连通，年底前中心城区绿色出行比例力争达75.5%',
      '新京报讯（记者 耿子叶 裴剑飞',
      '）6月4日，记者从北京市交通委获悉，',
    ].map((t, k) => Object.assign(makeLine(k, t), { w: widths[k]! }));
    admitCommaTitles(lines, 16);
    expect(lines[1]!.titleish).toBe(true);
  });
});

describe('a comma headline under an editorial’s label', () => {
  it('is the editorial’s title, not its first paragraph’s first line, though hardly past the column', () => {
    const page = [
      '地铁17号线北段年底前开通试运营',
      '新京报讯 记者昨日从北京市重大项目办获',
      '悉，地铁17号线北段已进入“三权”移交',
      '阶段，计划年底前开通试运营。',
      '社论',
      '快递员“最后100米”的难处，得有人接着',
      '这几天，一段快递员在小区门口被',
      '拦下、只能把几十件包裹码在路边的',
      '视频，在网上引发不少讨论。',
    ].join('\n');
    const articles = parsePageText(page, 'editorial.txt').articles;
    expect(articles.map((a) => [a.kicker, a.title])).toEqual([
      [null, '地铁17号线北段年底前开通试运营'],
      ['社论', '快递员“最后100米”的难处，得有人接着'],
    ]);
  });
});

describe('a photo caption whose first line opens on its date and ends on a bracket (9月13日，中欧班列（成渝）)', () => {
  it('is the caption’s first line, not a headline closed by a column’s name', () => {
    const page = [
      '图片报道',
      '9月13日，两江新区果园港，集装箱货轮',
      '停靠码头装卸货物。',
      '新华社记者 王全超摄',
      '9月13日，中欧班列（成渝）',
      '号从团结村中心站驶出，开往德国杜',
      '伊斯堡。',
      '特约摄影 钟志兵',
    ].join('\n');
    const titles = parsePageText(page, 'photo-caption.txt').articles.map((a) => a.title);
    expect(titles).not.toContain('9月13日，中欧班列（成渝）');
  });
});

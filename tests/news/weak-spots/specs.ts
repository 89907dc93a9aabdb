/**
 * Pages for the parser's known weak spots, in the seed-style format (tests/news/seed-style/specs.ts): stories found
 * only by their headline, a title wrapped over two lines against kicker + title, intertitles inside a long story,
 * a paragraph break lost at the column edge, and headline-first stories printed with no blank lines. Each page
 * is set by the seed-style column setter and compared with what an editor reads off it.
 */
import type { SeedStyleSpec, Block } from '../seed-style/specs.js';
import { story } from '../../support/articles.js';

const p = (text: string): Block => ({ p: text });

// ---------------------------------------------------------------------------------------------------------
// W1: headlines after the body (the seed's layout). The middle story is a brief with no byline and no dateline
// (`近日，…`), found only by its headline, which is about as wide as the column (15 of 16 ems) with no space.
const W1A1 =
  '本报讯 8月5日，记者从市交通运输局获悉，今年以来我市新建和改造公共停车场12处，新增公共停车泊位800个，主城区停车难问题有所缓解。';
const W1A2 = '下一步，我市还将在老旧小区周边挖潜，力争年底前再新增泊位500个。';
const W1B1 =
  '近日，市司法局在全市16个镇街推行“共享法庭”建设，群众足不出村就能参与在线调解、远程立案和网上开庭。';
const W1B2 = '截至目前，各共享法庭已受理各类纠纷136件，调解成功率达85%。';
const W1C1 =
  '本报讯 8月6日，市市场监管局对城区32家农贸市场开展食品安全专项检查，重点检查肉类、水产品和蔬菜的进货查验记录。';
const W1C2 = '检查中发现问题17个，均已责令限期整改。';

const w1: SeedStyleSpec = {
  file: 'w1-brief-headline-after.txt',
  source: 'ocr/w1.txt',
  width: 16,
  blankLines: 'seed',
  blocks: [
    ' □记者 胡晓燕',
    p(W1A1),
    p(W1A2),
    '主城区新增公共停车泊位800个',
    p(W1B1),
    p(W1B2),
    '我市十六个镇街共享法庭全部挂牌',
    ' □记者 李明',
    p(W1C1),
    p(W1C2),
    '农贸市场食品安全专项检查开展',
  ],
  expected: {
    date: null,
    sections: [],
    furniture: [],
    articles: [
      story({
        title: '主城区新增公共停车泊位800个',
        authors: ['胡晓燕'],
        byline: '□记者 胡晓燕',
        dateline: '本报讯 8月5日',
        paragraphs: [W1A1, W1A2],
      }),
      story({ title: '我市十六个镇街共享法庭全部挂牌', paragraphs: [W1B1, W1B2] }),
      story({
        title: '农贸市场食品安全专项检查开展',
        authors: ['李明'],
        byline: '□记者 李明',
        dateline: '本报讯 8月6日',
        paragraphs: [W1C1, W1C2],
      }),
    ],
  },
};

// W2: two briefs in a row with neither byline nor dateline, headlines after the body: the first brief's title
// fills the column (16 of 16 ems, no space) and the next brief's `日前，…` follows it directly.
const W2A1 = '近日，市图书馆新增24小时自助借还书机6台，分布在城区各主要街道，市民凭身份证即可借阅。';
const W2B1 = '日前，市人社局公布了今年第二批职业技能培训补贴名单，共有1260名参训人员获得补贴。';
const W2B2 = '补贴资金将于8月底前发放到个人账户。';
const W2C1 = '本报讯 8月2日，第二届市民运动会在市体育中心开幕，来自全市各镇街的2000余名运动员参加开幕式。';

const w2: SeedStyleSpec = {
  file: 'w2-two-briefs-full-width-title.txt',
  source: 'ocr/w2.txt',
  width: 16,
  blankLines: 'seed',
  blocks: [
    p(W2A1),
    '城区新增六台二十四小时自助借还机',
    p(W2B1),
    p(W2B2),
    '第二批职业技能培训补贴名单公布',
    ' □记者 程思思',
    p(W2C1),
    '第二届市民运动会开幕',
  ],
  expected: {
    date: null,
    sections: [],
    furniture: [],
    articles: [
      story({ title: '城区新增六台二十四小时自助借还机', paragraphs: [W2A1] }),
      story({ title: '第二批职业技能培训补贴名单公布', paragraphs: [W2B1, W2B2] }),
      story({
        title: '第二届市民运动会开幕',
        authors: ['程思思'],
        byline: '□记者 程思思',
        dateline: '本报讯 8月2日',
        paragraphs: [W2C1],
      }),
    ],
  },
};

// W3: headline first. The first story's title is too long for the column and wraps (a full first line, a
// short second one ending no sentence); the second story has a kicker (shorter, phrase-spaced) above its title.
const W3A1 = '本报讯 8月7日，全市民营经济高质量发展大会召开，总结上半年工作，表彰一批优秀民营企业和企业家。';
const W3A2 = '会议指出，民营经济是我市经济发展的主力军，要在政策、要素、服务上给予更大支持。';
const W3B1 = '本报讯 今年以来，全市87个重点项目完成投资112.6亿元，占年度计划的68.3%，超时序进度10个百分点。';
const W3B2 = '其中，城西新区综合体、五金城三期等项目已进入主体施工阶段。';

const w3: SeedStyleSpec = {
  file: 'w3-wrapped-title-and-kicker.txt',
  source: 'ocr/w3.txt',
  width: 16,
  blankLines: 'seed',
  blocks: [
    '全市民营经济高质量发展大会暨优秀',
    '企业表彰会召开',
    ' □记者 徐旭明',
    p(W3A1),
    p(W3A2),
    '奋战三季度 冲刺全年红',
    '全市重点项目完成投资超百亿元',
    ' □记者 周斌',
    p(W3B1),
    p(W3B2),
  ],
  expected: {
    date: null,
    sections: [],
    furniture: [],
    articles: [
      story({
        title: '全市民营经济高质量发展大会暨优秀企业表彰会召开',
        authors: ['徐旭明'],
        byline: '□记者 徐旭明',
        dateline: '本报讯 8月7日',
        paragraphs: [W3A1, W3A2],
      }),
      story({
        kicker: '奋战三季度 冲刺全年红',
        title: '全市重点项目完成投资超百亿元',
        authors: ['周斌'],
        byline: '□记者 周斌',
        dateline: '本报讯 今年以来',
        paragraphs: [W3B1, W3B2],
      }),
    ],
  },
};

// W4: a long story with intertitles, headline after the body: phrase-spaced short lines (`抓项目 促发展`) and
// numbered ones (`一、…`, `（二）…`) stay in the body as their own paragraphs.
const W4A1 =
  '本报讯 8月8日，市委召开全市重点工作推进会，回顾上半年工作，部署下半年任务。市委书记金政出席并讲话。';
const W4I1 = '抓项目 促发展';
const W4A2 = '会议指出，项目是经济发展的“牛鼻子”，要坚持“项目为王”，全力以赴抓招引、抓落地、抓进度。';
const W4I2 = '优服务 强保障';
const W4A3 = '会议要求，要深化“三服务”活动，持续优化营商环境，为企业发展提供全方位保障。';
const W4B1 = '本报讯 8月7日，市政府召开专题会议，研究部署城乡环境综合整治工作。副市长朱世道出席会议。';
const W4I3 = '一、聚焦重点区域';
const W4B2 = '要以城乡接合部、背街小巷和农贸市场为重点，集中开展环境卫生整治。';
const W4I4 = '（二）完善长效机制';
const W4B3 = '要建立健全网格化管理制度，做到责任到人、考核到位。';

const w4: SeedStyleSpec = {
  file: 'w4-intertitles.txt',
  source: 'ocr/w4.txt',
  width: 16,
  blankLines: 'seed',
  blocks: [
    ' □首席记者 陈晓苏',
    p(W4A1),
    W4I1,
    p(W4A2),
    W4I2,
    p(W4A3),
    '全市重点工作推进会召开',
    ' □记者 吴佳颖',
    p(W4B1),
    W4I3,
    p(W4B2),
    W4I4,
    p(W4B3),
    '城乡环境综合整治全面铺开',
  ],
  expected: {
    date: null,
    sections: [],
    furniture: [],
    articles: [
      story({
        title: '全市重点工作推进会召开',
        authors: ['陈晓苏'],
        byline: '□首席记者 陈晓苏',
        dateline: '本报讯 8月8日',
        paragraphs: [W4A1, W4I1, W4A2, W4I2, W4A3],
        subheads: [1, 3],
      }),
      story({
        title: '城乡环境综合整治全面铺开',
        authors: ['吴佳颖'],
        byline: '□记者 吴佳颖',
        dateline: '本报讯 8月7日',
        paragraphs: [W4B1, W4I3, W4B2, W4I4, W4B3],
        subheads: [1, 3],
      }),
    ],
  },
};

// W5: paragraphs ending exactly at the column edge (a full line ending `。`), each followed by a paragraph whose
// first line is short only because a number was pushed down. Under `会议强调，…` the number (2.5 ems) would
// have fitted on a full line but not after the lost indent, so the short line is a first line; under `据悉，…`
// it would have fitted on neither, and only the paragraph opener tells the break from a sentence running on.
const W5A1 = '本报讯 8月9日，市政府召开常务会议，研究部署下半年经济工作。会议听取了上半年经济运行情况汇报。';
const W5A2 = '会议强调，全年确保完成投资352.6亿元，力争全年经济增长7.5%以上。';
const W5A3 =
  '各地要对照年度目标，倒排时间节点，确保各项任务落到实处，全力冲刺全年目标任务，推动经济稳中向好。';
const W5A4 = '据悉，上半年全市财政总收入达48.26亿元，同比增长6.1%，增幅居全省前列。';

const w5: SeedStyleSpec = {
  file: 'w5-lost-break-at-edge.txt',
  source: 'ocr/w5.txt',
  width: 16,
  blankLines: 'seed',
  blocks: [' □记者 胡剑锋', p(W5A1), p(W5A2), p(W5A3), p(W5A4), '市政府常务会议部署下半年经济工作'],
  expected: {
    date: null,
    sections: [],
    furniture: [],
    articles: [
      story({
        title: '市政府常务会议部署下半年经济工作',
        authors: ['胡剑锋'],
        byline: '□记者 胡剑锋',
        dateline: '本报讯 8月9日',
        paragraphs: [W5A1, W5A2, W5A3, W5A4],
      }),
    ],
  },
};

// W6: headline first with no blank lines: title, `——` subtitle, byline, body; the next story's title follows
// the previous body's last line directly. The second title fills the column; the third story has no byline.
const W6A1 =
  '本报讯 8月10日，我市首条城市快速路——城南快速路主线建成通车，从城东到高铁站的车程由40分钟缩短至15分钟。';
const W6A2 = '城南快速路全长11.6公里，设互通立交4座。';
const W6B1 =
  '本报讯 8月9日，市卫健委发布消息，全市23家社区卫生服务中心全部开通夜间门诊，服务时间延长至晚上9点。';
const W6B2 = '夜间门诊提供常见病诊疗、配药和慢性病随访服务。';
const W6C1 = '本报讯 8月8日，市气象台发布高温橙色预警信号，预计未来三天最高气温可达39℃以上。';

const w6: SeedStyleSpec = {
  file: 'w6-headline-first-no-blank-lines.txt',
  source: 'ocr/w6.txt',
  width: 16,
  blankLines: 'none',
  blocks: [
    '城南快速路主线建成通车',
    '——城东到高铁站缩短至15分钟',
    '□记者 楼建平',
    p(W6A1),
    p(W6A2),
    '全市社区卫生服务中心开通夜间门诊',
    '——服务时间延长至晚上9点',
    '□记者 吕佳 通讯员 陈雷',
    p(W6B1),
    p(W6B2),
    '高温橙色预警发布',
    p(W6C1),
  ],
  expected: {
    date: null,
    sections: [],
    furniture: [],
    articles: [
      story({
        title: '城南快速路主线建成通车',
        subtitle: '——城东到高铁站缩短至15分钟',
        authors: ['楼建平'],
        byline: '□记者 楼建平',
        dateline: '本报讯 8月10日',
        paragraphs: [W6A1, W6A2],
      }),
      story({
        title: '全市社区卫生服务中心开通夜间门诊',
        subtitle: '——服务时间延长至晚上9点',
        authors: ['吕佳', '陈雷'],
        byline: '□记者 吕佳 通讯员 陈雷',
        dateline: '本报讯 8月9日',
        paragraphs: [W6B1, W6B2],
      }),
      story({ title: '高温橙色预警发布', dateline: '本报讯 8月8日', paragraphs: [W6C1] }),
    ],
  },
};

export const WEAK_SPOT_PAGES: SeedStyleSpec[] = [w1, w2, w3, w4, w5, w6];

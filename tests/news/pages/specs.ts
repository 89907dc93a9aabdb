/**
 * Pages written by hand for the parser to meet for the first time: what was printed (headline lines,
 * bylines, banners, furniture, paragraphs) and what a careful editor reads off it. Paragraphs are set in their
 * column by `setColumn` (see column.ts), or broken by hand with `|` where a test wants a particular break.
 * `npx tsx tests/news/pages/write-pages.ts` writes each page as the UTF-8, LF text file the tests read; the test
 * then re-encodes it and swaps its line ends as the spec says.
 */
import type { Article } from '../../../src/news/types.js';
import { photo, story } from '../../support/articles.js';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gbk' | 'gb18030';

/** A printed line as is, or a paragraph to set in the column. */
export type Block = string | { p: string };

export interface PageSpec {
  /** Fixture file under tests/news/pages/. */
  file: string;
  /** The name the page is parsed under (a date in it may be the page date). */
  source: string;
  encoding: Encoding;
  eol: '\n' | '\r\n' | '\r';
  /** OCR put a blank line after every line; `mixed`: after most, as on the seed page (every third one missing). */
  blankLines: boolean | 'mixed';
  width: number;
  blocks: Block[];
  expected: {
    /** What `Page.encoding` reports. */
    encoding: string;
    date: string | null;
    sections: string[];
    furniture: string[];
    articles: Array<Omit<Article, 'id'>>;
  };
}

const p = (text: string): Block => ({ p: text });

// Page 1: like the seed (headlines after the body, blank lines, 16 ems), date only in the file name.
const A1 =
  '本报讯 7月29日晚，市委召开全市“三服务”活动推进会，听取各地各部门活动开展情况汇报，研究部署下一阶段工作。市领导金政、朱志杰、朱世道等出席会议。';
const A2 =
  '会议指出，“三服务”活动开展以来，全市上下聚焦企业、群众和基层的急难愁盼，累计走访企业三千余家，解决各类问题一千二百余个，活动取得了阶段性成效。';
const A3 =
  '会议要求，要把“三服务”作为检验干部作风的试金石，真正做到“企业有呼、服务必应”。会议最后强调：“要让企业和群众感受到实实在在的获得感！”';
const B1 =
  '本报讯 7月31日，记者从市经信局获悉，截至7月底，我市已建成5G基站1200个，实现城区和重点工业园区5G信号连续覆盖。';
const B2 =
  '市经信局有关负责人介绍，下一步，我市将加快推进物联网、大数据、5|G在五金制造、智慧交通等领域的应用，力争年内新增基站800个。';
const C1 = '7月30日，芝英镇芝英一村的村民正在荷塘里采摘莲蓬。今年该村种植莲子两百余亩，亩均收入可达六千元。';
const BANNER1 = '■■实施实施““三服务三服务””提升获得感提升获得感';

const page01: PageSpec = {
  file: '01-headlines-after-with-banner.txt',
  source: 'jhrb20190807_03.txt',
  encoding: 'utf-8',
  eol: '\n',
  blankLines: true,
  width: 16,
  blocks: [
    '第3版',
    '综合新闻',
    ' □首席记者 陈晓苏',
    p(A1),
    p(A2),
    p(A3),
    '全市“三服务”活动推进会召开',
    '把服务送到 企业群众心坎上',
    BANNER1,
    '□记者 李明 通讯员 王强',
    p(B1),
    p(B2),
    '我市建成5G基站1200个',
    ' 采莲忙',
    p(C1),
    '记者 杨成栋 摄',
    '校对：李四',
  ],
  expected: {
    encoding: 'utf-8',
    date: '2019-08-07',
    sections: ['实施“三服务”提升获得感'],
    furniture: ['第3版', '综合新闻', BANNER1, '校对：李四'],
    articles: [
      story({
        kicker: '全市“三服务”活动推进会召开',
        title: '把服务送到 企业群众心坎上',
        byline: '□首席记者 陈晓苏',
        authors: ['陈晓苏'],
        dateline: '本报讯 7月29日晚',
        paragraphs: [A1, A2, A3],
      }),
      story({
        title: '我市建成5G基站1200个',
        byline: '□记者 李明 通讯员 王强',
        authors: ['李明', '王强'],
        dateline: '本报讯 7月31日',
        paragraphs: [B1, B2],
        section: '实施“三服务”提升获得感',
      }),
      photo('采莲忙', C1, '记者 杨成栋 摄', ['杨成栋'], '实施“三服务”提升获得感'),
    ],
  },
};

// Page 2: headline first, kicker + title + subtitle, 14 ems, CRLF, no blank lines, header with the date.
const D1 = '本报讯 8月13日上午，记者走进西城街道的几个小区，看到垃圾分类已经成为居民的日常习惯。';
const D2 = '“以前扔垃圾随手一丢，现在每次都要想一想该放哪个桶。”家住丽州花园的张阿姨笑着说。';
const D3 =
  '社区工作人员告诉记者，目前小区的分类准确率已经超过九成。她说：“下一步，我们还要把分类做得更细一些。”';
const D4 = '垃圾分类，难在坚持，贵在坚持。怎样才能让好习惯长久保持下去？';
const D5 = '街道负责人表示，将继续完善积分兑换等激励措施，让更多居民参与进来……';
const E1 = '本报讯（记者 陈平 通讯员 吴昊）8月13日，市文明办召开志愿服务工作推进会，总结上半年志愿服务工作。';
const E2 = '今年以来，全市共开展各类志愿服务活动四千余场，参与志愿者达十二万人次。';
const F1 = '本报讯 昨日，记者从市民卡服务中心获悉，我市市民卡服务网点已增至56个，市民可就近办理各项业务。';
const HEADER2 = '2019年8月14日 星期三 责任编辑：王五 版式设计：赵六';

const page02: PageSpec = {
  file: '02-headline-first-subtitle.txt',
  source: 'page-a3.txt',
  encoding: 'utf-8-bom',
  eol: '\r\n',
  blankLines: false,
  width: 14,
  blocks: [
    'A3',
    HEADER2,
    '垃圾分类进小区',
    '绿色生活 从“分”开始',
    '——我市垃圾分类工作见闻',
    '□记者 胡晓 通讯员 陈平',
    p(D1),
    p(D2),
    p(D3),
    p(D4),
    p(D5),
    '文明创建：志愿服务常态化',
    p(E1),
    p(E2),
    '市民卡服务网点增至56个',
    p(F1),
  ],
  expected: {
    encoding: 'utf-8-bom',
    date: '2019-08-14',
    sections: [],
    furniture: ['A3', HEADER2],
    articles: [
      story({
        kicker: '垃圾分类进小区',
        title: '绿色生活 从“分”开始',
        subtitle: '——我市垃圾分类工作见闻',
        byline: '□记者 胡晓 通讯员 陈平',
        authors: ['胡晓', '陈平'],
        dateline: '本报讯 8月13日上午',
        paragraphs: [D1, D2, D3, D4, D5],
      }),
      story({
        title: '文明创建：志愿服务常态化',
        byline: '记者 陈平 通讯员 吴昊',
        authors: ['陈平', '吴昊'],
        dateline: '本报讯（记者 陈平 通讯员 吴昊）8月13日',
        paragraphs: [E1, E2],
      }),
      story({ title: '市民卡服务网点增至56个', dateline: '本报讯 昨日', paragraphs: [F1] }),
    ],
  },
};

// Page 3: two photos in a row, then a story with its headline after; UTF-16LE, CR, 18 ems, blank lines.
const G1 = '8月5日，古山镇胡库村的种粮大户正在抢收早稻。今年全村早稻种植面积达八百余亩，长势良好。';
const H1 = '连日来，城西新区湿地公园的荷花竞相开放，吸引了不少市民前来观赏拍照。';
const I1 =
  '本报讯 8月5日，我市举行2019年第三季度重大项目集中开工仪式，共有18个项目集中开工，总投资达56.8亿元。';
const I2 = '此次集中开工的项目涵盖先进制造业、基础设施、社会民生等领域，其中工业项目11个，总投资32亿元。';
const I3 =
  '市领导在开工仪式上强调，要牢固树立“项目为王”理念，全力以赴抓好项目建设，为全市经济高质量发展注入强劲动力。';

const page03: PageSpec = {
  file: '03-two-photos-then-story.txt',
  source: 'page.txt',
  encoding: 'utf-16le',
  eol: '\r',
  blankLines: true,
  width: 18,
  blocks: [
    ' 稻田收割忙',
    p(G1),
    '通讯员 应晓晓 摄',
    '夏日荷花别样红',
    p(H1),
    '（记者 杨成栋 摄）',
    '□本报记者 吕晓斌',
    p(I1),
    p(I2),
    p(I3),
    '18个重大项目集中开工',
  ],
  expected: {
    encoding: 'utf-16le',
    date: null,
    sections: [],
    furniture: [],
    articles: [
      photo('稻田收割忙', G1, '通讯员 应晓晓 摄', ['应晓晓']),
      photo('夏日荷花别样红', H1, '（记者 杨成栋 摄）', ['杨成栋']),
      story({
        title: '18个重大项目集中开工',
        byline: '□本报记者 吕晓斌',
        authors: ['吕晓斌'],
        dateline: '本报讯 8月5日',
        paragraphs: [I1, I2, I3],
      }),
    ],
  },
};

// Page 4: headline first, a photo between two stories, bylines without □; UTF-16BE, LF, no blank lines.
const J1 =
  '本报讯 8月6日，我市与浙江某智能科技有限公司举行智能门业项目签约仪式，该项目总投资15亿元，用地约300亩。';
const J2 = '据介绍，项目建成后，预计可实现年产值30亿元，年税收1.5亿元，将进一步拉长我市门业产业链。';
const K1 = '8月3日晚，“清凉一夏”消夏音乐会在市文化广场举行，精彩的节目吸引了众多市民驻足观看。';
const L1 = '本报讯 近日，唐先镇的农村文化礼堂里热闹非凡，一场由村民自编自演的文艺晚会正在上演。';
const L2 = '今年以来，该镇依托文化礼堂开展各类文化活动一百二十余场，丰富了群众的精神文化生活。';

const page04: PageSpec = {
  file: '04-photo-between-stories.txt',
  source: 'p04.txt',
  encoding: 'utf-16be',
  eol: '\n',
  blankLines: false,
  width: 16,
  blocks: [
    '招商引资再传捷报',
    '总投资15亿元的智能门业项目落户我市',
    '本报记者 应凯 周珍',
    p(J1),
    p(J2),
    '消夏音乐会',
    p(K1),
    '本报记者 陈杰 摄',
    '农村文化礼堂 唱响“好声音”',
    '□通讯员 徐丽娟',
    p(L1),
    p(L2),
    '责任编辑：张三',
    '版式设计：李四',
  ],
  expected: {
    encoding: 'utf-16be',
    date: null,
    sections: [],
    furniture: ['责任编辑：张三', '版式设计：李四'],
    articles: [
      story({
        kicker: '招商引资再传捷报',
        title: '总投资15亿元的智能门业项目落户我市',
        byline: '本报记者 应凯 周珍',
        authors: ['应凯', '周珍'],
        dateline: '本报讯 8月6日',
        paragraphs: [J1, J2],
      }),
      photo('消夏音乐会', K1, '本报记者 陈杰 摄', ['陈杰']),
      story({
        title: '农村文化礼堂 唱响“好声音”',
        byline: '□通讯员 徐丽娟',
        authors: ['徐丽娟'],
        dateline: '本报讯 近日',
        paragraphs: [L1, L2],
      }),
    ],
  },
};

// Page 5: five stories under two banners (one unmarked, one read twice whole), several without bylines; GBK.
const M1 = '本报讯 8月30日，记者从市农业农村局获悉，今年我市共创建美丽乡村精品村15个，美丽乡村特色村30个。';
const M2 = '各地结合村庄实际，因地制宜打造特色景观，一批“网红村”相继走红。';
const N1 = '本报讯 8月31日，西溪镇举办首届农民丰收节，农户们带着自家种植的瓜果蔬菜参加展销。';
const O1 =
  '本报讯 9月1日，市创建办组织开展文明城市创建“回头看”行动，对全市主次干道、农贸市场等重点区域进行督查。';
const O2 = '督查发现的问题已全部交办到相关部门，要求限期整改到位。';
const P1 = '本报讯 昨日，市图书馆新馆正式对外开放，新馆藏书量达到60万册。';
const Q1 = '本报讯（通讯员 楼佳）8月29日，市消防救援大队走进企业开展消防安全培训，一百余名员工参加。';
const HEADER5 = '2019年9月2日 星期一';

const page05: PageSpec = {
  file: '05-five-stories-two-banners.txt',
  source: 'yk-2019-09-02.txt',
  encoding: 'gbk',
  eol: '\r\n',
  blankLines: true,
  width: 14,
  blocks: [
    HEADER5,
    '聚焦聚焦乡村振兴乡村振兴',
    '□记者 朱敏',
    p(M1),
    p(M2),
    '美丽乡村建设 结出累累硕果',
    p(N1),
    '西溪镇办起农民丰收节',
    '■文明城市创建文明城市创建',
    '□记者 陈晓苏 通讯员 何文',
    p(O1),
    p(O2),
    '文明创建“回头看” 督查整改不松劲',
    p(P1),
    '市图书馆新馆开放',
    p(Q1),
    '消防安全培训进企业',
  ],
  expected: {
    encoding: 'gb18030',
    date: '2019-09-02',
    sections: ['聚焦乡村振兴', '文明城市创建'],
    furniture: [HEADER5, '聚焦聚焦乡村振兴乡村振兴', '■文明城市创建文明城市创建'],
    articles: [
      story({
        title: '美丽乡村建设 结出累累硕果',
        byline: '□记者 朱敏',
        authors: ['朱敏'],
        dateline: '本报讯 8月30日',
        paragraphs: [M1, M2],
        section: '聚焦乡村振兴',
      }),
      story({
        title: '西溪镇办起农民丰收节',
        dateline: '本报讯 8月31日',
        paragraphs: [N1],
        section: '聚焦乡村振兴',
      }),
      story({
        title: '文明创建“回头看” 督查整改不松劲',
        byline: '□记者 陈晓苏 通讯员 何文',
        authors: ['陈晓苏', '何文'],
        dateline: '本报讯 9月1日',
        paragraphs: [O1, O2],
        section: '文明城市创建',
      }),
      story({
        title: '市图书馆新馆开放',
        dateline: '本报讯 昨日',
        paragraphs: [P1],
        section: '文明城市创建',
      }),
      story({
        title: '消防安全培训进企业',
        byline: '通讯员 楼佳',
        authors: ['楼佳'],
        dateline: '本报讯（通讯员 楼佳）8月29日',
        paragraphs: [Q1],
        section: '文明城市创建',
      }),
    ],
  },
};

// Page 6: Latin words and numbers broken mid-way, a last line exactly full; GB18030, 18 ems, headline first.
const R1 =
  '本报讯 8月2日，记者从市统计局获悉，今年上半年全市实现地区生产总值（GD|P）312.5亿元，同比增长7.6%，增速高于全省平均水平。';
const R2 =
  '从产业看，第二产业增加值同比增长8.1%，其中规上工业增加值增长9.3%；第三产业增加值同比增长7.2%，占比达45%。';
const R3 =
  '今年是实施“十三五”规划的关键之年，也是全面建成小康社会的攻坚之年。20|19年上半年，全市固定资产投资同比增长11.4%，民间投资保持活跃。';
const R4 =
  '下阶段，全市上下将紧盯全年目标任务，全力以赴稳增长、促改革、调结构、惠民生，确保全年经济运行保持在合理区间内。';
const S1 =
  '本报讯 9月11日，美国苹果公司发布了新一代智能手机，其中包括新款iPhone |11系列。我市各大手机卖场随即迎来了一波咨询热潮。';
const S2 = '不少市民表示，会先观望一段时间再决定是否购买新款手机。';

const page06: PageSpec = {
  file: '06-latin-breaks.txt',
  source: 'p06.txt',
  encoding: 'gb18030',
  eol: '\n',
  blankLines: false,
  width: 18,
  blocks: [
    '上半年GDP增长7.6%',
    '——全市经济运行情况分析',
    '■记者 王晓',
    p(R1),
    p(R2),
    p(R3),
    p(R4),
    '新机发布 卖场迎来咨询潮',
    '■记者 林静',
    p(S1),
    p(S2),
  ],
  expected: {
    encoding: 'gb18030',
    date: null,
    sections: [],
    furniture: [],
    articles: [
      story({
        title: '上半年GDP增长7.6%',
        subtitle: '——全市经济运行情况分析',
        byline: '■记者 王晓',
        authors: ['王晓'],
        dateline: '本报讯 8月2日',
        paragraphs: [R1, R2, R3, R4],
      }),
      story({
        title: '新机发布 卖场迎来咨询潮',
        byline: '■记者 林静',
        authors: ['林静'],
        dateline: '本报讯 9月11日',
        paragraphs: [S1, S2],
      }),
    ],
  },
};

// Page 7: headlines after, three authors, a paragraph ending in a bare closing quote, a byline only inside the
// dateline; UTF-8, CR line ends, no blank lines.
const T1 = '本报讯 昨日，由市总工会主办的第五届职工技能大赛落下帷幕，来自全市各企业的三百余名职工同台竞技。';
const T2 =
  '本届大赛共设焊工、电工、数控车工等8个比赛项目。获得焊工项目第一名的陈师傅说：“比赛就是最好的练兵”';
const T3 = '市总工会有关负责人表示，将持续推进产业工人队伍建设改革，为我市制造业高质量发展提供人才支撑。';
const U1 = '本报讯（通讯员 程锦）8月4日，东城街道开展防溺水安全教育活动，为辖区青少年讲解夏季防溺水知识。';
const U2 = '活动现场，消防员还演示了溺水急救方法，并手把手教孩子们心肺复苏。';

const page07: PageSpec = {
  file: '07-three-authors-bare-quote.txt',
  source: 'p07.txt',
  encoding: 'utf-8',
  eol: '\r',
  blankLines: false,
  width: 16,
  blocks: [
    '□记者 张帆 李响 王一鸣',
    p(T1),
    p(T2),
    p(T3),
    '第五届职工技能大赛落幕',
    p(U1),
    p(U2),
    '暑期安全不放假',
    '防溺水教育进社区',
  ],
  expected: {
    encoding: 'utf-8',
    date: null,
    sections: [],
    furniture: [],
    articles: [
      story({
        title: '第五届职工技能大赛落幕',
        byline: '□记者 张帆 李响 王一鸣',
        authors: ['张帆', '李响', '王一鸣'],
        dateline: '本报讯 昨日',
        paragraphs: [T1, T2, T3],
      }),
      story({
        kicker: '暑期安全不放假',
        title: '防溺水教育进社区',
        byline: '通讯员 程锦',
        authors: ['程锦'],
        dateline: '本报讯（通讯员 程锦）8月4日',
        paragraphs: [U1, U2],
      }),
    ],
  },
};

// Page 8: headline first, `本报讯（记者 X）8月1日上午，`, a Latin word broken mid-word; UTF-8 with BOM, 14 ems.
const V1 = '本报讯 8月1日上午，江南街道南苑小区改造工程正式完工，小区面貌焕然一新。';
const V2 = '据了解，今年我市计划改造老旧小区23个，涉及居民4100余户，目前已完工9个。';
const W1 =
  '本报讯（记者 周洁）8月1日上午，我市自主开发的“永康通”A|PP正式上线，市民通过手机即可办理社保查询、公积金提取等一百余项业务。';
const W2 = '截至目前，该APP注册用户已突破5万人。';

const page08: PageSpec = {
  file: '08-headline-first-app.txt',
  source: 'p08.txt',
  encoding: 'utf-8-bom',
  eol: '\n',
  blankLines: true,
  width: 14,
  blocks: [
    '第3版',
    '为民办实事',
    '老旧小区改造 惠及千户居民',
    '□本报记者 叶飞',
    p(V1),
    p(V2),
    '“永康通”APP上线',
    p(W1),
    p(W2),
    '校对：王芳',
  ],
  expected: {
    encoding: 'utf-8-bom',
    date: null,
    sections: [],
    furniture: ['第3版', '校对：王芳'],
    articles: [
      story({
        kicker: '为民办实事',
        title: '老旧小区改造 惠及千户居民',
        byline: '□本报记者 叶飞',
        authors: ['叶飞'],
        dateline: '本报讯 8月1日上午',
        paragraphs: [V1, V2],
      }),
      story({
        title: '“永康通”APP上线',
        byline: '记者 周洁',
        authors: ['周洁'],
        dateline: '本报讯（记者 周洁）8月1日上午',
        paragraphs: [W1, W2],
      }),
    ],
  },
};

// Page 9: four stories and a photo, headlines after; UTF-16LE, CRLF, 18 ems, no blank lines.
const X1 =
  '本报讯 8月19日，记者从市交通运输局获悉，今年以来，市区新增公共停车位2000余个，停车难问题有所缓解。';
const X2 = '下一步，我市还将利用边角地、闲置地建设一批临时停车场，并推进智慧停车系统建设。';
const Y1 =
  '本报讯 入伏以来，我市持续高温。市人力社保局提醒各用人单位合理安排户外作业时间，做好防暑降温工作。';
const Z1 = '本报讯 8月18日，石柱镇开展“三改一拆”集中拆违行动，拆除违法建筑3200平方米。';
const Z2 = '今年以来，该镇已累计拆除违法建筑5.6万平方米，腾出土地用于建设口袋公园和停车场。';
const CAP9 = '8月18日，永康江畔的荷花次第开放，不少市民前来赏荷拍照。';
const BR9 = '本报讯 昨日，市区华丰路东段完成改造并恢复通车。';
const HEADER9 = '2019年8月20日 星期二 责任编辑：应杰 版式设计：胡芸';

const page09: PageSpec = {
  file: '09-four-stories-and-photo.txt',
  source: 'p09.txt',
  encoding: 'utf-16le',
  eol: '\r\n',
  blankLines: false,
  width: 18,
  blocks: [
    HEADER9,
    '□记者 胡晓',
    p(X1),
    p(X2),
    '市区新增公共停车位2000余个',
    p(Y1),
    '高温天气 户外作业调整时间',
    '□通讯员 金可',
    p(Z1),
    p(Z2),
    '“三改一拆”助力城乡环境提升',
    ' 赏荷',
    p(CAP9),
    '（记者 杨成栋 摄）',
    p(BR9),
    '华丰路东段恢复通车',
  ],
  expected: {
    encoding: 'utf-16le',
    date: '2019-08-20',
    sections: [],
    furniture: [HEADER9],
    articles: [
      story({
        title: '市区新增公共停车位2000余个',
        byline: '□记者 胡晓',
        authors: ['胡晓'],
        dateline: '本报讯 8月19日',
        paragraphs: [X1, X2],
      }),
      story({ title: '高温天气 户外作业调整时间', dateline: '本报讯 入伏以来', paragraphs: [Y1] }),
      story({
        title: '“三改一拆”助力城乡环境提升',
        byline: '□通讯员 金可',
        authors: ['金可'],
        dateline: '本报讯 8月18日',
        paragraphs: [Z1, Z2],
      }),
      photo('赏荷', CAP9, '（记者 杨成栋 摄）', ['杨成栋']),
      story({ title: '华丰路东段恢复通车', dateline: '本报讯 昨日', paragraphs: [BR9] }),
    ],
  },
};

// Page 10: headline first, a title with digits and a space, a subtitle, a quoted paragraph after `说：`; the date
// only in the file name; UTF-8, CRLF, blank lines.
const AA1 =
  '本报讯 8月6日，记者从杭州海关获悉，今年前7个月，我市实现外贸出口总额276.4亿元，同比增长12%，增幅居金华各县市前列。';
const AA2 = '在出口产品中，五金机电产品出口额占比超过七成。一家电动工具企业的负责人说：';
const AA3 = '“今年我们的订单已经排到了年底，新开拓的南美市场增长尤其明显。”';
const AA4 = '据了解，民营企业出口额占全市出口总额的94.3%，是稳外贸的主力军。';
const BB1 =
  '本报讯（记者 应凯）8月6日，全市电动车上牌工作推进会召开。截至目前，全市已累计上牌电动车18.6万辆。';

const page10: PageSpec = {
  file: '10-digits-title-quoted-paragraph.txt',
  source: '2019-08-07.txt',
  encoding: 'utf-8',
  eol: '\r\n',
  blankLines: true,
  width: 16,
  blocks: [
    '2019年前7个月 我市外贸出口增长12%',
    '——民营企业贡献率超过九成',
    '□记者 吕晓斌 通讯员 陈婷',
    p(AA1),
    p(AA2),
    p(AA3),
    p(AA4),
    '电动车上牌 突破18万辆',
    p(BB1),
    '综合新闻 责任编辑：王五',
  ],
  expected: {
    encoding: 'utf-8',
    date: '2019-08-07',
    sections: [],
    furniture: ['综合新闻 责任编辑：王五'],
    articles: [
      story({
        title: '2019年前7个月 我市外贸出口增长12%',
        subtitle: '——民营企业贡献率超过九成',
        byline: '□记者 吕晓斌 通讯员 陈婷',
        authors: ['吕晓斌', '陈婷'],
        dateline: '本报讯 8月6日',
        paragraphs: [AA1, AA2, AA3, AA4],
      }),
      story({
        title: '电动车上牌 突破18万辆',
        byline: '记者 应凯',
        authors: ['应凯'],
        dateline: '本报讯（记者 应凯）8月6日',
        paragraphs: [BB1],
      }),
    ],
  },
};

// Page 11: a photo at the top, then a banner and two stories with headlines after; GBK, CR, no blank lines.
const CC1 = '连日来，市区多个路口设置了“清凉驿站”，为环卫工人、快递小哥等户外劳动者免费提供茶水和防暑药品。';
const DD1 = '本报讯 8月8日，市市场监管局召开助企服务座谈会，面对面听取企业意见建议。';
const DD2 = '会上，二十余家企业代表踊跃发言，围绕融资、用工、标准化建设等提出意见建议三十余条。';
const EE1 = '本报讯 8月7日，我市出台《关于进一步减轻企业负担的若干意见》，预计全年可为企业减负20亿元以上。';
const EE2 = '《意见》从降低用地成本、降低用能成本、降低物流成本等六个方面提出了具体举措。';
const BANNER11 = '■■助企纾困助企纾困';

const page11: PageSpec = {
  file: '11-photo-first-banner.txt',
  source: 'p11.txt',
  encoding: 'gbk',
  eol: '\r',
  blankLines: false,
  width: 16,
  blocks: [
    ' 街头“清凉驿站”',
    p(CC1),
    '通讯员 何芳 摄',
    BANNER11,
    '■本报记者 胡晓',
    p(DD1),
    p(DD2),
    '市场监管局 倾听企业心声',
    p(EE1),
    p(EE2),
    '一揽子减负政策出台',
    '全年为企业减负20亿元以上',
  ],
  expected: {
    encoding: 'gb18030',
    date: null,
    sections: ['助企纾困'],
    furniture: [BANNER11],
    articles: [
      photo('街头“清凉驿站”', CC1, '通讯员 何芳 摄', ['何芳']),
      story({
        title: '市场监管局 倾听企业心声',
        byline: '■本报记者 胡晓',
        authors: ['胡晓'],
        dateline: '本报讯 8月8日',
        paragraphs: [DD1, DD2],
        section: '助企纾困',
      }),
      story({
        kicker: '一揽子减负政策出台',
        title: '全年为企业减负20亿元以上',
        dateline: '本报讯 8月7日',
        paragraphs: [EE1, EE2],
        section: '助企纾困',
      }),
    ],
  },
};

// Page 12: headline first, four items (one a brief), a banner without ■ read segment by segment; UTF-16BE, CRLF,
// blank lines, 14 ems, the date from a `jhrb` file name.
const FF1 = '本报讯 7月29日晚，市文化馆举办“百姓大舞台”文艺演出，为市民送上一台精彩的文化大餐。';
const FF2 = '演出在歌舞《美丽家园》中拉开帷幕，小品、越剧、器乐合奏等节目轮番上演，赢得阵阵掌声。';
const GG1 = '本报讯（记者 叶飞 通讯员 胡伟）7月30日，市民政局联合爱心企业开展“夏送清凉”慰问活动。';
const GG2 = '慰问组走访了全市15家养老机构，为老人们送去了风扇、西瓜等慰问品。';
const HH1 = '本报讯 昨日，市人民医院新门诊大楼正式启用，日均门诊接待能力可达8000人次。';

const page12: PageSpec = {
  file: '12-headline-first-brief.txt',
  source: 'jhrb20190731_05.txt',
  encoding: 'utf-16be',
  eol: '\r\n',
  blankLines: true,
  width: 14,
  blocks: [
    '文化惠民文化惠民',
    '“百姓大舞台” 唱响新时代',
    '□记者 王晓',
    p(FF1),
    p(FF2),
    '夏送清凉 情暖夕阳',
    p(GG1),
    p(GG2),
    '市人民医院新门诊大楼启用',
    p(HH1),
  ],
  expected: {
    encoding: 'utf-16be',
    date: '2019-07-31',
    sections: ['文化惠民'],
    furniture: ['文化惠民文化惠民'],
    articles: [
      story({
        title: '“百姓大舞台” 唱响新时代',
        byline: '□记者 王晓',
        authors: ['王晓'],
        dateline: '本报讯 7月29日晚',
        paragraphs: [FF1, FF2],
        section: '文化惠民',
      }),
      story({
        title: '夏送清凉 情暖夕阳',
        byline: '记者 叶飞 通讯员 胡伟',
        authors: ['叶飞', '胡伟'],
        dateline: '本报讯（记者 叶飞 通讯员 胡伟）7月30日',
        paragraphs: [GG1, GG2],
        section: '文化惠民',
      }),
      story({
        title: '市人民医院新门诊大楼启用',
        dateline: '本报讯 昨日',
        paragraphs: [HH1],
        section: '文化惠民',
      }),
    ],
  },
};

// Page 13: headlines after the body with a subtitle, a kicker + title + subtitle, a photo titled without a leading
// space between the stories, a paragraph ending in `！`, the date line at the foot; blank lines after most lines.
const II1 = '本报讯 8月8日，我市召开全市安全生产工作会议，通报上半年安全生产形势，部署下阶段重点工作。';
const II2 = '会议强调，安全生产责任重于泰山，各地各部门要时刻绷紧安全生产这根弦，坚决守住安全底线！';
const II3 = '会议要求，要深入开展安全生产专项整治，对排查出的隐患逐一建立台账，限期整改销号。';
const CAP13 = '8月7日，象珠镇清渭街村的村民正在晾晒刚收获的玉米，金灿灿的玉米铺满了晒场。';
const JJ1 = '本报讯（记者 朱敏）8月7日，全市首家“共享法庭”在花街镇挂牌成立，群众在家门口就能参与诉讼。';
const JJ2 = '据了解，“共享法庭”依托镇村现有场所设立，配备网上立案、在线调解等设备，让群众少跑腿。';
const FOOT13 = '2019年8月9日 星期五 责任编辑：胡晓 版式设计：陈平 校对：王芳';

const page13: PageSpec = {
  file: '13-headlines-after-subtitles-photo.txt',
  source: 'ykrb-p2.txt',
  encoding: 'utf-8',
  eol: '\r\n',
  blankLines: 'mixed',
  width: 16,
  blocks: [
    '□首席记者 张赤奎',
    p(II1),
    p(II2),
    p(II3),
    '绷紧安全弦 守住安全线',
    '——全市安全生产工作会议召开',
    '晒玉米',
    p(CAP13),
    '通讯员 胡伟 摄',
    p(JJ1),
    p(JJ2),
    '全市首家“共享法庭”挂牌',
    '家门口的法庭 群众少跑腿',
    '——花街镇探索基层治理新路径',
    FOOT13,
  ],
  expected: {
    encoding: 'utf-8',
    date: '2019-08-09',
    sections: [],
    furniture: [FOOT13],
    articles: [
      story({
        title: '绷紧安全弦 守住安全线',
        subtitle: '——全市安全生产工作会议召开',
        byline: '□首席记者 张赤奎',
        authors: ['张赤奎'],
        dateline: '本报讯 8月8日',
        paragraphs: [II1, II2, II3],
      }),
      photo('晒玉米', CAP13, '通讯员 胡伟 摄', ['胡伟']),
      story({
        kicker: '全市首家“共享法庭”挂牌',
        title: '家门口的法庭 群众少跑腿',
        subtitle: '——花街镇探索基层治理新路径',
        byline: '记者 朱敏',
        authors: ['朱敏'],
        dateline: '本报讯（记者 朱敏）8月7日',
        paragraphs: [JJ1, JJ2],
      }),
    ],
  },
};

// Page 14: headline first under a banner at the top, four stories (one a brief without byline) and a photo with
// a centred title at the foot; GB18030, CR, 18 ems, blank lines.
const BANNER14 = '■■不忘初心不忘初心 牢记使命牢记使命';
const KK1 = '本报讯（记者 吕晓斌）8月1日上午，市委理论学习中心组举行“不忘初心、牢记使命”主题教育专题学习会。';
const KK2 =
  '会议要求，要把学习贯彻习近平新时代中国特色社会主义思想作为主题教育的主线，做到学思用贯通、知信行统一。';
const LL1 =
  '本报讯 7月31日，市人大常委会党组召开主题教育调研成果交流会，围绕民生实事项目推进等课题进行交流。';
const MM1 = '本报讯 昨日，市政协机关组织党员干部赴红色教育基地开展主题党日活动。';
const NN1 = '本报讯 8月1日，市纪委监委召开主题教育专项整治推进会，梳理出的12个方面问题已整改完成9个。';
const NN2 = '会议强调，对整改不力、敷衍塞责的，将严肃追责问责。';
const CAP14 = '8月1日，武警永康中队官兵在训练场上进行擒敌拳训练，以饱满的精神状态迎接建军节。';

const page14: PageSpec = {
  file: '14-banner-headline-first-photo-at-foot.txt',
  source: 'p14.txt',
  encoding: 'gb18030',
  eol: '\r',
  blankLines: true,
  width: 18,
  blocks: [
    BANNER14,
    '中心组专题学习会召开',
    p(KK1),
    p(KK2),
    '以调研成果 推动民生实事落地',
    '□通讯员 胡芸',
    p(LL1),
    '政协机关开展主题党日活动',
    p(MM1),
    '整改落实 动真碰硬',
    '□记者 应杰',
    p(NN1),
    p(NN2),
    ' 练兵迎八一',
    p(CAP14),
    '通讯员 徐斌 摄',
  ],
  expected: {
    encoding: 'gb18030',
    date: null,
    sections: ['不忘初心 牢记使命'],
    furniture: [BANNER14],
    articles: [
      story({
        title: '中心组专题学习会召开',
        byline: '记者 吕晓斌',
        authors: ['吕晓斌'],
        dateline: '本报讯（记者 吕晓斌）8月1日上午',
        paragraphs: [KK1, KK2],
        section: '不忘初心 牢记使命',
      }),
      story({
        title: '以调研成果 推动民生实事落地',
        byline: '□通讯员 胡芸',
        authors: ['胡芸'],
        dateline: '本报讯 7月31日',
        paragraphs: [LL1],
        section: '不忘初心 牢记使命',
      }),
      story({
        title: '政协机关开展主题党日活动',
        dateline: '本报讯 昨日',
        paragraphs: [MM1],
        section: '不忘初心 牢记使命',
      }),
      story({
        title: '整改落实 动真碰硬',
        byline: '□记者 应杰',
        authors: ['应杰'],
        dateline: '本报讯 8月1日',
        paragraphs: [NN1, NN2],
        section: '不忘初心 牢记使命',
      }),
      photo('练兵迎八一', CAP14, '通讯员 徐斌 摄', ['徐斌'], '不忘初心 牢记使命'),
    ],
  },
};

// Page 15: headlines after, 14 ems, UTF-16BE, no blank lines; a number broken at the column edge, a number
// pushed onto a paragraph's last line, a full last line followed by the next paragraph, a colon in a title.
const OO1 =
  '本报讯 8月12日，记者从市教育局获悉，今年我市投入资金1|2.6亿元，新建、改扩建中小学和幼儿园17所，新增学位9200个。';
const OO2 = '其中，城西新区实验学校已完成主体工程，计划于今年秋季开学时投入使用，可提供学位2160个。';
const OO3 = '市教育局有关负责人表示，将统筹推进城乡教育资源均衡配置，让每个孩子都能享有公平而有质量的教育。';
const PP1 =
  '本报讯 8月11日，首届“永康好物”直播带货大赛决赛在五金城举行，10名选手同台比拼带货技巧，现场观众纷纷为选手点赞。';
const PP2 = '比赛中，选手们使出浑身解数推介本地五金产品，两个小时的直播吸引了12万人次在线观看。';

const page15: PageSpec = {
  file: '15-narrow-number-break-colon-title.txt',
  source: 'p15.txt',
  encoding: 'utf-16be',
  eol: '\n',
  blankLines: false,
  width: 14,
  blocks: [
    '□记者 胡晓 通讯员 应晓晓',
    p(OO1),
    p(OO2),
    p(OO3),
    '新增学位9200个',
    '“家门口的好学校”越来越多',
    '■记者 周洁',
    p(PP1),
    p(PP2),
    '直播带货：“永康好物”走出去',
  ],
  expected: {
    encoding: 'utf-16be',
    date: null,
    sections: [],
    furniture: [],
    articles: [
      story({
        kicker: '新增学位9200个',
        title: '“家门口的好学校”越来越多',
        byline: '□记者 胡晓 通讯员 应晓晓',
        authors: ['胡晓', '应晓晓'],
        dateline: '本报讯 8月12日',
        paragraphs: [OO1, OO2, OO3],
      }),
      story({
        title: '直播带货：“永康好物”走出去',
        byline: '■记者 周洁',
        authors: ['周洁'],
        dateline: '本报讯 8月11日',
        paragraphs: [PP1, PP2],
      }),
    ],
  },
};

// Page 16: header furniture on three lines (page, page name, date), headline first, a photo after the story,
// a title that is one wide line; UTF-8 with BOM, LF, blank lines after most lines.
const HEADER16 = '2019年8月16日 星期五';
const QQ1 =
  '本报讯 8月15日，2019中国（永康）国际门业博览会新闻发布会在杭州举行。本届门博会将于9月26日至28日在中国科技五金城会展中心举办。';
const QQ2 = '据介绍，本届门博会展览面积达6万平方米，设国际标准展位2800个，预计将吸引境内外客商5万余人次。';
const CAP16 = '8月15日，施工人员正在会展中心加紧布展，为即将开幕的门博会做好准备。';

const page16: PageSpec = {
  file: '16-header-lines-wide-title-photo.txt',
  source: 'p16.txt',
  encoding: 'utf-8-bom',
  eol: '\n',
  blankLines: 'mixed',
  width: 16,
  blocks: [
    'A2',
    '要闻',
    HEADER16,
    '2019中国（永康）国际门业博览会9月开幕',
    '□记者 陈晓苏',
    p(QQ1),
    p(QQ2),
    ' 布展忙',
    p(CAP16),
    '记者 杨成栋 摄',
  ],
  expected: {
    encoding: 'utf-8-bom',
    date: '2019-08-16',
    sections: [],
    furniture: ['A2', '要闻', HEADER16],
    articles: [
      story({
        title: '2019中国（永康）国际门业博览会9月开幕',
        byline: '□记者 陈晓苏',
        authors: ['陈晓苏'],
        dateline: '本报讯 8月15日',
        paragraphs: [QQ1, QQ2],
      }),
      photo('布展忙', CAP16, '记者 杨成栋 摄', ['杨成栋']),
    ],
  },
};

export const PAGES: PageSpec[] = [
  page01,
  page02,
  page03,
  page04,
  page05,
  page06,
  page07,
  page08,
  page09,
  page10,
  page11,
  page12,
  page13,
  page14,
  page15,
  page16,
];

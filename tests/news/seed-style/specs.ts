/**
 * Pages written by hand in the style of the real OCR of seeds/000_4397dc98031408d7.txt, for the parser to meet
 * for the first time: bylines centred with a leading space, headlines printed after the body, a doubled banner
 * glued to the title line above it, photo titles with a leading space, blank lines after most OCR lines but not
 * all, and full lines whose measured width wobbles by an em or more (see ocr-column.ts). Each spec says what was
 * printed and what a careful editor reads off the page; `npx tsx tests/news/seed-style/write-pages.ts` writes
 * the UTF-8, LF fixture files the test reads and runs through every encoding and line end.
 */
import type { Article } from '../../../src/news/types.js';
import { photo, story } from '../../support/articles.js';

/** A printed line as is; a line printed with no blank line before it; or a paragraph to set in the column. */
export type Block = string | { glue: string } | { p: string };

export interface SeedStyleSpec {
  /** Fixture file under tests/news/seed-style/. */
  file: string;
  /** The name the page is parsed under (a date in it may be the page date). */
  source: string;
  /** Column width in ems. */
  width: number;
  /** `seed`: a blank line after most OCR lines, about one in eleven missing, as on the seed page. */
  blankLines: 'seed' | 'all' | 'none';
  blocks: Block[];
  expected: {
    date: string | null;
    sections: string[];
    furniture: string[];
    articles: Array<Omit<Article, 'id'>>;
  };
}

const p = (text: string): Block => ({ p: text });
const glue = (line: string): Block => ({ glue: line });

/** A banner as OCR reads it twice, segment by segment: `■■` + `实施实施““三服务三服务””…`. */
function doubled(segments: string[]): string {
  return '■■' + segments.map((s) => s + s).join('');
}

// ---------------------------------------------------------------------------------------------------------
// 01: the seed's own layout at 16 ems: meeting story, kicker + title after the body, banner glued to the title,
// a story with `□记者 A 实习生 B` and title + subtitle, a photo at the foot.
const P01A1 =
  '本报讯 8月5日上午，市委常委会召开会议，传达学习省委十四届五次全体（扩大）会议精神，研究部署我市贯彻落实工作。市委书记金政主持会议。';
const P01A2 =
  '会议指出，今年上半年，全市实现地区生产总值（GDP）352.6亿元，同比增长7.8%，增速高于全省平均水平。成绩来之不易，必须倍加珍惜。';
const P01A3 =
  '会议强调，要紧紧围绕“两个高水平”奋斗目标，抓好稳企业、稳投资、稳外贸各项工作，确保完成全年目标任务。';
const P01A4 =
  '会议要求，各级党员干部要以“一天也不耽误”的精神状态，真抓实干、埋头苦干，以优异成绩迎接新中国成立70周年。';
const P01B1 =
  '本报讯 8月6日，记者从市教育局获悉，今年我市将新建、改扩建中小学和幼儿园12所，新增学位5400个，总投资达9.6亿元。';
const P01B2 =
  '其中，城西新区实验学校已完成主体工程建设，预计9月1日前投入使用，可提供小学学位1080个、初中学位720个。';
const P01B3 =
  '“新学期开学前，所有新建校舍都要完成室内空气检测，检测合格后才能交付使用。”市教育局基建科负责人说。';
const P01C = '8月5日，西城街道荷花塘村的千亩荷塘迎来盛花期，不少市民趁着傍晚气温下降前来赏荷拍照。';
const S01 = '主题教育进行时';

const page01: SeedStyleSpec = {
  file: '01-meeting-school-photo.txt',
  source: 'ocr/page-01.txt',
  width: 16,
  blankLines: 'seed',
  blocks: [
    ' □首席记者 陈晓苏',
    p(P01A1),
    p(P01A2),
    p(P01A3),
    p(P01A4),
    '市委常委会传达学习省委全会精神',
    '奋力完成全年各项目标任务',
    glue(doubled(['主题教育', '进行时'])),
    '□记者 胡晓燕 实习生 应佳琪',
    p(P01B1),
    p(P01B2),
    p(P01B3),
    '我市今年新增学位5400个',
    '——城西新区实验学校9月投用',
    ' 荷塘赏荷',
    p(P01C),
    '记者 杨成栋 摄',
  ],
  expected: {
    date: null,
    sections: [S01],
    furniture: [doubled(['主题教育', '进行时'])],
    articles: [
      story({
        kicker: '市委常委会传达学习省委全会精神',
        title: '奋力完成全年各项目标任务',
        authors: ['陈晓苏'],
        byline: '□首席记者 陈晓苏',
        dateline: '本报讯 8月5日上午',
        paragraphs: [P01A1, P01A2, P01A3, P01A4],
      }),
      story({
        title: '我市今年新增学位5400个',
        subtitle: '——城西新区实验学校9月投用',
        authors: ['胡晓燕', '应佳琪'],
        byline: '□记者 胡晓燕 实习生 应佳琪',
        dateline: '本报讯 8月6日',
        paragraphs: [P01B1, P01B2, P01B3],
        section: S01,
      }),
      photo('荷塘赏荷', P01C, '记者 杨成栋 摄', ['杨成栋'], S01),
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------
// 02: rural tourism at 14 ems: no byline line, the byline inside the dateline, which a quotation follows
// directly; one-line paragraphs; `本报通讯员 X`; kicker + title + subtitle after the body.
const P02A1 =
  '本报讯（记者 应丽斋 通讯员 胡晓东）“以前村里留不住人，现在一到周末，游客比村民还多。”8月3日，在石柱镇塘里村，村党支部书记程新华指着停满车的停车场说。';
const P02A2 =
  '塘里村有600多年历史，村内保存着明清古民居42幢。2017年起，该村引进社会资本1.2亿元，对古民居进行修缮改造，发展民宿、农家乐和研学游。';
const P02A3 = '如今，全村已有民宿18家，床位300余张。';
const P02A4 =
  '去年，塘里村共接待游客15万人次，村集体经济收入突破80万元，村民人均增收1.2万元。“古村落成了‘金饭碗’，大家的日子越过越红火。”程新华说。';
const P02B1 =
  '本报讯 暑期以来，我市推出的12条研学旅游精品线路持续升温。据统计，7月份全市共接待研学团队326批次、学生2.1万人次，同比增长30%。';
const P02B2 = '这些线路串联起五金文化、古村落、红色教育基地等资源，让孩子们在行走中读懂家乡。';
const P02B3 = '8月起，市文旅局还将推出“研学护照”。';

const page02: SeedStyleSpec = {
  file: '02-tourism-dateline-byline.txt',
  source: 'ocr/page-02.txt',
  width: 14,
  blankLines: 'seed',
  blocks: [
    p(P02A1),
    p(P02A2),
    p(P02A3),
    p(P02A4),
    '塘里村：古村落过上“慢生活”',
    ' 本报通讯员 吕佳',
    p(P02B1),
    p(P02B2),
    p(P02B3),
    '暑期研学游持续升温',
    '我市12条精品线路迎客',
    '——7月接待学生同比增长30%',
  ],
  expected: {
    date: null,
    sections: [],
    furniture: [],
    articles: [
      story({
        title: '塘里村：古村落过上“慢生活”',
        authors: ['应丽斋', '胡晓东'],
        byline: '记者 应丽斋 通讯员 胡晓东',
        dateline: '本报讯（记者 应丽斋 通讯员 胡晓东）',
        paragraphs: [P02A1, P02A2, P02A3, P02A4],
      }),
      story({
        kicker: '暑期研学游持续升温',
        title: '我市12条精品线路迎客',
        subtitle: '——7月接待学生同比增长30%',
        authors: ['吕佳'],
        byline: '本报通讯员 吕佳',
        dateline: '本报讯 暑期以来',
        paragraphs: [P02B1, P02B2, P02B3],
      }),
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------
// 03: weather at 18 ems, starting with a photo; two byline lines; a very long paragraph; a one-line paragraph.
const P03C = '8月4日清晨，方岩景区上空云海翻腾，一轮红日从云层中喷薄而出，吸引了不少摄影爱好者前来拍摄。';
const P03A1 =
  '本报讯 受今年第9号台风“利奇马”外围影响，8月9日至11日，我市将迎来一次明显的风雨天气过程，部分地区有暴雨，局部大暴雨。市防汛防台抗旱指挥部已于8月7日17时启动防台风Ⅳ级应急响应。';
const P03A2 =
  '记者从市防指了解到，目前全市各地已全面开展隐患排查，对山塘水库、地质灾害点、在建工地、危旧房屋等重点部位进行逐一检查，共排查隐患点位217处，已整改到位198处，其余正在抓紧整改；全市28座小型水库已提前预泄腾库，腾出库容360万立方米；各镇街（区）已落实抢险队伍45支、队员1300余人，储备编织袋12万只、救生衣2000余件、冲锋舟16艘，确保一旦出现险情能够拉得出、冲得上、打得赢。';
const P03A3 =
  '市气象台提醒：台风影响期间，请市民尽量减少外出，远离广告牌、临时搭建物等，注意防范强降雨可能引发的山洪和地质灾害。';
const P03A4 = '目前，各项防御工作正在有序开展。';

const page03: SeedStyleSpec = {
  file: '03-photo-first-typhoon.txt',
  source: 'ocr/page-03.txt',
  width: 18,
  blankLines: 'seed',
  blocks: [
    ' 云海日出',
    p(P03C),
    '记者 胡剑锋 摄',
    ' □记者 程思思',
    ' 通讯员 林晓',
    p(P03A1),
    p(P03A2),
    p(P03A3),
    p(P03A4),
    '“利奇马”来袭',
    '我市启动防台风Ⅳ级应急响应',
  ],
  expected: {
    date: null,
    sections: [],
    furniture: [],
    articles: [
      photo('云海日出', P03C, '记者 胡剑锋 摄', ['胡剑锋']),
      story({
        kicker: '“利奇马”来袭',
        title: '我市启动防台风Ⅳ级应急响应',
        authors: ['程思思', '林晓'],
        byline: '□记者 程思思 通讯员 林晓',
        dateline: '本报讯',
        paragraphs: [P03A1, P03A2, P03A3, P03A4],
      }),
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------
// 04: enterprises at 15 ems under a header line and `A3`, a doubled banner at the top; figures and percentages;
// a dateline followed directly by a quotation.
const H04 = '2019年8月7日 星期三 责任编辑：王红 版式设计：李丽';
const S04 = '民营经济高质量发展';
const P04A1 =
  '本报讯 8月6日，记者从市经信局获悉，今年1至6月，全市规上工业企业实现产值486.3亿元，同比增长9.2%；实现利润总额31.5亿元，同比增长12.6%。';
const P04A2 =
  '其中，电动工具、智能门业和休闲器具三大主导产业产值占规上工业的62%以上，成为拉动全市工业增长的“主引擎”。';
const P04A3 = '市经信局相关负责人表示，下一步将继续深化“亩均论英雄”改革，力争全年规上工业增加值增长8%以上。';
const P04B1 =
  '本报讯 “有了这笔补助，车间的智能化改造就更有底气了。”8月5日，在古山镇一家门业企业，负责人胡建军告诉记者，企业新上的两条自动化生产线已经调试完毕。';
const P04B2 =
  '今年，我市安排技改专项资金1.5亿元，对设备投资额在500万元以上的项目按8%给予补助。首批兑现资金4630万元，惠及企业126家，平均每家企业获得补助36.7万元。';

const page04: SeedStyleSpec = {
  file: '04-header-a3-banner-top.txt',
  source: 'ocr/page-04.txt',
  width: 15,
  blankLines: 'seed',
  blocks: [
    H04,
    'A3',
    doubled(['民营经济', '高质量发展']),
    ' □记者 徐旭明',
    p(P04A1),
    p(P04A2),
    p(P04A3),
    '上半年规上工业产值同比增长9.2%',
    '□记者 李晓红 通讯员 周斌',
    p(P04B1),
    p(P04B2),
    '企业技改有了“及时雨”',
    '首批4630万元补助资金兑现到位',
  ],
  expected: {
    date: '2019-08-07',
    sections: [S04],
    furniture: [H04, 'A3', doubled(['民营经济', '高质量发展'])],
    articles: [
      story({
        title: '上半年规上工业产值同比增长9.2%',
        authors: ['徐旭明'],
        byline: '□记者 徐旭明',
        dateline: '本报讯 8月6日',
        paragraphs: [P04A1, P04A2, P04A3],
        section: S04,
      }),
      story({
        kicker: '企业技改有了“及时雨”',
        title: '首批4630万元补助资金兑现到位',
        authors: ['李晓红', '周斌'],
        byline: '□记者 李晓红 通讯员 周斌',
        dateline: '本报讯',
        paragraphs: [P04B1, P04B2],
        section: S04,
      }),
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------
// 05: traffic at 17 ems with no blank lines at all; quoted speech with `：“…”`; a story whose byline is inside
// its dateline.
const P05A1 =
  '本报讯 8月2日上午9时，随着最后一段沥青路面摊铺完成，永武线城区段改造工程全线贯通，比原计划提前了25天。';
const P05A2 =
  '该工程全长6.8公里，总投资约3.2亿元，于2018年10月开工建设。改造后的道路为双向六车道，设计时速60公里。';
const P05A3 = '“以前上下班高峰要堵半个多小时，现在10分钟就能开到厂里。”家住城西的货车司机老陈说。';
const P05A4 =
  '市交通运输局工程科科长楼建平告诉记者：“接下来，我们将抓紧完善交通标志标线和路灯等附属设施，确保8月底前正式通车。”';
const P05A5 = '据悉，该路段通车后，将有效缓解城区西部交通压力。';
const P05B1 =
  '本报讯（通讯员 陈雷）8月1日起，市区3条公交线路调整走向，新开通的K108路连接高铁站和五金城，首末班时间为6:00至21:30。';
const P05B2 = '市公交公司提醒，市民可通过“永康公交”APP实时查询车辆到站信息。';

const page05: SeedStyleSpec = {
  file: '05-traffic-no-blank-lines.txt',
  source: 'ocr/page-05.txt',
  width: 17,
  blankLines: 'none',
  blocks: [
    ' □记者 吴佳颖',
    p(P05A1),
    p(P05A2),
    p(P05A3),
    p(P05A4),
    p(P05A5),
    '比原计划提前25天',
    '永武线城区段改造工程全线贯通',
    p(P05B1),
    p(P05B2),
    '3条公交线路调整走向',
  ],
  expected: {
    date: null,
    sections: [],
    furniture: [],
    articles: [
      story({
        kicker: '比原计划提前25天',
        title: '永武线城区段改造工程全线贯通',
        authors: ['吴佳颖'],
        byline: '□记者 吴佳颖',
        dateline: '本报讯 8月2日上午9时',
        paragraphs: [P05A1, P05A2, P05A3, P05A4, P05A5],
      }),
      story({
        title: '3条公交线路调整走向',
        authors: ['陈雷'],
        byline: '通讯员 陈雷',
        dateline: '本报讯（通讯员 陈雷）8月1日起',
        paragraphs: [P05B1, P05B2],
      }),
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------
// 06: schools at 13 ems, `第3版` at the foot; a one-line quotation paragraph; Latin in the body.
const P06A1 =
  '本报讯 8月5日，市第一中学2019级新生开始为期一周的军训。来自全市各镇街的860余名新生在教官的带领下，练习站军姿、齐步走等科目。';
const P06A2 = '“虽然很累，但很有意义。”新生小王说。';
const P06A3 = '据了解，该校今年还将开设人工智能、STEAM创客等特色课程，让学生在“玩”中学。';
const P06B1 =
  '本报讯 8月6日，市图书馆“暑期悦读”系列活动之“小小讲解员”培训班结业。30名小学员经过为期两周的培训，已能独立为读者讲解馆藏古籍知识。';
const P06B2 = '今年暑期，市图书馆共举办绘本共读、非遗体验等活动46场，参与读者5200余人次。';

const page06: SeedStyleSpec = {
  file: '06-schools-narrow-page-number.txt',
  source: 'ocr/page-06.txt',
  width: 13,
  blankLines: 'seed',
  blocks: [
    ' □记者 杨丽敏',
    p(P06A1),
    p(P06A2),
    p(P06A3),
    '市一中新生军训开营',
    ' 本报通讯员 应晓燕',
    p(P06B1),
    p(P06B2),
    '30名“小小讲解员”结业',
    '——市图书馆暑期活动丰富多彩',
    '第3版',
  ],
  expected: {
    date: null,
    sections: [],
    furniture: ['第3版'],
    articles: [
      story({
        title: '市一中新生军训开营',
        authors: ['杨丽敏'],
        byline: '□记者 杨丽敏',
        dateline: '本报讯 8月5日',
        paragraphs: [P06A1, P06A2, P06A3],
      }),
      story({
        title: '30名“小小讲解员”结业',
        subtitle: '——市图书馆暑期活动丰富多彩',
        authors: ['应晓燕'],
        byline: '本报通讯员 应晓燕',
        dateline: '本报讯 8月6日',
        paragraphs: [P06B1, P06B2],
      }),
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------
// 07: heat at 16 ems: a story with a phrase-spaced title, then three photos in a row.
const P07A1 =
  '本报讯 入伏以来，我市持续高温。记者从市气象台获悉，8月以来，我市最高气温已连续6天超过38℃，其中8月4日城区最高气温达40.3℃，为今年以来最高。';
const P07A2 =
  '市气象台首席预报员周晓明介绍，受副热带高压控制，未来一周我市仍以晴热天气为主，午后局部有雷阵雨。';
const P07A3 =
  '高温天气下，全市用电负荷屡创新高。8月5日，全市最高用电负荷达135.2万千瓦，同比增长6.1%。供电部门提醒市民错峰用电。';
const P07C1 = '8月5日中午，城西新区一处建筑工地上，工人冒着高温绑扎钢筋。';
const P07C2 = '8月4日，市游泳馆内，孩子们在水中嬉戏，享受夏日清凉。';
const P07C3 = '8月6日，东城街道志愿者为环卫工人送上绿豆汤和防暑药品。';

const page07: SeedStyleSpec = {
  file: '07-heat-three-photos.txt',
  source: 'ocr/page-07.txt',
  width: 16,
  blankLines: 'seed',
  blocks: [
    ' □记者 朱敏',
    p(P07A1),
    p(P07A2),
    p(P07A3),
    '持续高温 我市最高气温达40.3℃',
    ' 高温下的坚守',
    p(P07C1),
    '记者 杨成栋 摄',
    ' 清凉一夏',
    p(P07C2),
    '记者 胡剑锋 摄',
    ' 送清凉',
    p(P07C3),
    '通讯员 王燕 摄',
  ],
  expected: {
    date: null,
    sections: [],
    furniture: [],
    articles: [
      story({
        title: '持续高温 我市最高气温达40.3℃',
        authors: ['朱敏'],
        byline: '□记者 朱敏',
        dateline: '本报讯 入伏以来',
        paragraphs: [P07A1, P07A2, P07A3],
      }),
      photo('高温下的坚守', P07C1, '记者 杨成栋 摄', ['杨成栋']),
      photo('清凉一夏', P07C2, '记者 胡剑锋 摄', ['胡剑锋']),
      photo('送清凉', P07C3, '通讯员 王燕 摄', ['王燕']),
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------
// 08: culture at 15 ems: kicker + title + subtitle, a banner glued after the subtitle, a second story.
const S08 = '文化惠民';
const P08A1 =
  '本报讯 8月3日晚，市婺剧团“送戏下乡”演出走进龙山镇桥下村。一曲《三请梨花》赢得台下数百名村民阵阵掌声。';
const P08A2 =
  '今年以来，市婺剧团已深入30个村（社区）演出120余场，观众超过5万人次。剧团还把课堂搬进村文化礼堂，手把手教戏迷学唱腔、练身段。';
const P08A3 = '“家门口就能看大戏，比过年还热闹！”72岁的村民胡大爷说。';
const P08B1 =
  '本报讯 8月6日，“百工之乡”非物质文化遗产展在市博物馆开幕。展览分锻打、铸造、錾刻等六个单元，展出展品260余件。';
const P08B2 = '展览将持续至10月底，市民可免费参观。';

const page08: SeedStyleSpec = {
  file: '08-culture-banner-between.txt',
  source: 'ocr/page-08.txt',
  width: 15,
  blankLines: 'seed',
  blocks: [
    ' □记者 金晓怡',
    p(P08A1),
    p(P08A2),
    p(P08A3),
    '“送戏下乡”走进30个村',
    '婺剧唱响乡村大舞台',
    '——今年已演出120余场',
    glue(doubled(['文化惠民'])),
    ' □记者 施雯 通讯员 程锦',
    p(P08B1),
    p(P08B2),
    '“百工之乡”非遗展开幕',
  ],
  expected: {
    date: null,
    sections: [S08],
    furniture: [doubled(['文化惠民'])],
    articles: [
      story({
        kicker: '“送戏下乡”走进30个村',
        title: '婺剧唱响乡村大舞台',
        subtitle: '——今年已演出120余场',
        authors: ['金晓怡'],
        byline: '□记者 金晓怡',
        dateline: '本报讯 8月3日晚',
        paragraphs: [P08A1, P08A2, P08A3],
      }),
      story({
        title: '“百工之乡”非遗展开幕',
        authors: ['施雯', '程锦'],
        byline: '□记者 施雯 通讯员 程锦',
        dateline: '本报讯 8月6日',
        paragraphs: [P08B1, P08B2],
        section: S08,
      }),
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------
// 09: an enterprise at 18 ems with no blank lines: 5G, MES, AGV, a long paragraph; a byline in the dateline.
const P09A1 =
  '本报讯（记者 王慧芳）8月5日，在经济开发区一家电动工具企业的5G智能工厂里，30台AGV小车在车间里来回穿梭，自动完成物料配送。';
const P09A2 =
  '“车间接入5G网络后，设备数据采集时间从过去的几秒缩短到20毫秒以内。”企业信息部经理吕志强介绍，通过MES系统，管理人员在手机上就能实时查看每一台设备的运行状态，产品不良率下降了30%，人均产值提高了1.2倍，一年可节约人工成本600多万元，今年企业产值有望突破15亿元。';
const P09A3 = '据了解，今年我市已有17家企业启动5G应用试点。';
const P09B1 =
  '本报讯 8月6日，市市场监管局发布消息，今年上半年全市新设立市场主体1.06万户，同比增长14.3%，其中企业3120户。';
const P09B2 = '截至6月底，全市在册市场主体达12.8万户，平均每7个人中就有1个老板。';

const page09: SeedStyleSpec = {
  file: '09-5g-factory-no-blank-lines.txt',
  source: 'ocr/page-09.txt',
  width: 18,
  blankLines: 'none',
  blocks: [
    p(P09A1),
    p(P09A2),
    p(P09A3),
    '5G让工厂更“聪明”',
    ' □记者 徐达 实习生 朱莉',
    p(P09B1),
    p(P09B2),
    '上半年新设市场主体1.06万户',
  ],
  expected: {
    date: null,
    sections: [],
    furniture: [],
    articles: [
      story({
        title: '5G让工厂更“聪明”',
        authors: ['王慧芳'],
        byline: '记者 王慧芳',
        dateline: '本报讯（记者 王慧芳）8月5日',
        paragraphs: [P09A1, P09A2, P09A3],
      }),
      story({
        title: '上半年新设市场主体1.06万户',
        authors: ['徐达', '朱莉'],
        byline: '□记者 徐达 实习生 朱莉',
        dateline: '本报讯 8月6日',
        paragraphs: [P09B1, P09B2],
      }),
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------
// 10: waste sorting at 14 ems: two byline lines, very long paragraphs, title + subtitle, then a doubled banner
// glued after the subtitle and a second story with a kicker.
const S10 = '垃圾分类在行动';
const P10A1 =
  '本报讯 8月2日，全市生活垃圾分类工作现场推进会在舟山镇召开。与会人员实地参观了端头村、前村等地的垃圾分类处理设施，听取了各镇街（区）的工作汇报。';
const P10A2 =
  '今年以来，我市坚持“政府主导、全民参与、城乡统筹、因地制宜”的原则，全面推行生活垃圾“四分类”，累计投入资金2.3亿元，新建和改造垃圾分类亭1200余座，配备专职督导员860人，建成厨余垃圾资源化处理站点14个，日处理能力达到210吨，城区生活垃圾分类覆盖率达到100%，农村生活垃圾分类处理建制村覆盖率达到95%以上，“端头模式”入选全省农村生活垃圾分类典型案例。';
const P10A3 =
  '会议要求，各地要对照“无废城市”建设要求，进一步健全分类投放、分类收集、分类运输、分类处理体系，坚决防止“先分后混”。';
const P10B1 =
  '本报讯 “垃圾分一分，环境美十分。”8月4日，江南街道的20余名“红马甲”志愿者走进小区，手把手教居民正确分类投放。';
const P10B2 = '截至目前，全市已有垃圾分类志愿者队伍68支，志愿者4300余人。';

const page10: SeedStyleSpec = {
  file: '10-waste-two-bylines-banner.txt',
  source: 'ocr/page-10.txt',
  width: 14,
  blankLines: 'all',
  blocks: [
    ' □首席记者 陈晓苏',
    ' 通讯员 胡娟',
    p(P10A1),
    p(P10A2),
    p(P10A3),
    '全市生活垃圾分类工作现场推进会召开',
    '——城区垃圾分类覆盖率达100%',
    glue(doubled(['垃圾分类', '在行动'])),
    '□记者 程思思',
    p(P10B1),
    p(P10B2),
    '志愿者进小区',
    '手把手教居民分类投放',
  ],
  expected: {
    date: null,
    sections: [S10],
    furniture: [doubled(['垃圾分类', '在行动'])],
    articles: [
      story({
        title: '全市生活垃圾分类工作现场推进会召开',
        subtitle: '——城区垃圾分类覆盖率达100%',
        authors: ['陈晓苏', '胡娟'],
        byline: '□首席记者 陈晓苏 通讯员 胡娟',
        dateline: '本报讯 8月2日',
        paragraphs: [P10A1, P10A2, P10A3],
      }),
      story({
        kicker: '志愿者进小区',
        title: '手把手教居民分类投放',
        authors: ['程思思'],
        byline: '□记者 程思思',
        dateline: '本报讯',
        paragraphs: [P10B1, P10B2],
        section: S10,
      }),
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------
// 11: agriculture at 16 ems under `第3版` and a header line, a doubled banner at the top, a story, then two
// photos in a row.
const H11 = '2019年8月9日 星期五 责任编辑：胡晓 版式设计：钱芳';
const S11 = '乡村振兴';
const P11A1 = '本报讯 8月8日，在花街镇的葡萄园里，一串串紫红色的“阳光玫瑰”挂满枝头，前来采摘的游客络绎不绝。';
const P11A2 =
  '“今年葡萄品质好，每斤能卖到30元，一亩地收入超过1.2万元。”种植大户吕新民一边忙着给游客称重，一边算起了收入账。';
const P11A3 =
  '近年来，花街镇引导农户发展精品水果种植，全镇葡萄种植面积已达3200亩，年产值超过5000万元，带动1100余户农户增收。';
const P11C1 = '8月8日，花街镇一处葡萄园里，游客正在采摘葡萄。';
const P11C2 = '8月7日，象珠镇的农户正在将刚采收的茭白装车，发往上海、杭州等地。';

const page11: SeedStyleSpec = {
  file: '11-header-banner-two-photos.txt',
  source: 'ocr/page-11.txt',
  width: 16,
  blankLines: 'seed',
  blocks: [
    '第3版',
    H11,
    doubled(['乡村振兴']),
    ' □记者 应丽斋',
    p(P11A1),
    p(P11A2),
    p(P11A3),
    '“阳光玫瑰”熟了',
    '亩均收入超过1.2万元',
    ' 葡萄采摘正当时',
    p(P11C1),
    '记者 杨成栋 摄',
    ' 茭白丰收',
    p(P11C2),
    '通讯员 吕晓 摄',
  ],
  expected: {
    date: '2019-08-09',
    sections: [S11],
    furniture: ['第3版', H11, doubled(['乡村振兴'])],
    articles: [
      story({
        kicker: '“阳光玫瑰”熟了',
        title: '亩均收入超过1.2万元',
        authors: ['应丽斋'],
        byline: '□记者 应丽斋',
        dateline: '本报讯 8月8日',
        paragraphs: [P11A1, P11A2, P11A3],
        section: S11,
      }),
      photo('葡萄采摘正当时', P11C1, '记者 杨成栋 摄', ['杨成栋'], S11),
      photo('茭白丰收', P11C2, '通讯员 吕晓 摄', ['吕晓'], S11),
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------
// 12: public health at 17 ems: a photo first, a doubled banner, a story ending on a one-line paragraph and a
// title-only headline, a second story with title + subtitle.
const S12 = '健康永康';
const P12C = '8月6日，市第一人民医院的医护人员在社区为居民免费测量血压、血糖。';
const P12A1 =
  '本报讯 8月6日，市卫生健康局发布消息，我市“县域医共体”建设取得新进展，今年上半年，基层医疗机构门急诊量占全市的62.5%，同比提高4.3个百分点。';
const P12A2 =
  '目前，全市已组建3家医共体，下沉专家186名，在基层开设专家门诊42个，让群众在家门口就能看上“大医院”的专家。';
const P12A3 = '下一步，我市还将推进远程影像、远程心电等服务全覆盖。';
const P12B1 =
  '本报讯 8月5日，市疾控中心提醒，近期气温高、湿度大，是细菌性食物中毒的高发期，市民要注意饮食卫生，生熟食品分开存放，剩饭剩菜要彻底加热后再食用。';
const P12B2 = '如出现腹痛、腹泻等症状，应及时就医。';

const page12: SeedStyleSpec = {
  file: '12-photo-first-banner-health.txt',
  source: 'ocr/page-12.txt',
  width: 17,
  blankLines: 'seed',
  blocks: [
    ' 健康服务进社区',
    p(P12C),
    '记者 胡剑锋 摄',
    doubled(['健康永康']),
    ' □记者 朱敏 通讯员 李娜',
    p(P12A1),
    p(P12A2),
    p(P12A3),
    '基层就诊率同比提高4.3个百分点',
    '□记者 吴佳颖',
    p(P12B1),
    p(P12B2),
    '高温高湿天气',
    '谨防细菌性食物中毒',
    '——市疾控中心发布健康提示',
  ],
  expected: {
    date: null,
    sections: [S12],
    furniture: [doubled(['健康永康'])],
    articles: [
      photo('健康服务进社区', P12C, '记者 胡剑锋 摄', ['胡剑锋']),
      story({
        title: '基层就诊率同比提高4.3个百分点',
        authors: ['朱敏', '李娜'],
        byline: '□记者 朱敏 通讯员 李娜',
        dateline: '本报讯 8月6日',
        paragraphs: [P12A1, P12A2, P12A3],
        section: S12,
      }),
      story({
        kicker: '高温高湿天气',
        title: '谨防细菌性食物中毒',
        subtitle: '——市疾控中心发布健康提示',
        authors: ['吴佳颖'],
        byline: '□记者 吴佳颖',
        dateline: '本报讯 8月5日',
        paragraphs: [P12B1, P12B2],
        section: S12,
      }),
    ],
  },
};

export const SEED_STYLE_PAGES: SeedStyleSpec[] = [
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
];

/** Tables and lists inside stories: barred tables of words, and lists a sentence introduces (src/news/data-rows.ts). */
import { describe, expect, it } from 'vitest';
import { parsePageText } from '../../src/news/page-parser.js';
import { corpusPage, parsedCorpusPage } from '../support/corpus.js';

// Laid out as the corpus layouts set a narrow column: rows broken inside a cell, inside a time, before a dash.
const page = [
  '下班后也能看专家门诊',
  '12家市级医院扩大“夜门诊”试点',
  '新民晚报讯（记者 左妍）从',
  '本周起，上海又有12家市级医院扩',
  '大夜间门诊试点，开设科室从原先的',
  '内科、儿科为主，延伸到皮肤科、',
  '眼科、口腔科、中医科等上班族需求较',
  '多的专科。',
  '记者梳理了部分医院夜门诊开',
  '设情况：',
  '医院｜开设科室｜开诊时间',
  '瑞金医院｜皮肤科、内分泌科、',
  '消化科｜周一至周五 17:30—20:',
  '30',
  '中山医院｜心内科、眼科｜周二、',
  '周四 17:00—20:00',
  '华山医院｜皮肤科（含美容咨',
  '询）、神经内科｜周一至周五 17:30',
  '—21:00',
  '龙华医院｜中医内科、针灸推',
  '拿｜每天 17:00—20:00（周日除外）',
  '（以上信息以各医院官方公众',
  '号发布为准）',
  '申康医院发展中心相关负责人',
  '表示，夜门诊并非简单地“延长上',
  '班时间”。各医院在排班时统筹考',
  '虑了医务人员的休息，参与夜门诊的',
  '医生次日一般安排调休。',
].join('\n');

describe('a barred table of words under a sentence introducing it', () => {
  it('is the story’s text: the lead-in, the head, each row whole, the bracketed note, then the story', () => {
    const articles = parsePageText(page, 'barred-words.txt').articles;
    expect(articles.map((a) => a.title)).toEqual(['12家市级医院扩大“夜门诊”试点']);
    expect(articles[0]!.paragraphs.slice(1)).toEqual([
      '记者梳理了部分医院夜门诊开设情况：',
      '医院｜开设科室｜开诊时间',
      '瑞金医院｜皮肤科、内分泌科、消化科｜周一至周五 17:30—20:30',
      '中山医院｜心内科、眼科｜周二、周四 17:00—20:00',
      '华山医院｜皮肤科（含美容咨询）、神经内科｜周一至周五 17:30—21:00',
      '龙华医院｜中医内科、针灸推拿｜每天 17:00—20:00（周日除外）',
      '（以上信息以各医院官方公众号发布为准）',
      '申康医院发展中心相关负责人表示，夜门诊并非简单地“延长上班时间”。各医院在排班时统筹考虑了医务人员的休息，参与夜门诊的医生次日一般安排调休。',
    ]);
  });
});

describe('a list a sentence introduces on a colon, its rows opening alike (5月21日 19:35 …)', () => {
  // As the corpus layouts set a sports page's schedule: rows broken inside a word, inside a bracket.
  const schedule = [
    '本周赛事看台',
    '本报讯 本周国内外体坛赛事密集，',
    '以下为部分重点赛事安排（北京时间',
    '）：',
    '5月21日 19:35 中超第13轮 上海',
    '海港—成都蓉城（上海浦东足',
    '球场）',
    '5月22日 20:00 2024世界女',
    '排联赛澳门站 中国—荷兰（澳门',
    '东亚运动会体育馆）',
    '5月26日 20:00 CBA选秀大会',
    '（北京）',
    '赛事安排如有调整，以各赛事主',
    '办方发布的信息为准。',
  ].join('\n');

  it('takes a row’s short first line on with the lines before the next row (corpus page, 中超第13轮 / 上海海港…)', () => {
    const articles = parsedCorpusPage(corpusPage('own-tuning-62', '01-tiyu'), 'first');
    const story = articles.find((a) => a.title === '本周赛事看台');
    expect(story?.paragraphs.slice(1, 3)).toEqual([
      '5月21日 19:35 中超第13轮 上海海港—成都蓉城（上海浦东足球场）',
      '5月22日 20:00 2024世界女排联赛澳门站 中国—荷兰（澳门东亚运动会体育馆）',
    ]);
  });

  it('is the story’s text: the lead-in, each row whole, then the story going on', () => {
    const articles = parsePageText(schedule, 'schedule.txt').articles;
    expect(articles.map((a) => a.title)).toEqual(['本周赛事看台']);
    expect(articles[0]!.paragraphs).toEqual([
      '本报讯 本周国内外体坛赛事密集，以下为部分重点赛事安排（北京时间）：',
      '5月21日 19:35 中超第13轮 上海海港—成都蓉城（上海浦东足球场）',
      '5月22日 20:00 2024世界女排联赛澳门站 中国—荷兰（澳门东亚运动会体育馆）',
      '5月26日 20:00 CBA选秀大会（北京）',
      '赛事安排如有调整，以各赛事主办方发布的信息为准。',
    ]);
  });
});

describe('a list under its marked title (■总决赛各场比分 / 第一场 广东 98∶91 北京 …)', () => {
  it('is the story’s text, the title no section banner and each score a paragraph, not a headline', () => {
    const page = [
      '广东4比1胜北京 夺得队史第12冠',
      '新华社北京5月19日电（记者王浩宇、苏斌）',
      '2023-2024赛季中国男子篮球职业联赛总决',
      '赛第五场19日晚进行，广东队以102比94战胜',
      '北京队，以总比分4比1夺得总冠军。',
      '■总决赛各场比分',
      '第一场 广东 98∶91 北京',
      '第二场 广东 87∶93 北京',
      '第三场 北京 88∶105 广东',
    ].join('\n');
    const articles = parsePageText(page, 'scores.txt').articles;
    expect(articles.map((a) => [a.title, a.paragraphs.slice(1)])).toEqual([
      [
        '广东4比1胜北京 夺得队史第12冠',
        ['■总决赛各场比分', '第一场 广东 98∶91 北京', '第二场 广东 87∶93 北京', '第三场 北京 88∶105 广东'],
      ],
    ]);
  });
});

describe('numbered rows after a sentence end (…票房排行。 / 1.音乐剧《蝶》（上海） 票房约2860万元 …)', () => {
  it('are paragraphs of the story, three and more of them, not a headline (corpus page)', () => {
    const articles = parsedCorpusPage(corpusPage('own-tuning-64', '03-wenhua'), 'first');
    const story = articles.find((a) => a.title === '5月全国演出票房排行发布 音乐剧热度持续走高');
    // (The last row's short rest over the source note is the row's: `5.越剧…（杭州）` / `票房约1420万元`.)
    expect(story?.paragraphs.slice(1, 6)).toEqual([
      '1.音乐剧《蝶》（上海） 票房约2860万元',
      '2.舞剧《咏春》（广州） 票房约2310万元',
      '3.话剧《茶馆》（北京） 票房约1970万元',
      '4.音乐剧《赵氏孤儿》（深圳） 票房约1650万元',
      '5.越剧《新龙门客栈》（杭州） 票房约1420万元',
    ]);
  });
});

describe('a chart under its marked title (■当日主要指数表现 / 上证指数 3470.07点 +2.57% …)', () => {
  it('keeps its title in the story’s text, no section banner', () => {
    const page = [
      '三大指数集体收涨',
      '本报讯（记者 周 芳）11月8日，A股三大指数',
      '集体收涨，沪深两市成交额超过2万亿元。',
      '■当日主要指数表现',
      '上证指数 3470.07点 +2.57%',
      '深证成指 11409.22点 +3.63%',
      '创业板指 2408.62点 +4.12%',
    ].join('\n');
    const { articles, sections } = parsePageText(page, 'index-chart.txt');
    expect(sections).toEqual([]);
    expect(articles.map((a) => [a.title, a.paragraphs.slice(1)])).toEqual([
      [
        '三大指数集体收涨',
        [
          '■当日主要指数表现',
          '上证指数 3470.07点 +2.57%',
          '深证成指 11409.22点 +3.63%',
          '创业板指 2408.62点 +4.12%',
        ],
      ],
    ]);
  });
});

describe('a listing whose rows open on a name and its date (歌剧《茶花女》 7月5日—7日 19:30 …)', () => {
  it('gives each row its own paragraph, however the column broke it (corpus page)', () => {
    const articles = parsedCorpusPage(corpusPage('own-tuning-64', '03-wenhua'), 'first');
    const paragraphs = articles.flatMap((a) => a.paragraphs);
    expect(paragraphs).toContain('歌剧《茶花女》 7月5日—7日 19:30 歌剧院 票价：180/380/580/880/1080元');
    expect(paragraphs).toContain('舞剧《只此青绿》 7月12日—14日 19:30 歌剧院 票价：180/280/480/680/880元');
  });
});

import { describe, expect, it } from 'vitest';
import { dateFromFileName, findDate, isFurniture, parseBanner, undouble } from '../../src/news/line-kinds.js';
import {
  bareNames,
  closesWithTrailer,
  isDistrictLine,
  isTrailer,
  isPlaceLine,
  parseByline,
  trailerAuthors,
  trailingCreditAt,
} from '../../src/news/vocabulary.js';
import { parseDateline, reporterInLede } from '../../src/news/datelines.js';
import { isCreditTail, joinWrappedByline } from '../../src/news/wrapped-bylines.js';

describe('parseByline', () => {
  it.each([
    ['□首席记者 陈晓苏', ['陈晓苏'], false],
    ['文/晚报记者 许可 图/晚报记者 江涛', ['许可', '江涛'], false],
    ['文/晚报记者 许可 图/晚报 记者 江涛', ['许可', '江涛'], false],
    ['文/羊城晚报记者 何 宁', ['何宁'], false],
    ['本报记者 易晴 上海报道', ['易晴'], false],
    ['本报记者 吕 强 报道', ['吕强'], false],
    ['本报驻印度尼西亚记者 杜曼宁', ['杜曼宁'], false],
    ['四川日报全媒体记者 刘 春华', ['刘春华'], false],
    ['■王 斌 本报特约记者 张 毅', ['王斌', '张毅'], false],
    ['□半岛全媒体记者 孙 倩 通讯员 于 洋', ['孙倩', '于洋'], false],
    ['本报记者 沈听雨 通讯员 章 蕾 共享联盟安吉站 吴 峰', ['沈听雨', '章蕾', '吴峰'], false],
    ['新京报记者 王 俊 彭 冲 发自河北三河', ['王俊', '彭冲'], false],
    ['21世纪经济报道记者 倪晓晴 骆一鸣 深圳报道', ['倪晓晴', '骆一鸣'], false],
    ['21世纪经济报道记者 彭 强 见习记者 林 嘉 深圳、迪拜报道', ['彭强', '林嘉'], false],
    ['南方周末特约撰稿 Julian Hart 发自伦敦', ['Julian Hart'], false],
    ['南方周末记者 苏 丹 南方周末特约撰稿 Chloé Martin 发自巴黎', ['苏丹', 'Chloé Martin'], false],
    ['南方周末实习生 卢 晓', ['卢晓'], false],
    ['图①②由本报记者 周 洁摄', ['周洁'], true],
    ['本报记者 郭 凡摄（图①②）', ['郭凡'], true],
    ['本报记者 郭 凡摄（图①②） 新华社记者 贾浩成摄（图③）', ['郭凡', '贾浩成'], true],
    ['图③新华社发（陈 斌摄）', ['陈斌'], true],
    ['第一财经记者 乔 安 吴斯敏 发自深圳、义乌', ['乔安', '吴斯敏'], false],
    ['澎湃新闻记者 王 鹏', ['王鹏'], false],
    ['齐鲁晚报·齐鲁壹点 记者 王 皓', ['王皓'], false],
    ['文/韩 雪', ['韩雪'], false],
    ['□ 买买提江·吐尔逊', ['买买提江·吐尔逊'], false],
    ['（本报记者 李 梦 参与采写）', ['李梦'], false],
    ['□扬子晚报/紫牛新闻记者 杨甜子 通讯员 宁轩', ['杨甜子', '宁轩'], false],
    ['现代快报/现代+记者 施向辉 摄', ['施向辉'], true],
    ['华西都市报-封面新闻记者 杨丽娟 钟晓璐', ['杨丽娟', '钟晓璐'], false],
    ['新甘肃·甘肃日报记者 周 睿 杨晓明', ['周睿', '杨晓明'], false],
    ['齐鲁晚报·齐鲁壹点记者 孙淑玉', ['孙淑玉'], false],
    ['文/片 齐鲁晚报·齐鲁壹点记者 于 悦 见习记者 王明睿', ['于悦', '王明睿'], false],
    ['现代快报/现代+记者 朱 彤 文/摄', ['朱彤'], false],
    ['图①楚天都市报记者 何 晓摄 图②通讯员 张俊供图', ['何晓', '张俊'], true],
    ['通讯员 张俊供图', ['张俊'], true],
    ['王 鑫、邓 凯摄', ['王鑫', '邓凯'], true],
    ['拍友 陈 胜摄', ['陈胜'], true],
    ['采写：南都记者 梁 宇 实习生 何嘉欣', ['梁宇', '何嘉欣'], false],
    ['经济日报评论员', [], false],
    ['中青报·中青网记者 赵 迪摄（图①） 新华社记者 黄 河摄（图②）', ['赵迪', '黄河'], true],
    ['新华社发（王 军摄）', ['王军'], true],
    ['新华社发 钟 敏摄', ['钟敏'], true],
    ['（视觉中国）', [], true],
    ['新华社发 钟敏 摄', ['钟敏'], true],
    ['本报记者 侯一帆摄影报道', ['侯一帆'], true],
    ['李 想摄', ['李想'], true],
    ['特约摄影 龙 帆', ['龙帆'], true],
    ['刘 畅制图', ['刘畅'], true],
    ['徐 骏绘', ['徐骏'], true],
    ['图/本报记者 邵晖', ['邵晖'], true],
    ['图/文 本报记者 邵晖', ['邵晖'], false],
    [' □记者 王晓 通讯员 李明', ['王晓', '李明'], false],
    ['本报记者 张三丰', ['张三丰'], false],
    ['记者 王晓 李明 通讯员 赵平', ['王晓', '李明', '赵平'], false],
    ['记者陈晓苏通讯员王五', ['陈晓苏', '王五'], false],
    ['记者 杨成栋 摄', ['杨成栋'], true],
    ['本报记者 杨成栋 摄', ['杨成栋'], true],
    ['杨成栋 摄', ['杨成栋'], true],
    ['（通讯员 杨成栋 摄）', ['杨成栋'], true],
    ['杨 杰、杨 广摄（人民视觉）', ['杨杰', '杨广'], true],
    ['中青报·中青网记者 王聪聪', ['王聪聪'], false],
    ['湖北日报全媒记者 张 晨', ['张晨'], false],
    ['南都记者 黄 莉 通讯员 钟慧敏', ['黄莉', '钟慧敏'], false],
  ])('reads %j', (line, authors, photo) => {
    expect(parseByline(line)).toMatchObject({ authors, photo });
  });

  it('joins a byline the column broke before or inside a 浙江日报 affiliate (共享联盟·松阳站)', () => {
    for (const [line, next] of [
      ['本报记者 沈 洋 吴 越 共享', '联盟·松阳站 叶晓红'],
      ['本报记者 沈 洋 吴 越', '共享联盟·松阳站 叶晓红'],
    ])
      expect(joinWrappedByline(line!, next!)?.byline.authors).toEqual(['沈洋', '吴越', '叶晓红']);
  });

  it('joins a byline the column broke inside a role word, a spaced name or an agency bracket', () => {
    expect(joinWrappedByline('本报记者 李 娜 本报通', '讯员 张 涛')?.byline.authors).toEqual([
      '李娜',
      '张涛',
    ]);
    expect(joinWrappedByline('见习记者 邹 宇 通讯员', '黄 嘉')?.byline.authors).toEqual(['邹宇', '黄嘉']);
    expect(joinWrappedByline('本报首席记者 胡晓岚 实习', '生 王佳怡')?.byline.authors).toEqual([
      '胡晓岚',
      '王佳怡',
    ]);
    expect(joinWrappedByline('新华社记者 沈 峤摄（无人', '机照片）')?.byline).toMatchObject({
      authors: ['沈峤'],
      photo: true,
    });
    expect(
      joinWrappedByline('中青报·中青网记者 赵 迪摄（图①） 新华社记者 黄 河摄（', '图②）')?.byline,
    ).toMatchObject({ authors: ['赵迪', '黄河'], photo: true });
    expect(joinWrappedByline('本报记者 李 娜', '初春的黄海，海风依然料峭。')).toBeNull();
    // Inside the paper's name before a second role, before a closing 报道, inside a labelled credit's name.
    expect(joinWrappedByline('光明日报记者 邓 晖 光明日', '报通讯员 孙 琳')?.byline.authors).toEqual([
      '邓晖',
      '孙琳',
    ]);
    expect(joinWrappedByline('□记者 马 辉 通讯员 丁 锐 ', '报道')?.byline.authors).toEqual(['马辉', '丁锐']);
    expect(joinWrappedByline('石榴云/新疆日报记者 张 钰 ', '买合木提·艾山')?.byline.authors).toEqual([
      '张钰',
      '买合木提·艾山',
    ]);
    expect(joinWrappedByline('21世纪经济报道记者 倪晓晴 ', '骆一鸣 深圳报道')?.byline.authors).toEqual([
      '倪晓晴',
      '骆一鸣',
    ]);
    expect(joinWrappedByline('南方周末特约撰稿 Julian', 'Hart 发自伦敦')?.byline.authors).toEqual([
      'Julian Hart',
    ]);
    expect(
      joinWrappedByline('南方周末记者 苏 丹 南方周末特约撰稿 Chloé Martin 发自', '上海')?.byline.authors,
    ).toEqual(['苏丹', 'Chloé Martin']);
    expect(joinWrappedByline('□本报见习记者 古丽米拉·艾', '尔肯 记者 王 兴')?.byline.authors).toEqual([
      '古丽米拉·艾尔肯',
      '王兴',
    ]);
    expect(
      joinWrappedByline('21世纪经济报道记者 彭 强见习记者 林 嘉 深圳、迪拜报', '道')?.byline.authors,
    ).toEqual(['彭强', '林嘉']);
    expect(
      joinWrappedByline('图①中青报·中青网见习记者 赵', '迪摄 图②新华社发（杨 华摄）')?.byline,
    ).toMatchObject({
      authors: ['赵迪', '杨华'],
      photo: true,
    });
    expect(joinWrappedByline('本报记者 李 娜 王', '明通讯员说，这是好事。')).toBeNull();
    // Broken inside the names, after a padded name's first character.
    expect(joinWrappedByline('南方日报记者 罗 琼 陈 ', '晖 通讯员 梁志坚')?.byline.authors).toEqual([
      '罗琼',
      '陈晖',
      '梁志坚',
    ]);
    expect(joinWrappedByline('记者 王 强 李', '明走进车间，看到工人')).toBeNull();
    // Or inside a paper's name after 图/, or the photographer on the next line.
    expect(joinWrappedByline('文/羊城晚报记者 李焕坤 图/羊', '城晚报记者 梁 喻')?.byline.authors).toEqual([
      '李焕坤',
      '梁喻',
    ]);
    expect(joinWrappedByline('文/羊城晚报记者 李焕坤', '图/羊城晚报记者 梁 喻')?.byline.authors).toEqual([
      '李焕坤',
      '梁喻',
    ]);
    // Or inside a picture's bracket, right before it closes.
    expect(joinWrappedByline('华商报记者 毛 蕊 摄（图①', '） 通讯员 刘 晨 摄（图②）')?.byline).toEqual({
      authors: ['毛蕊', '刘晨'],
      photo: true,
      closing: false,
    });
    // Or inside an undotted affiliate's first word.
    expect(
      joinWrappedByline('本报记者 沈听雨 通讯员 章 蕾 共', '享联盟安吉站 吴 峰')?.byline.authors,
    ).toEqual(['沈听雨', '章蕾', '吴峰']);
    // Or inside where the reporters filed from.
    expect(joinWrappedByline('新京报记者 王 俊 彭 冲 发', '自河北三河')?.byline.authors).toEqual([
      '王俊',
      '彭冲',
    ]);
    // A local media alliance's station is a role: `共享联盟·缙云站 王立群`.
    expect(joinWrappedByline('本报记者 叶 晨 共享联盟·缙', '云站 王立群')?.byline.authors).toEqual([
      '叶晨',
      '王立群',
    ]);
    // Or after two characters of a name of three, the line a byline alone (`…记者 杨甜`).
    expect(joinWrappedByline('□扬子晚报/紫牛新闻记者 杨甜', '子 通讯员 宁 轩')?.byline.authors).toEqual([
      '杨甜子',
      '宁轩',
    ]);
    expect(joinWrappedByline('本报记者 王明', '说 这是好事')).toBeNull();
    // Between names, more of them and another role on the next line.
    expect(joinWrappedByline('湖南日报全媒体记者 张佳伟', '刘 音 通讯员 龙 佳')?.byline.authors).toEqual([
      '张佳伟',
      '刘音',
      '龙佳',
    ]);
    // A photo credit broken inside a padded name of two (`…记者 牛` / `军 通讯员 张兴龙 摄`).
    expect(joinWrappedByline('新甘肃·甘肃日报记者 牛', '军 通讯员 张兴龙 摄')?.byline).toEqual({
      authors: ['牛军', '张兴龙'],
      photo: true,
      closing: false,
    });
    // Or inside a name of three, set without padding: the parts join with no space.
    expect(joinWrappedByline('□大众日报记者 王 川 马', '文宇 通讯员 刘晓宁')?.byline.authors).toEqual([
      '王川',
      '马文宇',
      '刘晓宁',
    ]);
    // Broken inside 见习记者, or before the last name alone; a package's place line is no name.
    expect(joinWrappedByline('中青报·中青网记者 樊未晨 见', '习记者 蒋 欣')?.byline.authors).toEqual([
      '樊未晨',
      '蒋欣',
    ]);
    expect(joinWrappedByline('本报驻坦桑尼亚记者 林 川', '核心阅读')).toBeNull();
    expect(joinWrappedByline('中青报·中青网记者 王聪聪', '叶雨婷')?.byline.authors).toEqual([
      '王聪聪',
      '叶雨婷',
    ]);
    expect(joinWrappedByline('本报记者 沈 婧 通讯员 李明', '陕西洛川')).toBeNull();
  });

  it('marks a bracketed credit as closing a story', () => {
    expect(parseByline('（记者 王晓）')).toEqual({ authors: ['王晓'], photo: false, closing: true });
    expect(parseByline('□记者 王晓')).toEqual({ authors: ['王晓'], photo: false, closing: false });
  });

  it('reads a credit for some pictures of a set: 图②③ 本报记者 X 摄, 上图 X摄', () => {
    expect(parseByline('图②③ 本报记者 张冠男 摄')).toEqual({
      authors: ['张冠男'],
      photo: true,
      closing: false,
    });
    expect(parseByline('上图 新华社记者 李 明摄')?.authors).toEqual(['李明']);
    expect(parseByline('图②③')).toBeNull();
  });

  it("reads a paper's own name before the role: 南方日报记者, 新民晚报记者", () => {
    expect(parseByline('南方日报记者 罗 琼 陈 晖 通讯员 梁志坚')?.authors).toEqual([
      '罗琼',
      '陈晖',
      '梁志坚',
    ]);
    expect(parseByline('（新民晚报记者 王 强）')).toEqual({ authors: ['王强'], photo: false, closing: true });
    expect(parseByline('四川日报全媒体记者 罗 璇')?.authors).toEqual(['罗璇']);
  });

  it.each([
    '记者从市发改局获悉，今年以来',
    '记者了解到。',
    '记者：煤炭、焦化、冶金等传',
    '萨米在接受本报记者专访',
    '他在接受人民网记者采访时说',
    '据人民网记者了解',
    '省直单位厅局长工作交流会召开',
    '晒席草',
    '拍摄',
  ])('leaves body text and titles alone: %j', (line) => expect(parseByline(line)).toBeNull());
});

describe('banners', () => {
  it('undoes OCR reading a banner twice, segment by segment', () => {
    expect(undouble('实施实施““三服务三服务””提升获得感提升获得感')).toBe('实施“三服务”提升获得感');
    expect(parseBanner('■■实施实施““三服务三服务””提升获得感提升获得感')).toBe('实施“三服务”提升获得感');
    // A box's label inside a story is marked as a section's name is, and is none.
    expect(['■链接', '■ 记者手记'].map(parseBanner)).toEqual([null, null]);
  });

  it('keeps the space a doubled banner prints between its phrases', () => {
    expect(parseBanner('■■不忘初心不忘初心 牢记使命牢记使命')).toBe('不忘初心 牢记使命');
    expect(parseBanner('不忘初心 牢记使命不忘初心 牢记使命')).toBe('不忘初心 牢记使命');
  });

  it('keeps a banner printed once', () => {
    expect(parseBanner('■聚焦乡村振兴')).toBe('聚焦乡村振兴');
  });

  it('takes no bullet of a number box or caption for a banner', () => {
    expect(parseBanner('■4000万吨：近年来唐山累计压减')).toBeNull();
    expect(parseBanner('■服务零售额同比增长5.6%')).toBeNull();
    expect(parseBanner('▲图为市民在公园赏花')).toBeNull();
    expect(parseBanner('●历时一年半改造')).toBeNull();
  });

  it('takes an unmarked line for a banner only when it is cleanly doubled', () => {
    expect(parseBanner('聚焦聚焦乡村振兴乡村振兴')).toBe('聚焦乡村振兴');
    expect(parseBanner('立足生态优势 打造休闲小镇')).toBeNull();
    expect(parseBanner('会议强调，要借开展主题教育的')).toBeNull();
  });
});

describe('furniture and dates', () => {
  it('drops header and footer lines', () => {
    expect(isFurniture('2019年8月7日 星期三 责任编辑：胡晓 版式设计：李明', false)).toBe(true);
    expect(isFurniture('责任编辑：胡晓', false)).toBe(true);
    expect(isFurniture('第3版', false)).toBe(true);
    // A compound page name is furniture at the page's edge only; mid-page it could be a short headline.
    expect(isFurniture('综合新闻', true)).toBe(true);
    expect(isFurniture('A3 时政要闻', true)).toBe(true);
    expect(isFurniture('综合新闻', false)).toBe(false);
    expect(isFurniture('垃圾分类进小区', true)).toBe(false);
    expect(isFurniture('03', true)).toBe(true);
    expect(isFurniture('永康日报', true)).toBe(true);
    expect(isFurniture('要闻', true)).toBe(true);
    expect(isFurniture('版次：3', false)).toBe(true);
    expect(isFurniture('——————', false)).toBe(true);
  });

  it('keeps text that merely mentions dates or numbers', () => {
    expect(isFurniture('2019年8月7日，全市召开大会', false)).toBe(false);
    expect(isFurniture('03', false)).toBe(false);
    expect(isFurniture('要闻', false)).toBe(false);
    expect(isFurniture('本报讯 7月29日晚，省委召开省', true)).toBe(false);
  });

  it('reads the page date from a header line or a file name, and only real dates', () => {
    expect(findDate('2019年8月7日 星期三')).toBe('2019-08-07');
    expect(dateFromFileName('pages/2019-08-07.txt')).toBe('2019-08-07');
    expect(dateFromFileName('ykrb_20190807_03.txt')).toBe('2019-08-07');
    expect(dateFromFileName('seeds/000_4397dc98031408d7.txt')).toBeNull();
    expect(dateFromFileName('20191307.txt')).toBeNull();
    expect(dateFromFileName('2019-02-30.txt')).toBeNull();
  });
});

describe('parseDateline', () => {
  it.each([
    ['据日本媒体报道，受强冷空气影响', '据日本媒体报道', []],
    ['据央视新闻客户端消息 中央气象台9月11日发布', '据央视新闻客户端消息', []],
    [
      '石榴云/新疆日报讯（记者王永飞 阿依努尔·吐尔逊 报道）10月14日，在',
      '石榴云/新疆日报讯（记者王永飞 阿依努尔·吐尔逊 报道）10月14日',
      ['王永飞', '阿依努尔·吐尔逊'],
    ],
    ['本报合肥4月17日讯（记者 刘 璇）记者17日从', '本报合肥4月17日讯（记者 刘 璇）', ['刘璇']],
    ['晚报讯（记者 秦岭）“前几天还', '晚报讯（记者 秦岭）', ['秦岭']],
    ['科技日报柏林5月18日电 （记者 毛亚兰）德国', '科技日报柏林5月18日电 （记者 毛亚兰）', ['毛亚兰']],
    // The opening words, a bracketed byline and a date or time; a sentence's words are not the dateline's.
    ['本报综合报道 据英国《自然》杂志网站近日报道，', '本报综合报道', []],
    ['本报北京1月14日电 （记者 刘阳）在习近平主席，', '本报北京1月14日电 （记者 刘阳）', ['刘阳']],
    ['新民晚报讯（记者 陶然）下班晚了怎么办？从本周起，', '新民晚报讯（记者 陶然）', ['陶然']],
    ['本报讯 记者从市发改局获悉，', '本报讯', []],
    ['本报电（记者 赵晓霞）由有关部门主办的', '本报电（记者 赵晓霞）', ['赵晓霞']],
    // Provincial and city papers and news sites open their own datelines.
    [
      '南方日报讯 （记者/李鹏 通讯员/黄涛）6月18日，',
      '南方日报讯 （记者/李鹏 通讯员/黄涛）6月18日',
      ['李鹏', '黄涛'],
    ],
    ['浙江在线3月1日讯（记者 方 敏）今年', '浙江在线3月1日讯（记者 方 敏）', ['方敏']],
    ['南都讯 （记者 梁炜培）5月6日，记者从', '南都讯 （记者 梁炜培）5月6日', ['梁炜培']],
    [
      '中青在线讯（中国青年报·中青网记者 刘胤衡）毕业季临近，',
      '中青在线讯（中国青年报·中青网记者 刘胤衡）',
      ['刘胤衡'],
    ],
    ['潇湘晨报讯（记者 李 洁）6月1日，', '潇湘晨报讯（记者 李 洁）6月1日', ['李洁']],
    [
      '中青报·中青网北京6月2日电（记者 王 聪 李桂杰）今年',
      '中青报·中青网北京6月2日电（记者 王 聪 李桂杰）',
      ['王聪', '李桂杰'],
    ],
    // A reporter named after the opening words, no bracket: before 报道： or right before the story goes on.
    ['本报华盛顿3月12日电 记者袁勇报道：美国', '本报华盛顿3月12日电 记者袁勇报道', ['袁勇']],
    [
      '羊城晚报讯 记者孙唯，通讯员吴伟雄报道：随着',
      '羊城晚报讯 记者孙唯，通讯员吴伟雄报道',
      ['孙唯', '吴伟雄'],
    ],
    ['南都讯 记者梁炜培 5月6日，记者从', '南都讯', ['梁炜培']],
    ['南都讯 记者 邹 韵 为迎接国际博物馆日，', '南都讯', ['邹韵']],
    ['本报北京3月11日电 记者蒲晓磊今天从司法部获悉，', '本报北京3月11日电', ['蒲晓磊']],
    ['本报讯 记者近日从市里获悉，', '本报讯', []],
    [
      '本报讯（张立东 记者 钟华林）5月5日，甘孜州',
      '本报讯（张立东 记者 钟华林）5月5日',
      ['张立东', '钟华林'],
    ],
    ['参考消息网5月9日报道 据德国媒体5月7日报道，', '参考消息网5月9日报道', []],
    ['据埃菲社马德里2月3日报道，西班牙农业部门的数据显示', '据埃菲社马德里2月3日报道', []],
    // Unbracketed reporters, several, with roles of their own or none; a bare name in brackets past a space.
    ['南都讯 记者程永明 黄慧 通讯员 李涛 7月20日，深圳', '南都讯', ['程永明', '黄慧', '李涛']],
    ['南都讯 见习记者 陈秋园 记者 林颖 受副热带高压控制，', '南都讯', ['陈秋园', '林颖']],
    // (The story's first words may name the reporter's role again: `记者今天从…`, no reporter called 今天.)
    ['本报北京1月8日讯 记者张维 记者今天从司法部获悉', '本报北京1月8日讯', ['张维']],
    ['人民网上海5月17日电 （唐小丽）记者从长三角', '人民网上海5月17日电 （唐小丽）', ['唐小丽']],
    ['证券时报e公司讯，11月20日晚间，多家上市公司', '证券时报e公司讯', []],
    [
      '上证报中国证券网讯（记者 王若晨 黄 灵）9月11日晚间，',
      '上证报中国证券网讯（记者 王若晨 黄 灵）9月11日晚间',
      ['王若晨', '黄灵'],
    ],
    ['本报讯 暑期以来，我市', '本报讯 暑期以来', []],
    ['本报讯（记者 王明）昨天上午，', '本报讯（记者 王明）昨天上午', ['王明']],
    ['经济日报北京4月16日讯（记者 熊丽）国家统计局', '经济日报北京4月16日讯（记者 熊丽）', ['熊丽']],
    ['本报菏泽3月3日讯 记者 韩 雪 报道 中午11点半，', '本报菏泽3月3日讯 记者 韩 雪 报道', ['韩雪']],
    ['人民政协网北京6月9日电（记者 杨 琳）全国政协', '人民政协网北京6月9日电（记者 杨 琳）', ['杨琳']],
    [
      '本报讯 （记者 沈 佳 县委报道组 何 洋 通讯员 吕 晓）近日，',
      '本报讯 （记者 沈 佳 县委报道组 何 洋 通讯员 吕 晓）近日',
      ['沈佳', '何洋', '吕晓'],
    ],
    // 环球时报's and 参考消息's square brackets: the opening words and reporters, or only reporters.
    ['【环球时报综合报道】据路透社10日报道，', '环球时报综合报道', []],
    ['【环球时报-环球网报道 记者 刘 欣】4月10日上午，', '环球时报-环球网报道', ['刘欣']],
    ['【环球时报驻德国特约记者 青 木 环球时报记者 刘 扬】继西班牙首相', null, ['青木', '刘扬']],
    ['【美国《外交》杂志网站3月1日文章】题：全球南方的新算术', '美国《外交》杂志网站3月1日文章', []],
  ] as [string, string | null, string[]][])('reads the opening of %j', (paragraph, dateline, authors) => {
    expect(parseDateline(paragraph)).toMatchObject({ dateline, authors });
  });

  it('takes no place or box in square brackets for a dateline', () => {
    expect(['【城口】', '【相关数据】', '【数据链接】 全市共有'].map(parseDateline)).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('does not take 本报通讯员 for a dateline', () => {
    expect(parseDateline('本报通讯员张三报道，近日')).toBeNull();
  });

  it('takes the dateline up to the first comma', () => {
    expect(parseDateline('本报讯 7月29日晚，省委召开')).toEqual({
      dateline: '本报讯 7月29日晚',
      byline: null,
      authors: [],
    });
  });

  it('stops before a quotation that opens the story right after the opening words', () => {
    expect(parseDateline('本报讯 “垃圾分一分，环境美十分。”8月4日，江南街道')?.dateline).toBe('本报讯');
    expect(parseDateline('本报讯（记者 应丽斋 通讯员 胡晓东）“以前村里留不住人，现在')).toEqual({
      dateline: '本报讯（记者 应丽斋 通讯员 胡晓东）',
      byline: '记者 应丽斋 通讯员 胡晓东',
      authors: ['应丽斋', '胡晓东'],
    });
  });

  it('finds the byline printed inside the dateline', () => {
    expect(parseDateline('本报讯（记者 王晓 通讯员 李明）7月30日，市里')).toEqual({
      dateline: '本报讯（记者 王晓 通讯员 李明）7月30日',
      byline: '记者 王晓 通讯员 李明',
      authors: ['王晓', '李明'],
    });
  });

  it('ignores a paragraph that does not open with a dateline', () => {
    expect(parseDateline('会议指出，自“三服务”活动部署')).toBeNull();
  });
});

describe('trailerAuthors', () => {
  it.each([
    ['（本报记者 唐 宁）', ['唐宁']],
    ['（文/本报记者 庄雯）', ['庄雯']],
    ['（韦 丹）', ['韦丹']],
    ['（王 佩 刘 晓）', ['王佩', '刘晓']],
    ['（孙伟 黄晓雯）', ['孙伟', '黄晓雯']],
    ['展会将持续到10月。（记者 王 凯）', ['王凯']],
    // Names alone closing a paragraph may be any aside; 作者为 names no one; 完 is no name.
    ['他把这件事告诉了老伴（李 华）', []],
    ['（作者为缅甸驻华大使）', []],
    // The author named before her post, alone on the line: `作者：` names her.
    ['（作者：秦 岭，系南京师范大学马克思主义学院教授）', ['秦岭']],
    ['（作者：李桂杰，系某大学教授）', ['李桂杰']],
    ['他这样评价。（作者：秦 岭，系南京师范大学教授）', []],
    ['（完）', []],
    ['投资增长6.1%（同比）', []],
    // One name after the last full stop signs a brief; an aside of that shape does not, nor a column tag.
    ['不要求学生独立使用生成式AI工具。（李桂杰）', ['李桂杰']],
    ['全文如下。（有删节）', []],
    ['公共数据怎样“放得开、用得好”？（思想纵横）', []],
  ])('reads %j', (text, names) => {
    expect(trailerAuthors(text)).toEqual(names);
  });
});

describe('bareNames', () => {
  it('reads a line of names alone, as commentaries and articles are signed', () => {
    expect(['林晓东', '周 舟', '谭启明 柯雨桐', '王 佩 刘 晓'].map(bareNames)).toEqual([
      ['林晓东'],
      ['周舟'],
      ['谭启明', '柯雨桐'],
      ['王佩', '刘晓'],
    ]);
  });

  it('reads a Uyghur name, given name·father’s name, alone on its line', () => {
    expect(['阿依古丽·买买提', '热依拉·艾买提'].map(bareNames)).toEqual([
      ['阿依古丽·买买提'],
      ['热依拉·艾买提'],
    ]);
  });

  it('turns away what only looks like names: phrases, kickers, foreign names with ·', () => {
    expect(
      ['深化医改·基层观察', '春风 化雨', '立足生态优势', '艾哈迈德·萨米尔', '张 王 李 赵 刘 陈 杨 黄'].map(
        bareNames,
      ),
    ).toEqual([null, null, null, null, null]);
  });
});

describe('isCreditTail', () => {
  it('knows the end of a credit broken inside its name, and nothing else', () => {
    expect(
      ['彪摄（人民视觉）', '大伟摄', '霞摄', '发（王 军摄）', '社发（王 军摄）', '摄', '摄（人民图片）'].map(
        isCreditTail,
      ),
    ).toEqual([true, true, true, true, true, true, true]);
    expect(['摄影报道组组长说', '拍摄于1月', '王彪', '发（通知）'].map(isCreditTail)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('trailingCreditAt', () => {
  it('finds a credit run onto the caption, an agency release credit too', () => {
    expect(trailingCreditAt('…观赏花灯。新华社发（王 军摄）')).toBe(6);
    expect(trailingCreditAt('…和收藏。记者 杨成栋 摄')).toBe(5);
    expect(trailingCreditAt('…从事观鸟摄')).toBe(-1);
  });
});

describe('isPlaceLine', () => {
  it('reads a package place line, with or without the dash that may close it', () => {
    expect(['陕西西安', '黑龙江哈尔滨——', '新疆乌鲁木齐—'].map(isPlaceLine)).toEqual([true, true, true]);
    expect(['北方多地提前供暖——', '西安', '陕西西安市民说了什么'].map(isPlaceLine)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('reads a military unit the army’s paper names by 某, and no other line with 某 in it', () => {
    expect(['北部战区陆军某旅', '东部战区海军某驱逐舰支队', '火箭军某旅'].map(isPlaceLine)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['某合成旅新装备列装当年形成作战能力', '某旅'].map(isPlaceLine)).toEqual([false, false]);
  });

  it('knows every province’s prefecture cities, not only the capitals, and no city that is as often a word', () => {
    expect(['南充西充', '凉山会理', '齐齐哈尔龙沙', '黔西南兴义'].map(isPlaceLine)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    // (Some the list first left out: 长治, 平凉, 永州, 眉山, 普洱, 中卫, 和田.)
    const more = ['长治上党', '平凉崆峒', '永州道县', '眉山东坡', '普洱思茅', '中卫沙坡头', '和田于田'];
    expect(more.filter((t) => !isPlaceLine(t))).toEqual([]);
    expect(['朝阳产业观察', '中山大学', '宁德时代'].map(isPlaceLine)).toEqual([false, false, false]);
  });
});

describe('isDistrictLine', () => {
  it('knows a district or county, alone or with a street or town of it, and nothing longer', () => {
    const lines = [
      '浦东新区',
      '安吉县',
      '朝阳区劲松街道',
      '门头沟区王平镇',
      '区委书记讲党课',
      '朝阳区劲松街道办事处',
    ];
    expect(lines.filter(isDistrictLine)).toEqual(['浦东新区', '安吉县', '朝阳区劲松街道', '门头沟区王平镇']);
  });

  it('turns away a headline ending on a word in 区 that names no district, not a district named so', () => {
    expect(['开局起步看湾区', '打造国际一流景区', '西城区', '中山区'].map(isDistrictLine)).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});

describe('closesWithTrailer', () => {
  it('knows a line closing a story with its reporters, not a headline closed by its column (记者手记)', () => {
    const lines = [
      '…效率。（本报记者 唐 宁）',
      '见习记者 唐 宁）',
      '在雅万高铁上感受“中国速度”（记者手记）',
      '一顿饭，连着民心（采访手记）',
    ];
    expect(lines.filter(closesWithTrailer)).toEqual(['…效率。（本报记者 唐 宁）', '见习记者 唐 宁）']);
  });

  it('knows the wrapped end of a trailer naming a 浙江日报 affiliate (…（记者 王 璐 / 共享联盟·柯城站 方 舟）), and one naming its author before her post', () => {
    expect(closesWithTrailer('共享联盟·柯城站 方 舟）')).toBe(true);
    expect(closesWithTrailer('（作者：秦 岭，系南京师范大学马克思主义学院教授）')).toBe(true);
    expect(closesWithTrailer('共享联盟·柯城站（试运行）')).toBe(false);
  });
});

describe('reporterInLede', () => {
  it('names the reporter a story without a dateline opens on, and nobody when it opens on 记者 alone', () => {
    expect(reporterInLede('记者曹铮4月19日从河北省文化和旅游厅获悉，')).toEqual(['曹铮']);
    expect(reporterInLede('记者王明从市里获悉，')).toEqual(['王明']);
    expect(reporterInLede('记者3月18日从农业农村部获悉，')).toEqual([]);
    expect(reporterInLede('记者近日从市里获悉，')).toEqual([]);
    expect(reporterInLede('记者了解到，')).toEqual([]);
  });
});

describe('isTrailer', () => {
  it('knows what closes a story in brackets: its author, its reporters, where a brief came from', () => {
    const lines = [
      '（作者为北京大学教授）',
      '（本报记者 唐 宁）',
      '（据新华社电）',
      '（据央视新闻报道）',
      '（四川日报全媒体记者 钟华林）',
      '（湖北日报全媒体记者 魏 铼 摄）',
      '（应受访者要求，文中陈红为化名）',
      '（相关报道见第二版）',
      '（本系列报道由中青报·中青网与中青校媒联合推出）',
      '（本版图片除署名外均由本报记者 王 涛 摄）',
      '（单位：%）',
      '（今日谈）',
    ];
    expect(lines.filter(isTrailer)).toEqual([
      '（作者为北京大学教授）',
      '（本报记者 唐 宁）',
      '（据新华社电）',
      '（据央视新闻报道）',
      '（四川日报全媒体记者 钟华林）',
      '（湖北日报全媒体记者 魏 铼 摄）',
      '（应受访者要求，文中陈红为化名）',
      '（相关报道见第二版）',
      '（本系列报道由中青报·中青网与中青校媒联合推出）',
      '（本版图片除署名外均由本报记者 王 涛 摄）',
    ]);
  });
});

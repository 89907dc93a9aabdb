/** Place names as a package's place lines print them (`陕西西安`, `朝阳区劲松街道`); part of the news vocabulary. */

/** Provinces and regions, as a package's place line opens (`陕西西安`, `内蒙古包头`, `新疆喀什`). */
const PROVINCES =
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门';
/**
 * Prefecture-level cities and prefectures, by the short names a package's place lines open with (`丽水缙云`, `南充西充`,
 * `凉山会理`), province by province. Names that are as often ordinary words or a company's (`朝阳`, `中山`, `来宾`,
 * `安康`, `日照`, `白银`, `宁德`, `大同`, `北海`) are left out: a kicker made of them must not pass for a place.
 */
const CITIES = [
  '石家庄|唐山|秦皇岛|邯郸|邢台|保定|张家口|承德|沧州|廊坊|衡水',
  '太原|阳泉|长治|晋城|朔州|晋中|运城|忻州|临汾|吕梁',
  '呼和浩特|包头|乌海|赤峰|通辽|鄂尔多斯|呼伦贝尔|巴彦淖尔|乌兰察布|锡林郭勒|阿拉善',
  '沈阳|大连|鞍山|抚顺|本溪|丹东|锦州|营口|阜新|辽阳|盘锦|铁岭|葫芦岛',
  '长春|四平|辽源|通化|白山|松原|白城|延边',
  '哈尔滨|齐齐哈尔|鸡西|鹤岗|双鸭山|大庆|伊春|佳木斯|七台河|牡丹江|黑河|绥化|大兴安岭',
  '南京|无锡|徐州|常州|苏州|南通|连云港|淮安|盐城|扬州|镇江|泰州|宿迁',
  '杭州|宁波|温州|嘉兴|湖州|绍兴|金华|衢州|舟山|台州|丽水',
  '合肥|芜湖|蚌埠|淮南|马鞍山|淮北|铜陵|安庆|黄山|滁州|阜阳|宿州|六安|亳州|池州|宣城',
  '福州|厦门|莆田|三明|泉州|漳州|南平|龙岩',
  '南昌|景德镇|萍乡|九江|新余|鹰潭|赣州|吉安|宜春|抚州|上饶',
  '济南|青岛|淄博|枣庄|东营|烟台|潍坊|济宁|泰安|威海|临沂|德州|聊城|滨州|菏泽',
  '郑州|开封|洛阳|平顶山|安阳|鹤壁|新乡|焦作|濮阳|许昌|漯河|三门峡|南阳|商丘|信阳|周口|驻马店|济源',
  '武汉|黄石|十堰|宜昌|襄阳|鄂州|荆门|孝感|荆州|黄冈|咸宁|随州|恩施|仙桃|潜江|天门|神农架',
  '长沙|株洲|湘潭|衡阳|邵阳|岳阳|常德|张家界|益阳|郴州|永州|怀化|娄底|湘西',
  '广州|韶关|深圳|珠海|汕头|佛山|江门|湛江|茂名|肇庆|惠州|梅州|汕尾|河源|阳江|清远|东莞|潮州|揭阳|云浮',
  '南宁|柳州|桂林|梧州|防城港|钦州|贵港|玉林|百色|贺州|河池|崇左',
  '海口|三亚|儋州',
  '成都|自贡|攀枝花|泸州|德阳|绵阳|广元|遂宁|内江|乐山|南充|眉山|宜宾|广安|达州|雅安|巴中|资阳|阿坝|甘孜|凉山',
  '贵阳|六盘水|遵义|安顺|毕节|铜仁|黔西南|黔东南|黔南',
  '昆明|曲靖|玉溪|保山|昭通|丽江|普洱|临沧|楚雄|红河|文山|西双版纳|大理|德宏|怒江|迪庆',
  '拉萨|日喀则|昌都|林芝|那曲',
  '西安|铜川|宝鸡|咸阳|渭南|延安|汉中|榆林|商洛',
  '兰州|嘉峪关|金昌|天水|武威|张掖|平凉|酒泉|庆阳|定西|陇南|临夏|甘南',
  '西宁|海东|海西|果洛|黄南|银川|石嘴山|吴忠|固原|中卫',
  '乌鲁木齐|克拉玛依|吐鲁番|哈密|昌吉|博尔塔拉|巴音郭楞|阿克苏|喀什|和田|伊犁|塔城|阿勒泰|石河子',
].join('|');
const PLACE_LINE = new RegExp(`^(?:${PROVINCES}|${CITIES})[\\u4e00-\\u9fff]{0,5}(?:——|—)?$`, 'u');

const PLACE_NAME = new RegExp(`^(?:${PROVINCES}|${CITIES})[省市]?$`, 'u');

/** A province or one of the larger cities by name (`成都`, `四川省`): in brackets, a place, not a column's name. */
export function isPlaceName(text: string): boolean {
  return PLACE_NAME.test(text);
}

/**
 * A military unit as the army's paper names one over a sub-story, anonymised by 某 (`北部战区陆军某旅`,
 * `东部战区海军某驱逐舰支队`, `火箭军某旅`).
 */
const UNIT_LINE =
  /^[\u4e00-\u9fff]{2,12}某[\u4e00-\u9fff]{0,6}(?:旅|团|师|营|连|支队|大队|中队|基地|舰|站)$/u;

/**
 * A package's place line: the province and city a sub-story comes from (`陕西西安`, `浙江宁波`), printed alone
 * over its sub-title, or a unit (`UNIT_LINE`). A province alone (`浙江`) is not one: it is as likely a short
 * headline word.
 */
export function isPlaceLine(text: string): boolean {
  // (A dash may close it: `黑龙江哈尔滨——`.)
  if (!PLACE_LINE.test(text)) return text.includes('某') && UNIT_LINE.test(text); // (most lines: fails on the first)
  const n = Array.from(text.replace(/—+$/u, '')).length;
  return n >= 4 && n <= 7;
}

const DISTRICT_LINE = /^[\u4e00-\u9fff]{1,6}(?:新区|区|县|旗)(?:[\u4e00-\u9fff]{1,5}(?:街道|镇|乡))?$/u;

/**
 * A district or county alone on a line (`浦东新区`, `杨浦区`, `安吉县`), perhaps with a street or town of it
 * (`朝阳区劲松街道`, `门头沟区王平镇`): a city paper's package opens its sub-stories
 * with these, but a bare name like this is a place line only with a sub-title and a reporter's line under it.
 */
export function isDistrictLine(text: string): boolean {
  return DISTRICT_LINE.test(text) && !AREA_WORD.test(text);
}

/**
 * Words ending in 区 that name no district: a headline's (`开局起步看湾区`), not a place line's. (Not 城区, 山区, 矿区:
 * 西城区, 中山区 and 阳泉矿区 are districts.)
 */
const AREA_WORD = /(?:湾|社|小|景|灾|街|校|市|郊|牧|库|老|误|盲|禁|专|赛|展|战|片|辖)区$/u;

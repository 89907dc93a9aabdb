/** Place names as a package's place lines print them (`陕西西安`, `朝阳区劲松街道`); part of the news vocabulary. */

/** Provinces and regions, as a package's place line opens (`陕西西安`, `内蒙古包头`, `新疆喀什`). */
const PROVINCES =
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门';
/**
 * Prefecture-level cities a provincial paper's package opens its place lines with (`丽水缙云`, `衢州开化`): the
 * provincial capitals and the larger cities, not every one.
 */
const CITIES =
  '石家庄|唐山|保定|邯郸|太原|大同|呼和浩特|包头|沈阳|大连|长春|哈尔滨|南京|苏州|无锡|常州|南通|徐州|扬州|' +
  '杭州|宁波|温州|嘉兴|湖州|绍兴|金华|衢州|舟山|台州|丽水|合肥|芜湖|蚌埠|阜阳|六安|黄山|福州|厦门|泉州|' +
  '漳州|南昌|赣州|九江|济南|青岛|烟台|潍坊|临沂|淄博|济宁|菏泽|郑州|洛阳|开封|南阳|武汉|宜昌|襄阳|长沙|' +
  '株洲|岳阳|湘西|广州|深圳|佛山|东莞|珠海|汕头|湛江|南宁|柳州|桂林|百色|海口|三亚|成都|绵阳|宜宾|贵阳|' +
  '遵义|黔东南|昆明|大理|西安|宝鸡|延安|兰州|定西|西宁|银川|乌鲁木齐|喀什|拉萨';
const PLACE_LINE = new RegExp(`^(?:${PROVINCES}|${CITIES})[\\u4e00-\\u9fff]{0,5}(?:——|—)?$`, 'u');

const PLACE_NAME = new RegExp(`^(?:${PROVINCES}|${CITIES})[省市]?$`, 'u');

/** A province or one of the larger cities by name (`成都`, `四川省`): in brackets, a place, not a column's name. */
export function isPlaceName(text: string): boolean {
  return PLACE_NAME.test(text);
}

/**
 * A package's place line: the province and city a sub-story comes from (`陕西西安`, `浙江宁波`), printed alone
 * over its sub-title. A province alone (`浙江`) is not one: it is as likely a short headline word.
 */
export function isPlaceLine(text: string): boolean {
  // (A dash may close it: `黑龙江哈尔滨——`.)
  if (!PLACE_LINE.test(text)) return false; // (most lines: the pattern fails on their first characters)
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
  return DISTRICT_LINE.test(text);
}

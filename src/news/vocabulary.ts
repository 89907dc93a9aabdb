/**
 * The news vocabulary: how a Chinese paper prints datelines, bylines, roles, photo credits, trailers, package
 * place lines and editor's boxes. One home for these patterns, used by the page parser and the summarizer alike
 * (the agencies' names live in agencies.ts and the place lines in places.ts; both are re-exported here).
 */
import { hasClausePunct } from './char-class.js';
import { AGENCIES } from './agencies.js';

export { isDistrictLine, isPlaceLine, isPlaceName } from './places.js';
export { AGENCIES };

const AGENCY = `(?:${AGENCIES.join('|')})`;

/** A reporter's role as printed before the names: `本报记者`, `首席记者`, `本报驻埃及记者`, `新华社记者`, `通讯员`. */
/**
 * A paper, site or station not in `AGENCIES` named before its reporter: `湖北日报记者`, `潇湘晨报记者`,
 * `中青报·中青网记者`, `齐鲁晚报·齐鲁壹点记者`, `新甘肃·甘肃日报记者` (an app before its paper; never a text's `…在接受本报记者专访`), `扬子晚报/紫牛新闻记者`, `现代快报/现代+记者`, `华西都市报-封面新闻记者` (a paper and its site or app), `总台记者`.
 */
const OUTLET = `(?:(?:[\\u4e00-\\u9fff]{2,6}[·•/／])?(?:\\d{1,2})?[\\u4e00-\\u9fff]{1,6}(?:日报|晚报|晨报|(?<!本)报(?:道)?|网|台|新闻)(?:[·•/／\\-－][\\u4e00-\\u9fff]{1,6}(?:报|网|台|客户端|新闻|[+＋])|[·•][\\u4e00-\\u9fff]{2,6})?|总台)`;
/** A paper's media brand before its all-media reporter, no 报 in it: `半岛全媒体记者` (半岛都市报's). */
const MEDIA_BRAND = String.raw`[\u4e00-\u9fff]{2,4}(?=(?:全|融)媒体记者)`;
/** A 浙江日报 affiliate station, named as a role before its reporter: `共享联盟·松阳站` (or undotted, `共享联盟安吉站`). */
const AFFILIATE = String.raw`共享联盟[·•]?[\u4e00-\u9fff]{1,6}站`;
const ROLE = `(?:(?:本报|晚报|${AGENCY}|${OUTLET}|${MEDIA_BRAND})\\s?)?(?:首席|特约|见习|实习|驻[\\u4e00-\\u9fff]{1,6}|摄影|融媒体|全媒体|融媒|全媒)?(?:记者|通讯员)|(?:(?:本报|${AGENCY}|${OUTLET})\\s?)?实习生|[\\u4e00-\\u9fff]{1,4}报道组|${AFFILIATE}|共享联盟|拍友|(?:本报|特约|${AGENCY}|${OUTLET})?评论员|文\\s*[/／]\\s*图|图\\s*[/／]\\s*文|(?:本报|${AGENCY}|${OUTLET})?特约撰稿(?=[:：\\s])|(?:特约)?(?:摄影|撰稿|文字|图片)(?=[:：\\s])`;

/** A byline (or photo credit) taken apart: the names, in printed order. */
export interface ParsedByline {
  authors: string[];
  /** True for `记者 杨成栋 摄`: the credit that closes a photo item. */
  photo: boolean;
  /** Printed in brackets, `（记者 X）`: a credit closing a story rather than a byline opening one. */
  closing: boolean;
}

/**
 * What `parseByline` needs besides a marker and names: a role's word (`ROLE`), a chart's 制图/绘图, a credit's 摄 or
 * 绘, or the slash of `图/`. Its steps only cut away a line's ends or put a space for `文/`, so each of these it
 * finds is in the line as given: a line with none is no byline (and body lines with 实, 文, 通 … have none). Every
 * role (`opensByline`) holds one of these words too.
 */
const BYLINE_WORDS = /记者|通讯员|实习生|报道组|评论员|撰稿|文字|图片|制图|[/／摄绘]/;
// (And a label a byline may open with: `采写：南都记者 梁 宇`.)
const MARKERS = /^(?:[□■◇◆○●☆★▲△▼▽◎◼◻▪▫\s]+|(?:采写|撰文|采访)[:：]\s*)+/u;
/** The marks a byline may open with (`□首席记者 陈晓苏`, `■本报记者 …`). */
const BYLINE_MARK = /^[□■◆●▲◼▪]/u;
/** A line opening with a byline marker: what follows it. */
const MARKED = new RegExp(String.raw`${BYLINE_MARK.source}\s*(.+)$`, 'u');

/** Opens with a byline marker: the start of a byline of its own. */
export function opensWithMarker(text: string): boolean {
  return BYLINE_MARK.test(text);
}
const ROLE_AT_START = new RegExp(`^(?:${ROLE})`, 'u');

/** Opens with a reporter's role (`记者`, `通讯员`, `湖北日报记者` …), with no marker before it. */
export function opensWithRole(text: string): boolean {
  return ROLE_AT_START.test(text);
}
const ROLE_ANY = new RegExp(`(?:${ROLE})[:：]?`, 'gu');
const OUTLET_ALONE = new RegExp(`^(?:本报|晚报|${AGENCY})$`, 'u');
const NAME =
  /^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}[·•][\u4e00-\u9fff]{1,8}|[A-Z][A-Za-z.'-]{1,20})$/u;
/** The picture agency a credit may name after the photographer: `王海滨摄（影像中国）`, `（人民视觉）`. */
const CREDIT_SOURCE = /[（(][\u4e00-\u9fff]{2,8}[）)]$/u;

/**
 * Names as printed, with the typographic padding of two-character names undone: `姜 峰` is `姜峰`, `冯 涛 曹 阳`
 * is `冯涛`, `曹阳`. Returns null when a token is not name-shaped.
 */
const HAN1 = /^[\u4e00-\u9fff]$/u;

/** What a reporter does, after the role in running text (`…接受人民网记者采访时说`, `据…记者了解`): never a name. */
const REPORTING = /^(?:采访|专访|了解|获悉|介绍|表示|看到|发现|注意到|调查|走访|探访)/u;

function names(tokens: string[]): string[] | null {
  const out: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (REPORTING.test(t)) return null;
    const next = tokens[k + 1];
    if (HAN1.test(t) && next !== undefined && HAN1.test(next)) {
      out.push(t + next);
      k++;
    } else if (HAN1.test(t) && next !== undefined && /^[\u4e00-\u9fff]{2}$/u.test(next)) {
      // A surname set apart from a two-character given name (`刘 春华`): a lone character is no name.
      out.push(t + next);
      k++;
    } else if (LATIN_WORD.test(t) && next !== undefined && LATIN_WORD.test(next)) {
      // A foreign contributor's name, given name and surname (`Julian Hart`, `Chloé Martin`): one name.
      const third = tokens[k + 2];
      const three = third !== undefined && LATIN_WORD.test(third);
      out.push([t, next, ...(three ? [third] : [])].join(' '));
      k += three ? 2 : 1;
    } else if (NAME.test(t)) out.push(t);
    else return null;
  }
  return out;
}

const LATIN_WORD = /^[A-Z][a-zà-öø-ÿ'-]{1,15}$/u;

const FOR_PICTURE = /摄[（(]图[①-⑳\d]+[）)]/u;

/** Credits each followed by the picture it is for (`摄（图①）`): one photo credit naming all of them. */
function pictureCredits(line: string): ParsedByline | null {
  const parts = line.split(/(?<=摄[（(]图[①-⑳\d]+[）)])\s*/u).filter((p) => p !== '');
  // (A part still holding `摄（图…）` is no single credit, and would bring the parse back here.)
  return creditsSideBySide(parts, /[（(]图[①-⑳\d]+[）)]$/u, (credit) => !FOR_PICTURE.test(credit));
}

const LABELLED_CREDITS = /^图[①-⑳].*\s图[①-⑳]/u;

/** Credits each after its picture's label (`图①… 图②…`): one photo credit naming all of them, or null. */
function labelledCredits(line: string): ParsedByline | null {
  return creditsSideBySide(line.split(/\s+(?=图[①-⑳])/u), /^图[①-⑳]\s*/u, () => true);
}

/**
 * Credits side by side, each a photo credit (that `single` lets through) once its picture's `label` is taken off:
 * one naming them all, or null.
 */
function creditsSideBySide(
  parts: string[],
  label: RegExp,
  single: (credit: string) => boolean,
): ParsedByline | null {
  const authors: string[] = [];
  for (const part of parts) {
    const credit = part.replace(label, '');
    const by = single(credit) ? parseByline(credit) : null;
    if (by === null || !by.photo) return null;
    authors.push(...by.authors);
  }
  return { authors, photo: true, closing: false };
}

/**
 * Parses `□首席记者 陈晓苏`, `记者 A 通讯员 B`, `本报记者 姜 峰`, `本报评论员`, `记者 杨成栋 摄`, `杨成栋 摄`,
 * `新华社记者 杜 宇摄`, `王海滨摄（影像中国）`. Returns null for anything else, including body text that merely starts
 * with 记者 (`记者从市发改局获悉…` has no name-shaped tokens).
 */
export function parseByline(line: string): ParsedByline | null {
  // A picture agency alone in brackets (`（视觉中国）`) credits a picture as a photographer would: no one named.
  if (line.charCodeAt(0) === 0xff08 && PICTURE_AGENCY.test(line))
    return { authors: [], photo: true, closing: false };
  // Two credits on one line, each for its picture (`…记者 赵 迪摄（图①） 新华社记者 黄 河摄（图②）`).
  if (line.includes('摄（图') && FOR_PICTURE.test(line)) return pictureCredits(line);
  // Or each after the picture it is for (`图①楚天都市报记者 何 晓摄 图②通讯员 张俊供图`).
  if (line.charCodeAt(0) === 0x56fe && LABELLED_CREDITS.test(line)) return labelledCredits(line);
  // A byline marker before a bare name (`□ 周 鹏`) signs a commentary as its role word would.
  const marked = MARKED.exec(line);
  const markedNames = marked ? bareNames(marked[1]!) : null;
  if (markedNames) return { authors: markedNames, photo: false, closing: false };
  // So does `文/` (`文/韩 雪`): the writer named with no role.
  const writer = line.charCodeAt(0) === 0x6587 ? /^文\s*[/／]\s*(?![图摄])(.+)$/u.exec(line) : null; // 文
  const writers = writer ? bareNames(writer[1]!) : null;
  if (writers) return { authors: writers, photo: false, closing: false };
  // Every other byline holds a role or 摄; most lines are turned away before any of the patterns below.
  if (!BYLINE_WORDS.test(line)) return null;
  // `记者手记` opens a reporter's box: a role word before a word, not a name.
  if (isBoxLabel(line)) return null;
  // An interview's question the column broke (`记者：煤炭、焦化、冶金等传` / `统产业…`): its list is no names.
  if (line.startsWith('记者：') && line.includes('、')) return null;
  // A whole page's or group's credit (`本版图片均为本报记者 陶 然摄`) names its photographer as one credit does.
  // `文/晚报记者 许可 图/晚报记者 江涛`: who wrote and who photographed, both the story's authors.
  const unmarked = line.replace(MARKERS, '');
  // `图/本报记者 邵晖`: the photographer alone, a credit.
  const pictureBy = unmarked.charCodeAt(0) === 0x56fe ? /^图\s*[/／]\s*(?!文)/u.exec(unmarked) : null; // 图
  const roles =
    unmarked.charCodeAt(0) === 0x6587 && /^文\s*[/／]/u.test(unmarked) // 文
      ? unmarked.replace(TEXT_PHOTO_ROLES, ' ')
      : pictureBy
        ? unmarked.slice(pictureBy[0].length)
        : unmarked;
  // (Each pattern from here on runs only where the character it needs is: a byline is read on every line
  // holding a role's word, and most have no 图, 发 or closing bracket.)
  let s = (roles.includes('图') ? roles.replace(GROUP_CREDIT, '').replace(PICTURE_LABEL, '') : roles).trim();
  // `记者 朱 彤 文/摄`: the reporter wrote the story and took its pictures, a byline.
  if (s.endsWith('摄') || s.endsWith('图')) s = s.replace(/\s*文\s*[/／]\s*[摄图]$/u, '');
  // An agency's release credit (`新华社发（王 军摄）`) brackets its photographer: a credit, not a trailer.
  const released = s.includes('发') ? RELEASED.exec(s) : null;
  if (released) s = s.slice(released[0].length);
  const bracketed = released ? null : /^[（(](.*)[）)]$/u.exec(s);
  if (bracketed) s = bracketed[1]!.trim();
  else if (released) s = s.replace(/^[（(](.*)[）)]$/u, '$1').trim();
  if (s.length === 0 || s.length > 40 || hasClausePunct(s) || /[！？!?]/.test(s)) return null;
  // `摄影 龙 帆`, `特约摄影：龙 帆`: the photographer named by his role, a credit as `龙 帆摄` is.
  let photo = pictureBy !== null || /^(?:特约)?摄影(?:[:：]|\s)/u.test(s);
  // A chart's credit (`制图：张丹峰`) closes a graphic as a photographer's closes a photo.
  const chart = /^(?:制图|绘图)\s*[:：]\s*/u.exec(s);
  if (chart) {
    const authors = names(
      s
        .slice(chart[0].length)
        .split(/[\s、，,]+/u)
        .filter((t) => t !== ''),
    );
    return authors && authors.length > 0 ? { authors, photo: true, closing: bracketed !== null } : null;
  }
  const end = s.charCodeAt(s.length - 1);
  const source =
    (end === 0xff09 || end === 0x29) && /摄(?:影)?\s*[（(][\u4e00-\u9fff]{2,8}[）)]$/u.test(s)
      ? CREDIT_SOURCE.exec(s)
      : null;
  if (source) s = s.slice(0, source.index).trim();
  // 摄 for a photographer, 绘 for a cartoonist.
  const credit = CREDIT_LAST.has(s.charCodeAt(s.length - 1)) ? CREDIT_WORD.exec(s) : null;
  if (credit && credit.index > 0) {
    photo = true;
    s = s.slice(0, credit.index);
  }
  const hasRole = ROLE_AT_START.test(s) || namesBeforeRole(s);
  // Without a role word only the photo form `杨成栋 摄` (or `王海滨摄（影像中国）`) is a byline; a bare name line
  // could be anything.
  const bare = s.trim();
  if (
    !hasRole &&
    !(
      photo &&
      (pictureBy !== null ||
        (credit !== null && credit[0].length > 1) ||
        source ||
        released ||
        bare.replace(/\s/gu, '').length <= 3 ||
        // (Or photographers' names alone, parted by 、: `王 鑫、邓 凯摄`.)
        (bare.includes('、') && bare.split('、').every((p) => bareNames(p.trim()) !== null))) &&
      // (Two photographers share a credit: `杨 杰、杨 广摄（人民视觉）`.)
      names(bare.split(/[\s、]+/u)) !== null
    )
  )
    return null;
  // A writer's or photographer's role cut off by the column (`…李焕坤 图/羊` / `城晚报记者 梁 喻`) names no one yet.
  if (/(?:^|\s)[文图]\s*[/／](?!\s*[文图片])/u.test(s)) return null;
  // (Filed from places parted by 、, `深圳、迪拜报道`, `发自深圳、义乌`: the places are no names.)
  const tokens = (s.includes('、') ? s.replace(FILED_FROM_PLACES, ' 报道') : s)
    .replace(ROLE_ANY, ' ')
    .split(/[\s、，,/／]+/u)
    // `本报记者 易晴 上海报道`: where the reporter filed from is no name, and `报道` alone (`本报记者 吕 强 报道`)
    // is the filing, not a name; nor is `发自河北三河`, nor what a closing credit says the reporter did
    // (`（本报记者 李 梦 参与采写）`).
    .filter((t, k) => t !== '' && !(k > 0 && FILING.test(t)))
    // A role's paper cut off it by a wrapped line's space (`图/晚报` / `记者 江涛`) is no name either.
    .filter((t) => !OUTLET_ALONE.test(t));
  if (tokens.length > 8) return null;
  // An unsigned commentary (`本报评论员`) names nobody.
  if (tokens.length === 0)
    return /评论员$/u.test(bare) && !photo ? { authors: [], photo, closing: bracketed !== null } : null;
  const authors = names(tokens);
  if (authors === null) return null;
  return { authors, photo, closing: bracketed !== null };
}

const FILED_FROM_PLACES =
  /\s(?:[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+报道|发自[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6})+)$/u;

/** A byline's word for how or where the story was filed: `上海报道`, `报道`, `发自河北三河`, `参与采写`. */
const FILING = /^(?:[\u4e00-\u9fff]{0,4}报道|发自[\u4e00-\u9fff]{2,10}|(?:参与)?(?:采写|采访))$/u;

/**
 * Names with no role of their own before a reporter's (`王 斌 本报特约记者 张 毅`, as 解放军报 signs its stories): the
 * first names are a contributor's, and the line a byline as the role makes it.
 */
function namesBeforeRole(s: string): boolean {
  for (let i = s.indexOf(' '); i > 0; i = s.indexOf(' ', i + 1))
    if (ROLE_AT_START.test(s.slice(i + 1)) && bareNames(s.slice(0, i)) !== null) return true;
  return false;
}

/** Picture agencies that credit a picture in brackets with no photographer's name: `（视觉中国）`, `（人民视觉）`. */
const PICTURE_AGENCY = /^（(?:视觉中国|人民视觉|人民图片|东方IC|IC photo|图虫创意|CFP)(?:供图)?）$/u;

/** How a credit's last word ends (`摄`, `摄影`, `摄影报道`, `绘`, a chart's `制图`), and the characters that can end it. */
const CREDIT_WORD = /\s*[/／]?\s*(?:摄(?:影)?(?:报道)?|[制绘供]图|绘)$/u;
const CREDIT_LAST = new Set(Array.from('摄影道绘图', (c) => c.charCodeAt(0)));

// (Or after a space, unbracketed: `新华社发 钟 敏摄`.)
const RELEASED = new RegExp(`^(?:${AGENCY})发(?=\\s*[（(].*摄[）)]$|\\s+[^（(\\s].*摄$)`, 'u');

/** Who wrote and who photographed, before the role: `文/`, `图/`, `文/片 ` (text and pictures). */
const BY_WORK = String.raw`[文图]\s*[/／]\s*(?:片\s+)?`;

const TEXT_PHOTO_ROLES = new RegExp(
  `(?:^|\\s)${BY_WORK}(?=本报|晚报|记者|实习|见习|特约|首席|${AGENCY}|${OUTLET})`,
  'gu',
);

const GROUP_CREDIT = /^(?:本版|本组|本栏)?图片(?:均)?(?:为|由)/u;
/** The pictures of a set a credit is for: `图②③ 本报记者 张冠男 摄`, `上图 X摄`, `图①②由本报记者 X摄`, `图③新华社发（X摄）`. */
const PICTURE_LABEL =
  /^(?:图[①-⑳]+|[上下左右中]图)\s*(?:均?[由为])?\s*(?=\S.*摄(?:影)?(?:[（(][^）)]*[）)]|[）)])?$)/u;

const TRAILING_CREDIT = new RegExp(
  `[\\s。！？”]((?:[（(]\\s*)?(?:${ROLE})?\\s*[\\u4e00-\\u9fff]{1,4}(?:\\s+[\\u4e00-\\u9fff]{1,4})*\\s*摄(?:\\s*[）)]|[（(][\\u4e00-\\u9fff]{2,8}[）)])?)$`,
  'u',
);
/** An agency's release credit at the end of a caption (`…观赏花灯。新华社发（王 军摄）`). */
const TRAILING_RELEASE = new RegExp(`[。！？”]((?:${AGENCY})发\\s*[（(][^（）()]{1,12}摄[）)])$`, 'u');

/**
 * A photo credit printed at the end of the caption's last line (`…和收藏。记者 杨成栋 摄`): where it starts, or -1.
 */
export function trailingCreditAt(line: string): number {
  const m = TRAILING_RELEASE.exec(line) ?? TRAILING_CREDIT.exec(line);
  if (!m) return -1;
  const at = m.index + m[0].length - m[1]!.length;
  const credit = line.slice(at).trim();
  // A bare short name before 摄 passes for a credit on a line of its own (`李 想摄`), not at the end of a
  // sentence, where `…。”从事观鸟摄` is text: there a credit shows a role, a space or its agency.
  if (!/\s|[（(]|记者|通讯员/u.test(credit)) return -1;
  return parseByline(credit)?.photo ? at : -1;
}

/**
 * The label of an editor's box at a story's head: `编者的话`, `开栏的话`, `核心阅读`, `编者按`; or of a box inside it,
 * perhaps after a marker: `■链接`.
 */
export function isBoxLabel(text: string): boolean {
  return /^(?:[■●◆▲□]\s?)?[【[]?(?:编者的话|编者按|开栏的话|核心阅读|阅读提示|导读|相关链接|延伸阅读|链接|背景链接|知识链接|记者手记|采访手记|编辑手记|记者观察)[】\]]?[:：]?$/u.test(
    text,
  );
}

/** A brief's closing word on where it came from: `（据新华社电）`, `（据央视新闻报道）`. */
export const SOURCE_TRAILER = /^[（(]据[\u4e00-\u9fff]{2,12}(?:电|报道|消息)[）)]$/u;
const SOURCE_TAIL = /[。！？”][（(]据[\u4e00-\u9fff]{2,12}(?:电|报道|消息)[）)]$/u;

/** A paragraph that closes on where the story came from: `（据新华社电）` alone, or run on after its last sentence. */
export function closesOnSource(text: string): boolean {
  return SOURCE_TRAILER.test(text) || SOURCE_TAIL.test(text);
}

/** The author named before her post in a trailer: `（作者：秦 岭，系南京师范大学…教授）`. */
const NAMED_AUTHOR =
  /^[（(]作者[：:]\s*([\u4e00-\u9fff]{1,3}(?: [\u4e00-\u9fff]{1,3})?)[，,]\s*(?:系|为|是)[^）)]{1,40}[）)]$/u;

/**
 * A line that ends a story: `（作者为缅甸驻华大使）`, `（作者分别为…）`, `（作者：秦 岭，系…教授）`, `（本报记者 X）`,
 * `（完）`.
 */
export function isTrailer(text: string): boolean {
  return (
    /^[（(](?:作者(?:分别)?(?:为|系|是)|作者单位|完|本报记者|记者)[^）)]{0,40}[）)]$/u.test(text) ||
    NAMED_AUTHOR.test(text) ||
    SOURCE_TRAILER.test(text) ||
    // The reporters' names alone, set with spaces: `（王 佩 刘 晓）`, `（孙伟 黄晓雯）`.
    /^[（(][\u4e00-\u9fff]{1,3}(?: [\u4e00-\u9fff]{1,3}){1,5}[）)]$/u.test(text) ||
    /[（(]作者(?:分别)?(?:为|系|单位)[^）)]{1,40}[）)]$/u.test(text) ||
    // A pointer to the rest or more of the story elsewhere: `（相关报道见第二版）`, `（下转第三版）`.
    /^[（(](?:相关报道|相关新闻|详见|详细报道|下转|转第|接第|上接)[^）)]{0,20}[）)]$/u.test(text) ||
    // A series' note: `（本系列报道由中青报·中青网与中青校媒联合推出）`; a page's picture credit,
    // `（本版图片除署名外均由本报记者 王 涛 摄）`.
    /^[（(]本(?:系列|组|专题)[^）)]{0,36}[）)]$/u.test(text) ||
    /^[（(]本版(?:图片|照片)[^）)]{0,30}摄[）)]$/u.test(text) ||
    // Who goes by another name in it: `（应受访者要求，文中陈红为化名）`.
    /^[（(][^（）()]{0,24}化名[）)]$/u.test(text) ||
    signedByOutlet(text)
  );
}

/**
 * A reporter or photographer of a named paper in brackets on a line of its own: `（四川日报全媒体记者 钟华林）`,
 * `（湖北日报全媒体记者 魏 铼 摄）` (as `（本报记者 X 摄）` is).
 */
function signedByOutlet(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c !== 0xff08 && c !== 0x28) || !/[）)]$/u.test(text) || !text.includes('记者')) return false;
  const inner = text.slice(1, -1).trim();
  if (!ROLE_AT_START.test(inner)) return false;
  const by = parseByline(inner);
  return by !== null && by.authors.length > 0;
}

/**
 * A brief signed with one name in brackets after its last full stop (`…AI工具。（李桂杰）`), as 人民日报 and 中国青年报
 * sign theirs; not an aside of the same shape (`（有删节）`, `（待续）`).
 */
const SIGNED_BRIEF =
  /。[（(](?!有删节|摘编|节选|待续|未完|完|续|详见|下转|上接|组图|资料|图)[\u4e00-\u9fff]{2,4}[）)]$/u;

/** A bracket closing a line or paragraph: where a story's trailer signs it. */
const CLOSING_BRACKET = /[（(]([^（）()]{2,40})[）)]$/u;
const NAMES_ONLY = /^[\u4e00-\u9fff]{1,3}(?: [\u4e00-\u9fff]{1,3}){1,5}$/u;

/**
 * The names a story's trailer signs it with: `（本报记者 唐 宁）`, `（文/本报记者 庄雯）`, or the names alone on a line
 * of their own (`（韦 丹）`, `（王 佩 刘 晓）`); a reporter's bracket closing the last paragraph (`…开幕。（记者 王 凯）`)
 * too, but not names alone there, which may be any aside. `（作者为…）` names no one. Empty for anything else.
 */
export function trailerAuthors(text: string): string[] {
  // (Most paragraphs end otherwise: turned away before the pattern.)
  const end = text.charCodeAt(text.length - 1);
  if (end !== 0xff09 && end !== 0x29) return [];
  const m = CLOSING_BRACKET.exec(text);
  if (m === null) return [];
  const inner = m[1]!.trim();
  const alone = m.index === 0;
  // (Padded two-character names, `韦 丹`, are one name each: `names` pairs them.)
  if (alone && NAMES_ONLY.test(inner)) return names(inner.split(' ')) ?? [];
  // One name in brackets right after the last sentence signs a brief (`…AI工具。（李桂杰）`).
  if (SIGNED_BRIEF.test(text)) return [inner];
  // (Anchored at the bracket that opens the line: only a trailer alone on its line.)
  const named = NAMED_AUTHOR.exec(text);
  if (named) return [named[1]!.replace(' ', '')];
  if (!ROLE_AT_START.test(inner.replace(/^[文图]\s*[/／]\s*/u, ''))) return [];
  const by = parseByline(inner);
  return by !== null && !by.photo ? by.authors : [];
}

const CONTRIBUTED = /^[（(]([^（）()]{2,30}?)(?:参与采写|参与采访|对本文亦有贡献|亦有贡献)[）)]$/u;

/**
 * The reporters a closing line names as having helped (`（本报记者 陈 鹤参与采写）`, `（本报记者 宋云峰对本文亦有贡献）`):
 * authors of the story, though not its signature (the story above is still theirs and the byline's).
 */
export function contributorAuthors(text: string): string[] {
  const m = text.includes('贡献') || text.includes('参与') ? CONTRIBUTED.exec(text) : null;
  const by = m === null ? null : parseByline(m[1]!.trim());
  return by !== null && !by.photo ? by.authors : [];
}

/** The hundred or so commonest surnames: a bare name line (`林晓东`, `周 舟`) opens with one. */
const SURNAMES = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
  ),
);

/**
 * The names of a byline that is names and nothing else, as commentaries and articles are signed under their title
 * or at their foot: `林晓东`, `周 舟` (padded to three ems), `谭启明 柯雨桐`. Each name two to three characters led
 * by a common surname, at most three names, or one name transliterated (`阿依古丽·买买提`). Null for anything else.
 * (Not any name with a middle dot, `艾哈迈德·萨米尔` passes only as its characters do: alone on a line a dotted
 * phrase looks like a kicker, `深化医改·基层观察`.)
 */
export function bareNames(text: string): string[] | null {
  // (But a Uyghur or Kazakh name is one, `阿依古丽·买买提`: every character one a transliteration spells with.)
  if (text.includes('·') && TRANSLITERATED.test(text)) return [text];
  // (A name opens the text, so its surname is the text's first character: most lines are turned away on it.)
  if (text.length > 16 || !SURNAMES.has(text.charAt(0))) return null;
  const got = names(text.split(' '));
  if (got === null || got.length === 0 || got.length > 3) return null;
  const ok = got.every(
    (n) => n.length >= 2 && n.length <= 3 && SURNAMES.has(n[0]!) && /^[\u4e00-\u9fff]+$/u.test(n),
  );
  return ok ? got : null;
}

/** The characters Chinese spells Uyghur, Kazakh and other Turkic names with, set as given name·father's name. */
const TRANSLIT_CHARS =
  '阿艾爱安奥巴拜班贝比别波布达迪丁都杜多尔额恩法菲夫甫嘎盖甘格古哈海汉汗罕赫胡吉加佳江杰金卡开凯坎克肯库拉莱兰朗勒雷里力丽利连鲁罗玛买麦曼梅美蒙米密敏明莫木姆穆娜纳乃南尼妮努诺帕派佩皮普齐其恰热仁茹若萨塞赛桑色沙山尚舍什斯苏索塔泰坦特提图吐托瓦万维温乌吾西希夏谢辛休雅亚牙扬耶伊依尤玉约扎泽孜祖卓合逊肉则';
const TRANSLITERATED = new RegExp(`^[${TRANSLIT_CHARS}]{2,6}[·•][${TRANSLIT_CHARS}]{2,6}$`, 'u');

export function isBareName(text: string): boolean {
  return bareNames(text) !== null;
}

/**
 * A line that opens a caption or a note of its own: `图①：…`, `图片说明：…`, `数据来源：…`, `制图：…`. Never the middle
 * of a paragraph, never a headline.
 */
export const CAPTION_START =
  /^(?:图[①-⑳\d一二三四五六七八九十]{0,3}[：:]|图片说明[：:]|(?:数据|资料)?来源[：:]|制图[：:]|注[：:]|资料(?:图片|照片)$)/u;

/** Words a sentence opens on, a comma after them (`近日，`, `这几天，`): no line of a headline goes on into them. */
export const OPENERS =
  /^(?:据悉|目前|此外|同时|其中|对此|为此|由此|近日|近来|日前|近期|今年|去年|如今|眼下|当前|随后|然而|但是|不过|因此|此前|此次|届时|首先|其次|最后|另外|他说|她说|会上|现在|过去|后来|当时|可见|显然|总之|昨天|今天|明天|当天|次日|岁末|年初|年底|年末|月初|月底|是的|周末|昨日|今日|明日|连日|近年|上午|下午|中午|晚上|早上|清晨|凌晨|傍晚|入夜|入冬|节前|节后|会后|赛后|此后|最终|同样|这几天|这两天|这些天)[，、；：]/u;

/** A series' name over its stories' headlines: a name, a middle dot, its part (`乡村振兴·蹲点笔记`). */
export const SERIES = /^[\u4e00-\u9fff\d“”]{4,20}[·•][\u4e00-\u9fff“”]{2,10}$/u;

/** The label an editorial or a paper's own commentary is printed under, over its title. */
export const OPINION_LABEL = /^(?:社论|社评|本报社论|评论员文章|本报评论员文章|编辑部文章)$/u;

/** A chart's source note: `数据来源：…`, `资料来源：…`, `来源：…`. */
export const SOURCE_NOTE = /^(?:数据|资料)?来源[：:]/u;
/** A note under a picture or chart: its source, or `注：…`, bracketed or not (`（数据来源：…）`). */
export const NOTE_UNDER = /^[（(]?(?:(?:数据|资料)?来源|注)[：:]/u;

/** How a photo credit ends: `摄`, `摄）`, `摄（影像中国）`. */
export const CREDIT_END = /摄(?:[）)]|[（(][\u4e00-\u9fff]{2,8}[）)])?$/u;
const BY_WORK_AT_START = new RegExp(`^${BY_WORK}`, 'u');

/** A line opening with a reporter's role (after any byline marker), whether or not its names are all there. */
export function opensByline(line: string): boolean {
  // (Every role holds one of these words: most lines are turned away before the pattern.)
  // (A writer's and a photographer's byline opens on its 文/ or 文/片: `文/广州日报全媒体记者 黄…`.)
  if (!BYLINE_WORDS.test(line)) return false;
  // (Or on its picture's label: `图①楚天都市报记者 何 晓…`.)
  const bare = line.replace(MARKERS, '').replace(/^图[①-⑳]\s*/u, '');
  return ROLE_AT_START.test(bare) || ROLE_AT_START.test(bare.replace(BY_WORK_AT_START, ''));
}

// (The roles include a 浙江日报 affiliate's, `…（记者 王 璐` / `共享联盟·柯城站 方 舟）`.)
const TRAILER_END = new RegExp(
  String.raw`(?:记者|通讯员|实习生|${AFFILIATE})\s*[/／]?\s*[\u4e00-\u9fff·]{1,4}(?:\s[\u4e00-\u9fff]{1,4}){0,3}[）)]$|^[\u4e00-\u9fff]{1,3}(?: [\u4e00-\u9fff]{1,3}){0,2}[）)]$`,
);

/**
 * A line that closes a story with its trailer, whole or the last part of a wrapped one: `（作者为…）`,
 * `…效率。（本报` / `见习记者 唐 宁）`, or just `唐 宁）` (`者 唐 宁）` when the wrap fell inside 记者).
 */
export function closesWithTrailer(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return (
    (last === 0xff09 || last === 0x29) &&
    // (`（记者手记）` closing a headline names its column: no reporter is called 手记.)
    !/[（(](?:记者|采访|编辑)手记[）)]$/u.test(text) &&
    (TRAILER_END.test(text) || isTrailer(text) || SIGNED_BRIEF.test(text))
  );
}

/**
 * Bylines and credits the column broke over two lines (or three): where the break fell, and the line they make
 * joined again. Part of the news vocabulary (vocabulary.ts), which reads the joined line.
 */
import { hasClausePunct } from './char-class.js';
import { isPlaceLine } from './places.js';
import {
  bareNames,
  isBoxLabel,
  opensByline,
  opensWithMarker,
  opensWithRole,
  parseByline,
  type ParsedByline,
} from './vocabulary.js';

/**
 * The tail of a credit broken inside the photographer's name (`…通讯员 刘小` / `东 摄`), or inside an agency's
 * release credit (`…花灯。新华社` / `发（王 军摄）`).
 */
const CREDIT_TAIL =
  /^(?:(?:(?:者|员)?\s*[\u4e00-\u9fff]{1,3}(?:\s[\u4e00-\u9fff]{1,3})?\s*)?摄(?:[（(][\u4e00-\u9fff]{2,8}[）)])?|[\u4e00-\u9fff]{0,3}发[（(][^（）()]{1,12}摄[）)])$/u;
/**
 * The end of a credit the column broke inside its name or role: `彪摄（人民视觉）`, `大伟摄`, `者 李 霞摄`,
 * `发（王 军摄）`, or right before its 摄 (`…通讯员 张 芊` / `摄`).
 */
export function isCreditTail(line: string): boolean {
  return line.includes('摄') && CREDIT_TAIL.test(line);
}

/**
 * A credit broken inside its agency's bracket (`新华社记者 沈 峤摄（无人`) or its picture's (`…摄（图`, `…摄（图②`): no
 * byline yet, the next line ends it.
 */
export function opensWrappedCredit(line: string): boolean {
  return line.includes('摄') && /摄[（(][\u4e00-\u9fff①-⑳]{0,7}$/u.test(line);
}

const ENDS_WITH_ROLE = /(?:记者|通讯员|实习生)$/u;
/** One name alone on a line: `叶雨婷`, `黄 嘉`, `买合木提·艾山`. */
const ONE_NAME =
  /^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff] [\u4e00-\u9fff]|[\u4e00-\u9fff]{1,6}[·•][\u4e00-\u9fff]{1,6})$/u;
// `吉克阿依`, `黄 嘉` (a two-character name set with a space), `王 佩 刘 晓`, `热依拉·艾买提` (a name transliterated).
const NAMES_LINE =
  /^(?:(?=.*[\u4e00-\u9fff].*[\u4e00-\u9fff])[\u4e00-\u9fff]{1,4}(?: [\u4e00-\u9fff]{1,4}){0,3}|[\u4e00-\u9fff]{1,6}[·•][\u4e00-\u9fff]{1,6})$/u;

/** `text` as one byline, a photo credit or not as `photo` says, with its text; or null. */
function asByline(text: string, photo: boolean): { text: string; byline: ParsedByline } | null {
  const byline = parseByline(text);
  return byline !== null && byline.photo === photo ? { text, byline } : null;
}

/**
 * A byline broken inside a role word (`本报记者 李 娜 本报通` / `讯员 张 涛`, `…记者 樊未晨 见` / `习记者 蒋 欣`,
 * `…实习` / `生 王佳怡`, `文/片 齐鲁晚报·齐鲁壹点记` / `者 于 悦 …`): neither line reads as a byline alone.
 */
export function brokenInsideRole(line: string, next: string): boolean {
  return (
    /^(?:讯员|通讯员|记者|者|员|生|习生|习记者)\s/u.test(next) && /(?:本报|通讯?|见习?|实习?|记)$/u.test(line)
  );
}

/**
 * A byline or credit too long for the column, wrapped onto the next line: after a role (`本报记者 彭 琳 通讯员` /
 * `吉克阿依`), inside a name (`记者 宋晓晨 通讯员 刘小` / `东 摄`), inside a role or inside its agency's bracket. Returns the two lines as one byline, or null.
 */
export function joinWrappedByline(line: string, next: string): { text: string; byline: ParsedByline } | null {
  if (brokenInsideRole(line, next)) {
    const byline = parseByline(line + next);
    if (byline) return { text: line + next, byline };
  }
  // Or a photo credit naming two photographers broken between them (`中青报·中青网记者 赵 迪` / `见习记者 郭 智摄`):
  // a reporter's line set right over a credit, with no caption between, is the credit's first half.
  if (
    line.length >= 10 &&
    next.endsWith('摄') &&
    parseByline(next)?.photo &&
    parseByline(line)?.photo === false
  ) {
    const joined = asByline(`${line.trimEnd()} ${next}`, true);
    if (joined) return joined;
  }
  // Or credits after their pictures' labels, broken before a 摄 (`图①楚天都市报记者 何 晓` / `摄 图②通讯员 张俊供图`)
  // or between them (`图①…何 晓摄` / `图②通讯员 张俊供图`).
  // (Or inside a name, `图①…见习记者 赵` / `迪摄 图②新华社发（杨 华摄）`, or after the role.)
  if (
    /^图[①-⑳]/u.test(line) &&
    (next.startsWith('摄') || /^(?:图[①-⑳]|(?:[\u4e00-\u9fff]{1,3}\s)?[\u4e00-\u9fff]{1,3}\s*摄)/u.test(next))
  ) {
    const joined = asByline(
      next.startsWith('摄') ? line.trimEnd() + next : `${line.trimEnd()} ${next}`,
      true,
    );
    if (joined) return joined;
  }
  // Or before the bracket naming its picture (`…赵 迪摄` / `（图①） 新华社记者 黄 河摄（图②）`).
  if (line.endsWith('摄') && /^[（(]图[①-⑳\d]+[）)]/u.test(next)) return asByline(line + next, true);
  // Or inside the picture agency's bracket (`新华社记者 沈 峤摄（无人` / `机照片）`), or the picture's (`…摄（` / `图②）`,
  // `…摄（图` / `①） 通讯员 刘 晨摄（图②）`, `…摄（图①` / `） 通讯员 …`, `…摄（图②` / `）`).
  if (
    CREDIT_TAIL.test(next) ||
    (opensWrappedCredit(line) &&
      (/^[\u4e00-\u9fff①-⑳]{0,8}[）)]$/u.test(next) || /^(?:图?[①-⑳\d])?[）)]\s/u.test(next)))
  )
    return asByline(line + next, true);
  // Or inside the paper's name before a second role (`光明日报记者 邓 晖 光明日` / `报通讯员 孙 琳`): the line's
  // last word, read as a name, is no name of the line joined.
  if (/^[\u4e00-\u9fff]{1,4}(?:记者|通讯员|实习生|特约撰稿)\s/u.test(next) && opensByline(line)) {
    const whole = parseByline(line);
    const joined = whole !== null && !whole.photo ? asByline(line.trimEnd() + next, false) : null;
    const fragment = whole?.authors[whole.authors.length - 1];
    if (
      joined &&
      joined.byline.authors.length >= whole!.authors.length &&
      !joined.byline.authors.includes(fragment!)
    )
      return joined;
  }
  // Or before where it was filed (`□记者 马 辉 通讯员 丁 锐` / `报道`, `…记者 边佳莉` / `北京报道`), perhaps after a
  // last name (`…记者 倪晓晴` / `骆一鸣 深圳报道`), or inside the word (`…深圳、迪拜报` / `道`).
  const insideWord = next.trim() === '道' && line.endsWith('报');
  if (
    (insideWord || /^(?:[\u4e00-\u9fff]{2,4}\s+)?[\u4e00-\u9fff]{0,4}报道$/u.test(next.trim())) &&
    opensByline(line)
  ) {
    const joined = asByline(insideWord ? `${line}道` : `${line.trimEnd()} ${next.trim()}`, false);
    if (joined) return joined;
  }
  // Or inside the names (`南方日报记者 罗 琼 陈` / `晖 通讯员 梁志坚`): a role opens a line that is no byline alone.
  // (Broken inside a name of three, `…王 川 马` / `文宇 通讯员 刘晓宁`, the two parts join with no space.)
  // (Inside a paper's name after 图/, `…图/羊` / `城晚报记者 梁 喻`, too.)
  // (A photo credit too: `新甘肃·甘肃日报记者 牛` / `军 通讯员 张兴龙 摄`.)
  if (opensByline(line) && next.length <= 16 && !hasClausePunct(next) && parseByline(line) === null) {
    const joins = [`${line.trimEnd()} ${next}`, line.trimEnd() + next];
    if (/[/／][\u4e00-\u9fff]{1,6}$/u.test(line)) joins.reverse();
    const photo = /摄(?:[（(][\u4e00-\u9fff]{2,8}[）)])?$/u.test(next);
    for (const text of joins) {
      const joined = asByline(text, photo);
      if (joined) return joined;
    }
  }
  // Or inside a name of three after two of its characters (`…紫牛新闻记者 杨甜` / `子 通讯员 宁 轩`): the line reads
  // as a byline alone, and the next opens on the name's last character.
  // (The rest goes on with another role, `通讯员 …`, more names, `钟晓璐`, where it was filed, `发自深圳`, or nothing:
  // `说 这是好事` is the story's text.)
  const rest = next.slice(1).trim();
  if (
    /^[\u4e00-\u9fff](?: |$)/u.test(next) &&
    (rest === '' || opensWithRole(rest) || bareNames(rest) !== null || rest.startsWith('发自')) &&
    /[\u4e00-\u9fff]{2}$/u.test(line) &&
    opensByline(line)
  ) {
    const text = line + next;
    const whole = parseByline(line);
    const byline = whole !== null && !whole.photo ? parseByline(text) : null;
    if (byline && !byline.photo && byline.authors[whole!.authors.length - 1]?.length === 3)
      return { text, byline };
  }
  // A 浙江日报 affiliate's name after the staff reporters', broken before it or inside it (`本报记者 沈 洋 吴 越 共享` /
  // `联盟·松阳站 叶晓红`).
  if (/^(?:共享)?联盟[·•]/u.test(next) && opensByline(line)) {
    const joined = asByline(line.endsWith('共享') ? line + next : `${line.trimEnd()} ${next}`, false);
    if (joined) return joined;
  }
  // Or before a middle dot, which never opens a line of its own (`…共享联盟` / `·庆元站 吴丽芳`, `…艾哈迈德` / `·萨米尔`).
  if (next.startsWith('·') && opensByline(line)) {
    const joined = asByline(line.trimEnd() + next, false);
    if (joined) return joined;
  }
  // Or inside a transliterated name, after its middle dot (`□本报见习记者 古丽米拉·艾` / `尔肯 记者 王 兴`): the two
  // parts of the name join with no space.
  if (
    /[·•][\u4e00-\u9fff]{0,5}$/u.test(line) &&
    /^[\u4e00-\u9fff]{1,5}(?:\s|$)/u.test(next) &&
    opensByline(line)
  ) {
    const joined = asByline(line.trimEnd() + next, false);
    if (joined) return joined;
  }
  // Or inside or before where the reporters filed from (`新京报记者 王 俊 彭 冲 发` / `自河北三河`, `…发自` / `上海`).
  if (
    ((/^(?:发自|自)[\u4e00-\u9fff、]{2,12}$/u.test(next) &&
      (line.endsWith('发') || next.startsWith('发自'))) ||
      (line.endsWith('发自') && /^[\u4e00-\u9fff]{2,10}$/u.test(next))) &&
    opensByline(line)
  ) {
    const joined = asByline(/发自?$/u.test(line) ? line + next : `${line.trimEnd()} ${next}`, false);
    if (joined) return joined;
  }
  // Or inside a foreign name, between its words (`南方周末特约撰稿 Julian` / `Hart 发自伦敦`).
  if (/[A-Za-z]$/u.test(line) && /^[A-Z][a-z]/u.test(next) && opensByline(line)) {
    const joined = asByline(`${line.trimEnd()} ${next}`, false);
    if (joined) return joined;
  }
  // Or before its closing 文/摄 (`现代快报/现代+记者 朱 彤` / `文/摄`).
  if (/^文\s*[/／]\s*[摄图]$/u.test(next)) {
    const joined = asByline(`${line.trimEnd()} ${next}`, false);
    if (joined) return joined;
  }
  // Or the writer on one line and the photographer on the next (`文/羊城晚报记者 李焕坤` / `图/羊城晚报记者 梁 喻`).
  if (/^文\s*[/／]/u.test(line) && /^图\s*[/／]/u.test(next)) {
    const joined = asByline(`${line.trimEnd()} ${next}`, false);
    if (joined) return joined;
  }
  // Or before its last name, alone on the next line (`中青报·中青网记者 王聪聪` / `叶雨婷`), which is no package's
  // place line (`本报记者 沈 婧` / `陕西洛川`) nor an editor's box (`核心阅读`) and follows a line long enough for the
  // column to have broken.
  if (ONE_NAME.test(next) && line.length >= 10 && !isPlaceLine(next) && !isBoxLabel(next)) {
    const whole = parseByline(line);
    if (whole !== null && !whole.photo && whole.authors.length > 0 && !whole.closing) {
      const text = `${line.trimEnd()} ${next}`;
      const byline = parseByline(text);
      if (byline && byline.authors.length === whole.authors.length + 1) return { text, byline };
    }
  }
  // Or between names, more of them and another role on the next line (`湖南日报全媒体记者 张佳伟` /
  // `刘 音 通讯员 龙 佳`): a line that opens no byline of its own (no role or marker first), naming more people
  // joined.
  if (
    next.length <= 16 &&
    !hasClausePunct(next) &&
    opensByline(line) &&
    !opensByline(next) &&
    !opensWithMarker(next)
  ) {
    const whole = parseByline(line);
    const joined =
      whole !== null && !whole.photo && !whole.closing ? asByline(`${line.trimEnd()} ${next}`, false) : null;
    if (
      joined &&
      joined.byline.authors.length > whole!.authors.length + 1 &&
      /(?:记者|通讯员|实习生|共享联盟)/u.test(next)
    )
      return joined;
  }
  if (!ENDS_WITH_ROLE.test(line) || !NAMES_LINE.test(next)) return null;
  const text = `${line} ${next}`;
  const byline = parseByline(text);
  return byline ? { text, byline } : null;
}

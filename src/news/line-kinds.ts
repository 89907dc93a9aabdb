/** Recognisers for the lines of a page that are not running text: furniture, banners, bylines, credits, datelines. */
import { hasClausePunct } from './char-class.js';

/** A byline (or photo credit) taken apart: the names, in printed order. */
export interface ParsedByline {
  authors: string[];
  /** True for `记者 杨成栋 摄`: the credit that closes a photo item. */
  photo: boolean;
  /** Printed in brackets, `（记者 X）`: a credit closing a story rather than a byline opening one. */
  closing: boolean;
}

const MARKERS = /^[□■◇◆○●☆★▲△▼▽◎◼◻▪▫\s]+/u;
const ROLE =
  '(?:本报)?(?:首席|特约|见习|实习|驻[\\u4e00-\\u9fff]{1,4}|摄影|融媒体)?(?:记者|通讯员)|实习生|文\\s*[/／]\\s*图|图\\s*[/／]\\s*文|摄影|撰稿|文字|图片';
const ROLE_AT_START = new RegExp(`^(?:${ROLE})`, 'u');
const ROLE_ANY = new RegExp(`(?:${ROLE})[:：]?`, 'gu');
const NAME =
  /^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}[·•][\u4e00-\u9fff]{1,8}|[A-Z][A-Za-z.'-]{1,20})$/u;

/**
 * Parses `□首席记者 陈晓苏`, `记者 A 通讯员 B`, `本报记者 X`, `记者 杨成栋 摄`, `杨成栋 摄`. Returns null for anything
 * else, including body text that merely starts with 记者 (`记者从市发改局获悉…` has no name-shaped tokens).
 */
export function parseByline(line: string): ParsedByline | null {
  let s = line.replace(MARKERS, '').trim();
  const bracketed = /^[（(](.*)[）)]$/u.exec(s);
  if (bracketed) s = bracketed[1]!.trim();
  if (s.length === 0 || s.length > 40 || hasClausePunct(s) || /[！？!?]/.test(s)) return null;
  let photo = false;
  const credit = /\s*[/／]?\s*摄(?:影)?$/u.exec(s);
  if (credit && credit.index > 0) {
    photo = true;
    s = s.slice(0, credit.index);
  }
  const hasRole = ROLE_AT_START.test(s);
  // Without a role word only the photo form `杨成栋 摄` is a byline; a bare name line could be anything.
  if (!hasRole && !(photo && credit![0].length > 1 && NAME.test(s.trim()))) return null;
  const tokens = s
    .replace(ROLE_ANY, ' ')
    .split(/[\s、，,/／]+/u)
    .filter((t) => t !== '');
  if (tokens.length === 0 || tokens.length > 8) return null;
  if (!tokens.every((t) => NAME.test(t))) return null;
  return { authors: tokens, photo, closing: bracketed !== null };
}

const TRAILING_CREDIT =
  /[\s。！？”]((?:[（(]\s*)?(?:本报)?(?:首席|特约|见习|摄影)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s*摄(?:\s*[）)])?)$/u;

/**
 * A photo credit printed at the end of the caption's last line (`…和收藏。记者 杨成栋 摄`): where it starts, or -1.
 */
export function trailingCreditAt(line: string): number {
  const m = TRAILING_CREDIT.exec(line);
  return m ? m.index + m[0].length - m[1]!.length : -1;
}

/** Decorations in front of a section banner (`■■`). □ is left out: it marks bylines. */
const BANNER_MARKERS = /^[■◆▲★●◼▪◤◣▶►]+\s*/u;

/**
 * Undoes OCR reading a banner twice, segment by segment: `实施实施““三服务三服务””` → `实施“三服务”`. Returns null
 * unless the whole string splits into doubled segments.
 */
export function undouble(s: string): string | null {
  // Cheap necessary condition first: some prefix is repeated right after itself.
  let lead = false;
  for (let k = 1; 2 * k <= s.length && !lead; k++) if (s.startsWith(s.slice(0, k), k)) lead = true;
  if (!lead) return null;
  const cs = Array.from(s);
  const n = cs.length;
  if (n < 2 || n % 2 !== 0) return null;
  const memo = new Map<number, number[] | null>();
  // ok(p): segment lengths that double-cover cs[p..]; shortest segments first keeps the search small.
  const ok = (p: number): number[] | null => {
    if (p === n) return [];
    const cached = memo.get(p);
    if (cached !== undefined) return cached;
    let found: number[] | null = null;
    for (let k = 1; p + 2 * k <= n && found === null; k++) {
      let same = true;
      for (let j = 0; j < k; j++) {
        if (cs[p + j] !== cs[p + k + j]) {
          same = false;
          break;
        }
      }
      if (!same) continue;
      const rest = ok(p + 2 * k);
      if (rest) found = [k, ...rest];
    }
    memo.set(p, found);
    return found;
  };
  const segments = ok(0);
  if (!segments) return null;
  let out = '';
  let p = 0;
  for (const k of segments) {
    out += cs.slice(p, p + k).join('');
    p += 2 * k;
  }
  return out;
}

/**
 * A section banner: a line led by `■`-style markers, or a line OCR read twice. Returns the banner text
 * (de-doubled, markers dropped) or null.
 */
export function parseBanner(line: string): string | null {
  const s = line.trim();
  const marked = BANNER_MARKERS.exec(s);
  const body = marked ? s.slice(marked[0].length).trim() : s;
  if (body.length === 0 || hasClausePunct(body)) return null;
  const single = undoubleSpaced(body);
  if (marked) {
    if (body.length > 40) return null;
    return single ?? body;
  }
  // Unmarked: only a clean doubling of a phrase of some length is taken for a banner.
  if (single !== null && Array.from(single).length >= 4 && /[\u4e00-\u9fff]{2}/u.test(single)) return single;
  return null;
}

/**
 * `undouble` for a banner whose phrases are separated by a space (`不忘初心不忘初心 牢记使命牢记使命`): the space was
 * printed, so it is kept (`不忘初心 牢记使命`) when each phrase, or the whole line, is doubled; otherwise spaces are
 * dropped and the line undoubled as one string.
 */
function undoubleSpaced(body: string): string | null {
  if (!/\s/u.test(body)) return undouble(body);
  const parts = body.split(/\s+/u);
  const singles = parts.map(undouble);
  if (singles.every((x) => x !== null)) return singles.join(' ');
  return undouble(parts.join(' ')) ?? undouble(parts.join(''));
}

const DATE_YMD = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const DATE_ISO = /(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/u;
const EDITOR =
  /(?:责任编辑|责编|本版编辑|编辑|版式设计|版式|版面设计|美术编辑|美编|校对|责任校对|组版|排版|照排|制图)\s*[：:]/u;
const WEEKDAY = /(?:星期|礼拜|周)[一二三四五六日天]/u;
const PAGE_NO = /^(?:第\s*)?[A-Za-z]?\s*\d{1,3}\s*版/u;
const PAPER_NAME = /^[\u4e00-\u9fff]{2,8}(?:日报|晚报|时报|商报|都市报)$/u;
/** Page names printed in the header next to the page number. */
const PAGE_NAME =
  /^(?:[A-Z]?\d{1,2}\s*)?(?:要闻|综合|时政|社会|经济|民生|文体|体育|副刊|专版|专题|广告|国内|国际|评论|理论|视点|城事|镇街|教育|健康|法治|人文|财经|文化|新闻|本地新闻)(?:\s*[A-Z]?\d{1,2})?$/u;
/**
 * Compound page names (`综合新闻`, `时政要闻`, `乡镇新闻`, `文化周刊`): a short word and the kind of page. Headlines
 * at the page's edge do not end in these words, so this is only checked on edge lines.
 */
const PAGE_NAME_COMPOUND =
  /^(?:[A-Z]?\d{1,2}\s*)?[\u4e00-\u9fff]{1,4}(?:新闻|要闻|专刊|周刊|副刊|专版)(?:\s*[A-Z]?\d{1,2})?$/u;

/**
 * Header and footer lines: the date line, 版次, 责任编辑, 版式设计, the paper's name, lone page numbers, rules
 * made of symbols. `edge` says the line is among the first or last few of the page, where bare page numbers and
 * the paper's name are furniture rather than text.
 */
export function isFurniture(line: string, edge: boolean): boolean {
  const s = line.trim();
  if (s === '') return false;
  if (/[，。；！？]/u.test(s)) return false;
  // A line of nothing but symbols (a rule, a lone ■) carries no text.
  if (!/[\p{L}\p{N}]/u.test(s)) return true;
  if (EDITOR.test(s)) return true;
  const hasDate = DATE_YMD.test(s) || DATE_ISO.test(s);
  if (hasDate && (WEEKDAY.test(s) || /版|农历|日报|晚报/u.test(s))) return true;
  if (hasDate && /^[\d\s年月日\-./星期周一二三四五六日天]+$/u.test(s)) return true;
  if (PAGE_NO.test(s) && s.length <= 24) return true;
  if (/^版次\s*[：:]/u.test(s)) return true;
  if (
    edge &&
    s.length <= 12 &&
    (/^[A-Za-z]?\d{1,3}$/u.test(s) ||
      PAPER_NAME.test(s) ||
      PAGE_NAME.test(s) ||
      PAGE_NAME_COMPOUND.test(s) ||
      /^[A-Z]?\d{1,2}\s+[\u4e00-\u9fff]{2,6}$/u.test(s))
  )
    return true;
  return false;
}

/** The date a header line or file name states, as `YYYY-MM-DD`, if it is a real calendar date. */
export function findDate(s: string): string | null {
  const m = DATE_YMD.exec(s) ?? DATE_ISO.exec(s);
  if (m) return validDate(m[1]!, m[2]!, m[3]!);
  return null;
}

/** The page date from a file name: `2019-08-07`, `2019_08_07`, `2019.08.07` or `20190807`. */
export function dateFromFileName(source: string): string | null {
  const base = source.split(/[/\\]/u).pop() ?? source;
  const sep = /(?<!\d)(\d{4})[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)/u.exec(base);
  if (sep) {
    const d = validDate(sep[1]!, sep[2]!, sep[3]!);
    if (d) return d;
  }
  for (const m of base.matchAll(/(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/gu)) {
    const d = validDate(m[1]!, m[2]!, m[3]!);
    if (d) return d;
  }
  return null;
}

function validDate(y: string, m: string, d: string): string | null {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** How a news dateline opens: `本报讯`, `本报消息`, `本报北京7月29日电`, `新华社杭州7月29日电`. */
const DATELINE_START =
  /^(?:本报讯|本报消息|本报[\u4e00-\u9fff\d]{1,10}电|(?:新华社|中新社|中新网|人民网|新华网)[\u4e00-\u9fff\d]{0,12}电|央视网消息)/u;

const DATELINE_HEAD = new RegExp(
  `${DATELINE_START.source}(?:\\s*[（(][^）)]{0,40}[）)])?(?:\\s*\\d{1,2}月\\d{1,2}日[早上中下晚午夜间]*)?`,
  'u',
);

/** The opening words and a bracketed byline, if any: what a dateline is at least. */
const DATELINE_OPENING = new RegExp(`${DATELINE_START.source}(?:\\s*[（(][^）)]{0,40}[）)])?`, 'u');
const QUOTE = /[“”「」『』‘’"]/u;

export function startsDateline(text: string): boolean {
  // Every dateline opens with one of these characters; most lines are turned away without the regex.
  const c = text.charCodeAt(0);
  if (c !== 0x672c && c !== 0x65b0 && c !== 0x4e2d && c !== 0x4eba && c !== 0x592e) return false;
  return DATELINE_START.test(text);
}

/** A dateline at the start of a first paragraph, with the byline printed inside it, if any. */
export interface Dateline {
  dateline: string;
  /** `记者 X 通讯员 Y` from `本报讯（记者 X 通讯员 Y）`, exactly as printed inside the brackets. */
  byline: string | null;
  authors: string[];
}

/** Finds `本报讯 7月29日晚` (up to the first comma) at the start of a paragraph. */
export function parseDateline(paragraph: string): Dateline | null {
  const start = DATELINE_START.exec(paragraph);
  if (!start) return null;
  const comma = paragraph.search(/[，。]/u);
  let dateline = comma > 0 && comma <= 40 ? paragraph.slice(0, comma) : start[0];
  if (comma <= 0 || comma > 40) {
    // No comma in reach: keep the opening words, a bracketed byline and a following date, if any.
    const m = DATELINE_HEAD.exec(paragraph);
    dateline = m ? m[0] : start[0];
  }
  // A quotation right after the opening words (`本报讯 “垃圾分一分，环境美十分。”8月4日，…`) is the story's first
  // sentence, not a date: the dateline stops before it.
  const head = DATELINE_OPENING.exec(dateline);
  if (head && QUOTE.test(dateline.slice(head[0].length))) dateline = head[0];
  let byline: string | null = null;
  let authors: string[] = [];
  const bracket = /[（(]([^）)]{1,40})[）)]/u.exec(dateline);
  if (bracket) {
    const parsed = parseByline(bracket[1]!);
    if (parsed) {
      byline = bracket[1]!.trim();
      authors = parsed.authors;
    }
  }
  return { dateline: dateline.trim(), byline, authors };
}

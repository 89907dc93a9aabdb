/**
 * Datelines: how a story's first paragraph opens (`本报北京7月29日电（记者 刘阳）`, `新华社…电`, `【环球时报综合报道】`),
 * and the reporters it names. Part of the news vocabulary (vocabulary.ts), whose bylines it reads.
 */
import { AGENCIES } from './agencies.js';
import { bareNames, parseByline } from './vocabulary.js';

const AGENCY = `(?:${AGENCIES.join('|')})`;

/**
 * A dateline in square brackets (see `DATELINE_START`), its parts grouped: the opening words (none where only
 * reporters are named) and the reporters. (`DATELINE_START` and the patterns built on it read only the whole match.)
 */
const BRACKETED = String.raw`【(?:([^【】\s]{2,30}?(?:报道|电|文章))(?:\s([^【】]{2,24}))?|([^【】]{0,30}记者\s?[^【】]{1,24}))】`;
const BRACKETED_PARTS = new RegExp(`^${BRACKETED}`, 'u');
/**
 * How a dateline opens: `本报讯`, `本报消息`, `本报北京7月29日电`, `本报合肥4月17日讯`, `新华社杭州7月29日电`, `据新华社东京1月3日电`,
 * `人民网北京1月14日电`, `央视网消息`, an app's `据央视新闻客户端消息` or an app and its paper's `石榴云/新疆日报讯`,
 * `据日本媒体报道，`, a foreign agency's `据埃菲社马德里2月3日报道`, a paper's app's `证券时报e公司讯`; and as 环球时报 and
 * 参考消息 print it, in square brackets: `【环球时报综合报道】`, `【环球时报-环球网报道 记者 刘 欣】`, only its reporters
 * (`【环球时报驻德国特约记者 青 木 …】`), `【美国《外交》杂志网站3月1日文章】`.
 */
const DATELINE_START = new RegExp(
  `^(?:${BRACKETED}|据?(?:本报讯|本报电|本报消息|本报综合(?:消息|报道)|晚报讯|本报[\\u4e00-\\u9fff\\d]{1,10}(?:电|(?<!通)讯)|${AGENCY}(?:[\\u4e00-\\u9fff\\da-z·]{0,12}(?:电|(?<!通)讯)|消息|\\d{1,2}月\\d{1,2}日报道)|[\\u4e00-\\u9fff]{2,6}客户端(?:消息|讯)|[\\u4e00-\\u9fff]{2,6}[/／][\\u4e00-\\u9fff]{2,6}(?:日报|晚报|报)讯)|据[\\u4e00-\\u9fff]{1,4}社[\\u4e00-\\u9fff]{2,8}\\d{1,2}月\\d{1,2}日(?:电|报道)|据[\\u4e00-\\u9fff《》]{2,14}?报道(?=[，, ]))`,
  'u',
);

const DATELINE_HEAD = new RegExp(
  `${DATELINE_START.source}(?:\\s*[（(][^）)]{0,40}[）)])?(?:\\s*\\d{1,2}月\\d{1,2}日[早上中下晚午夜间]*)?`,
  'u',
);

/**
 * The date and time a dateline may go on with before its first comma (`7月29日晚`, `昨天上午`, `近日`, `9时许`):
 * anything else there (`本报北京1月14日电（记者 刘阳）在习近平…`) is the story's first sentence.
 */
export const DATELINE_TIME =
  /(?:[\u4e00-\u9fff]{1,4}以来|(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日|[昨今前明]天|[昨今前明]日|近日|日前|近期|连日来|目前|本周[一二三四五六日]?|上周[一二三四五六日]?)(?:上午|下午|中午|晚上|晚间|晚|早上|早晨|凌晨|傍晚|夜间|夜)?(?:\d{1,2}[时点](?:\d{1,2}分)?(?:许|左右)?)?(?:起|以来)?/u;
const TIME_ONLY = new RegExp(`^\\s*(?:${DATELINE_TIME.source})?\\s*$`, 'u');

/** A reporter's line right after a dateline's opening words, unbracketed: ` 记者 韩 雪 报道`. */
const REPORTED_BY =
  /^\s*((?:本报)?(?:首席|见习)?(?:记者|通讯员)\s*[^。：“”（）]{2,30}?)\s*报道(?=[\s：:]|$)/u;

/** A name as a dateline's unbracketed reporters are printed (`梁炜培`, `邹 韵`), never a time word (`今天从…`). */
const NAME_AFTER = String.raw`(?!近日|日前|今天|昨天)(?:[\u4e00-\u9fff]{2,3}?|[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,2})`;

/**
 * A reporter named after a dateline's opening words with neither bracket nor 报道, the story going on after the
 * name: `南都讯 记者梁炜培 5月6日，…`, `南都讯 记者 邹 韵 为迎接…`, `本报北京3月11日电 记者蒲晓磊今天从…`.
 */
const NAMED_AFTER = new RegExp(
  // (More names may follow, with roles of their own or none: `南都讯 记者程永明 黄慧 通讯员 李涛 7月…`.)
  String.raw`^\s+((?:本报)?(?:首席|见习)?记者\s?${NAME_AFTER}(?:\s(?:(?:见习)?(?:记者|通讯员|实习生)\s?)?(?!记者|通讯员|实习生)${NAME_AFTER})*)(?=\s|今天|昨天|近日|日前|从)`,
  'u',
);

/**
 * A story with no dateline may open on its reporter and what he learned (`记者曹铮4月19日从河北省…获悉`): the name.
 * (`记者从…`, `记者近日从…` name nobody.)
 */
const LEDE_REPORTER =
  /^记者(?!近日|日前|今天|昨天)([\u4e00-\u9fff]{2,3}?)(?=\d{1,2}月|\d{1,2}日|近日|日前|今天|昨天|从)/u;

export function reporterInLede(paragraph: string): string[] {
  const m = paragraph.charCodeAt(0) === 0x8bb0 ? LEDE_REPORTER.exec(paragraph) : null; // 记
  return m ? [m[1]!] : [];
}

/** The opening words and a bracketed byline, if any: what a dateline is at least. */
const DATELINE_OPENING = new RegExp(`${DATELINE_START.source}(?:\\s*[（(][^）)]{0,40}[）)])?`, 'u');

/**
 * The first two characters of every opening but `据…`: `本报`, `晚报`, each agency's (`新华`, `人民` …), as the
 * second characters each first one may go on with. Most lines are turned away on them without the pattern.
 */
const DATELINE_PAIRS = new Map<number, Set<number>>();
for (const a of ['本报', '晚报', ...AGENCIES]) {
  const seconds = DATELINE_PAIRS.get(a.charCodeAt(0)) ?? new Set<number>();
  DATELINE_PAIRS.set(a.charCodeAt(0), seconds.add(a.charCodeAt(1)));
}
const JU = '据'.charCodeAt(0);
const SQUARE_BRACKET = '【'.charCodeAt(0);
const APP_AND_PAPER = /^[\u4e00-\u9fff]{2,6}[/／]/u;

/** A first two characters a dateline can open with (`DATELINE_START` fails on any others). */
function mayOpenDateline(text: string): boolean {
  const c = text.charCodeAt(0);
  // (Or an app before its paper, `石榴云/新疆日报讯`: a slash within the first seven characters.)
  return (
    c === JU ||
    c === SQUARE_BRACKET ||
    DATELINE_PAIRS.get(c)?.has(text.charCodeAt(1)) === true ||
    APP_AND_PAPER.test(text)
  );
}

export function startsDateline(text: string): boolean {
  return mayOpenDateline(text) && DATELINE_START.test(text);
}

/** `startsDateline(a + b)`, building the joined text only when its first two characters may open a dateline. */
export function startsDatelineJoined(a: string, b: string): boolean {
  return mayOpenDateline(a.length >= 2 ? a : a + b) && DATELINE_START.test(a + b);
}

/** A dateline at the start of a first paragraph, with the byline printed inside it, if any. */
export interface Dateline {
  /** Null for a bracket naming only the reporters (`【环球时报驻德国特约记者 青 木】`). */
  dateline: string | null;
  /** `记者 X 通讯员 Y` from `本报讯（记者 X 通讯员 Y）`, exactly as printed inside the brackets. */
  byline: string | null;
  authors: string[];
}

/** Finds `本报讯 7月29日晚` (up to the first comma) at the start of a paragraph. */
export function parseDateline(paragraph: string): Dateline | null {
  const start = mayOpenDateline(paragraph) ? DATELINE_START.exec(paragraph) : null;
  if (!start) return null;
  if (paragraph.charCodeAt(0) === SQUARE_BRACKET) {
    const [, opening, reporters, only] = BRACKETED_PARTS.exec(paragraph)!;
    const byline = reporters ?? only ?? null;
    const by = byline !== null ? parseByline(byline) : null;
    return { dateline: opening ?? null, byline: by ? byline : null, authors: by?.authors ?? [] };
  }
  const comma = paragraph.search(/[，。]/u);
  let dateline = comma > 0 && comma <= 40 ? paragraph.slice(0, comma) : start[0];
  if (comma <= 0 || comma > 40) {
    // No comma in reach: keep the opening words, a bracketed byline and a following date, if any.
    const m = DATELINE_HEAD.exec(paragraph);
    dateline = m ? m[0] : start[0];
  }
  // A quotation right after the opening words (`本报讯 “垃圾分一分，环境美十分。”8月4日，…`) is the story's first
  // sentence, not a date: the dateline stops before it.
  // So is anything else than a date and time (`本报讯 记者从市发改局获悉`, `…讯（记者 X）下班晚了…怎么办？从本周起`).
  const head = DATELINE_OPENING.exec(dateline);
  if (head && !TIME_ONLY.test(dateline.slice(head[0].length))) dateline = head[0];
  let byline: string | null = null;
  let authors: string[] = [];
  // `本报菏泽3月3日讯 记者 韩 雪 报道 中午…`: the reporter named after the opening words, with no bracket.
  const reported = dateline === start[0] ? REPORTED_BY.exec(paragraph.slice(start[0].length)) : null;
  // (A comma may part the names there: `记者孙唯，通讯员吴伟雄报道：`.)
  const reporter = reported ? parseByline(reported[1]!.replace(/，/gu, '、')) : null;
  if (reported && reporter && !reporter.photo) {
    return {
      dateline: (start[0] + reported[0]).trim(),
      byline: reported[1]!.trim(),
      authors: reporter.authors,
    };
  }
  const named = dateline === start[0] ? NAMED_AFTER.exec(paragraph.slice(start[0].length)) : null;
  const namedBy = named ? parseByline(named[1]!) : null;
  if (named && namedBy && !namedBy.photo)
    return { dateline: start[0].trim(), byline: named[1]!, authors: namedBy.authors };
  const bracket = /[（(]([^）)]{1,40})[）)]/u.exec(dateline);
  if (bracket) {
    // (A name may come before its role there: `（张立东 记者 钟华林）`, a correspondent and then the paper's reporter.)
    const inner = bracket[1]!;
    const lead = /^([\u4e00-\u9fff]{2,3}) ((?:记者|通讯员).+)$/u.exec(inner);
    const first = lead ? bareNames(lead[1]!) : null;
    const rest = first ? parseByline(lead![2]!) : null;
    // (Or the reporter's name alone, right after the opening words: `中新网济南12月1日电（李洋）`, perhaps past a
    // space: `人民网上海5月17日电 （唐小丽）`.)
    const alone =
      dateline.slice(0, bracket.index).trim() === start[0].trim() ? bareNames(inner.trim()) : null;
    const parsed =
      parseByline(inner) ??
      (rest ? { ...rest, authors: [...first!, ...rest.authors] } : null) ??
      (alone ? { authors: alone } : null);
    if (parsed) {
      byline = bracket[1]!.trim();
      authors = parsed.authors;
    }
  }
  return { dateline: dateline.trim(), byline, authors };
}

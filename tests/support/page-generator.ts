/**
 * Synthetic OCR pages of a Chinese local paper, laid out the way OCR returns them: lines broken at the column
 * width, paragraph indents lost, headlines printed after the body or before the byline, section banners read
 * twice, photo items, header lines. Each page comes with what a parser should recover from it.
 *
 * Deterministic: the same seed and options give the same page. Used by the parser's tests and by benchmarks.
 */
import iconv from 'iconv-lite';
import type { Article } from '../../src/news/types.js';

/** One item the page lays out, as a parser should return it (ids aside). */
export type ExpectedArticle = Omit<Article, 'id'>;

export interface ExpectedPage {
  date: string | null;
  sections: string[];
  articles: ExpectedArticle[];
}

export interface PageOptions {
  /** Column width in ems (print model) or characters (chars model), 14-18. */
  width?: number;
  /** `print`: punctuation and Latin at half width, as in print; `chars`: every character one unit. */
  widthModel?: 'print' | 'chars';
  /** Headlines before the byline (true) or after the body, as on the seed page (false). */
  headlineFirst?: boolean;
  /** Blank lines between OCR lines: after every line (as on the seed page), never, or at random. */
  blankLines?: 'all' | 'none' | 'mixed';
  lineEnding?: '\n' | '\r\n' | '\r';
  /** Number of stories. */
  articles?: number;
  /** Number of photo items. */
  photos?: number;
  /** A header line with the page date and editors. */
  header?: boolean;
  /** A section banner, read twice by OCR. */
  banner?: boolean;
  /** Put the page date in the file name instead (or as well). */
  dateInFileName?: boolean;
  /** Share of stories printed without a byline line (their byline, if any, sits in the dateline). */
  noBylineRate?: number;
}

export interface GeneratedPage {
  /** A file name for the page; holds the date when `dateInFileName`. */
  source: string;
  text: string;
  expected: ExpectedPage;
  options: Required<PageOptions>;
}

/** mulberry32: small, fast and good enough for layouts (and for the search bench's queries). */
export function rng(seed: number): () => number {
  let a = seed >>> 0 || 0x9e3779b9;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢';
const GIVEN = '晓志建国华明丽伟芳军洋勇艳杰娟涛超秀霞平刚桂英文斌辉红玉海燕静敏婷宇浩然子轩梓涵欣怡';
const PLACES = [
  '舟山镇',
  '石柱镇',
  '古山镇',
  '西城街道',
  '东城街道',
  '芝英镇',
  '花街镇',
  '象珠镇',
  '龙山镇',
  '唐先镇',
];
const VILLAGES = ['溪塘村', '上丁村', '凌宅村', '洪茂村', '前村村', '后吴村', '塘里村', '下宅村', '新楼村'];
const ORGS = [
  '市发改局',
  '市财政局',
  '市商务局',
  '市交通运输局',
  '市农业农村局',
  '市文广旅体局',
  '市市场监管局',
  '市卫健局',
  '市教育局',
  '市住建局',
];
const LEADERS = ['朱志杰', '金政', '吴婉珍', '徐锴', '林飞雄', '胡积合', '朱世道'];
const TOPICS = [
  '“三服务”活动',
  '美丽乡村建设',
  '垃圾分类工作',
  '小城镇环境综合整治',
  '营商环境优化',
  '乡村振兴',
  '全域旅游',
  '数字化改革',
  '“最多跑一次”改革',
  '五金产业升级',
  '生态休闲产业',
  '社会治理',
];
const VERBS = ['推进', '落实', '开展', '深化', '谋划', '部署', '统筹', '推动', '加快', '强化'];
const ADVERBIALS = [
  '近日',
  '今年以来',
  '据介绍',
  '截至目前',
  '下一步',
  '同时',
  '此外',
  '当前',
  '会上',
  '活动中',
];
const OBJECTS = [
  '基础设施建设',
  '重点项目',
  '民生实事',
  '企业发展难题',
  '群众切身利益',
  '基层改革发展',
  '特色资源',
  '文化礼堂',
  '产业平台',
  '人才引育',
];
const LATIN = ['5G', 'App', 'GDP', 'PM2.5', 'iPhone 11', 'VR', 'AI', 'LED', '3D', 'CEO'];
const LONG_LATIN = ['Zhejiang', 'Yongkang', 'Hardware', 'International'];
const TITLE_PHRASES = [
  '立足生态优势',
  '打造休闲小镇',
  '打开四个通道',
  '力促提质升级',
  '擦亮金字招牌',
  '跑出发展加速度',
  '激活乡村新动能',
  '守护一方碧水',
  '点亮幸福生活',
  '做强五金产业',
  '提升群众获得感',
  '绘就共富新图景',
];
const PHOTO_TITLES = ['晒席草', '摘柿子', '荷花开', '稻香', '赶秋集', '护河道', '晨练', '收割忙', '采茶'];
const BANNERS = [
  '实施“三服务”提升获得感',
  '聚焦乡村振兴',
  '奋力打造五金之都',
  '走在前列勇当标兵',
  '推进营商环境优化',
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function int(r: () => number, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

function personName(r: () => number): string {
  const n = r() < 0.6 ? 2 : 1;
  let s = pick(r, Array.from(SURNAMES));
  for (let i = 0; i < n; i++) s += pick(r, Array.from(GIVEN));
  return s;
}

/** One clause of running text; never starts with a Latin word, so a pushed-down word never follows `。`. */
function clause(r: () => number): string {
  const t = r();
  if (t < 0.15) return `${pick(r, ORGS)}${pick(r, VERBS)}${pick(r, TOPICS)}`;
  if (t < 0.3) return `${pick(r, LEADERS)}一行实地走访了${pick(r, VILLAGES)}、${pick(r, VILLAGES)}`;
  if (t < 0.42) return `全年累计完成投资${int(r, 2, 99)}.${int(r, 1, 9)}亿元`;
  if (t < 0.52) return `共有${int(r, 12, 980)}余名群众参加`;
  if (t < 0.6) return `利用${pick(r, LATIN)}技术${pick(r, VERBS)}${pick(r, OBJECTS)}`;
  if (t < 0.64) return `与${pick(r, LONG_LATIN)}团队合作${pick(r, VERBS)}${pick(r, OBJECTS)}`;
  if (t < 0.72) return `要在${pick(r, OBJECTS)}上打好“${pick(r, ['特色牌', '融合牌', '联动牌'])}”`;
  if (t < 0.8) return `${pick(r, PLACES)}${pick(r, VERBS)}${pick(r, TOPICS)}、${pick(r, OBJECTS)}等工作`;
  if (t < 0.9) return `进一步${pick(r, VERBS)}${pick(r, OBJECTS)}和${pick(r, TOPICS)}`;
  return `着力解决${pick(r, OBJECTS)}中的突出问题`;
}

function sentence(r: () => number): string {
  const parts = [clause(r)];
  const n = int(r, 1, 3);
  for (let i = 0; i < n; i++) parts.push(clause(r));
  const lead = r() < 0.35 ? `${pick(r, ADVERBIALS)}，` : '';
  return lead + parts.join('，') + (r() < 0.08 ? '！' : '。');
}

function paragraph(r: () => number, minChars: number): string {
  let p = sentence(r);
  while (Array.from(p).length < minChars || r() < 0.4) p += sentence(r);
  return p;
}

function isLatinChar(c: string): boolean {
  return /[A-Za-z0-9.]/.test(c);
}

const CLOSING = new Set(['，', '。', '、', '；', '：', '”', '’', '）', '！', '？', '》']);

function unitWidth(s: string, model: 'print' | 'chars'): number {
  if (model === 'chars') return Array.from(s).length;
  let w = 0;
  for (const ch of s) w += /[\u4e00-\u9fff]/u.test(ch) ? 1 : 0.5;
  return w;
}

/**
 * Breaks a paragraph into column lines. The first line is two units short (the indent OCR drops); closing
 * punctuation hangs at a line's end rather than starting a line; short Latin words and numbers move whole to
 * the next line; the long words in LONG_LATIN may break mid-word at the column edge.
 */
export function layoutParagraph(text: string, width: number, model: 'print' | 'chars'): string[] {
  const units: string[] = [];
  const chars = Array.from(text);
  for (let i = 0; i < chars.length;) {
    if (isLatinChar(chars[i]!)) {
      let j = i;
      // `iPhone 11` is one unit: a space inside a Latin run never falls at a line break.
      while (
        j < chars.length &&
        (isLatinChar(chars[j]!) || (chars[j] === ' ' && isLatinChar(chars[j + 1] ?? '')))
      )
        j++;
      const word = chars.slice(i, j).join('');
      if (LONG_LATIN.includes(word)) units.push(...Array.from(word));
      else units.push(word);
      i = j;
    } else units.push(chars[i++]!);
  }
  const lines: string[] = [];
  let line = '';
  let w = 0;
  let cap = width - 2;
  for (const u of units) {
    const uw = unitWidth(u, model);
    if (w + uw > cap && line !== '' && CLOSING.has(u) && lines.length === 0) {
      // 避头尾 on the first line: rather than hang the punctuation, carry the last character down with it.
      const cs = Array.from(line);
      const carried = cs.pop()!;
      lines.push(cs.join(''));
      line = carried;
      w = unitWidth(carried, model);
      cap = width;
    } else if (w + uw > cap && line !== '' && !CLOSING.has(u)) {
      // A space at the break stays at the end of the line (OCR keeps it there), never at the start of the next.
      if (u === ' ') {
        line += ' ';
        continue;
      }
      lines.push(line);
      line = '';
      w = 0;
      cap = width;
    }
    line += u;
    w += uw;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function headlineText(
  r: () => number,
  width: number,
): { title: string; kicker: string | null; subtitle: string | null } {
  const a = pick(r, TITLE_PHRASES);
  let b = pick(r, TITLE_PHRASES);
  while (b === a) b = pick(r, TITLE_PHRASES);
  // Headline phrases are separated by a space, or run together into one line wider than the column.
  const title =
    r() < 0.6 ? `${a} ${b}` : `${a}${b}${Array.from(a + b).length < width + 2 ? '再上新台阶' : ''}`;
  const kicker = r() < 0.6 ? `${pick(r, LEADERS)}赴${pick(r, PLACES)}开展${pick(r, TOPICS)}` : null;
  const subtitle = r() < 0.3 ? `——${pick(r, PLACES)}${pick(r, VERBS)}${pick(r, TOPICS)}工作侧记` : null;
  return { title, kicker, subtitle };
}

/** Banner text read twice, segment by segment: `实施实施““三服务三服务””…`. */
function doubled(r: () => number, s: string): string {
  const cs = Array.from(s);
  let out = '';
  for (let i = 0; i < cs.length;) {
    const k = Math.min(cs.length - i, int(r, 1, 5));
    const seg = cs.slice(i, i + k).join('');
    out += seg + seg;
    i += k;
  }
  return out;
}

const WEEKDAYS = '日一二三四五六';

/** Lays out one page. */
export function generatePage(seed: number, options: PageOptions = {}): GeneratedPage {
  const r = rng(seed * 2654435761 + 12345);
  const o: Required<PageOptions> = {
    width: options.width ?? int(r, 14, 18),
    widthModel: options.widthModel ?? (r() < 0.8 ? 'print' : 'chars'),
    headlineFirst: options.headlineFirst ?? r() < 0.5,
    blankLines: options.blankLines ?? pick(r, ['all', 'none', 'mixed'] as const),
    lineEnding: options.lineEnding ?? pick(r, ['\n', '\r\n', '\r'] as const),
    articles: options.articles ?? int(r, 1, 4),
    photos: options.photos ?? int(r, 0, 2),
    header: options.header ?? r() < 0.5,
    banner: options.banner ?? r() < 0.5,
    dateInFileName: options.dateInFileName ?? r() < 0.3,
    noBylineRate: options.noBylineRate ?? 0.2,
  };
  const W = o.width;
  const year = int(r, 2015, 2024);
  const month = int(r, 1, 12);
  const day = int(r, 1, 28);
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;

  const out: string[] = [];
  const expected: ExpectedPage = {
    date: o.header || o.dateInFileName ? iso : null,
    sections: [],
    articles: [],
  };
  if (o.header) {
    const editors = `责任编辑：${personName(r)} 版式设计：${personName(r)}`;
    const dateLine = `${year}年${month}月${day}日 星期${weekday}`;
    if (r() < 0.5) out.push(`${dateLine} ${editors}`);
    else out.push(dateLine, editors);
  }

  // Stories and photos in a shuffled order; the banner goes in front of one of them.
  const items: Array<'article' | 'photo'> = [];
  for (let i = 0; i < o.articles; i++) items.push('article');
  for (let i = 0; i < o.photos; i++) items.splice(int(r, 0, items.length), 0, 'photo');
  const bannerAt = o.banner ? int(r, 0, Math.max(0, items.length - 1)) : -1;
  const bannerText = pick(r, BANNERS);
  let section: string | null = null;

  items.forEach((kind, index) => {
    if (index === bannerAt) {
      out.push(`■■${doubled(r, bannerText)}`);
      section = bannerText;
      expected.sections.push(bannerText);
    }
    if (kind === 'photo') {
      const title = pick(r, PHOTO_TITLES);
      const caption = `${int(r, 1, 28)}日，${pick(r, PLACES)}${pick(r, VILLAGES)}一名村民正在${pick(r, ['铺晒席草', '采摘方山柿', '清理河道', '收割稻谷'])}。${sentence(r)}`;
      const photographer = personName(r);
      const credit = `${pick(r, ['记者', '本报记者', '通讯员'])} ${photographer} 摄`;
      out.push(`${r() < 0.5 ? ' ' : ''}${title}`);
      out.push(...layoutParagraph(caption, W - int(r, 0, 2), o.widthModel));
      out.push(credit);
      expected.articles.push({
        kind: 'photo',
        title,
        kicker: null,
        subtitle: null,
        authors: [photographer],
        byline: credit,
        dateline: null,
        paragraphs: [caption],
        section,
      });
      return;
    }
    const head = headlineText(r, W);
    const reporters = [personName(r)];
    if (r() < 0.25) reporters.push(personName(r));
    const correspondents = r() < 0.4 ? [personName(r)] : [];
    const role = pick(r, ['记者', '首席记者', '本报记者']);
    const credits = `${role} ${reporters.join(' ')}${correspondents.length > 0 ? ` 通讯员 ${correspondents.join(' ')}` : ''}`;
    const noBylineLine = r() < o.noBylineRate;
    const embedded = noBylineLine && r() < 0.6;
    const when = `${int(r, 1, 12)}月${int(r, 1, 28)}日${pick(r, ['', '', '晚', '上午'])}`;
    // A story with neither byline nor dateline is found by its headline alone; after-body headlines then run
    // straight into its first line, which even a careful reader cannot always split. Such stories get a dateline.
    const useDateline = embedded || r() < 0.8 || (noBylineLine && !o.headlineFirst);
    const dateline = embedded
      ? `本报讯（${credits.replace(/^本报记者|^首席记者/u, '记者')}）${when}`
      : useDateline
        ? `本报讯 ${when}`
        : null;
    const paragraphs: string[] = [];
    const n = int(r, 2, 6);
    for (let p = 0; p < n; p++) paragraphs.push(paragraph(r, W * 2 + 4));
    if (dateline) paragraphs[0] = `${dateline}，${paragraphs[0]}`;
    // Without byline and dateline a story is found by its headline alone; give it a phrase-spaced title.
    if (noBylineLine && !dateline && !head.title.includes(' '))
      head.title = `${pick(r, TITLE_PHRASES)} ${head.title}`;
    const bylineLine = noBylineLine ? null : `${r() < 0.5 ? '□' : ''}${credits}`;

    const headLines = [head.kicker, head.title, head.subtitle].filter((l): l is string => l !== null);
    if (o.headlineFirst) out.push(...headLines);
    if (bylineLine) out.push(`${r() < 0.3 ? ' ' : ''}${bylineLine}`);
    for (const p of paragraphs) out.push(...layoutParagraph(p, W, o.widthModel));
    if (!o.headlineFirst) out.push(...headLines);

    const embeddedCredits = dateline?.match(/（(.*)）/u)?.[1] ?? null;
    expected.articles.push({
      kind: 'article',
      ...head,
      authors: bylineLine !== null || embedded ? [...reporters, ...correspondents] : [],
      byline: bylineLine ?? embeddedCredits,
      dateline,
      paragraphs,
      section,
    });
  });
  if (o.header && r() < 0.5) out.push(`第${int(r, 1, 16)}版`);

  let text = '';
  for (const line of out) {
    text += line + o.lineEnding;
    if (o.blankLines === 'all' || (o.blankLines === 'mixed' && r() < 0.5)) text += o.lineEnding;
  }
  const source = o.dateInFileName ? `${iso}-p${seed}.txt` : `page-${seed}.txt`;
  return { source, text, expected, options: o };
}

/** Pages until their UTF-8 size reaches `bytes` (or `pages` pages), from consecutive seeds. */
export function generateCorpus(
  limit: { bytes?: number; pages?: number },
  seed = 1,
  options: PageOptions = {},
): GeneratedPage[] {
  const pages: GeneratedPage[] = [];
  let size = 0;
  for (let s = seed; ; s++) {
    if (limit.pages !== undefined && pages.length >= limit.pages) break;
    if (limit.bytes !== undefined && size >= limit.bytes) break;
    if (limit.pages === undefined && limit.bytes === undefined) break;
    const page = generatePage(s, options);
    pages.push(page);
    size += Buffer.byteLength(page.text, 'utf8');
  }
  return pages;
}

/** The page's text as bytes in a given encoding, with a BOM where that encoding is recognised by one. */
export function encodePage(
  text: string,
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gbk' | 'gb18030',
): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new Uint8Array(Buffer.from(text, 'utf8'));
    case 'utf-8-bom':
      return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    case 'utf-16le':
      return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    case 'utf-16be': {
      const le = Buffer.from(text, 'utf16le');
      for (let i = 0; i + 1 < le.length; i += 2) {
        const t = le[i]!;
        le[i] = le[i + 1]!;
        le[i + 1] = t;
      }
      return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), le]));
    }
    case 'gbk':
    case 'gb18030':
      return new Uint8Array(iconv.encode(text, encoding));
  }
}

/** Recognisers for a page's furniture, section banners and dates. Bylines, credits and datelines: vocabulary.ts. */
import { calendarDate } from '../calendar-date.js';
import { hasClausePunct } from './char-class.js';
import { isBoxLabel } from './vocabulary.js';

/**
 * Decorations in front of a section banner (`■■`). □ is left out: it marks bylines; ▲ and ● too: they open
 * bullets and captions (`▲图为…`, `●历时一年半改造`) far more often than banners.
 */
const BANNER_MARKERS = /^[■◆★◼▪◤◣▶►]+\s*/u;
const BANNER_MARKER_CHARS = new Set(Array.from('■◆★◼▪◤◣▶►', (c) => c.charCodeAt(0)));

/**
 * Undoes OCR reading a banner twice, segment by segment: `实施实施““三服务三服务””` → `实施“三服务”`. Returns null
 * unless the whole string splits into doubled segments.
 */
export function undouble(s: string): string | null {
  // Cheap necessary condition first: some prefix is repeated right after itself.
  // (The repeat starts where the first character comes again: only those places are tried.)
  let lead = false;
  const c0 = s.charAt(0);
  for (let k = s.indexOf(c0, 1); k > 0 && 2 * k <= s.length && !lead; k = s.indexOf(c0, k + 1))
    if (s.startsWith(s.slice(0, k), k)) lead = true;
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
  // An unmarked line is a banner only when it undoubles, and a doubled line's first character comes again: most
  // lines are turned away on that (a plain search) before any pattern runs.
  if (!BANNER_MARKER_CHARS.has(s.charCodeAt(0)) && s.indexOf(s.charAt(0), 1) < 0) return null;
  const marked = BANNER_MARKERS.exec(s);
  const body = marked ? s.slice(marked[0].length).trim() : s;
  if (body.length === 0 || hasClausePunct(body)) return null;
  const single = undoubleSpaced(body);
  if (marked) {
    // (A box's label inside a story, `■链接`, `■记者手记`, is marked as a section's name is.)
    if (body.length > 40 || isBoxLabel(body)) return null;
    if (single !== null) return single;
    // A bullet of a number box (`▲4000万吨：近年来…`, `▲服务零售额同比增长5.6%`) is marked as a banner is, but a
    // section's name holds no figure or colon.
    if (/[\d%％：:]/u.test(body)) return null;
    return body;
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
  // (A basic CJK ideograph or an ASCII letter or digit first, as on almost every line, is a letter or number: the
  // Unicode-property pattern, slow to run, is left for the rest.)
  if (!opensWithLetter(s) && !/[\p{L}\p{N}]/u.test(s)) return true;
  // Away from the page's edges furniture shows a date, a page number or an editor's colon (most lines, headlines,
  // are turned away here).
  if (!edge && !/[\d：:]/.test(s)) return false;
  // A chart's credit alone on its line (`制图：张丹峰`, `制图：孟 然`) closes the graphic above it; in a footer it shares the line
  // with the editors.
  // (Each pattern below runs only on lines holding the character it cannot match without: the colon of an
  // editor's line, the 年 or separator of a date, the 版 of a page number. Most lines with a figure have none.)
  if (
    (s.includes('：') || s.includes(':')) &&
    EDITOR.test(s) &&
    !/^(?:制图|绘图)\s*[：:]\s*[\u4e00-\u9fff·](?:\s?[\u4e00-\u9fff·]){1,7}$/u.test(s)
  )
    return true;
  const hasDate = (s.includes('年') && DATE_YMD.test(s)) || DATE_ISO.test(s);
  if (hasDate && (WEEKDAY.test(s) || /版|农历|日报|晚报/u.test(s))) return true;
  if (hasDate && /^[\d\s年月日\-./星期周一二三四五六日天]+$/u.test(s)) return true;
  if (s.includes('版') && ((PAGE_NO.test(s) && s.length <= 24) || /^版次\s*[：:]/u.test(s))) return true;
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

/**
 * Opens with a basic CJK ideograph or an ASCII letter or digit. (Not char-class's wider `isHan`/`isLatinOrDigit`:
 * their ranges hold unassigned code points and `×` `÷`, which `\p{L}\p{N}` does not match.)
 */
function opensWithLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a)
  );
}

/** The date a header line or file name states, as `YYYY-MM-DD`, if it is a real calendar date. */
export function findDate(s: string): string | null {
  const m = DATE_YMD.exec(s) ?? DATE_ISO.exec(s);
  if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** The page date from a file name: `2019-08-07`, `2019_08_07`, `2019.08.07` or `20190807`. */
export function dateFromFileName(source: string): string | null {
  const base = source.split(/[/\\]/u).pop() ?? source;
  const sep = /(?<!\d)(\d{4})[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)/u.exec(base);
  if (sep) {
    const d = calendarDate(Number(sep[1]), Number(sep[2]), Number(sep[3]));
    if (d) return d;
  }
  for (const m of base.matchAll(/(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/gu)) {
    const d = calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) return d;
  }
  return null;
}

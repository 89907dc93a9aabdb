/** Which headline lines open a package's sub-stories: place lines (`陕西西安`, `浦东新区`, `襄阳`), not headlines. */
import { endsSentence } from './char-class.js';
import type { Element } from './structure-types.js';
import { isDistrictLine, isPlaceLine, isPlaceName } from './vocabulary.js';

/**
 * A place line's name, out of the brackets some papers set it in (`【城口】`), its province and city undotted
 * (`河北·邢台`).
 */
function placeText(e: Element): string {
  const text = (e as { text: string }).text;
  if (/^[\u4e00-\u9fff]{2,4}[·•][\u4e00-\u9fff]{2,4}$/u.test(text)) return text.replace(/[·•]/u, '');
  return /^【[^】]+】$/u.test(text) ? text.slice(1, -1) : text;
}

/** A place name alone on a line, as short as a package's sub-story opens with (`襄阳`, `燕郊`, `神农架`). */
const BARE_PLACE = /^[\u4e00-\u9fff]{2,3}$/u;
/** Short words a kicker or a column's name is made of, never a place's: `关注`, `聚焦`, `新闻眼`. */
const KICKER_WORD =
  /关注|聚焦|观察|视点|视线|特写|直击|现场|链接|快评|短评|声音|提醒|热点|调查|新闻|时评|手记|话题|故事|一线|回音/u;

/**
 * A package whose place lines are bare names (`襄阳`, `宜昌`, `孝感`, each over its sub-title and reporter's line):
 * the names' positions. A short line over a title and a byline is as often a story's kicker (`生态保护`), so one
 * alone is not enough: three or more of them in a row, with nothing set as a headline between them, are a
 * package's, two at least as short as a bare name (`汉口北`, `武昌户部巷`, `白沙洲`: a city paper's places). A
 * sub-title too wide for the column reaches the line pass as a paragraph's line and a headline line
 * (`“家门口的医院，挂上了北京` / `专家号”`).
 */
export function barePlaceLines(elements: Element[]): Set<number> {
  const at = new Set<number>();
  let run: number[] = [];
  // (Three different places: a column's word repeated over stories, `关注` … `关注`, is no package.)
  const close = (): void => {
    const names = new Set(run.map((n) => placeText(elements[n]!)));
    const bare = run.filter((n) => BARE_PLACE.test(placeText(elements[n]!))).length;
    if (run.length >= 3 && bare >= 2 && names.size === run.length) for (const n of run) at.add(n);
    run = [];
  };
  for (let n = 0; n < elements.length; n++) {
    const e = elements[n]!;
    if (e.t !== 'head') continue;
    const sub = elements[n + 1];
    const wrapped = brokenSubtitle(sub, elements[n + 2]);
    const by = n + (wrapped ? 3 : 2);
    const under = elements[by + 1];
    const text = placeText(e);
    if (
      shortPlace(text) &&
      (sub?.t === 'head' || wrapped) &&
      elements[by]?.t === 'byline' &&
      // (A sub-story opens on its text; a story under a kicker, printed after, often on its dateline.)
      !(under?.t === 'para' && under.dateline)
    ) {
      run.push(n);
      n += wrapped ? 2 : 1;
    } else close();
  }
  close();
  return at;
}

/**
 * Element `n` (a headline line) is a place line opening a sub-story: a province and city over a sub-title or a
 * reporter's line (over a dateline or at the end, `宁夏启动春灌` is a story's headline), or a district over a
 * sub-title and a reporter's line. The sub-title may have wrapped onto a second line (`工地防寒防冻 “一企一策”` /
 * `落到位`).
 */
export function opensSubStory(elements: Element[], n: number): boolean {
  const e = elements[n]!;
  if (e.t !== 'head') return false;
  const [a, b, c] = [elements[n + 1], elements[n + 2], elements[n + 3]];
  const text = placeText(e);
  if (isPlaceLine(text)) return a?.t === 'head' || a?.t === 'byline';
  // A city or province by name alone (`达州`, `四川`) over a sub-title and a reporter's line, the sub-title perhaps
  // wrapped (`52℃的线路上，他们“与热浪` / `赛跑”`).
  if (isPlaceName(text))
    return (
      (a?.t === 'head' && b?.t === 'byline') ||
      ((brokenSubtitle(a, b) || wrappedHead(a, b)) && c?.t === 'byline')
    );
  if (!isDistrictLine(text) || a?.t !== 'head') return false;
  return b?.t === 'byline' || (wrappedHead(a, b) && c?.t === 'byline');
}

/**
 * A sub-title wrapped onto a second headline line: a long line and a short rest (`交通工具“零关税” 物流企业“` /
 * `轻装上阵”`, `杨柳青古镇“年画+踏青” 非` / `遗体验排满周末`), not a `——` subtitle under a kicker ending in 区
 * (`垃圾分类进小区` / `绿色生活 从“分”开始` / `——我市垃圾分类工作见闻`).
 */
export function wrappedHead(a: Element | undefined, b: Element | undefined): boolean {
  return (
    a?.t === 'head' && b?.t === 'head' && a.text.length >= 10 && b.text.length <= 8 && !b.text.startsWith('—')
  );
}

/** A sub-title the column broke: a line of text ending no sentence, its rest a headline line. */
function brokenSubtitle(a: Element | undefined, b: Element | undefined): boolean {
  return a?.t === 'para' && !a.dateline && !endsSentence(a.text) && b?.t === 'head';
}

/**
 * The package's place lines: bare names in a run (`barePlaceLines`), the ones `opensSubStory` knows, and any other
 * short line shaped as they are (over a sub-title and a reporter's line) in the same package, whatever its place
 * (`德州禹城` beside `潍坊寿光`, a county the lists do not hold).
 */
export function packagePlaces(elements: Element[]): Set<number> {
  const at = barePlaceLines(elements);
  const shaped: number[] = [];
  const opening: number[] = [];
  for (let n = 0; n < elements.length; n++) {
    const e = elements[n]!;
    if (e.t !== 'head') continue;
    if (opensSubStory(elements, n)) opening.push(n);
    else if (shortPlace(placeText(e)) && elements[n + 1]?.t === 'head' && elements[n + 2]?.t === 'byline')
      shaped.push(n);
  }
  // (A package has two sub-stories at least: a place line with no other near it, `吐鲁番市高昌区亚尔镇` over
  // `坎儿井边的民宿火了` and its reporter's line, is a story's kicker.)
  const bare = [...at];
  for (const n of opening)
    if (opening.some((m) => m !== n && Math.abs(m - n) <= 40) || bare.some((m) => Math.abs(m - n) <= 40))
      at.add(n);
  // (A sibling between two place lines, inside the package: a story's kicker before or after it, `生态保护`, is not.)
  const known = [...at];
  for (const n of shaped)
    if (known.some((m) => m < n && n - m <= 30) && known.some((m) => m > n && m - n <= 30)) at.add(n);
  return at;
}

/** A line short as a place line: two to six characters, nothing but ideographs. */
const SHORT_PLACE = /^[\u4e00-\u9fff]{2,6}$/u;

/** Shaped as a place line: as short as one (`SHORT_PLACE`), and no kicker's word (`KICKER_WORD`). */
function shortPlace(text: string): boolean {
  return SHORT_PLACE.test(text) && !KICKER_WORD.test(text);
}

/** Headlines with a comma, a question or an exclamation, which the title shape alone turns away. */
import { columnTagged, continuesAtEnd, isSubtitle, type TextLine } from './text-line.js';
import { isBareName, isBoxLabel, OPINION_LABEL } from './vocabulary.js';

/**
 * Headlines may carry commas (`数据多跑路，群众少跑腿（今日谈）`, `前两个月…增长7.3%，民营企业占比首次超过六成`), which
 * `titleish` turns away because body lines are full of them. Two signs no body line has let such a line back in:
 * a column's name closing it, or a width well past the column (lines vary by an em or so, not three).
 */
export function admitCommaTitles(lines: TextLine[], w: number): void {
  const admitted: number[] = [];
  for (let i = 0; i < lines.length; i++) if (admitAt(lines, i, w)) admitted.push(i);
  // A line may be admitted for the one under it, which its own width admits only later in the pass
  // (`下班后去“充电”，年轻人挤爆夜校` / `广州市青年夜校春季班开课，2万多个名额“秒光”`, set past the column / `羊城晚报讯…`):
  // the lines next to each one admitted are looked at again (only a neighbour's admission changes a line's case).
  for (let k = 0; k < admitted.length; k++) {
    const i = admitted[k]!;
    for (const j of [i - 1, i + 1]) if (j >= 0 && j < lines.length && admitAt(lines, j, w)) admitted.push(j);
  }
}

/** Line `i` is the title under an editorial's label on a line of its own (`社论`), not yet read as a headline. */
function underOpinionLabel(lines: TextLine[], i: number): boolean {
  const l = lines[i]!;
  const prev = lines[i - 1];
  if (l.headline || l.ends || l.lede || l.dateline || prev === undefined || prev.text.length > 7)
    return false;
  const before = lines[i - 2];
  return OPINION_LABEL.test(prev.text) && (before === undefined || before.ends) && l.text.length <= 48;
}

/** Admits line `i` as a headline line if it is one; says whether it was admitted now. */
function admitAt(lines: TextLine[], i: number, w: number): boolean {
  const l = lines[i]!;
  const t = l.text;
  // Under an editorial's label standing alone (`社论` / `快递员“最后100米”的难处，得有人接着`), the line is its title,
  // with a comma or without, however wide: an editorial has a title, and its label stands over nothing else.
  if (underOpinionLabel(lines, i)) {
    l.titleish = true;
    l.headline = true;
    return true;
  }
  // Cheap tests first: this looks at every line of the page, and most are mid-paragraph. (A subtitle set across
  // columns may run to 48 characters: `重点推进二环至五环间道路人行道、自行车道连通，年底前…力争达75.5%`.)
  if (l.titleish || t.length > 48 || l.brokenDash) return false;
  const last = t.charCodeAt(t.length - 1);
  if (l.ends && last !== 0xff1f && last !== 0xff01) return false; // a sentence end other than ？ ！
  const prev = lines[i - 1];
  // (A kicker above it is short; a full line above it is the paragraph it goes on with.)
  // (Or a title-shaped line of its own after a sentence end, however wide: `距…开幕还有48天`.)
  const before = lines[i - 2];
  // A story's trailer (`（作者为…教授）`, perhaps wrapped onto two lines) closes it: a headline line follows, its
  // own printed after it or the next story's.
  const afterTrailer = prev?.closes === true;
  const alone = before === undefined || before.ends;
  // (A dateline's first line may hold no clause punctuation: it is no headline line above this one.)
  const titleAbove = prev !== undefined && prev.titleish && !prev.dateline;
  const kicker = titleAbove && prev.w <= w - 3 && alone;
  const afterEnd =
    prev === undefined || prev.ends || afterTrailer || (titleAbove && (prev.w <= w - 3 || alone));
  const marked = !l.ends && (l.w >= w + 3 || last === 0xff09 || last === 0x29);
  if (!afterEnd && !marked) return false;
  const comma = t.indexOf('，');
  if (!l.ends && comma < 0) return false;
  // (A sentence opening on where its figures come from, `据喀什市文旅部门统计，今年前`, is a paragraph's.)
  if (SOURCED.test(t)) return false;
  // One comma: a headline's two halves. A line with more is a sentence, unless it is half as wide again as the
  // column, as no line of the column's text is (a title of three clauses set across columns).
  const acrossColumns = !l.ends && l.w >= 1.5 * w;
  if (comma >= 0 && t.indexOf('，', comma + 1) >= 0 && !acrossColumns) return false;
  if (continuesAtEnd(t) || /[。；]/.test(t) || (l.ends && /[？！]./.test(t))) return false;
  // (A caption's first line opening on its date may end on a bracket too: `9月13日，中欧班列（成渝）` / `号从…`.)
  if (marked && ((columnTagged(t) && !l.lede) || l.w >= w + 3)) {
    l.titleish = true;
    return true;
  }
  // Otherwise a headline with a comma or a question (`高温天气，如何防范热射病？`) stands on a line of its own,
  // after the end of what came before, and a byline, a dateline, a `——` subtitle, an editor's box (`核心阅读`)
  // or a bare name follows it: a paragraph's last line has its sentence above it.
  if (!afterEnd) return false;
  // A question or exclamation set past the column after the end of what came before is a headline set across
  // columns: no line of the column's text is that wide.
  if (l.ends && l.w >= w + 3) {
    l.titleish = true;
    l.headline = true;
    l.ends = false;
    return true;
  }
  if (l.w > w + 6) return false;
  const next = lines[i + 1];
  // (The page's first text line, ending in ？ or ！, is a headline too: no sentence is cut off above it.)
  const opensPage = prev === undefined && l.ends;
  // (And so is the last, after a sentence end: a page printing headlines after its stories closes on one.)
  const closesPage = next === undefined && l.ends && prev !== undefined && prev.ends;
  const after = lines[i + 2];
  // A quotation for a title under a kicker (`网言网语` / `“一碗热汤面，暖了回家路”`): a kicker is short and stands
  // after the end of what came before.
  const quotedUnderKicker =
    kicker && t.charCodeAt(0) === 0x201c && last === 0x201d && t.indexOf('”') === t.length - 1;
  // Under a short kicker standing alone, a line past the column (`观点` / `“银发经济”：既要热起来，更要暖人心`): the
  // line after a short one is a paragraph's first, two ems short, never wider than a full line (unless a picture
  // set a caption wider: `图片报道` / `9月20日，小朋友在…`, a lede). Short: a paragraph's first line can fall three
  // ems short too, when a number did not fit (`…有关负责人表` / `示，今年将有序推进5G网络向5G-A`).
  // (Figures and Latin letters may be measured an em where the column set them half: `1992年，19岁的…` is no wider.)
  const ascii = t.replace(/[^\x21-\x7e]/gu, '').length;
  const wideUnderKicker = kicker && prev.w <= w - 6 && !l.ends && !l.lede && l.w - ascii / 2 > w;
  // Under a centred kicker (` 消费提醒`), a line over a paragraph's first line (short of the column by the lost
  // indent, over a full line): the line is no paragraph's, as a first line is followed by full ones.
  const firstLineUnder =
    next !== undefined &&
    after !== undefined &&
    !next.ends &&
    !next.titleish &&
    next.w + after.latinHead <= w - 1.75 &&
    after.w >= w - 1.25;
  // (Not a line opening on a date, `9日，…`: a caption under a photo's title.)
  const underCentredKicker = kicker && prev.lead && !l.lede && !/^\d/.test(t) && firstLineUnder;
  // Under a kicker, a line that breaks off mid-sentence far short of the column: a paragraph's first line falls
  // short only by its lost indent (or a Latin word pushed down), its last line ends the sentence.
  // (A box label's own title, `记者手记` / `一顿饭，连着民心`, is the box's, in the story's text.)
  const shortUnderKicker =
    kicker &&
    !isBoxLabel(prev.text) &&
    !l.ends &&
    !l.lede &&
    next !== undefined &&
    !next.ends &&
    !next.titleish &&
    l.w + next.latinHead <= Math.min(w, Math.max(next.w, after?.w ?? 0)) - 5;
  if (
    opensPage ||
    closesPage ||
    afterTrailer ||
    quotedUnderKicker ||
    wideUnderKicker ||
    underCentredKicker ||
    shortUnderKicker ||
    l.bylineNext ||
    (next &&
      (next.dateline ||
        // (Not a question after a question: `…走好“数智化”这步棋？` / `传统产业改造升级有哪些新举措？` / `日前，…`
        // asks twice in one paragraph.)
        (next.lede && !runsOnIntoLede(t) && !(l.ends && prev?.text.endsWith('？'))) ||
        // A question over a paragraph opening on its source (`一杯新茶饮，凭什么走俏海外？` / `据海关总署统计，…`).
        (last === 0xff1f && SOURCED.test(next.text)) ||
        // (Not the text's first line under a name that opens it, after a headline: `…如何做到“长红”？` /
        // `朱 珉` / `避开热门景区，去小城慢慢逛` / `——这几年，…`, where the dash goes on with the sentence.)
        (isSubtitle(next) && !(prev !== undefined && isBareName(prev.text) && before?.titleish === true)) ||
        isBoxLabel(next.text) ||
        isBareName(next.text) ||
        (next.titleish && after !== undefined && (after.dateline || after.lede) && !wrapsInto(l, next, w))))
  ) {
    l.titleish = true;
    l.headline = true;
    l.ends = false;
    return true;
  }
  return false;
}

/**
 * A line the column broke (`向“新”而行，打造世界级产` / `业集群`): near full, its tail a few characters. A headline
 * is set on its own lines whatever its width; a line wrapped like text is an intertitle, set as the text is.
 */
function wrapsInto(l: TextLine, next: TextLine, w: number): boolean {
  // (Counted whole too: the page model measures the quotes and comma half, the column may set them whole.)
  return Math.max(l.w, l.wChars) >= w - 3 && next.w <= w / 3;
}

/** A paragraph opening on where its figures come from: `据海关总署统计，`, `据介绍，`, `据杭州市商务局数据，`. */
const SOURCED = /^据(?:[\u4e00-\u9fff]{2,8})?(?:统计|介绍|了解|测算|调查|显示|数据)/u;

/**
 * A body line broken before a date (`据介绍，第九届进博会将于2026年` / `11月5日至10日在…`) also has a lede-shaped line
 * after it: one that opens as paragraphs do, or stops on a number or a date's word, runs on.
 */
function runsOnIntoLede(t: string): boolean {
  return /[\d年月于在至从]$/u.test(t) || /^(?:据(?:悉|了解|介绍|统计)|记者|目前|此外|同时|其中)/u.test(t);
}

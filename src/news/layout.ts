/**
 * Running text of an OCR'd page: which lines are headline lines and which are body, where paragraphs break, and
 * how broken lines are joined again.
 *
 * OCR keeps the column's line breaks and loses the paragraph indent. So, in a column of width W:
 * - a body line that is not a paragraph's last runs (nearly) to W;
 * - a paragraph's first line is about two ems short (the lost indent);
 * - a paragraph's last line ends a sentence and is usually short.
 * Headline lines break that pattern: they end no sentence, hold no `，。；`, often separate phrases with a space,
 * and have any width. Where the widths cannot tell (a title about as wide as the column), position does: text
 * that ends no sentence before a byline, banner, photo or the end of the page is headline, not body.
 */
import { bracketDepth, isLatinOrDigit } from './char-class.js';
import { columnTagged, isSubtitle, NUMBERED, isBullet, type TextLine } from './text-line.js';
import { dataRows, hasCellBars, isDataRow } from './data-rows.js';
import { isBareName, isBoxLabel, isPlaceLine, SERIES, SOURCE_NOTE } from './vocabulary.js';

/** A dateline's bracketed byline opening a line: `（记者 刘旭）`, `（本报记者 王 明 通讯员`. */
const DATELINE_BYLINE_NEXT = /^[（(][^）)]{0,12}(?:记者|通讯员)/u;

/** Opens with a quotation mark or bracket, which 避头尾 never leaves at a line's end. */
const OPENS = /^[“‘《（「]/;
/** A full stop, question or exclamation mark, colon or semicolon before the line's last character. */
const MID_STOP = /[。！？：；](?=.)/;

/**
 * Words that open a paragraph of news copy rather than a sentence inside one. Only consulted where widths cannot
 * tell (see `paragraphBreak`). A speaker's `他说，` is left out: it opens sentences inside paragraphs as often.
 */
const PARAGRAPH_OPENER =
  /^(?:会议(?:指出|强调|要求|认为|提出|明确|决定|听取|审议)|据(?:悉|了解|介绍|统计|测算)|记者(?:了解到|获悉|注意到)|目前|此外|另外|同时|与此同时|下一步)/;

/**
 * A block of running text: one headline line, or one paragraph's lines. A paragraph's `text` is set on a chart
 * row's (its lines joined already, when the column broke it).
 */
type TextBlock =
  { type: 'head'; line: TextLine } | { type: 'para'; lines: TextLine[]; dateline: boolean; text?: string };

/** Title-shaped: no clause punctuation, not ending mid-sentence, not absurdly long. */
function titleish(l: TextLine): boolean {
  return l.titleish;
}

/** Title-shaped and printed like a headline: phrases separated by a space, centred (leading space), or `——`. */
function headlineShaped(l: TextLine): boolean {
  return titleish(l) && (l.spaced || l.lead || isSubtitle(l));
}

/** A line that cannot continue a paragraph: a subtitle, a centred short line, a dateline, a surviving indent. */
function startsSomethingNew(l: TextLine, prev: TextLine, w: number, midSentence: boolean): boolean {
  if (l.indent || l.dateline) return true;
  // A list item (`▲…`, `●…`) or a chart's source note (`数据来源：…`) opens a paragraph of its own.
  if (isBullet(l.text) || SOURCE_NOTE.test(l.text)) return true;
  // So does a picture's caption after a sentence end (`…9位退休教师。` / `图为周老师在…`).
  if (prev.ends && l.text.startsWith('图为')) return true;
  // A subtitle is under a headline line: after a line broken mid-sentence a dash opening the line is the
  // sentence's (`…推出了“诊断` / `—改造—评估”全流程服务，…`), also after a title-shaped line that goes on with a
  // sentence broken above it (`…的校门，孩` / `子们被教学楼顶的红色跑道吸引住了` / `——这是一座…`).
  if (isSubtitle(l) && (prev.ends || (prev.titleish && !midSentence))) return true;
  // So is an item of a dash list, after its lead's colon or the item above's semicolon (`…重点任务：` / `——从严惩治…`).
  if (dashItem(l, prev)) return true;
  // And so is a numbered item (`日本老年人就业的几个数字：` / `①65岁至69岁…`, `…约为33%；` / `③老年就业者…`).
  if (/^[①-⑳]/u.test(l.text) && /[：；。]$/u.test(prev.text)) return true;
  if (titleish(l) && isBoxLabel(l.text)) return true;
  // A column's name closes a headline, but a line broken mid-sentence may end on a bracket too
  // (`…获悉，今` / `年我省将新建社区老年食堂（助餐点）`).
  if (titleish(l) && columnTagged(l.text) && prev.ends) return true;
  return l.lead && titleish(l) && l.w <= w - 3;
}

/**
 * Two phrases of ideographs parted by one comma: `路通了，山货走出了大山`. (No figures: the page's width model sets
 * them narrow, so a full first line holding some, `9月11日，济南趵突泉地下水`, measures short.)
 */
const TWO_PHRASES = /^[\u4e00-\u9fff]{2,}，[\u4e00-\u9fff]{2,}$/u;

/**
 * A `——` line after a colon or a semicolon: an item of a list in the text, never a subtitle. So is one after an
 * item that ended its sentence (`——恶劣天气应对能力增强，…18.5%。` / `——出行信息服务更加精准，…`): `afterItem` says the
 * paragraph above is an item.
 */
function dashItem(l: TextLine, prev: TextLine | undefined, afterItem = false): boolean {
  if (prev === undefined || !isSubtitle(l)) return false;
  const c = prev.text.charCodeAt(prev.text.length - 1);
  return c === 0xff1a || c === 0xff1b || (afterItem && prev.ends);
}

/** At a paragraph boundary: is this line a headline line rather than a paragraph's first line? */
function headlineAtBoundary(
  l: TextLine,
  next: TextLine | undefined,
  after: TextLine | undefined,
  w: number,
  spread: number,
  head: TextLine | undefined,
  afterTrailer: boolean,
  breakInDoubt: boolean,
): boolean {
  if (l.dateline || l.indent) return false;
  if (isSubtitle(l)) return true;
  if (!titleish(l)) return false;
  // Intertitles and list heads (`一、…`, `（一）…`) are part of the body.
  if (NUMBERED.test(l.text)) return false;
  if (l.lead || l.spaced || l.headline === true || columnTagged(l.text)) return true;
  const afterHead = head !== undefined;
  // Under a series' name (`乡村振兴·蹲点笔记`), a title-shaped line is a title: the name stands over no story's text.
  if (afterHead && !l.lede && SERIES.test(head.text)) return true;
  if (next === undefined) return false;
  // A first line is about two ems short; much shorter or wider than the column, it is not body. Right under a
  // headline line or a story's closing trailer, a title-shaped line as wide as the column cannot be a first line
  // either (`（本报记者 唐 宁）` / `全国古籍数字资源累计发布超13万部（件）`, a headline set one em over the column).
  // On a page whose lines vary (`spread`), first lines vary as much: one can run that much nearer the column
  // (`某地要求基层干部每天在工作群`, 14 ems in a 15-em column whose full lines reach 16.5).
  // (Unless it opens a lede, `4月3日拍摄的…`: a story or a caption starts there.)
  // A trailer closes its story, and a headline follows it (the story's own or the next one's): there a
  // title-shaped line of any width is one (`（作者为…教授）` / `让数据要素更好赋能实体经济`, as wide as a first line).
  if (afterTrailer && !l.lede) return true;
  // Set across columns: wider than the column by more than its lines vary. Or wider than any first line can be
  // (two ems short, give or take `spread`) by an em and a half, over what looks like the next story's first line
  // (`…出行需求。` / `石家庄开通首条夜间“微循环”公交线路` / `记者曹铮4月19日从…`), where the break before it is sure.
  const across = w + Math.max(1.5, spread + 1);
  // Under a headline line, a title-shaped line over one as short that ends nothing either (`…在南宁闭幕` /
  // `签约项目投资总额超过千亿元` / `秋收时节，走进田间地头，会`): inside a paragraph the second would run to the
  // column, so the first is the headline's, over the next story's first line.
  const shortPair =
    afterHead &&
    !l.lede &&
    after !== undefined &&
    !next.ends &&
    next.w + after.latinHead <= w - 2.5 - spread &&
    // (Counted whole too: marks the page model measures half may have been set whole.)
    next.text.length <= w - 1.25 - spread;
  return (
    l.w <= w - 4.5 ||
    l.w >= across ||
    (shortPair && l.w + next.latinHead <= w - 1.25) ||
    (!l.lede &&
      ((l.w >= w + spread - 0.5 && !breakInDoubt && !next.ends && next.w <= w + spread - 2) ||
        (afterHead && l.w > w - 1.25 + spread)))
  );
}

/**
 * A paragraph's first line by its width alone: two and a half to four and a half ems short of the column (the
 * lost indent, with room for how much lines vary), ending no sentence, with clause punctuation (no headline's), and
 * not short only because the Latin word or number opening the next line did not fit.
 */
function opensByWidth(l: TextLine, next: TextLine | undefined, w: number): boolean {
  return (
    next !== undefined &&
    !l.ends &&
    !l.titleish &&
    l.w >= w - 4.5 &&
    // (Two and a half ems short, and still so with the next line's opening number or Latin word.)
    l.w + next.latinHead <= w - 2.5
  );
}

/** Ends on a colon or a closing quotation mark (`/[：:”’」』]$/`, as a look at the last character: it runs per line). */
function endsIntroducing(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 0xff1a || c === 0x3a || c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f;
}

/**
 * Does a paragraph end between `prev` and `cur`? `after` is the line after `cur`; `spread` is how far the page's
 * full lines run past the column (`fullLineSpread`); `prevFirst` says `prev` is its paragraph's first line.
 */
function paragraphBreak(
  prev: TextLine,
  cur: TextLine,
  after: TextLine | undefined,
  w: number,
  spread: number,
  prevFirst: boolean,
): boolean {
  if (cur.indent || prev.closes) return true;
  // After a sentence end, a title-shaped line running two ems and a half past the page's full lines is no
  // paragraph's line (they vary by `spread`, not more): it is a headline set across columns.
  if (prev.ends && cur.titleish && cur.w >= w + spread + 2.5) return true;
  // Over a reporter's line or a name alone (`珠江夜游国庆假期接待游客同比增长两成` / `王明远`), an em past them is enough.
  if (
    prev.ends &&
    cur.titleish &&
    cur.w >= w + spread + 1 &&
    (cur.bylineNext || (after !== undefined && isBareName(after.text)))
  )
    return true;
  if (!prev.ends) {
    // `他说：` closing a short line may introduce a quoted paragraph, and a quotation closing a short line
    // (`…是最好的练兵”`, the full stop left out or lost) may end one: a justified column has no short lines
    // inside a paragraph, and the next line shows the lost indent.
    // A line six ems short of the column that ends no sentence ends its paragraph all the same: a justified
    // column breaks no line that early, not even for a word that did not fit (a verse line: `掂一掂，笑一笑`).
    // So does a short first line of two phrases over a line that shows the lost indent (`路通了，山货走出了大山` /
    // `清晨六点，藏嘎村村民尼玛次仁`): a comma intertitle, no paragraph's first line, which runs nearly to the column.
    return (
      (endsIntroducing(prev.text) && prev.w <= w - 2.5 && cur.w >= w - 4 && cur.w <= w - 1.5) ||
      prev.w + cur.latinHead <= w - 6 ||
      (prevFirst && prev.w <= w - 4.5 && cur.w >= w - 3 && cur.w <= w - 1.25 && TWO_PHRASES.test(prev.text))
    );
  }
  // A first line is full two ems short of the column (the lost indent): one ending a sentence right at that
  // edge (`本报讯 入伏以来，我市持续高温。`) runs on into the next line.
  const edge = prevFirst ? w - 2 : w;
  if (prev.w <= edge - 1.25) {
    // A full line can fall further short of the column than one character: 避头尾 pushes an opening quote down
    // with the character after it (`…1.2万元。` / `“古村落…`), a number or Latin word does not fit whole
    // (`…42幢。` / `2017年起`), and a full stop inside a line takes a whole em where the page is measured at half.
    // Each allows that much more, but only when the next line runs
    // to the column: a paragraph's first line is two ems short (the lost indent), so it cannot be one. A
    // title-shaped line might be a headline printed after the body, so it still breaks.
    const pushed = OPENS.test(cur.text) ? 0.75 : Math.max(0, cur.latinHead - 1);
    const slack = pushed + (MID_STOP.test(prev.text) ? 0.5 : 0);
    return !(
      slack > 0 &&
      prev.w > edge - 1.25 - slack &&
      cur.w >= w - 1 &&
      !cur.titleish &&
      after !== undefined
    );
  }
  // A full last line: the next line shows the lost indent of a new paragraph, unless it is short only because a
  // Latin word or number did not fit and starts the line after (it would have fitted after an indent too).
  // When the number would not have fitted on a full line either, the widths cannot tell a paragraph's first
  // line from the rest of a sentence that began at the line's start; words that open paragraphs in news copy
  // (`会议强调`, `据悉`, `目前`, `此外`) tip it to a break. A line more than two ems short can only be a first line.
  if (
    after !== undefined &&
    after.latinHead > 0 &&
    !isLatinOrDigit(cur.text.charCodeAt(cur.text.length - 1)) &&
    cur.w + after.latinHead > w - 0.5
  )
    return cur.w <= w - 2 && PARAGRAPH_OPENER.test(cur.text);
  return cur.w <= w - 1.25 && cur.w >= w - 4.5 && !cur.ends;
}

/**
 * Splits one stretch of text lines (between bylines, banners and credits) into headline lines and paragraphs.
 * `spread` is how far the page's full lines run past the column (`fullLineSpread`).
 */
export function segmentRun(lines: TextLine[], w: number, spread = 0): TextBlock[] {
  const blocks: TextBlock[] = [];
  const chart = dataRows(lines, w);
  const rows = chart?.rows;
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    const joined = chart?.broken.get(i);
    if (joined !== undefined) {
      blocks.push({ type: 'para', lines: lines.slice(i, i + joined.n), dateline: false, text: joined.text });
      i += joined.n;
      continue;
    }
    if (rows?.[i] === true) {
      blocks.push({ type: 'para', lines: [first], dateline: false, text: first.text });
      i++;
      continue;
    }
    const before = blocks[blocks.length - 1];
    // (The last line of the paragraph before, if a paragraph came before.)
    const above = before?.type === 'para' ? before.lines[before.lines.length - 1] : undefined;
    // After a headline line, or a trailer that closed a story, a paragraph cannot open until a story does.
    const afterTrailer = above?.closes === true;
    // A paragraph whose last line is near a first line's width may have run on after all (`“…修新了’。”` /
    // `山西省…副` / `院长…说。`): the break before `first` is in doubt.
    const breakInDoubt = above !== undefined && above.w > w - 4.5;
    if (
      !dashItem(first, above, before?.type === 'para' && before.lines[0]!.text.startsWith('——')) &&
      headlineAtBoundary(
        first,
        lines[i + 1],
        lines[i + 2],
        w,
        spread,
        before?.type === 'head' ? before.line : undefined,
        afterTrailer,
        breakInDoubt,
      )
    ) {
      blocks.push({ type: 'head', line: first });
      i++;
      continue;
    }
    const para: TextLine[] = [first];
    // Brackets left open by the paragraph so far; only counted on dateline paragraphs (see below).
    let open = first.dateline ? bracketDepth(first.text, 0) : 0;
    let headed = false;
    i++;
    while (i < lines.length) {
      const prev = para[para.length - 1]!;
      const cur = lines[i]!;
      // A dateline whose bracketed byline is still open (`本报讯（记者 应丽斋 通` / `讯员 胡晓东）“以前…`) runs on,
      // however title-like the next line looks: a narrow column breaks the byline between its names. A byline
      // spans two lines at most; a bracket OCR left unclosed must not swallow the rest of the page.
      // A dateline broken right after its 电 or 讯 goes on with its bracketed byline (`中新网…3月8日电` /
      // `（记者 刘旭）由中国企业…`), though a line opening on a bracket and spaced between role and name looks like
      // a headline's.
      if (
        para.length === 1 &&
        first.dateline &&
        DATELINE_BYLINE_NEXT.test(cur.text) &&
        /[电讯]$/u.test(prev.text)
      ) {
        open = bracketDepth(cur.text, 0);
        para.push(cur);
        i++;
        continue;
      }
      // So does one broken after its unbracketed reporter's role or inside the name (`本报北京5月20日讯 记者张` /
      // `昊 最高人民检察院今天发布…`), or inside a second role (`本报讯 记者 何 晟 通讯` / `员 王国英 杭州…`): the name,
      // spaced off the text, is no headline's phrase.
      if (
        para.length === 1 &&
        first.dateline &&
        /(?:(?:记者|通讯员)\s?[\u4e00-\u9fff]{0,3}|\s(?:通讯?|见习?|实习?))$/u.test(prev.text)
      ) {
        para.push(cur);
        i++;
        continue;
      }
      if (open > 0 && para.length < 3) {
        open = bracketDepth(cur.text, open);
        para.push(cur);
        i++;
        continue;
      }
      // (`prev` goes on with a sentence broken on the line above it.)
      const above = para[para.length - 2];
      const midSentence = above !== undefined && !above.ends && !titleish(above);
      if (
        paragraphBreak(prev, cur, lines[i + 1], w, spread, para.length === 1) ||
        startsSomethingNew(cur, prev, w, midSentence) ||
        rows?.[i] === true
      )
        break;
      // A numbered intertitle (`一、聚焦重点区域`) is a paragraph of its own: title-shaped and short of even a
      // first line, it does not run on into the text under it.
      if (para.length === 1 && titleish(prev) && prev.w <= w - 3.25 && NUMBERED.test(prev.text)) break;
      // A short line that ends no sentence cannot sit inside a paragraph: after a sentence end or title-shaped
      // lines, it is a headline (a photo's title, typically).
      // (A source note's wrapped tail, `数据来源：海南省旅游和文化` / `广电体育厅`, is the note's.)
      if (
        titleish(cur) &&
        cur.w <= w - 4.5 &&
        i + 1 < lines.length &&
        (prev.ends || (para.every(titleish) && !SOURCE_NOTE.test(first.text)))
      )
        break;
      // Text with no clause punctuation at all, then a line opening a lede (`近日，…`): the text was the headline
      // of a story that has neither byline nor dateline (a brief), printed above its body or after the previous
      // story's, however wide it is. Running text does not break a sentence right before `近日，`.
      if (cur.lede && !prev.ends && !first.dateline && para.every(titleish)) break;
      // Two title-shaped lines, the second filling the column, then a line as short as a paragraph's first that
      // ends nothing (`轨道交通成为市民出行首选` / `西安地铁日均客运量突破340万人次` / `阳春三月，三秦大地处处涌动`):
      // a line broken mid-sentence inside a paragraph runs to the column, so a paragraph opens there and the two
      // lines over it, which end no sentence, are headline lines.
      if (
        para.length >= 2 &&
        !prev.ends &&
        prev.w >= w - 0.5 &&
        !first.dateline &&
        para.every(titleish) &&
        opensByWidth(cur, lines[i + 1], w)
      ) {
        headed = true;
        break;
      }
      // A phrase-spaced line ends a run of title-shaped lines (kicker, then title) rather than joining it.
      if (headlineShaped(cur) && (para.every(titleish) || prev.ends)) break;
      // After a sentence end, a title-shaped line followed by a headline line, a dateline, a lede (`10月13日，…`) or
      // nothing is a headline line (a kicker, or a title printed after its story).
      if (prev.ends && titleish(cur)) {
        const after = lines[i + 1];
        if (
          after === undefined ||
          headlineShaped(after) ||
          after.headline === true ||
          after.dateline ||
          after.lede ||
          // (or a package's place line: `广西南宁`, over its sub-title)
          isPlaceLine(after.text) ||
          // (or a commentary's signature, a name alone: `…的“支撑点”` / `马建军`)
          (!after.ends && isBareName(after.text))
        )
          break;
      }
      para.push(cur);
      i++;
    }
    if (headed) for (const line of para) blocks.push({ type: 'head', line });
    else blocks.push({ type: 'para', lines: para, dateline: first.dateline });
  }
  return convertUnterminated(blocks, w);
}

const DANGLING = /[的和与及对把将从向在]$/u;
/** The 到 of a 从…到… still waiting for its second half. */
const FROM_TO_OPEN = /从[^到，。]+到$/u;
const LEANING = /^[的地得了着过们]/u;

/**
 * Two headline lines that are one line broken mid-phrase: no headline line ends on a word that needs the next
 * (`以制度创新打通科技成果转化的` / `堵点难点`) or opens on a particle that leans on the one before (`…成果转化` /
 * `的堵点难点`). `aWidth` is the first line's width, `w` the column's.
 */
/** A line ending on a word that needs what follows (`…新能源汽车和`, `…转化的`): no headline line ends so. */
export function endsMidPhrase(text: string): boolean {
  return DANGLING.test(text) || FROM_TO_OPEN.test(text);
}

export function brokenMidPhrase(a: string, b: string, aWidth: number, w: number): boolean {
  return (
    (DANGLING.test(a) && aWidth >= w - 3) ||
    // (A 从…到 left waiting for its second half is broken however short the column set it: `…从卖石头到` / `卖风景`.)
    (FROM_TO_OPEN.test(a) && aWidth >= w - 6) ||
    // (Quotation marks are measured half an em where OCR set them whole: a line holding four runs shorter.)
    (quoteLeftOpen(a, b) && aWidth >= w - 5) ||
    (LEANING.test(b) && aWidth >= w - 3.5)
  );
}

/** `a` leaves a quotation open that `b` closes (`…从“看不懂”到“摸` / `门道”`): one line the column broke. */
function quoteLeftOpen(a: string, b: string): boolean {
  const open = a.lastIndexOf('“');
  if (open < 0 || a.indexOf('”', open) >= 0) return false;
  const close = b.indexOf('”');
  return close >= 0 && !b.slice(0, close).includes('“');
}

/** A source's last word that ends its name: an office, a body, a paper (`…统计局`, `…研究院`, `…联盟`). */
const WHOLE_SOURCE =
  /(?:局|部|院|厅|委|委员会|协会|学会|商会|联合会|中心|所|署|馆|站|办|司|网|社|报|台|联盟|集团|公司|银行|大学|机构|平台|数据|年鉴|公报)$/u;

/**
 * A paragraph that ends no sentence and is followed by a headline line, a dateline or the end of the stretch was
 * never body: it is the headline printed after the story (or before the next byline). Its title-shaped tail
 * becomes headline lines, at most four (kicker, two title lines, subtitle).
 */
function convertUnterminated(blocks: TextBlock[], w: number): TextBlock[] {
  const out: TextBlock[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.type !== 'para' || b.text !== undefined) {
      out.push(b);
      continue;
    }
    const next = blocks[k + 1];
    const last = b.lines[b.lines.length - 1]!;
    // Over a chart's rows, the title-shaped lines are its headline and title run into the text above, even a
    // dateline's (whose first line stays its paragraph).
    const rowsNext = next?.type === 'para' && next.text !== undefined;
    const trailing =
      next === undefined ||
      next.type === 'head' ||
      next.dateline ||
      (next.lines[0]!.lede && b.lines.length <= 4 && b.lines.every(titleish)) ||
      rowsNext;
    // (A list item, `▲…增长19.8%`, ends no sentence and is never a headline; nor is a line introducing the rows,
    // `记者梳理了…开设情况：`.)
    if (
      !trailing ||
      last.ends ||
      (b.dateline && !rowsNext) ||
      isBullet(b.lines[0]!.text) ||
      (rowsNext && last.text.endsWith('：') && (hasCellBars(next.text!) || !isDataRow(next.text!)))
    ) {
      out.push(b);
      continue;
    }
    let cut = b.lines.length;
    // (Not the short rest of a source note that filled the column, broken inside a name: `数据来源：中青报·中青网社会` /
    // `调查中心`. One ending on an office's word, `…工业和信息化局`, is whole, and a headline may follow.)
    const noteTail = (k: number): boolean =>
      k >= 1 &&
      SOURCE_NOTE.test(b.lines[k - 1]!.text) &&
      !WHOLE_SOURCE.test(b.lines[k - 1]!.text) &&
      b.lines[k - 1]!.w >= w - 3 &&
      b.lines[k]!.w <= 0.6 * w;
    while (cut > 0 && b.lines.length - cut < 4 && titleish(b.lines[cut - 1]!) && !noteTail(cut - 1)) cut--;
    // A headline may hold a comma (`寒冬里，那一份份温暖守护`): a one-line paragraph that ends no sentence, with a
    // headline line, a dateline or the end of the stretch after it, is one all the same; so is a short one whose
    // lines are title-shaped but the last (`前10个月全国铁路发送旅客38.2亿人次` / `同比增长6.5%，创历史同期新高`).
    if (
      cut === b.lines.length &&
      !noteTail(cut - 1) &&
      b.lines.length <= 3 &&
      last.text.length <= 30 &&
      !/[。；]/.test(last.text) &&
      b.lines.slice(0, -1).every(titleish)
    )
      cut = 0;
    if (b.dateline && cut === 0) {
      out.push(b);
      continue;
    }
    if (cut > 0) out.push({ type: 'para', lines: b.lines.slice(0, cut), dateline: b.dateline });
    for (const line of b.lines.slice(cut)) out.push({ type: 'head', line });
  }
  return out;
}

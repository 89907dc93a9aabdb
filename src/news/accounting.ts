import type { Page } from './types.js';

/**
 * Every piece of printed text the parser placed, once: furniture (the raw lines it dropped, banners as OCR'd),
 * and each article's kicker, title, subtitle, byline line and paragraphs. Derived fields (`sections`, `authors`,
 * `dateline`, a byline printed inside the dateline) are copies and left out. Its non-blank characters are the
 * input's non-blank characters, as a multiset: a test can check that nothing was silently lost.
 */
export function accountedText(page: Page): string[] {
  const out = [...page.furniture];
  for (const a of page.articles) {
    if (a.kicker !== null) out.push(a.kicker);
    out.push(a.title);
    if (a.subtitle !== null) out.push(a.subtitle);
    if (a.byline !== null && !bylineInsideDateline(a.byline, a.dateline, a.paragraphs[0])) out.push(a.byline);
    out.push(...a.paragraphs);
  }
  return out;
}

function bylineInsideDateline(byline: string, dateline: string | null, first: string | undefined): boolean {
  // Bracketed (`本报讯（记者 X）`) or not (`本报菏泽3月3日讯 记者 X 报道`), or named right after the opening words
  // (`南都讯 记者梁炜培 5月6日，…`): read out of the first paragraph, which keeps it. So is a square bracket's that
  // names only the reporters (`【环球时报驻德国特约记者 青 木】…`), no dateline.
  if (first === undefined) return dateline !== null && dateline.includes(byline);
  const bracketed = first.startsWith('【');
  if (dateline === null) return bracketed && first.slice(0, first.indexOf('】')).includes(byline);
  return (
    dateline.includes(byline) || (first.startsWith(dateline, bracketed ? 1 : 0) && first.includes(byline))
  );
}

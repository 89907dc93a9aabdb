import { formatEditionDate } from '../i18n/dates.js';
import { t } from '../i18n/index.js';
import type { Digest, DigestItem } from './types.js';

/**
 * The line a digest opens with, in the reader's language: its date (written the locale's way) and how many
 * articles it holds.
 */
export function digestHeading(locale: string, date: string, count: number, received = false): string {
  return t(locale, count === 1 ? 'digest.post.headingOne' : 'digest.post.heading', {
    date: editionDateLabel(locale, date, received),
    count,
  });
}

/**
 * An edition's date as a heading says it: `Wed, 2 Dec 2026`, or, for pages that printed no date, the day they
 * arrived said as such (`undated pages, received Wed, 2 Dec 2026`), never as that day's paper (#12).
 */
export function editionDateLabel(locale: string, date: string, received: boolean): string {
  const day = formatEditionDate(locale, date);
  return received ? t(locale, 'digest.post.receivedDate', { day }) : day;
}

/** One item's lines: numbered title (with kicker), lede, authors. Shared shape with the embed renderer. */
function itemLines(item: DigestItem, n: number, locale: string): string[] {
  const kicker = item.kicker ? `${item.kicker} | ` : '';
  const photo = item.kind === 'photo' ? `[${t(locale, 'article.photo')}] ` : '';
  const lines = [`${n}. ${photo}${kicker}${item.title}`];
  if (item.lede) lines.push(`   ${item.lede}`);
  if (item.authors.length > 0) lines.push(`   — ${item.authors.join(t(locale, 'digest.post.authorsJoin'))}`);
  return lines;
}

/**
 * The digest as plain text, the way a channel or the console receives it: a heading, then per edition its
 * sections with numbered titles, ledes and authors. Numbers run through the whole digest so they match the
 * summary buttons of the Discord rendering. An empty digest renders as an empty string. Chinese for any zh-*
 * locale, English otherwise.
 */
export function renderDigestText(digest: Digest, locale = 'en'): string {
  if (digest.itemCount === 0) return '';
  const received = digest.editions.length > 0 && digest.editions.every((e) => e.received === true);
  const out: string[] = [digestHeading(locale, digest.editionDate, digest.itemCount, received)];
  let n = 0;
  for (const edition of digest.editions) {
    if (digest.editions.length > 1)
      out.push('', `== ${editionDateLabel(locale, edition.date, edition.received === true)} ==`);
    for (const section of edition.sections) {
      out.push('', `【${section.name ?? t(locale, 'digest.post.noSection')}】`);
      for (const item of section.items) out.push(...itemLines(item, ++n, locale));
    }
  }
  return out.join('\n') + '\n';
}

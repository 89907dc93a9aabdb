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

const EN_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric' });
const EN_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short', year: 'numeric' });
const EN_MONTH = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short' });

/**
 * Two edition dates as a range, the shorter the more they share: `Mon 23 – Wed 25 Nov 2026`,
 * `Mon 30 Nov – Wed 2 Dec 2026`, `Wed 30 Dec 2026 – Fri 1 Jan 2027`; `11月23日至25日`, `11月30日至12月2日`,
 * `2026年12月30日至2027年1月1日`. Not-quite-dates are shown as given.
 */
export function editionRange(locale: string, from: string, to: string): string {
  const a = new Date(`${from}T00:00:00Z`);
  const b = new Date(`${to}T00:00:00Z`);
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return `${from} – ${to}`;
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const sameMonth = sameYear && a.getUTCMonth() === b.getUTCMonth();
  if (locale.toLowerCase().startsWith('zh')) {
    const md = (d: Date): string => `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
    if (!sameYear) return `${a.getUTCFullYear()}年${md(a)}至${b.getUTCFullYear()}年${md(b)}`;
    return `${md(a)}至${sameMonth ? `${b.getUTCDate()}日` : md(b)}`;
  }
  const start = sameMonth
    ? EN_DAY.format(a)
    : sameYear
      ? `${EN_DAY.format(a)} ${EN_MONTH.format(a)}`
      : `${EN_DAY.format(a)} ${EN_MONTH_YEAR.format(a)}`;
  return `${start} – ${EN_DAY.format(b)} ${EN_MONTH_YEAR.format(b)}`;
}

/**
 * What a digest of several editions covers (#11: a weekly digest says so), e.g. `3 editions, Mon 23 – Wed 25 Nov
 * 2026` / `共 3 期：11月23日至25日`, and how many older editions it left out; null for a one-edition digest.
 * `dates` are the editions shown, oldest first.
 */
export function digestCoverage(locale: string, dates: readonly string[], leftOut = 0): string | null {
  if (dates.length < 2) return null;
  const line = t(locale, 'digest.post.coverage', {
    count: dates.length,
    range: editionRange(locale, dates[0]!, dates.at(-1)!),
  });
  return leftOut > 0 ? `${line} · ${t(locale, 'digest.post.coverageOlder', { count: leftOut })}` : line;
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
  const coverage = digestCoverage(
    locale,
    digest.editions.map((e) => e.date),
  );
  if (coverage) out.push(coverage);
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

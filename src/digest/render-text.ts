import { digestLabels, type DigestLocale } from './labels.js';
import type { Digest, DigestItem } from './types.js';

/** One item's lines: numbered title (with kicker), lede, authors. Shared shape with the embed renderer. */
export function itemLines(item: DigestItem, n: number, locale: DigestLocale | string): string[] {
  const l = digestLabels(locale);
  const kicker = item.kicker ? `${item.kicker} | ` : '';
  const photo = item.kind === 'photo' ? `[${l.photo}] ` : '';
  const lines = [`${n}. ${photo}${kicker}${item.title}`];
  if (item.lede) lines.push(`   ${item.lede}`);
  if (item.authors.length > 0) lines.push(`   — ${item.authors.join(l.authorsJoin)}`);
  return lines;
}

/**
 * The digest as plain text, the way a channel or the console receives it: a heading, then per edition its
 * sections with numbered titles, ledes and authors. Numbers run through the whole digest so they match the
 * summary buttons of the Discord rendering. An empty digest renders as an empty string.
 */
export function renderDigestText(digest: Digest, locale: DigestLocale | string = 'en'): string {
  if (digest.itemCount === 0) return '';
  const l = digestLabels(locale);
  const out: string[] = [l.heading(digest.editionDate, digest.itemCount)];
  let n = 0;
  for (const edition of digest.editions) {
    if (digest.editions.length > 1) out.push('', `== ${l.edition(edition.date)} ==`);
    for (const section of edition.sections) {
      out.push('', `【${section.name ?? l.noSection}】`);
      for (const item of section.items) out.push(...itemLines(item, ++n, locale));
    }
  }
  return out.join('\n') + '\n';
}

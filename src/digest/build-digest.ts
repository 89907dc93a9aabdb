import type { Digest, DigestEdition, DigestItem, DigestSection, DigestSource } from './types.js';

/**
 * A channel that missed many days gets the newest week, not the whole archive: the rest is stale news and
 * would only bloat the post.
 */
export const MAX_EDITIONS_PER_DIGEST = 7;

export interface BuildDigestOptions {
  /**
   * Treat every article as this edition (e.g. the articles of one date for `--date`); otherwise articles are
   * grouped by their own date and undated ones are left out, since no edition can claim them.
   */
  editionDate?: string;
  /** Keep only the newest this many editions (default {@link MAX_EDITIONS_PER_DIGEST}). */
  maxEditions?: number;
}

function toItem(a: DigestSource): DigestItem {
  return {
    articleId: a.id,
    kind: a.kind,
    title: a.title,
    kicker: a.kicker,
    lede: a.lede,
    authors: [...a.authors],
  };
}

/**
 * Sections in the order they were first printed, items in page order within each. Pages keep the order they
 * came in (the store lists an edition's pages in order, front page first), so the edition's first story is the
 * front page's lead rather than whichever page's story sits at position 0.
 */
function toEdition(date: string, articles: DigestSource[]): DigestEdition {
  const pageOrder = new Map<string, number>();
  for (const a of articles) if (!pageOrder.has(a.source ?? '')) pageOrder.set(a.source ?? '', pageOrder.size);
  const pageOf = (a: DigestSource): number => pageOrder.get(a.source ?? '') ?? 0;
  const sorted = articles
    .map((a, i) => ({ a, i }))
    .sort((x, y) => pageOf(x.a) - pageOf(y.a) || x.a.position - y.a.position || x.i - y.i)
    .map(({ a }) => a);
  const sections: DigestSection[] = [];
  const byName = new Map<string | null, DigestSection>();
  for (const a of sorted) {
    const name = a.section?.trim() || null;
    let section = byName.get(name);
    if (!section) {
      section = { name, items: [] };
      byName.set(name, section);
      sections.push(section);
    }
    section.items.push(toItem(a));
  }
  const received = articles.length > 0 && articles.every((a) => a.dateReceived === true);
  return received ? { date, received, sections } : { date, sections };
}

/**
 * Shapes articles into a digest: grouped by edition (oldest first), then by section in print order, then by
 * position on the page. Duplicate article ids are kept once. An empty input gives a digest with no editions
 * and `itemCount` 0, which callers treat as "nothing to post".
 */
export function buildDigest(articles: readonly DigestSource[], options: BuildDigestOptions = {}): Digest {
  const maxEditions = Math.max(1, options.maxEditions ?? MAX_EDITIONS_PER_DIGEST);
  const seen = new Set<string>();
  const byDate = new Map<string, DigestSource[]>();
  for (const a of articles) {
    const date = options.editionDate ?? a.date;
    if (!date || seen.has(a.id)) continue;
    seen.add(a.id);
    const list = byDate.get(date) ?? [];
    list.push(a);
    byDate.set(date, list);
  }
  const dates = [...byDate.keys()].sort().slice(-maxEditions);
  const editions = dates.map((d) => toEdition(d, byDate.get(d) ?? []));
  const itemCount = editions.reduce((n, e) => n + e.sections.reduce((m, s) => m + s.items.length, 0), 0);
  return { editionDate: dates.at(-1) ?? options.editionDate ?? '', editions, itemCount };
}

/** Edition dates a digest covers, oldest first (what a delivery records). */
export function digestEditions(digest: Digest): string[] {
  return digest.editions.map((e) => e.date);
}

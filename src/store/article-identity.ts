/**
 * What identifies a stored article (#9). The parser's id is a hash of the content alone, so the same story on
 * two pages (or a copied file) has one content id; the stored id adds the page key, so each copy is a row of its
 * own and replacing or removing one page never touches another page's articles.
 */
import { createHash } from 'node:crypto';

/**
 * The stored id of an article: 16 hex digits of SHA-256 over page key and content id. Stable across re-ingests
 * of an unchanged story on the same page, different on every other page; safe inside a Discord custom id.
 */
export function pageArticleId(source: string, contentId: string): string {
  return createHash('sha256').update(`${source}\u0000${contentId}`).digest('hex').slice(0, 16);
}

/**
 * Keeps the first row of each story (same content id), in the order given: what a reader wants from headlines,
 * a digest or search, where a story printed on two pages is one story.
 */
export function onePerStory<T extends { content_id: string }>(rows: readonly T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    if (seen.has(r.content_id)) return false;
    seen.add(r.content_id);
    return true;
  });
}

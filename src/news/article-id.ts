import { createHash } from 'node:crypto';

/**
 * A content-derived id: 16 hex digits of a SHA-1 over kind, title and first paragraph. Parsing the same page twice
 * gives the same ids; the alphabet is safe inside a Discord custom id (no `:`).
 */
export function articleId(kind: string, title: string, firstParagraph: string): string {
  return createHash('sha1').update(`${kind}\u0000${title}\u0000${firstParagraph}`).digest('hex').slice(0, 16);
}

/** Makes ids unique within a page by suffixing repeats (`…-2`), keeping them at most 24 characters. */
export function uniqueIds(ids: string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}

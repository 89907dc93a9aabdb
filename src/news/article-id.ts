/**
 * cyrb53: a fast, well-mixed 53-bit string hash (public domain, bryc). Not cryptographic; ids only need to be
 * stable and unlikely to collide within a store.
 */
function cyrb53(str: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A content-derived id: 16 hex digits (64 bits, from two seeded hashes) over kind, title and first paragraph.
 * Parsing the same page twice gives the same ids; the alphabet is safe inside a Discord custom id (no `:`).
 */
export function articleId(kind: string, title: string, firstParagraph: string): string {
  const key = `${kind}\u0000${title}\u0000${firstParagraph}`;
  const a = cyrb53(key, 1) % 4294967296;
  const b = cyrb53(key, 2) % 4294967296;
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
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

/**
 * The low 32 bits of cyrb53 (a fast, well-mixed string hash; public domain, bryc) under seeds 1 and 2, in one
 * pass over the string. Not cryptographic; ids only need to be stable and unlikely to collide within a store.
 */
function cyrb53LowPair(str: string): [number, number] {
  let a1 = 0xdeadbeef ^ 1;
  let a2 = 0x41c6ce57 ^ 1;
  let b1 = 0xdeadbeef ^ 2;
  let b2 = 0x41c6ce57 ^ 2;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    a1 = Math.imul(a1 ^ ch, 2654435761);
    a2 = Math.imul(a2 ^ ch, 1597334677);
    b1 = Math.imul(b1 ^ ch, 2654435761);
    b2 = Math.imul(b2 ^ ch, 1597334677);
  }
  return [finalLow(a1, a2), finalLow(b1, b2)];
}

function finalLow(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  return h1 >>> 0;
}

/**
 * A content-derived id: 16 hex digits (64 bits, from two seeded hashes) over kind, title and first paragraph.
 * Parsing the same page twice gives the same ids; the alphabet is safe inside a Discord custom id (no `:`).
 */
export function articleId(kind: string, title: string, firstParagraph: string): string {
  const key = `${kind}\u0000${title}\u0000${firstParagraph}`;
  const [a, b] = cyrb53LowPair(key);
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

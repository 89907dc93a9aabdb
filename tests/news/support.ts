/** Sorted non-blank characters: two texts hold the same characters when these are equal. */
export function nonBlankMultiset(s: string): string {
  return Array.from(s.replace(/\s+/gu, '')).sort().join('');
}

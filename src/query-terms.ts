/**
 * How a typed query becomes terms: split at white space, trimmed of punctuation, with its Simplified forms.
 * Search (src/store/search-text.ts) looks the terms up in its indexes; subscription filters and follows
 * (src/digest/keyword-match.ts) match the same terms against new articles, so a keyword finds what a search
 * for it finds.
 */

/** Terms shorter than this cannot use the trigram index and go to the character-gram index instead. */
export const TRIGRAM_MIN = 3;

/** Runs of letters and digits: what the one- and two-character index keeps. */
export const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** One whitespace-separated part of a query; an article must match every term. */
export interface QueryTerm {
  /** The term as typed plus its Simplified forms, lower-cased; any of them may match. */
  variants: string[];
  /** True when the term goes to the character-gram index (one or two characters). */
  short: boolean;
}

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Cleans a short term the way `gramsOf` splits text: letters and digits only. */
function wordChars(s: string): string {
  return (s.match(WORD_RUN) ?? []).join('');
}

/**
 * Splits a query into terms at white space, trimming punctuation off each term's ends. Terms of one or two characters (after dropping punctuation) are `short`.
 * `toSimplified` gives the Simplified forms of a term so that 舟山鎮 finds 舟山镇. Returns no terms when
 * nothing searchable is left (empty, or punctuation only).
 */
export function parseQuery(query: string, toSimplified: (term: string) => string[] = () => []): QueryTerm[] {
  const terms: QueryTerm[] = [];
  // Control characters separate terms: a NUL would end the FTS5 string literal early (a syntax error).
  const text = query
    .normalize('NFC')
    .toLowerCase()
    .replace(/\p{Cc}/gu, ' ');
  for (const typed of text.split(/\s+/u)) {
    // Quotes, brackets or `*` around a term are query habits, not text to find.
    const raw = typed.replace(EDGE_PUNCTUATION, '');
    if (!raw) continue;
    const forms = [raw, ...toSimplified(raw)];
    const longForms = forms.filter((f) => Array.from(f).length >= TRIGRAM_MIN);
    if (longForms.length === forms.length) {
      terms.push({ variants: unique(longForms), short: false });
      continue;
    }
    // At least one form is short: look every form up as letters and digits in the gram index.
    const cleaned = unique(forms.map(wordChars).filter((f) => f.length > 0));
    if (cleaned.length === 0) continue;
    if (cleaned.every((f) => Array.from(f).length < TRIGRAM_MIN))
      terms.push({ variants: cleaned, short: true });
    else terms.push({ variants: unique(longForms.length > 0 ? longForms : cleaned), short: false });
  }
  return dedupeTerms(terms);
}

export function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

function dedupeTerms(terms: QueryTerm[]): QueryTerm[] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = `${t.short}|${t.variants.join('\u0000')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

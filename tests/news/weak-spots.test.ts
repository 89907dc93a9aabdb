/**
 * Pages for the parser's known weak spots (tests/news/weak-spots/specs.ts), set in their column as the seed page's
 * OCR reads it, and compared field by field with what an editor reads off each page.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { accountedText, parsePageText } from '../../src/news/page-parser.js';
import { renderPage } from './seed-style/write-pages.js';
import { WEAK_SPOT_PAGES } from './weak-spots/specs.js';
import { nonBlankMultiset, reading } from './support.js';

describe.each(WEAK_SPOT_PAGES.map((spec) => [spec.file, spec] as const))('weak-spot page %s', (_f, spec) => {
  const text = renderPage(spec);

  it('reads every article as an editor would', () => {
    expect(reading(parsePageText(text, spec.source))).toEqual(spec.expected);
  });

  it('accounts for every non-blank character exactly once', () => {
    expect(nonBlankMultiset(accountedText(parsePageText(text, spec.source)).join(''))).toEqual(
      nonBlankMultiset(text),
    );
  });
});

describe('the weak-spot pages set in other columns', () => {
  // Every page but w3 (its wrapped title is broken by hand for 16 ems) re-set at 13 to 18 ems, with blank lines
  // as on the seed, after every line, or none. Before the rules these pages came with, 36 of the 90 settings
  // parsed exactly; with them, 84.
  //
  // The settings the parser does not yet read exactly: w6 at 14 and 18 ems, where a first line is joined to the
  // paragraph above. This list may only shrink: a fix removes its entries, and a new entry is a regression to fix,
  // not to add.
  const KNOWN_FAILURES = [
    'w6-headline-first-no-blank-lines.txt width 14 blank=seed',
    'w6-headline-first-no-blank-lines.txt width 14 blank=all',
    'w6-headline-first-no-blank-lines.txt width 14 blank=none',
    'w6-headline-first-no-blank-lines.txt width 18 blank=seed',
    'w6-headline-first-no-blank-lines.txt width 18 blank=all',
    'w6-headline-first-no-blank-lines.txt width 18 blank=none',
  ];

  it('parse exactly in every setting but the known ones', () => {
    const failing: string[] = [];
    for (const spec0 of WEAK_SPOT_PAGES.filter((s) => !s.file.startsWith('w3')))
      for (const width of [13, 14, 15, 16, 17, 18])
        for (const blankLines of ['seed', 'all', 'none'] as const) {
          const spec = { ...spec0, width, blankLines };
          if (!isDeepStrictEqual(reading(parsePageText(renderPage(spec), spec.source)), spec.expected))
            failing.push(`${spec0.file} width ${width} blank=${blankLines}`);
        }
    expect(failing).toEqual(KNOWN_FAILURES);
  });
});

/**
 * Pages written by hand in the style of the real OCR on the seed page (tests/news/seed-style/specs.ts): uneven
 * full lines, lost indents, blank lines after most OCR lines, centred bylines, headlines after the body, banners
 * read twice and glued to the line above, photo items. Each page is parsed in every encoding and with every line
 * end a page on disk comes in, and compared field by field with what an editor reads off it.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { accountedText, parsePage, parsePageText } from '../../src/news/page-parser.js';
import { SEED_STYLE_PAGES, type SeedStyleSpec } from './seed-style/specs.js';
import { renderPage } from './seed-style/write-pages.js';
import { encodePage } from '../support/page-generator.js';
import { nonBlankMultiset, reading } from './support.js';

const ENCODINGS = [
  ['utf-8', 'utf-8'],
  ['utf-8-bom', 'utf-8-bom'],
  ['utf-16le', 'utf-16le'],
  ['utf-16be', 'utf-16be'],
  // GBK is a subset of GB18030, which is what detection reports.
  ['gbk', 'gb18030'],
] as const;
const EOLS = [
  ['LF', '\n'],
  ['CRLF', '\r\n'],
  ['CR', '\r'],
] as const;

function fixture(spec: SeedStyleSpec): string {
  return readFileSync(new URL(`seed-style/${spec.file}`, import.meta.url), 'utf8');
}

describe.each(SEED_STYLE_PAGES.map((spec) => [spec.file, spec] as const))(
  'seed-style page %s',
  (_f, spec) => {
    const text = fixture(spec);

    it('reads every article as an editor would', () => {
      expect(reading(parsePage(encodePage(text, 'utf-8'), spec.source))).toEqual(spec.expected);
    });

    it('reads the same in every encoding and with every line end', () => {
      for (const [encoding, reported] of ENCODINGS)
        for (const [eolName, eol] of EOLS) {
          const page = parsePage(encodePage(text.replaceAll('\n', eol), encoding), spec.source);
          expect({ encoding: page.encoding, ...reading(page) }, `${encoding} ${eolName}`).toEqual({
            encoding: reported,
            ...spec.expected,
          });
        }
    });

    it('accounts for every non-blank character exactly once', () => {
      const page = parsePage(encodePage(text, 'utf-8'), spec.source);
      expect(nonBlankMultiset(accountedText(page).join(''))).toEqual(nonBlankMultiset(text));
    });
  },
);

describe('the seed-style pages set in other columns', () => {
  // Every page re-set at 13 to 18 ems, with blank lines as on the seed, after every line, or none; then again
  // with each line's right edge moved by up to half an em (loose justification). Without the layout rules that
  // came with these pages, 213 and 204 of the 216 settings parsed exactly; with them, 216 and 210.
  /** The settings (`<file> width <ems> blank=<seed|all|none>`) whose reading differs from the editor's. */
  const failingSettings = (wobble: number) => {
    const failing: string[] = [];
    for (const spec0 of SEED_STYLE_PAGES)
      for (const width of [13, 14, 15, 16, 17, 18])
        for (const blankLines of ['seed', 'all', 'none'] as const) {
          const spec = { ...spec0, width, blankLines };
          const edge = (k: number) => [-wobble, 0, -wobble / 2, 0, wobble / 2][(k * 3 + width) % 5]!;
          const page = parsePageText(renderPage(spec, wobble === 0 ? undefined : edge), spec.source);
          if (!isDeepStrictEqual(reading(page), spec.expected))
            failing.push(`${spec0.file} width ${width} blank=${blankLines}`);
        }
    return failing;
  };

  it('parse exactly in every setting', () => {
    expect(failingSettings(0)).toEqual([]);
  });

  // The wobbled settings the parser does not yet read exactly: a narrow column whose lines all fall short of it
  // because of unbreakable numbers, so its width is underestimated and a first line passes for a full one. This
  // list may only shrink: a fix removes its entries, and a new entry is a regression to fix, not to add.
  const KNOWN_WOBBLE_FAILURES = [
    '04-header-a3-banner-top.txt width 14 blank=seed',
    '04-header-a3-banner-top.txt width 14 blank=all',
    '04-header-a3-banner-top.txt width 14 blank=none',
    '06-schools-narrow-page-number.txt width 17 blank=seed',
    '06-schools-narrow-page-number.txt width 17 blank=all',
    '06-schools-narrow-page-number.txt width 17 blank=none',
  ];

  it('parse exactly in every setting but the known ones when line ends wobble by half an em', () => {
    expect(failingSettings(0.5)).toEqual(KNOWN_WOBBLE_FAILURES);
  });
});

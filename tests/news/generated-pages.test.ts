/**
 * Pages from the OCR layout generator, across the variations of the issue: encodings, line ends, column widths,
 * blank lines or none, headlines before or after, bylines inside datelines, photos, banners, header lines.
 */
import { describe, expect, it } from 'vitest';
import { parsePage, parsePageText } from '../../src/news/page-parser.js';
import type { Page } from '../../src/news/types.js';
import { encodePage, generatePage, type GeneratedPage, type PageOptions } from '../support/page-generator.js';

function matches(g: GeneratedPage, page: Page): boolean {
  const got = {
    date: page.date,
    sections: page.sections,
    articles: page.articles.map(({ id: _id, ...a }) => a),
  };
  return JSON.stringify(got) === JSON.stringify(g.expected);
}

/**
 * The seeds (`seed <n>`) of the pages not parsed exactly as laid out (every field of every article, the date and
 * the sections).
 */
function failingSeeds(options: PageOptions, seeds: number): string[] {
  const failing: string[] = [];
  for (let s = 1; s <= seeds; s++) {
    const g = generatePage(s, options);
    if (!matches(g, parsePageText(g.text, g.source))) failing.push(`seed ${s}`);
  }
  return failing;
}

// The generated pages the parser does not yet read exactly, per variation. These lists may only shrink: a fix
// removes its entries, and a new entry is a regression to fix, not to add.
describe('generated pages', () => {
  it('parses print-layout pages exactly as laid out but for the known seeds', () => {
    expect(failingSeeds({ widthModel: 'print' }, 200)).toEqual(['seed 55', 'seed 126', 'seed 195']);
  });

  it.each([
    ['headlines before the byline', { headlineFirst: true }, []],
    ['headlines after the body', { headlineFirst: false }, ['seed 2']],
    ['no blank lines', { blankLines: 'none' }, []],
    ['a blank line after every line', { blankLines: 'all' }, []],
    ['CR line ends', { lineEnding: '\r' }, []],
    ['a 14-em column', { width: 14 }, ['seed 35']],
    ['an 18-em column', { width: 18 }, ['seed 2']],
    ['header lines and a banner', { header: true, banner: true }, []],
    ['two photos and one story', { photos: 2, articles: 1 }, []],
    ['stories mostly without byline lines', { noBylineRate: 0.8 }, []],
  ] as const)('handles %s but for the known seeds', (_name, options, known) => {
    expect(failingSeeds({ widthModel: 'print', ...options }, 40)).toEqual(known);
  });

  it('handles pages laid out by character count rather than print width but for the known seeds', () => {
    expect(failingSeeds({ widthModel: 'chars' }, 60)).toEqual([
      'seed 7',
      'seed 9',
      'seed 26',
      'seed 41',
      'seed 54',
    ]);
  });

  it.each(['utf-8-bom', 'utf-16le', 'utf-16be', 'gbk'] as const)(
    'gives the same page from %s bytes',
    (enc) => {
      for (let s = 1; s <= 10; s++) {
        const g = generatePage(s);
        const fromText = parsePageText(g.text, g.source);
        const fromBytes = parsePage(encodePage(g.text, enc), g.source);
        expect({ ...fromBytes, encoding: '' }).toEqual({ ...fromText, encoding: '' });
      }
    },
  );

  it('lays out the same page for the same seed', () => {
    expect(generatePage(7, { width: 15 })).toEqual(generatePage(7, { width: 15 }));
    expect(generatePage(7).text).not.toBe(generatePage(8).text);
  });
});

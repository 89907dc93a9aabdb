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

/** Share of pages parsed exactly as laid out (every field of every article, the date and the sections). */
function exactShare(options: PageOptions, seeds: number, from = 1): number {
  let ok = 0;
  for (let s = from; s < from + seeds; s++) {
    const g = generatePage(s, options);
    if (matches(g, parsePageText(g.text, g.source))) ok++;
  }
  return ok / seeds;
}

describe('generated pages', () => {
  it('parses at least 95% of print-layout pages exactly as laid out', () => {
    expect(exactShare({ widthModel: 'print' }, 200)).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    ['headlines before the byline', { headlineFirst: true }],
    ['headlines after the body', { headlineFirst: false }],
    ['no blank lines', { blankLines: 'none' }],
    ['a blank line after every line', { blankLines: 'all' }],
    ['CR line ends', { lineEnding: '\r' }],
    ['a 14-em column', { width: 14 }],
    ['an 18-em column', { width: 18 }],
    ['header lines and a banner', { header: true, banner: true }],
    ['two photos and one story', { photos: 2, articles: 1 }],
    ['stories mostly without byline lines', { noBylineRate: 0.8 }],
  ] as const)('handles %s', (_name, options) => {
    expect(exactShare({ widthModel: 'print', ...options }, 40)).toBeGreaterThanOrEqual(0.9);
  });

  it('mostly handles pages laid out by character count rather than print width', () => {
    expect(exactShare({ widthModel: 'chars' }, 60)).toBeGreaterThanOrEqual(0.85);
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

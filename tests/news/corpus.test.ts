/**
 * The measuring corpora (tests/news/corpus/), each set in the four OCR layouts, held to an exact list of the
 * articles the parser does not yet rebuild (main headline found, body within 3 %). A regression fails the test;
 * so does a fix, until its article is taken off the list: the lists may only shrink.
 * `npm run bench:parse-quality -- --verbose` prints the same figures with the reason for each failure.
 */
import { describe, expect, it } from 'vitest';
import { accountedText, parsePageText } from '../../src/news/page-parser.js';
import { CORPORA } from './corpus/corpora.js';
import { KNOWN_FAILURES } from './corpus/known-failures.js';
import { LAYOUTS, layoutCorpusPage, loadCorpus, metadataAgreement, scoreLaidOut } from '../support/corpus.js';
import { nonBlankMultiset } from './support.js';

describe.each(CORPORA.map((c) => [c.name, c.dir] as const))('the %s corpus', (name, dir) => {
  const pages = loadCorpus(dir);

  it.each(LAYOUTS.map((l) => [l.name, l.layout] as const))(
    'in layout %s fails only the known articles',
    (layoutName, layout) => {
      const failing: string[] = [];
      for (const page of pages) for (const s of scoreLaidOut(page, layout)) if (!s.ok) failing.push(s.id);
      expect(failing).toEqual(KNOWN_FAILURES[name]?.[layoutName] ?? []);
    },
  );

  it('loses no character of any page in any layout', () => {
    for (const page of pages)
      for (const { layout } of LAYOUTS) {
        const text = layoutCorpusPage(page, layout);
        const parsed = parsePageText(text, `${page.name}.txt`);
        expect(nonBlankMultiset(accountedText(parsed).join(''))).toBe(nonBlankMultiset(text));
      }
  });
});

// The team's corpus: every article found also has the gold's authors, in order, its dateline, and its kicker,
// title and subtitle each in its place.
describe('the shared corpus, read with headlines after', () => {
  const shared = CORPORA.find((c) => c.name === 'shared')!;
  const after = LAYOUTS.find((l) => l.name === 'after')!.layout;

  it('gives every article found its authors, dateline and headline parts', () => {
    const wrong: string[] = [];
    for (const page of loadCorpus(shared.dir)) {
      const parsed = parsePageText(layoutCorpusPage(page, after), `${page.name}.txt`).articles;
      const m = metadataAgreement(page, parsed);
      if (m.authors < m.found || m.datelines < m.found || m.headlines < m.found) wrong.push(page.name);
    }
    expect(wrong).toEqual([]);
  });
});

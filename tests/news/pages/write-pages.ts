/** Writes the hand-written pages of specs.ts as the UTF-8, LF fixture files the tests read. */
import { writeFileSync } from 'node:fs';
import { setColumn } from './column.js';
import { PAGES, type PageSpec } from './specs.js';

/** The page as OCR would dump it: one printed line per text line, a blank line after each if the spec says so. */
export function renderPage(spec: PageSpec): string {
  const lines = spec.blocks.flatMap((b) => (typeof b === 'string' ? [b] : setColumn(b.p, spec.width)));
  const blank = (k: number): boolean =>
    spec.blankLines === true || (spec.blankLines === 'mixed' && k % 3 !== 2);
  return lines.map((l, k) => (blank(k) ? `${l}\n\n` : `${l}\n`)).join('');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const spec of PAGES) writeFileSync(new URL(spec.file, import.meta.url), renderPage(spec));
}

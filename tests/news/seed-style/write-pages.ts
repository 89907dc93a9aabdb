/** Writes the seed-style pages of specs.ts as the UTF-8, LF fixture files the tests read. */
import { writeFileSync } from 'node:fs';
import { setOcrColumn } from './ocr-column.js';
import { SEED_STYLE_PAGES, type SeedStyleSpec } from './specs.js';

/**
 * The page as OCR dumps it: one printed line per text line, each followed by a blank line as the spec says.
 * On `seed` pages about one blank line in eleven is missing (the seed page loses a few), always at the same
 * places, and a `glue` line never has a blank line before it (the seed's banner glued to the title above).
 */
export function renderPage(spec: SeedStyleSpec, wobble?: (line: number) => number): string {
  const lines: Array<{ text: string; glued: boolean }> = [];
  for (const b of spec.blocks) {
    if (typeof b === 'string') lines.push({ text: b, glued: false });
    else if ('glue' in b) lines.push({ text: b.glue, glued: true });
    else for (const text of setOcrColumn(b.p, spec.width, wobble)) lines.push({ text, glued: false });
  }
  let out = '';
  lines.forEach((l, k) => {
    const next = lines[k + 1];
    const blank =
      next !== undefined &&
      !next.glued &&
      (spec.blankLines === 'all' || (spec.blankLines === 'seed' && (k * 7 + 3) % 11 !== 0));
    out += `${l.text}\n${blank ? '\n' : ''}`;
  });
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const spec of SEED_STYLE_PAGES) writeFileSync(new URL(spec.file, import.meta.url), renderPage(spec));
}

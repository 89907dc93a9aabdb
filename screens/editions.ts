/**
 * The stores the screenshots are taken with: the seed page alone, or the "full" edition a reviewer checks (the
 * seed plus the 12 seed-style pages of tests/news/seed-style/, about 27 stories, all on the seed's date).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Clock } from '../src/clock.js';
import { parsePage } from '../src/news/page-parser.js';
import { openStore } from '../src/store/open-store.js';
import type { Store } from '../src/store/types.js';
import { savePage, SEED_DATE } from '../tests/discord/harness.js';

export const EDITIONS = ['seed', 'full'] as const;
export type Edition = (typeof EDITIONS)[number];

function pagesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** A store on `clock` holding one edition, dated SEED_DATE (the harness's date for undated pages). */
export function editionStore(edition: Edition, clock: Clock): Store {
  const store = openStore(':memory:', { now: () => clock.now() });
  const files = pagesIn(path.resolve('seeds'));
  if (edition === 'full') files.push(...pagesIn(path.resolve('tests/news/seed-style')));
  for (const file of files) {
    const page = parsePage(readFileSync(file), path.basename(file));
    // One edition: every page on the seed's date, as the 27-story review did.
    savePage(store, { ...page, date: edition === 'full' ? SEED_DATE : (page.date ?? SEED_DATE) });
  }
  return store;
}

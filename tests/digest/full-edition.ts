import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePage } from '../../src/news/page-parser.js';
import type { Store } from '../../src/store/types.js';
import { savePage, SEED_DATE } from '../discord/harness.js';

/**
 * Adds the realistic full edition the issue was judged with to `store`: the seed page plus the seed-style pages
 * of tests/news/seed-style/, every page filed under `date` (the seed's date unless given), as ingest would store
 * them. Returns the number of pages saved.
 */
export function saveFullEdition(store: Store, date = SEED_DATE): number {
  const dirs = [path.resolve('seeds'), path.resolve('tests/news/seed-style')];
  let pages = 0;
  for (const dir of dirs)
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const page = parsePage(readFileSync(path.join(dir, file)), `${path.basename(dir)}/${file}`);
      savePage(store, { ...page, date });
      pages++;
    }
  return pages;
}

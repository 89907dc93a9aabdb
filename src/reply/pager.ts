import type { ButtonRow } from './reply.js';

/**
 * Previous/Next buttons for page `page` (0-based) of `pages`. Ids within one reply must differ, so a disabled
 * button carries the current page (never pressed) while the enabled one carries its target.
 */
export function pagerRow(
  idFor: (page: number) => string,
  page: number,
  pages: number,
  labels: { previous: string; next: string },
): ButtonRow {
  const hasPrev = page > 0;
  const hasNext = page < pages - 1;
  return {
    kind: 'buttons',
    buttons: [
      { id: idFor(hasPrev ? page - 1 : page), label: `◀ ${labels.previous}`, disabled: !hasPrev },
      { id: idFor(hasNext ? page + 1 : page), label: `${labels.next} ▶`, disabled: !hasNext },
    ],
  };
}

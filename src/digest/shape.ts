import type { DigestEdition, DigestItem } from './types.js';

/** How much of an edition a digest message shows; every number can be set by the operator. */
export interface DigestLayout {
  /** Stories shown with a lede per section, after the lead story (about 8 reads in ten seconds). */
  topPerSection: number;
  /** Stories shown with a lede in all, the lead included, so an edition of many sections still scans. */
  maxShown: number;
  /** Stories one edition's message carries at all, shown or in its menus; the rest are left to /headlines. */
  maxItems: number;
  /** Messages one channel gets per delivery: one per edition, newest editions kept. */
  maxMessages: number;
}

/** The layout from the DIGEST_* settings (see src/config.ts). */
export function digestLayoutFrom(config: {
  digestTopPerSection: number;
  digestMaxShown: number;
  digestMaxItems: number;
  digestMaxMessages: number;
}): DigestLayout {
  return {
    topPerSection: config.digestTopPerSection,
    maxShown: config.digestMaxShown,
    maxItems: config.digestMaxItems,
    maxMessages: config.digestMaxMessages,
  };
}

export const DEFAULT_DIGEST_LAYOUT: DigestLayout = {
  topPerSection: 8,
  maxShown: 12,
  maxItems: 50,
  maxMessages: 7,
};

export interface NumberedItem extends DigestItem {
  /** 1-based place in the edition's print order, the same in the text and the menu. */
  n: number;
  /** The section it was printed under, or null for none. */
  section: string | null;
}

/** One edition ready to render: the lead, the top stories per section, and everything the menus carry. */
export interface ShapedEdition {
  date: string;
  /** Its pages printed no date: `date` is the day they arrived. */
  received: boolean;
  lead: NumberedItem | null;
  sections: { name: string | null; items: NumberedItem[] }[];
  /** Every story the message carries (lead and shown ones included), in print order, at most `maxItems`. */
  carried: NumberedItem[];
  /** Stories of the edition beyond `maxItems`, which only /headlines lists. */
  more: number;
  total: number;
}

/**
 * The page's main story: the first article printed (front pages open with it). A photo is passed over when an
 * article follows, since a caption is not a lead; an edition of photos only leads with its first photo.
 */
function pickLead(items: NumberedItem[]): NumberedItem | null {
  return items.find((i) => i.kind === 'article') ?? items[0] ?? null;
}

/**
 * Chooses what an edition's message shows: the lead story first, then up to `topPerSection` stories of each
 * section in print order (the lead is not repeated), `maxShown` in all, and the list of everything carried for
 * the menus.
 */
export function shapeEdition(
  edition: DigestEdition,
  layout: DigestLayout = DEFAULT_DIGEST_LAYOUT,
): ShapedEdition {
  const all: NumberedItem[] = [];
  for (const s of edition.sections)
    for (const item of s.items) all.push({ ...item, n: all.length + 1, section: s.name });
  const maxItems = Math.max(1, layout.maxItems);
  const carried = all.slice(0, maxItems);
  const lead = pickLead(carried);
  const top = Math.max(0, layout.topPerSection);
  // Sections take turns, one story each, until the budget is spent: the first sections do not starve the rest.
  let budget = Math.max(0, layout.maxShown - (lead ? 1 : 0));
  const queues = edition.sections.map((s) => ({
    name: s.name,
    pending: carried.filter((i) => i.section === s.name && i !== lead).slice(0, top),
    items: [] as NumberedItem[],
  }));
  while (budget > 0 && queues.some((q) => q.pending.length > 0))
    for (const q of queues) {
      const next = q.pending.shift();
      if (!next || budget === 0) continue;
      q.items.push(next);
      budget--;
    }
  const sections = queues.filter((q) => q.items.length > 0).map(({ name, items }) => ({ name, items }));
  return {
    date: edition.date,
    received: edition.received === true,
    lead,
    sections,
    carried,
    more: all.length - carried.length,
    total: all.length,
  };
}

import type { CommandContext, CommandRequest } from '../../src/discord/command.js';
import { hasFilters, type SubscriptionFilters } from '../../src/digest/filters.js';
import { keywordTerms } from '../../src/digest/keyword-match.js';
import { localize, t, type Message, type MessageKey } from '../../src/i18n/index.js';
import type { Reply } from '../../src/reply/reply.js';
import { channelRef, type Span } from '../../src/reply/rich-text.js';
import type { SubscriptionStore } from '../../src/store/interfaces/subscription-store.js';
import { UserError } from '../../src/user-error.js';
import { requireChannel, SUBSCRIBE_CHANNEL_TYPES } from './access.js';

/** A keyword longer than this is a sentence, not a keyword. */
export const MAX_KEYWORD_CHARS = 30;
/** Keywords per list: enough for a beat, few enough that /digest list still reads. */
export const MAX_KEYWORDS_PER_LIST = 20;

type FilterList = keyof SubscriptionFilters;
const LISTS: readonly FilterList[] = ['sections', 'include', 'exclude'];
const LIST_NAME: Record<FilterList, MessageKey> = {
  sections: 'digest.filter.sections',
  include: 'digest.filter.include',
  exclude: 'digest.filter.exclude',
};

/**
 * A typed list of keywords: separated by commas (`,` `，`) or the enumeration comma `、`; spaces inside a
 * keyword make it several terms that must all match, as in search. Each keyword must have something
 * searchable, be at most {@link MAX_KEYWORD_CHARS} characters, and a list at most {@link MAX_KEYWORDS_PER_LIST}.
 */
export function parseKeywordList(raw: string, list: FilterList): string[] {
  const name: Message = { key: LIST_NAME[list] };
  const words = [
    ...new Set(
      raw
        .split(/[,，、]/u)
        .map((w) => w.trim().replace(/\s+/gu, ' '))
        .filter((w) => w.length > 0),
    ),
  ];
  if (words.length === 0)
    throw new UserError('digest.filter.nothingSearchable', { keyword: raw, list: name });
  if (words.length > MAX_KEYWORDS_PER_LIST)
    throw new UserError('digest.filter.tooMany', {
      list: name,
      count: words.length,
      max: MAX_KEYWORDS_PER_LIST,
    });
  for (const w of words) {
    if (Array.from(w).length > MAX_KEYWORD_CHARS)
      throw new UserError('digest.filter.tooLong', { keyword: w, list: name, max: MAX_KEYWORD_CHARS });
    if (!keywordTerms(w)) throw new UserError('digest.filter.nothingSearchable', { keyword: w, list: name });
  }
  return words;
}

/** A subscription's filters as one line (`Filters: include 舟山, 渔业 · exclude 广告`), or "none". */
export function filtersLine(filters: SubscriptionFilters, locale: string): Span[] {
  if (!hasFilters(filters)) return localize(locale, 'digest.filter.none');
  const parts = LISTS.filter((l) => filters[l].length > 0).map((l) =>
    t(locale, 'digest.filter.part', { list: t(locale, LIST_NAME[l]), words: filters[l].join(', ') }),
  );
  return localize(locale, 'digest.filter.line', { filters: parts.join(' · ') });
}

/**
 * `/digest filter channel [sections] [include] [exclude] [clear]`: which stories a subscribed channel gets.
 * A list given replaces that list; `clear` empties all three first (so `clear` with `include` sets only
 * that); no option shows the current filters.
 */
export function filter(req: CommandRequest, ctx: CommandContext<SubscriptionStore>, guildId: string): Reply {
  const channelId = requireChannel(req, SUBSCRIBE_CHANNEL_TYPES);
  const channel = channelRef(channelId);
  const sub = ctx.store.getSubscription(channelId);
  if (!sub || sub.guildId !== guildId) throw new UserError('digest.filter.notSubscribed', { channel });
  const clear = req.options.boolean?.('clear') ?? false;
  const given = LISTS.map((l) => [l, req.options.string(l)] as const).filter(([, v]) => v !== null);
  const next: SubscriptionFilters = clear
    ? { sections: [], include: [], exclude: [] }
    : {
        sections: [...sub.filters.sections],
        include: [...sub.filters.include],
        exclude: [...sub.filters.exclude],
      };
  for (const [list, raw] of given) next[list] = parseKeywordList(raw ?? '', list);
  const changed = clear || given.length > 0;
  if (changed) ctx.store.setSubscriptionFilters(channelId, next);
  const key: MessageKey = !changed
    ? 'digest.filter.shown'
    : hasFilters(next)
      ? 'digest.filter.set'
      : 'digest.filter.cleared';
  return {
    text: localize(req.locale, key, { channel, filters: filtersLine(next, req.locale) }),
    cards: [],
    controls: [],
  };
}

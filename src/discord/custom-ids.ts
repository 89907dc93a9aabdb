import { DISCORD_LIMITS } from './limits.js';

/**
 * Buttons and menus carry their whole state in the custom id (at most 100 characters), so they keep working
 * after a restart. Format: `<kind>:<arg>[:<arg>…]`. Article ids never contain `:`.
 *
 * - `summary:<id>` opens an article's summary (digest buttons, headline menu choices).
 * - `read:<id>` opens an article's full text at its first page, as a new reply.
 * - `article:<id>:<page>` turns the full text to a page, in place.
 * - `headlines:<date>` is the headline menu; `headlines:<date>:<page>` turns a long edition's list to a page.
 * - `open:<context>` is any other menu whose chosen value is an article id (e.g. search results).
 * - `search:<page>:<query>`, or `search:<page>-<perPage>:<query>` when a page size was chosen.
 * - `digest:<preview|unsubscribe|send>:<channelId>`: the admin buttons of `/digest list`.
 */
export type CustomId =
  | { kind: 'summary'; articleId: string }
  | { kind: 'read'; articleId: string }
  | { kind: 'open'; context: string }
  | { kind: 'article'; articleId: string; page: number }
  | { kind: 'headlines'; date: string; page?: number }
  | { kind: 'search'; page: number; query: string; perPage?: number }
  | { kind: 'digest'; action: DigestAction; channelId: string };

/** What a `/digest list` button does to its channel's subscription. */
export type DigestAction = 'preview' | 'unsubscribe' | 'send';
const DIGEST_ACTIONS: readonly string[] = ['preview', 'unsubscribe', 'send'] satisfies DigestAction[];

export function encodeCustomId(id: CustomId): string {
  let s: string;
  switch (id.kind) {
    case 'summary':
      s = `summary:${id.articleId}`;
      break;
    case 'read':
      s = `read:${id.articleId}`;
      break;
    case 'open':
      s = `open:${id.context}`;
      break;
    case 'article':
      s = `article:${id.articleId}:${id.page}`;
      break;
    case 'headlines':
      s = id.page === undefined ? `headlines:${id.date}` : `headlines:${id.date}:${id.page}`;
      break;
    case 'search':
      s = `search:${id.page}${id.perPage === undefined ? '' : `-${id.perPage}`}:${id.query}`;
      break;
    case 'digest':
      s = `digest:${id.action}:${id.channelId}`;
      break;
  }
  // A query is the only free text; truncating it keeps the id valid and the search still meaningful.
  return s.length > DISCORD_LIMITS.customId ? s.slice(0, DISCORD_LIMITS.customId) : s;
}

const isPage = (n: number): boolean => Number.isInteger(n) && n >= 0;

export function decodeCustomId(raw: string): CustomId | null {
  const [kind, ...rest] = raw.split(':');
  switch (kind) {
    case 'summary':
    case 'read':
      return rest[0] ? { kind, articleId: rest[0] } : null;
    case 'open':
      return rest[0] ? { kind, context: rest.join(':') } : null;
    case 'article': {
      const page = Number(rest[1] ?? '0');
      return rest[0] && isPage(page) ? { kind, articleId: rest[0], page } : null;
    }
    case 'headlines': {
      if (!rest[0]) return null;
      if (rest[1] === undefined) return { kind, date: rest[0] };
      const page = Number(rest[1]);
      return isPage(page) ? { kind, date: rest[0], page } : null;
    }
    case 'search': {
      const m = /^(\d+)(?:-(\d+))?$/.exec(rest[0] ?? '');
      const query = rest.slice(1).join(':');
      if (!m || !query) return null;
      const page = Number(m[1]);
      return m[2] === undefined ? { kind, page, query } : { kind, page, query, perPage: Number(m[2]) };
    }
    case 'digest':
      return rest[0] && DIGEST_ACTIONS.includes(rest[0]) && rest[1] && /^[\w-]+$/.test(rest[1])
        ? { kind, action: rest[0] as DigestAction, channelId: rest[1] }
        : null;
    default:
      return null;
  }
}

/**
 * Buttons and menus carry their whole state in the custom id (at most 100 characters), so they keep working
 * after a restart. Format: `<kind>:<arg>[:<arg>…]`. Article ids never contain `:`.
 */
export type CustomId =
  | { kind: 'summary'; articleId: string }
  | { kind: 'article'; articleId: string; page: number }
  | { kind: 'headlines'; date: string }
  | { kind: 'search'; page: number; query: string };

const MAX_CUSTOM_ID = 100;

export function encodeCustomId(id: CustomId): string {
  let s: string;
  switch (id.kind) {
    case 'summary':
      s = `summary:${id.articleId}`;
      break;
    case 'article':
      s = `article:${id.articleId}:${id.page}`;
      break;
    case 'headlines':
      s = `headlines:${id.date}`;
      break;
    case 'search':
      s = `search:${id.page}:${id.query}`;
      break;
  }
  // A query is the only free text; truncating it keeps the id valid and the search still meaningful.
  return s.length > MAX_CUSTOM_ID ? s.slice(0, MAX_CUSTOM_ID) : s;
}

export function decodeCustomId(raw: string): CustomId | null {
  const [kind, ...rest] = raw.split(':');
  switch (kind) {
    case 'summary':
      return rest[0] ? { kind, articleId: rest[0] } : null;
    case 'article': {
      const page = Number(rest[1] ?? '0');
      return rest[0] && Number.isInteger(page) && page >= 0 ? { kind, articleId: rest[0], page } : null;
    }
    case 'headlines':
      return rest[0] ? { kind, date: rest[0] } : null;
    case 'search': {
      const page = Number(rest[0]);
      const query = rest.slice(1).join(':');
      return Number.isInteger(page) && page >= 0 && query ? { kind, page, query } : null;
    }
    default:
      return null;
  }
}

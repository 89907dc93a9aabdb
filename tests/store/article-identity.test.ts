import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pageArticleId } from '../../src/store/article-identity.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { article, page, summariesOf } from './fixtures.js';

/**
 * Article identity (#9): every copy of a story is stored under its own page; reads show a story once; replacing
 * or removing one page never touches another's copy; ids handed out before (content ids) still resolve.
 */
let store: Store;
beforeEach(() => {
  store = openStore(':memory:');
});
afterEach(() => store.close());

/** Saves a page the way ingest does: page-scoped ids, the given ids as content ids. */
function ingestLike(
  source: string,
  date: string | null,
  articles: ReturnType<typeof article>[],
  hash = source,
) {
  const contentIds = new Map<string, string>();
  const scoped = articles.map((a) => {
    const id = pageArticleId(source, a.id);
    contentIds.set(id, a.id);
    return { ...a, id };
  });
  const p = page(source, date, scoped);
  return store.savePage(p, hash, summariesOf(p), contentIds);
}

const shared = article({ title: '舟山镇开展三服务活动', paragraphs: ['本报讯 舟山镇今日开展活动。'] });
const onlyA = article({ title: '甲版独家报道', paragraphs: ['甲版的正文。'] });
const onlyB = article({ title: '乙版独家报道', paragraphs: ['乙版的正文。'] });

describe('article identity', () => {
  it('gives each page its own id for the same story, stable across saves', () => {
    expect(pageArticleId('a.txt', shared.id)).not.toBe(pageArticleId('b.txt', shared.id));
    expect(pageArticleId('a.txt', shared.id)).toBe(pageArticleId('a.txt', shared.id));
    expect(pageArticleId('a.txt', shared.id)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('stores both copies of a story printed on two pages, and both editions exist', () => {
    ingestLike('2019-08-06.txt', '2019-08-06', [shared, onlyA]);
    ingestLike('2019-08-07.txt', '2019-08-07', [shared, onlyB]);
    expect(store.articleCount()).toBe(4);
    expect(store.editionDates()).toEqual(['2019-08-07', '2019-08-06']);
    expect(store.articlesForDate('2019-08-07').map((a) => a.title)).toEqual([shared.title, onlyB.title]);
  });

  it('replacing one page never touches the other page’s copy', () => {
    ingestLike('a.txt', '2019-08-07', [shared, onlyA]);
    ingestLike('b.txt', '2019-08-07', [shared, onlyB]);
    // a.txt is edited: the shared story is cut from it.
    expect(ingestLike('a.txt', '2019-08-07', [onlyA], 'a-v2')).toBe('replaced');
    const titles = store.articlesForDate('2019-08-07').map((a) => `${a.source}:${a.title}`);
    expect(titles).toEqual([`a.txt:${onlyA.title}`, `b.txt:${shared.title}`, `b.txt:${onlyB.title}`]);
    expect(store.search('舟山镇').hits.map((h) => h.id)).toEqual([pageArticleId('b.txt', shared.id)]);
  });

  it('shows a story printed twice once in headlines, digest articles, search and autocomplete', () => {
    ingestLike('a.txt', '2019-08-07', [shared, onlyA]);
    ingestLike('b.txt', '2019-08-07', [shared, onlyB]);
    expect(store.articlesForDate('2019-08-07').map((a) => a.title)).toEqual([
      shared.title,
      onlyA.title,
      onlyB.title,
    ]);
    expect(store.articlesAfter(null).filter((a) => a.title === shared.title)).toHaveLength(1);
    const found = store.search('舟山镇');
    expect(found.total).toBe(1);
    expect(found.hits).toHaveLength(1);
    expect(store.suggestArticles('舟山镇', 5).map((r) => r.title)).toEqual([shared.title]);
    expect(store.suggestArticles('', 5).filter((r) => r.title === shared.title)).toHaveLength(1);
  });

  it('a story on an older and a newer edition comes once in a digest, at its first edition', () => {
    ingestLike('a.txt', '2019-08-06', [shared]);
    ingestLike('b.txt', '2019-08-07', [shared, onlyB]);
    expect(store.articlesAfter(null).map((a) => `${a.date}:${a.title}`)).toEqual([
      `2019-08-06:${shared.title}`,
      `2019-08-07:${onlyB.title}`,
    ]);
    // A reader of one edition still sees all of it.
    expect(store.articlesForDate('2019-08-07').map((a) => a.title)).toEqual([shared.title, onlyB.title]);
  });

  it('resolves an id handed out before (the content id) to the newest copy while any page holds it', () => {
    ingestLike('a.txt', '2019-08-06', [shared]);
    ingestLike('b.txt', '2019-08-07', [shared]);
    expect(store.getArticle(shared.id)?.source).toBe('b.txt');
    expect(store.removePage('b.txt')).toBe(1);
    expect(store.getArticle(shared.id)?.source).toBe('a.txt');
    expect(store.removePage('a.txt')).toBe(1);
    expect(store.getArticle(shared.id)).toBeNull();
  });

  it('removes a page with its articles and search rows, and says when there was none', () => {
    ingestLike('a.txt', '2019-08-07', [shared, onlyA]);
    ingestLike('b.txt', '2019-08-07', [onlyB]);
    expect(store.pageSources()).toEqual(['a.txt', 'b.txt']);
    expect(store.removePage('a.txt')).toBe(2);
    expect(store.removePage('a.txt')).toBeNull();
    expect(store.pageSources()).toEqual(['b.txt']);
    expect(store.pageHash('a.txt')).toBeNull();
    expect(store.search('甲版').total).toBe(0);
    expect(store.search('乙版').total).toBe(1);
    expect(store.articleCount()).toBe(1);
  });

  it('removes a page inside a batch, dropping rows saved earlier in it', () => {
    store.batch(() => {
      ingestLike('a.txt', '2019-08-07', [onlyA]);
      expect(store.removePage('a.txt')).toBe(1);
    });
    expect(store.articleCount()).toBe(0);
    expect(store.search('甲版').total).toBe(0);
  });
});

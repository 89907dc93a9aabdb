import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { article, page, summariesOf } from './fixtures.js';

let store: Store;
beforeEach(() => {
  store = openStore(':memory:');
});
afterEach(() => store.close());

function save(p: ReturnType<typeof page>, hash = 'h1') {
  return store.savePage(p, hash, summariesOf(p));
}

describe('pages and articles', () => {
  it('stores every parser field with its summary and reads it back', () => {
    const a = article({
      kind: 'photo',
      title: '晒席草',
      kicker: '引题',
      subtitle: '——副题',
      authors: ['杨成栋'],
      byline: '记者 杨成栋 摄',
      dateline: '本报讯 7月29日晚',
      paragraphs: ['第一段。', '第二段。'],
      section: '实施“三服务”提升获得感',
    });
    expect(save(page('p1.txt', '2019-08-01', [a]))).toBe('added');
    expect(store.getArticle(a.id)).toEqual({
      ...a,
      lede: 'lede of 晒席草',
      summary: 'summary of 晒席草',
      keywords: ['晒席草'],
      source: 'p1.txt',
      date: '2019-08-01',
      dateReceived: false,
      position: 0,
    });
    expect(store.getArticle('missing')).toBeNull();
    expect(store.pageHash('p1.txt')).toBe('h1');
    expect(store.pageHash('other.txt')).toBeNull();
  });

  it('skips a page whose hash is already stored', () => {
    const p = page('p1.txt', '2019-08-01', [article({ title: '一' })]);
    save(p);
    expect(save(p)).toBe('unchanged');
    expect(store.articleCount()).toBe(1);
  });

  it('replaces the articles of a changed page and drops the old ones from search', () => {
    const old = article({ title: '旧标题', paragraphs: ['舟山镇开展活动。'] });
    save(page('p1.txt', '2019-08-01', [old, article({ title: '保留', paragraphs: ['席草'] })]));
    const fresh = article({ title: '新标题', paragraphs: ['石柱镇开展活动。'] });
    expect(save(page('p1.txt', '2019-08-02', [fresh]), 'h2')).toBe('replaced');
    expect(store.articleCount()).toBe(1);
    expect(store.getArticle(old.id)).toBeNull();
    expect(store.search('舟山镇').total).toBe(0);
    expect(store.search('席草').total).toBe(0);
    expect(store.search('石柱镇').hits.map((h) => h.id)).toEqual([fresh.id]);
    expect(store.pageHash('p1.txt')).toBe('h2');
    expect(store.editionDates()).toEqual(['2019-08-02']);
  });

  it('keeps both copies when another page repeats an article id, giving the second an id of its page', () => {
    const a = article({ title: '同一篇' });
    save(page('p1.txt', '2019-08-01', [a]));
    expect(save(page('copy.txt', '2019-08-01', [a]))).toBe('added');
    expect(store.getArticle(a.id)?.source).toBe('p1.txt');
    expect(store.articleCount()).toBe(2);
  });

  it('refuses a page missing a summary, storing nothing of it', () => {
    const p = page('p1.txt', '2019-08-01', [article({ title: '一' })]);
    expect(() => store.savePage(p, 'h', new Map())).toThrow(/no summary/);
    expect(store.articleCount()).toBe(0);
    expect(store.pageHash('p1.txt')).toBeNull();
  });

  it('lists edition dates newest first, without undated pages', () => {
    save(page('a.txt', '2019-08-01', [article({ title: '一' })]));
    save(page('b.txt', '2019-08-03', [article({ title: '二' })]));
    save(page('c.txt', null, [article({ title: '三' })]));
    save(page('d.txt', '2019-08-02', [article({ title: '四' })]));
    expect(store.editionDates()).toEqual(['2019-08-03', '2019-08-02', '2019-08-01']);
    expect(store.editionDates(2)).toEqual(['2019-08-03', '2019-08-02']);
  });

  it('returns an edition in page and print order', () => {
    save(page('b.txt', '2019-08-01', [article({ title: 'b0' }), article({ title: 'b1' })]));
    save(page('a.txt', '2019-08-01', [article({ title: 'a0' }), article({ title: 'a1' })]));
    save(page('c.txt', '2019-08-02', [article({ title: 'c0' })]));
    expect(store.articlesForDate('2019-08-01').map((a) => a.title)).toEqual(['a0', 'a1', 'b0', 'b1']);
  });

  it('returns editions after a date, oldest first, and all dated ones after null', () => {
    save(page('a.txt', '2019-08-03', [article({ title: 'third' })]));
    save(page('b.txt', '2019-08-01', [article({ title: 'first' })]));
    save(page('c.txt', '2019-08-02', [article({ title: 'second' })]));
    save(page('d.txt', null, [article({ title: 'undated' })]));
    expect(store.articlesAfter('2019-08-01').map((a) => a.title)).toEqual(['second', 'third']);
    expect(store.articlesAfter(null).map((a) => a.title)).toEqual(['first', 'second', 'third']);
    expect(store.articlesAfter('2019-08-03')).toEqual([]);
  });
});

describe('batch', () => {
  it('indexes pages saved newest first in one batch', () => {
    const ids = store.batch(() =>
      ['2019-08-03', '2019-08-02', '2019-08-01'].map((date) => {
        const a = article({ title: `${date} 席草`, paragraphs: ['舟山镇开展活动。'] });
        save(page(`${date}.txt`, date, [a]));
        return a.id;
      }),
    );
    expect(store.search('席草').hits.map((h) => h.id)).toEqual(ids);
    expect(store.search('舟山镇').total).toBe(3);
  });

  it('indexes only the last version of a page saved twice in one batch', () => {
    const first = article({ title: '第一版', paragraphs: ['席草'] });
    const second = article({ title: '第二版', paragraphs: ['稻谷'] });
    store.batch(() => {
      save(page('p.txt', '2019-08-01', [first]), 'h1');
      save(page('p.txt', '2019-08-01', [second]), 'h2');
    });
    expect(store.search('席草').total).toBe(0);
    expect(store.search('稻谷').hits.map((h) => h.id)).toEqual([second.id]);
    expect(store.articleCount()).toBe(1);
  });

  it('rolls back only the page that failed inside a batch', () => {
    const good = article({ title: '好的', paragraphs: ['席草'] });
    const bad = page('bad.txt', '2019-08-01', [article({ title: '坏的', paragraphs: ['席草'] })]);
    store.batch(() => {
      expect(() => store.savePage(bad, 'h', new Map())).toThrow(/no summary/);
      save(page('good.txt', '2019-08-01', [good]));
    });
    expect(store.pageHash('bad.txt')).toBeNull();
    expect(store.search('席草').hits.map((h) => h.id)).toEqual([good.id]);
  });
});

import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { createSearchQueries } from '../../src/store/search-queries.js';
import type { Store } from '../../src/store/types.js';
import Database from 'better-sqlite3';
import { migrate } from '../../src/store/schema.js';
import { createArticleQueries } from '../../src/store/article-queries.js';
import { article, page, summariesOf } from './fixtures.js';

let store: Store;
beforeEach(() => {
  store = openStore(':memory:');
});
afterEach(() => store.close());

function save(source: string, date: string | null, articles: ReturnType<typeof article>[]): void {
  const p = page(source, date, articles);
  store.savePage(p, source, summariesOf(p));
}

const zhoushan = article({
  title: '立足生态优势 打造休闲小镇',
  kicker: '朱志杰赴舟山镇开展“三服务”',
  paragraphs: ['本报讯 7月31日，由市长朱志杰带队的服务团赴舟山镇开展“三服务”活动，访民情、送服务、解难题。'],
});
const photo = article({
  kind: 'photo',
  title: '晒席草',
  paragraphs: ['1日，舟山镇前村村一名种植户正在铺晒席草。每年七八月份是席草收获的季节。'],
});
const meeting = article({
  title: '打开四个通道力促“三服务”提质升级',
  paragraphs: ['省委召开省直单位厅局长工作交流会，对开展“三服务”活动进行再部署再推进。'],
});

describe('search', () => {
  beforeEach(() => save('seed.txt', '2019-08-01', [meeting, zhoushan, photo]));

  it('finds a three-character term with the trigram index', () => {
    const ids = store.search('舟山镇').hits.map((h) => h.id);
    expect(ids).toContain(zhoushan.id);
    expect(ids).toContain(photo.id);
    expect(ids).not.toContain(meeting.id);
  });

  it('finds a two-character term that trigrams cannot match', () => {
    expect(store.search('席草').hits.map((h) => h.id)).toEqual([photo.id]);
  });

  it('finds a one-character term', () => {
    expect(store.search('晒').hits.map((h) => h.id)).toEqual([photo.id]);
    expect(store.search('厅').hits.map((h) => h.id)).toEqual([meeting.id]);
  });

  it('finds Simplified text from a Traditional query', () => {
    expect(store.search('舟山鎮').hits.map((h) => h.id)).toContain(zhoushan.id);
    expect(store.search('服務').total).toBe(2);
    expect(store.search('鎮').total).toBe(2);
  });

  it('requires every term of a multi-word query, short and long mixed', () => {
    expect(store.search('服务 舟山镇').hits.map((h) => h.id)).toEqual([zhoushan.id]);
    expect(store.search('席草 舟山镇').hits.map((h) => h.id)).toEqual([photo.id]);
    expect(store.search('席草 厅').total).toBe(0);
  });

  it('wraps matches in the snippet in bold marks', () => {
    const hit = store.search('席草').hits[0]!;
    expect(hit.snippet).toContain('**席草**');
    expect(hit.snippet.replaceAll('**', '')).toContain('舟山镇前村村一名种植户正在铺晒席草');
    const trad = store.search('舟山鎮').hits.find((h) => h.id === zhoushan.id)!;
    expect(trad.snippet).toContain('**舟山镇**');
  });

  it('treats FTS5 syntax in a query as text and never throws', () => {
    for (const q of [
      '"',
      '""',
      'AND',
      'OR NOT',
      '舟山镇 AND',
      'title:舟山',
      '*',
      'NEAR(a b)',
      '(',
      '^舟',
      '"舟山镇"',
    ])
      expect(() => store.search(q)).not.toThrow();
    expect(store.search('"舟山镇"').total).toBe(2);
    expect(store.search('  ').total).toBe(0);
  });

  it('never throws whatever the query', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12, unit: 'binary' }), (q) => {
        const r = store.search(q);
        expect(r.hits.length).toBeLessThanOrEqual(r.total);
      }),
      { numRuns: 100 },
    );
  });

  it('pages through results with limit and offset', () => {
    const all = store.search('服务', { limit: 10 });
    expect(all.total).toBe(2);
    expect(store.search('服务', { limit: 1 }).hits).toEqual([all.hits[0]]);
    expect(store.search('服务', { limit: 1, offset: 1 }).hits).toEqual([all.hits[1]]);
    expect(store.search('服务', { limit: 1, offset: 2 }).hits).toEqual([]);
  });
});

describe('ranking', () => {
  it('ranks an article that says the term more often above one that says it once', () => {
    const once = article({ title: '会议', paragraphs: ['今天讨论了垃圾分类工作和其他事情，议程很长很长。'] });
    const often = article({ title: '垃圾分类', paragraphs: ['垃圾分类是重点，垃圾分类要落实到户。'] });
    save('p.txt', '2019-08-01', [once, often]);
    expect(store.search('垃圾分类').hits.map((h) => h.id)).toEqual([often.id, once.id]);
  });

  it('ranks the newer of two equally relevant articles first', () => {
    const old = article({ title: '旧闻', paragraphs: ['五金产业升级。'] });
    const recent = article({ title: '新闻', paragraphs: ['五金产业升级。'] });
    save('new.txt', '2019-08-20', [recent]);
    save('old.txt', '2019-01-02', [old]);
    const hits = store.search('五金').hits;
    expect(hits.map((h) => h.id)).toEqual([recent.id, old.id]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('ranks only the newest matches when there are more than the window', () => {
    const db = new Database(':memory:');
    migrate(db);
    const writes = createArticleQueries(db, () => new Date());
    const search = createSearchQueries(db, 3);
    for (let day = 1; day <= 5; day++) {
      const p = page(`d${day}.txt`, `2019-08-0${day}`, [
        article({ title: `第${day}天`, paragraphs: ['席草'] }),
      ]);
      writes.savePage(p, 'h', summariesOf(p));
    }
    const r = search.search('席草');
    expect(r.total).toBe(3);
    expect(r.capped).toBe(true);
    expect(search.search('第5天').capped).toBe(false);
    expect(r.hits.map((h) => h.title).sort()).toEqual(['第3天', '第4天', '第5天']);
    db.close();
  });
});

describe('suggestArticles', () => {
  beforeEach(() => {
    save('a.txt', '2019-08-01', [zhoushan, photo]);
    save('b.txt', '2019-08-02', [meeting]);
  });

  it('matches titles only, newest first', () => {
    expect(store.suggestArticles('席草', 5).map((r) => r.id)).toEqual([photo.id]);
    expect(store.suggestArticles('舟山镇', 5)).toEqual([]);
    expect(store.suggestArticles('休闲小镇', 5).map((r) => r.title)).toEqual(['立足生态优势 打造休闲小镇']);
  });

  it('offers the newest titles for an empty query, up to the limit', () => {
    expect(store.suggestArticles('', 2).map((r) => r.id)).toEqual([meeting.id, photo.id]);
    expect(store.suggestArticles('席草', 0)).toEqual([]);
  });
});

import type { StoredArticle } from '../../src/store/types.js';

/** A hand-made stored article; override any field. */
export function storedArticle(over: Partial<StoredArticle> = {}): StoredArticle {
  return {
    id: 'a1b2c3',
    kind: 'article',
    title: '舟山渔场迎来开渔季',
    kicker: '东海休渔期结束',
    subtitle: null,
    authors: ['陈晓苏'],
    byline: '□首席记者 陈晓苏',
    dateline: '本报讯 8月1日',
    paragraphs: ['本报讯 8月1日，舟山渔场迎来开渔季。', '渔民们纷纷出海。'],
    section: '要闻',
    lede: '舟山渔场迎来开渔季。',
    summary: '舟山渔场迎来开渔季。渔民们纷纷出海。',
    keywords: ['舟山', '渔场', '开渔'],
    source: 'seed.txt',
    date: '2019-08-07',
    dateReceived: false,
    position: 0,
    ...over,
  };
}

import type { DigestSource } from '../../src/digest/types.js';

let seq = 0;

/** A digest source article with sensible defaults; ids are unique per call unless given. */
export function source(over: Partial<DigestSource> = {}): DigestSource {
  seq++;
  return {
    id: `a${seq}`,
    kind: 'article',
    title: `标题${seq}`,
    kicker: null,
    authors: ['陈晓苏'],
    lede: `第${seq}篇文章的导语。`,
    section: '要闻',
    date: '2024-07-30',
    position: seq,
    ...over,
  };
}

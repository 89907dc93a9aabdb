import { describe, expect, it } from 'vitest';
import { buildDigest, digestEditions, MAX_EDITIONS_PER_DIGEST } from '../../src/digest/build-digest.js';
import { source } from './fixtures.js';

describe('buildDigest', () => {
  it('groups by edition, oldest first, then by section in the order first printed', () => {
    const digest = buildDigest([
      source({ id: 'n2', date: '2024-07-31', section: '经济', position: 1 }),
      source({ id: 'o1', date: '2024-07-30', section: '要闻', position: 0 }),
      source({ id: 'n1', date: '2024-07-31', section: '要闻', position: 0 }),
      source({ id: 'n3', date: '2024-07-31', section: '要闻', position: 2 }),
    ]);
    expect(digest.editionDate).toBe('2024-07-31');
    expect(digestEditions(digest)).toEqual(['2024-07-30', '2024-07-31']);
    expect(digest.itemCount).toBe(4);
    const newest = digest.editions[1]!;
    expect(newest.sections.map((s) => [s.name, s.items.map((i) => i.articleId)])).toEqual([
      ['要闻', ['n1', 'n3']],
      ['经济', ['n2']],
    ]);
  });

  it('keeps each item’s title, kicker, lede, authors, kind and id', () => {
    const [item] = buildDigest([
      source({ id: 'x', kind: 'photo', title: 'T', kicker: 'K', lede: 'L', authors: ['甲', '乙'] }),
    ]).editions[0]!.sections[0]!.items;
    expect(item).toEqual({
      articleId: 'x',
      kind: 'photo',
      title: 'T',
      kicker: 'K',
      lede: 'L',
      authors: ['甲', '乙'],
    });
  });

  it('puts articles printed under no banner in a section without a name', () => {
    const d = buildDigest([source({ section: null }), source({ section: '  ' })]);
    expect(d.editions[0]!.sections).toHaveLength(1);
    expect(d.editions[0]!.sections[0]!.name).toBeNull();
  });

  it('leaves undated articles out unless an edition date is given', () => {
    const undated = [source({ date: null }), source({ date: null })];
    expect(buildDigest(undated).itemCount).toBe(0);
    const forced = buildDigest(undated, { editionDate: '2019-08-07' });
    expect(forced.itemCount).toBe(2);
    expect(forced.editionDate).toBe('2019-08-07');
  });

  it('keeps only the newest editions when a channel missed many', () => {
    const many = Array.from({ length: 10 }, (_, i) => source({ date: `2024-07-${String(10 + i)}` }));
    const d = buildDigest(many);
    expect(d.editions).toHaveLength(MAX_EDITIONS_PER_DIGEST);
    expect(d.editions[0]!.date).toBe('2024-07-13');
    expect(buildDigest(many, { maxEditions: 1 }).editions.map((e) => e.date)).toEqual(['2024-07-19']);
  });

  it('counts an article listed twice once', () => {
    const a = source({ id: 'dup' });
    expect(buildDigest([a, { ...a }]).itemCount).toBe(1);
  });

  it('gives an empty digest for no articles', () => {
    expect(buildDigest([])).toEqual({ editionDate: '', editions: [], itemCount: 0 });
  });
});

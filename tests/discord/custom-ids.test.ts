import { describe, expect, it } from 'vitest';
import { decodeCustomId, encodeCustomId } from '../../src/discord/custom-ids.js';

describe('custom ids', () => {
  it('round-trips every kind within 100 characters', () => {
    const ids = [
      { kind: 'summary', articleId: 'abc' },
      { kind: 'read', articleId: 'abc' },
      { kind: 'open', context: 'search' },
      { kind: 'article', articleId: 'abc', page: 3 },
      { kind: 'headlines', date: '2019-08-07' },
      { kind: 'headlines', date: '2019-08-07', page: 2 },
      { kind: 'search', page: 1, query: '席草 a:b' },
      { kind: 'search', page: 0, query: 'x', perPage: 8 },
      { kind: 'digest', action: 'send', channelId: '123456789012345678' },
      { kind: 'digest', action: 'preview', channelId: 'console' },
    ] as const;
    for (const id of ids) expect(decodeCustomId(encodeCustomId(id))).toEqual(id);
    expect(encodeCustomId({ kind: 'search', page: 1, query: '长'.repeat(300) }).length).toBeLessThanOrEqual(
      100,
    );
  });

  it('rejects ids it did not make', () => {
    expect(decodeCustomId('article:abc:-1')).toBeNull();
    expect(decodeCustomId('search:x:q')).toBeNull();
    expect(decodeCustomId('nope:1')).toBeNull();
    expect(decodeCustomId('digest:delete:123')).toBeNull();
    expect(decodeCustomId('digest:send:')).toBeNull();
  });
});

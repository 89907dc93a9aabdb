import { describe, expect, it } from 'vitest';
import { PostError } from '../../src/delivery/digest-poster.js';
import type { DmPoster, FollowDm } from '../../src/delivery/follow-dm.js';
import { createFollowNotifier, followNonce, MAX_DM_ITEMS } from '../../src/delivery/follow-notify.js';
import { silentLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { story } from '../support/articles.js';
import { savePage } from '../discord/harness.js';

/** The follow notifier's bookkeeping (#11): retries, long batches, overlapping runs. DMs e2e: tests/discord. */
function recorder(
  fail: (dm: FollowDm) => Error | null = () => null,
): DmPoster & { sent: FollowDm[]; tried: FollowDm[] } {
  const sent: FollowDm[] = [];
  const tried: FollowDm[] = [];
  return {
    sent,
    tried,
    async send(dm) {
      tried.push(dm);
      const err = fail(dm);
      if (err) throw err;
      sent.push(dm);
      return `m${sent.length}`;
    },
  };
}

function ingest(store: Store, source: string, titles: string[]): void {
  savePage(store, {
    source,
    encoding: 'utf-8',
    date: '2019-08-07',
    sections: [],
    furniture: [],
    articles: titles.map((title, i) => ({
      id: `${source}-${i}`,
      ...story({ title, paragraphs: [`${title}。`] }),
    })),
  });
}

const add = (store: Store, userId: string, keyword: string) =>
  store.addFollow({ userId, guildId: 'g', keyword, maxPerUser: 20, maxPerGuild: 2000 });

describe('the follow notifier', () => {
  it('keeps a DM that failed for a passing reason and sends it, with the same nonce, at the next run', async () => {
    const store = openStore(':memory:');
    add(store, 'u1', '渔场');
    let down = true;
    const poster = recorder(() => (down ? new PostError('retry', 'HTTP 503') : null));
    const notifier = createFollowNotifier({ store, poster, logger: silentLogger });
    ingest(store, 'a', ['渔场开渔', '城市新闻']);
    expect(await notifier.run()).toEqual({ claimed: 1, sent: 0, paused: 0, failed: 1 });
    expect(store.followerState('u1')?.status).toBe('active');
    down = false;
    expect(await notifier.run()).toEqual({ claimed: 0, sent: 1, paused: 0, failed: 0 });
    expect(poster.tried.map((d) => d.nonce)).toEqual([poster.sent[0]!.nonce, poster.sent[0]!.nonce]);
    expect(poster.sent[0]!.nonce).toBe(followNonce('u1', ['a-0']));
    expect(poster.sent[0]!.nonce).toHaveLength(25);
    expect(await notifier.run()).toEqual({ claimed: 0, sent: 0, paused: 0, failed: 0 });
    store.close();
  });

  it('lists at most ten stories in one DM and counts the rest, all marked sent', async () => {
    const store = openStore(':memory:');
    add(store, 'u1', '新闻');
    const poster = recorder();
    const notifier = createFollowNotifier({ store, poster, logger: silentLogger, feedBatch: 4 });
    ingest(
      store,
      'a',
      Array.from({ length: 13 }, (_, i) => `新闻${'一二三四五六七八九十甲乙丙'[i]}`),
    );
    expect(await notifier.run()).toEqual({ claimed: 13, sent: 1, paused: 0, failed: 0 });
    expect(poster.sent).toHaveLength(1);
    expect(poster.sent[0]!.items).toHaveLength(MAX_DM_ITEMS);
    expect(poster.sent[0]!.more).toBe(3);
    expect(poster.sent[0]!.items[0]).toEqual({
      articleId: 'a-0',
      title: '新闻一',
      keyword: '新闻',
      lede: expect.any(String),
    });
    expect(store.pendingFollowNotices()).toEqual([]);
    store.close();
  });

  it('folds a run asked for during a run into one more pass, so nothing is matched or sent twice', async () => {
    const store = openStore(':memory:');
    add(store, 'u1', '渔场');
    add(store, 'u2', '渔场');
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const poster = recorder();
    const slow: DmPoster = {
      async send(dm) {
        await gate;
        return poster.send(dm);
      },
    };
    const notifier = createFollowNotifier({ store, poster: slow, logger: silentLogger });
    ingest(store, 'a', ['渔场开渔']);
    const first = notifier.run();
    ingest(store, 'b', ['渔场新规']);
    const second = notifier.run();
    release();
    const [r1, r2] = await Promise.all([first, second]);
    expect(r1).toEqual(r2);
    expect(r1).toEqual({ claimed: 4, sent: 4, paused: 0, failed: 0 });
    expect(poster.sent.map((d) => [d.userId, d.items.map((i) => i.title)])).toEqual([
      ['u1', ['渔场开渔']],
      ['u2', ['渔场开渔']],
      ['u1', ['渔场新规']],
      ['u2', ['渔场新规']],
    ]);
    store.close();
  });

  it('matches 10,000 follows with one index: every matching user once, no one else', async () => {
    const store = openStore(':memory:');
    for (let i = 0; i < 10_000; i++)
      store.addFollow({
        userId: `u${i}`,
        guildId: `g${i % 10}`,
        keyword: i % 1000 === 0 ? '舟山' : `词${i}号`,
        maxPerUser: 20,
        maxPerGuild: 2000,
      });
    const poster = recorder();
    const notifier = createFollowNotifier({ store, poster, logger: silentLogger });
    ingest(store, 'a', ['舟山渔场迎来开渔季', '词5号与词6号']);
    const result = await notifier.run();
    expect(result.claimed).toBe(10 + 2);
    expect(poster.sent.map((d) => d.userId).sort()).toEqual(
      [...Array.from({ length: 10 }, (_, k) => `u${k * 1000}`), 'u5', 'u6'].sort(),
    );
    store.close();
  });
});

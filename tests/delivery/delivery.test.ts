import { describe, expect, it } from 'vitest';
import {
  deliverDigest,
  initialLastEdition,
  needsDelivery,
  retryDelayMs,
} from '../../src/delivery/delivery.js';
import { PostError, type DigestPoster } from '../../src/delivery/digest-poster.js';
import { deliveryNonce } from '../../src/digest/nonce.js';
import type { Digest } from '../../src/digest/types.js';
import { silentLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/open-store.js';
import { testClock } from './harness.js';
import { seedEdition } from '../digest/seed-edition.js';

const G = '100000000000000001';
const C = '200000000000000001';
const DAY = '2024-08-01';

/** A store and delivery deps sharing one test clock, and a poster that records what it was asked to post. */
function setup(post: (digest: Digest, nonce: string) => Promise<string[]> = async () => ['m1']) {
  const clock = testClock('2024-08-01T00:00:00Z');
  const store = openStore(':memory:', { now: clock.now });
  seedEdition(store, '2024-07-29', 2);
  seedEdition(store, '2024-07-30', 3);
  const posts: Array<{ digest: Digest; nonce: string }> = [];
  const poster: DigestPoster = {
    post: async (_channelId, digest, nonce) => {
      posts.push({ digest, nonce });
      return post(digest, nonce);
    },
  };
  const deps = { store, poster, clock, logger: silentLogger };
  store.upsertSubscription({
    guildId: G,
    channelId: C,
    time: '08:00',
    timezone: 'Asia/Shanghai',
    lastEditionSent: initialLastEdition(store),
  });
  const deliver = () => deliverDigest(deps, store.getSubscription(C)!, DAY);
  return { store, clock, posts, deliver };
}

describe('initialLastEdition', () => {
  it('is the edition before the newest, so a new channel starts from the newest', () => {
    const { store } = setup();
    expect(initialLastEdition(store)).toBe('2024-07-29');
    expect(initialLastEdition(openStore(':memory:'))).toBeNull();
  });
});

describe('deliverDigest', () => {
  it('posts the unsent editions with the (channel, day) nonce, then records sent and the last edition', async () => {
    const { store, posts, deliver } = setup();
    expect(await deliver()).toMatchObject({ outcome: 'sent', messageIds: ['m1'] });
    expect(posts).toHaveLength(1);
    expect(posts[0]!.nonce).toBe(deliveryNonce(C, DAY));
    expect(posts[0]!.digest.editions.map((e) => e.date)).toEqual(['2024-07-30']);
    expect(store.getDelivery(C, DAY)).toMatchObject({
      status: 'sent',
      messageIds: ['m1'],
      editions: ['2024-07-30'],
    });
    expect(store.getSubscription(C)!.lastEditionSent).toBe('2024-07-30');
    expect(await deliver()).toMatchObject({ outcome: 'skipped' });
    expect(posts).toHaveLength(1);
  });

  it('resumes a row left claimed by a crash with the editions it was claimed with', async () => {
    const { store, posts, deliver } = setup();
    store.claimDelivery({
      channelId: C,
      guildId: G,
      day: DAY,
      nonce: deliveryNonce(C, DAY),
      editions: ['2024-07-29', '2024-07-30'],
    });
    expect(await deliver()).toMatchObject({ outcome: 'sent' });
    expect(posts[0]!.digest.editions.map((e) => e.date)).toEqual(['2024-07-29', '2024-07-30']);
    expect(posts[0]!.nonce).toBe(deliveryNonce(C, DAY));
  });

  it('pauses the subscription on a pausing error and records the reason', async () => {
    const { store, deliver } = setup(async () => {
      throw new PostError('pause', 'Missing Permissions (50013)');
    });
    expect(await deliver()).toMatchObject({ outcome: 'paused', error: 'Missing Permissions (50013)' });
    expect(store.getSubscription(C)).toMatchObject({
      status: 'paused',
      pauseReason: 'Missing Permissions (50013)',
    });
    expect(store.getDelivery(C, DAY)).toMatchObject({
      status: 'failed',
      error: 'Missing Permissions (50013)',
    });
    expect(await deliver()).toMatchObject({ outcome: 'skipped' });
  });

  it('retries a failed post only after its back-off, then delivers', async () => {
    let fail = true;
    const { store, clock, posts, deliver } = setup(async () => {
      if (fail) throw new Error('socket hang up');
      return ['m2'];
    });
    expect(await deliver()).toMatchObject({ outcome: 'failed', error: 'socket hang up' });
    expect(store.getSubscription(C)!.status).toBe('active');
    expect(store.getSubscription(C)!.lastEditionSent).toBe('2024-07-29');
    clock.set('2024-08-01T00:00:30Z');
    expect(await deliver()).toMatchObject({ outcome: 'skipped' });
    fail = false;
    clock.set('2024-08-01T00:01:00Z');
    expect(await deliver()).toMatchObject({ outcome: 'sent', messageIds: ['m2'] });
    expect(posts).toHaveLength(2);
    expect(store.getDelivery(C, DAY)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('records an empty digest without posting', async () => {
    const { store, posts, deliver } = setup();
    store.setLastEditionSent(C, '2024-07-30');
    expect(await deliver()).toMatchObject({ outcome: 'empty' });
    expect(posts).toHaveLength(0);
    expect(store.getDelivery(C, DAY)?.status).toBe('empty');
  });

  it('skips a channel that was unsubscribed or paused meanwhile', async () => {
    const { store } = setup();
    const sub = store.getSubscription(C)!;
    let calls = 0;
    const deps = {
      store,
      poster: { post: async () => [`m${++calls}`] },
      clock: { now: () => new Date('2024-08-01T00:00:00Z') },
      logger: silentLogger,
    };
    store.pauseSubscription(C, 'Unknown Channel (10003)');
    expect(await deliverDigest(deps, sub, DAY)).toMatchObject({ outcome: 'skipped' });
    store.removeSubscription(C);
    expect(await deliverDigest(deps, sub, DAY)).toMatchObject({ outcome: 'skipped' });
    expect(calls).toBe(0);
    expect(store.getDelivery(C, DAY)).toBeNull();
  });
});

describe('needsDelivery and retryDelayMs', () => {
  it('backs off 1, 2, 4 … minutes up to 30', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8, 16, 30, 30]);
  });

  it('wants a missing, claimed or backed-off failed row, never a sent or empty one', () => {
    const now = new Date('2024-08-01T01:00:00Z');
    const row = {
      channelId: C,
      guildId: G,
      day: DAY,
      nonce: 'n',
      editions: [],
      messageIds: [],
      error: null,
      attempts: 1,
      threadId: null,
      emptyReason: null,
      claimedAt: '2024-08-01T00:59:30Z',
      updatedAt: '2024-08-01T00:59:30Z',
    };
    expect(needsDelivery(null, now)).toBe(true);
    expect(needsDelivery({ ...row, status: 'claimed' }, now)).toBe(true);
    expect(needsDelivery({ ...row, status: 'failed' }, now)).toBe(false);
    expect(needsDelivery({ ...row, status: 'failed', updatedAt: '2024-08-01T00:59:00Z' }, now)).toBe(true);
    expect(needsDelivery({ ...row, status: 'sent' }, now)).toBe(false);
    expect(needsDelivery({ ...row, status: 'empty' }, now)).toBe(false);
  });
});

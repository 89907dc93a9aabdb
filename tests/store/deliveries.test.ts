import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';

let store: Store;
let clock: Date;
beforeEach(() => {
  clock = new Date('2024-05-01T00:00:00Z');
  store = openStore(':memory:', { now: () => clock });
});
afterEach(() => store.close());

const claim = { channelId: 'c1', guildId: 'g1', day: '2024-05-01', nonce: 'n1', editions: ['2019-08-01'] };

describe('deliveries', () => {
  it('creates a claim the first time and returns the existing row after that', () => {
    const first = store.claimDelivery(claim);
    expect(first).toEqual({
      created: true,
      delivery: {
        ...claim,
        status: 'claimed',
        messageIds: [],
        error: null,
        attempts: 1,
        threadId: null,
        emptyReason: null,
        claimedAt: '2024-05-01T00:00:00.000Z',
        updatedAt: '2024-05-01T00:00:00.000Z',
      },
    });
    clock = new Date('2024-05-01T00:05:00Z');
    const again = store.claimDelivery({ ...claim, nonce: 'other', editions: [] });
    expect(again.created).toBe(false);
    expect(again.delivery).toMatchObject({
      nonce: 'n1',
      editions: ['2019-08-01'],
      attempts: 2,
      status: 'claimed',
    });
    expect(again.delivery.claimedAt).toBe('2024-05-01T00:00:00.000Z');
  });

  it('does not count reading a finished delivery as an attempt', () => {
    store.claimDelivery(claim);
    store.markDeliverySent('c1', '2024-05-01', ['m1', 'm2']);
    const again = store.claimDelivery(claim);
    expect(again.created).toBe(false);
    expect(again.delivery).toMatchObject({ status: 'sent', messageIds: ['m1', 'm2'], attempts: 1 });
  });

  it('records failure, then success, then an empty day', () => {
    store.claimDelivery(claim);
    store.markDeliveryFailed('c1', '2024-05-01', 'Missing Access (50001)');
    expect(store.getDelivery('c1', '2024-05-01')).toMatchObject({
      status: 'failed',
      error: 'Missing Access (50001)',
    });
    store.markDeliverySent('c1', '2024-05-01', ['m1']);
    expect(store.getDelivery('c1', '2024-05-01')).toMatchObject({
      status: 'sent',
      error: null,
      messageIds: ['m1'],
    });
    store.claimDelivery({ ...claim, day: '2024-05-02' });
    store.markDeliveryEmpty('c1', '2024-05-02');
    expect(store.getDelivery('c1', '2024-05-02')?.status).toBe('empty');
    expect(store.getDelivery('c1', '2024-05-03')).toBeNull();
  });

  it('gives the latest day as the last delivery of a channel', () => {
    store.claimDelivery({ ...claim, day: '2024-05-02' });
    store.claimDelivery({ ...claim, day: '2024-05-10' });
    store.claimDelivery({ ...claim, day: '2024-05-03' });
    store.claimDelivery({ ...claim, channelId: 'c2', day: '2024-06-01' });
    expect(store.lastDelivery('c1')?.day).toBe('2024-05-10');
    expect(store.lastDelivery('c9')).toBeNull();
  });
});

describe('deliveries shared by two processes', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paperboy-claim-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lets only one of two connections create the claim for a channel and day', () => {
    const file = path.join(dir, 'p.db');
    const a = openStore(file);
    const b = openStore(file);
    try {
      const results = [a.claimDelivery(claim), b.claimDelivery(claim), a.claimDelivery(claim)];
      expect(results.map((r) => r.created)).toEqual([true, false, false]);
      expect(results[2]!.delivery.attempts).toBe(3);
    } finally {
      a.close();
      b.close();
    }
  });
});

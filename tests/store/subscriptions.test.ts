import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';

let store: Store;
let clock: Date;
beforeEach(() => {
  clock = new Date('2024-05-01T00:00:00Z');
  store = openStore(':memory:', { now: () => clock, defaultTimezone: 'Asia/Tokyo' });
});
afterEach(() => store.close());

const sub = {
  guildId: 'g1',
  channelId: 'c1',
  time: '08:00',
  timezone: 'Asia/Shanghai',
  lastEditionSent: '2019-08-01',
};

describe('guild settings', () => {
  it('gives the default time zone until a guild sets one', () => {
    expect(store.getGuildSettings('g1')).toEqual({ guildId: 'g1', timezone: 'Asia/Tokyo' });
    store.setGuildTimezone('g1', 'Europe/Paris');
    store.setGuildTimezone('g1', 'America/New_York');
    expect(store.getGuildSettings('g1')).toEqual({ guildId: 'g1', timezone: 'America/New_York' });
    expect(store.getGuildSettings('g2').timezone).toBe('Asia/Tokyo');
  });
});

describe('subscriptions', () => {
  it('creates an active subscription', () => {
    const s = store.upsertSubscription(sub);
    expect(s).toEqual({
      ...sub,
      status: 'active',
      pauseReason: null,
      pauseNotified: false,
      mode: 'digest',
      cadence: 'daily',
      weekday: null,
      destination: 'messages',
      forumTag: null,
      filters: { sections: [], include: [], exclude: [] },
      createdAt: '2024-05-01T00:00:00.000Z',
      updatedAt: '2024-05-01T00:00:00.000Z',
    });
    expect(store.getSubscription('c1')).toEqual(s);
    expect(store.getSubscription('c2')).toBeNull();
  });

  it('updates time and zone and re-activates a paused channel, keeping what was sent', () => {
    store.upsertSubscription(sub);
    store.setLastEditionSent('c1', '2019-08-05');
    store.pauseSubscription('c1', 'Missing Permissions (50013)');
    clock = new Date('2024-05-02T00:00:00Z');
    const s = store.upsertSubscription({
      ...sub,
      time: '19:30',
      timezone: 'Europe/Paris',
      lastEditionSent: null,
    });
    expect(s).toMatchObject({
      time: '19:30',
      timezone: 'Europe/Paris',
      status: 'active',
      pauseReason: null,
      lastEditionSent: '2019-08-05',
      createdAt: '2024-05-01T00:00:00.000Z',
      updatedAt: '2024-05-02T00:00:00.000Z',
    });
  });

  it('pauses with a reason and records when admins were told', () => {
    store.upsertSubscription(sub);
    store.upsertSubscription({ ...sub, channelId: 'c2' });
    store.pauseSubscription('c1', 'Missing Access (50001)');
    expect(store.getSubscription('c1')).toMatchObject({
      status: 'paused',
      pauseReason: 'Missing Access (50001)',
      pauseNotified: false,
    });
    store.markPauseNotified(['c1', 'unknown']);
    expect(store.getSubscription('c1')?.pauseNotified).toBe(true);
    expect(store.getSubscription('c2')?.pauseNotified).toBe(false);
  });

  it('lists by guild, by several guilds and by status', () => {
    store.upsertSubscription(sub);
    store.upsertSubscription({ ...sub, channelId: 'c2' });
    store.upsertSubscription({ ...sub, guildId: 'g2', channelId: 'c3' });
    store.upsertSubscription({ ...sub, guildId: 'g3', channelId: 'c4' });
    store.pauseSubscription('c2', 'gone');
    const ids = (f?: Parameters<Store['listSubscriptions']>[0]) =>
      store.listSubscriptions(f).map((s) => s.channelId);
    expect(ids()).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(ids({ guildId: 'g1' })).toEqual(['c1', 'c2']);
    expect(ids({ guildIds: ['g2', 'g3'] })).toEqual(['c3', 'c4']);
    expect(ids({ guildIds: [] })).toEqual([]);
    expect(ids({ status: 'active' })).toEqual(['c1', 'c3', 'c4']);
    expect(ids({ guildId: 'g1', status: 'paused' })).toEqual(['c2']);
  });

  it('removes one channel, reporting whether it was subscribed', () => {
    store.upsertSubscription(sub);
    expect(store.removeSubscription('c1')).toBe(true);
    expect(store.removeSubscription('c1')).toBe(false);
    expect(store.getSubscription('c1')).toBeNull();
  });

  it('forgets a guild the bot left: its subscriptions and its settings, nobody else’s', () => {
    store.upsertSubscription(sub);
    store.upsertSubscription({ ...sub, channelId: 'c2' });
    store.upsertSubscription({ ...sub, guildId: 'g2', channelId: 'c3' });
    store.setGuildTimezone('g1', 'Europe/Paris');
    store.setGuildTimezone('g2', 'Europe/Berlin');
    expect(store.removeGuild('g1')).toBe(2);
    expect(store.listSubscriptions().map((s) => s.channelId)).toEqual(['c3']);
    expect(store.getGuildSettings('g1').timezone).toBe('Asia/Tokyo');
    expect(store.getGuildSettings('g2').timezone).toBe('Europe/Berlin');
  });
});

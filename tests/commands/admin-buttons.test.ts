import { describe, expect, it } from 'vitest';
import { adminButtonRows } from '../../commands/digest/admin-buttons.js';
import { NO_FILTERS } from '../../src/digest/filters.js';
import type { Subscription } from '../../src/store/types.js';

const base: Subscription = {
  guildId: 'g',
  channelId: 'c1',
  time: '08:00',
  timezone: 'Asia/Shanghai',
  status: 'active',
  pauseReason: null,
  pauseNotified: false,
  lastEditionSent: null,
  mode: 'digest',
  cadence: 'daily',
  weekday: null,
  destination: 'messages',
  forumTag: null,
  filters: NO_FILTERS,
  createdAt: '',
  updatedAt: '',
};

describe('/digest list buttons', () => {
  it('offers preview, send now and unsubscribe for a digest, only unsubscribe for an alerts channel', () => {
    const rows = adminButtonRows([base, { ...base, channelId: 'c2', mode: 'alerts' }], 'en-US');
    expect(rows.map((r) => r.buttons.map((b) => b.label))).toEqual([
      ['1 · Preview', '1 · Send now', '1 · Unsubscribe'],
      ['2 · Unsubscribe'],
    ]);
  });
});

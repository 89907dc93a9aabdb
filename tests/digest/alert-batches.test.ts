import { describe, expect, it } from 'vitest';
import {
  alertBudget,
  alertNonce,
  MAX_GROUP,
  messageCost,
  planAlertMessages,
} from '../../src/digest/alert-batches.js';

const ids = (n: number, from = 0): string[] => Array.from({ length: n }, (_, i) => `c${from + i}`);

describe('alert grouping and the per-minute bound', () => {
  it('gives each story its own message while they all fit in the minute', () => {
    expect(planAlertMessages(ids(3), 5)).toEqual([
      { contentIds: ['c0'], grouped: false },
      { contentIds: ['c1'], grouped: false },
      { contentIds: ['c2'], grouped: false },
    ]);
    expect(planAlertMessages(ids(5), 5)).toHaveLength(5);
  });

  it('groups everything waiting into one message when more wait than fit', () => {
    expect(planAlertMessages(ids(6), 5)).toEqual([{ contentIds: ids(6), grouped: true }]);
    expect(planAlertMessages(ids(2), 1)).toEqual([{ contentIds: ['c0', 'c1'], grouped: true }]);
    const flood = planAlertMessages(ids(30), 5);
    expect(flood).toHaveLength(1);
    expect(flood[0]!.contentIds).toEqual(ids(30));
  });

  it('lists at most the group limit in one message and leaves the rest for later', () => {
    const plan = planAlertMessages(ids(120), 5);
    expect(plan).toEqual([{ contentIds: ids(MAX_GROUP), grouped: true }]);
    expect(planAlertMessages(ids(10), 3, 4)).toEqual([{ contentIds: ids(4), grouped: true }]);
  });

  it('posts nothing without budget or stories', () => {
    expect(planAlertMessages(ids(3), 0)).toEqual([]);
    expect(planAlertMessages([], 5)).toEqual([]);
  });

  it('counts a single message as one of the minute and a grouped one as the whole minute', () => {
    expect(messageCost(1, 5)).toBe(1);
    expect(messageCost(7, 5)).toBe(5);
    expect(alertBudget([], 5)).toBe(5);
    expect(alertBudget([{ stories: 1 }, { stories: 1 }], 5)).toBe(3);
    expect(alertBudget([{ stories: 1 }, { stories: 12 }], 5)).toBe(0);
    expect(
      alertBudget(
        Array.from({ length: 9 }, () => ({ stories: 1 })),
        5,
      ),
    ).toBe(0);
  });

  it('derives the same 25-character nonce from the same channel and stories, another from others', () => {
    const a = alertNonce('200', ['c1', 'c2']);
    expect(a).toHaveLength(25);
    expect(a.startsWith('a')).toBe(true);
    expect(alertNonce('200', ['c1', 'c2'])).toBe(a);
    expect(alertNonce('200', ['c1'])).not.toBe(a);
    expect(alertNonce('201', ['c1', 'c2'])).not.toBe(a);
  });
});

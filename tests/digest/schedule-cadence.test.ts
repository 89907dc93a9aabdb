import { describe, expect, it } from 'vitest';
import {
  cadenceIncludes,
  dueDeliveries,
  nextRun,
  weekdayOf,
  type ScheduleEntry,
} from '../../src/digest/schedule.js';

const sub = (over: Partial<ScheduleEntry> = {}): ScheduleEntry => ({
  channelId: 'c1',
  guildId: 'g1',
  time: '08:00',
  timezone: 'Asia/Shanghai',
  status: 'active',
  ...over,
});
const iso = (d: Date): string => d.toISOString();

describe('cadence in the schedule math', () => {
  it('knows the day of the week of a date', () => {
    expect(weekdayOf('2026-11-23')).toBe(1); // Monday
    expect(weekdayOf('2026-11-29')).toBe(0); // Sunday
    expect(weekdayOf('1970-01-01')).toBe(4);
  });

  it('weekdays are Monday to Friday, weekly is its chosen day (Monday by default)', () => {
    const days = [
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ];
    expect(days.filter((d) => cadenceIncludes({ cadence: 'weekdays' }, d))).toEqual(days.slice(0, 5));
    expect(days.filter((d) => cadenceIncludes({ cadence: 'weekly', weekday: 3 }, d))).toEqual(['2026-11-25']);
    expect(days.filter((d) => cadenceIncludes({ cadence: 'weekly', weekday: null }, d))).toEqual([
      '2026-11-23',
    ]);
    expect(days.filter((d) => cadenceIncludes({}, d))).toEqual(days);
  });

  it('nextRun skips the weekend for weekdays, in the subscription’s zone', () => {
    // Friday 27 Nov 09:00 Shanghai: the next weekday digest is Monday 08:00 Shanghai (Sunday 00:00Z).
    expect(iso(nextRun(sub({ cadence: 'weekdays' }), new Date('2026-11-27T01:00:00Z')))).toBe(
      '2026-11-30T00:00:00.000Z',
    );
    // Friday 23:30 UTC is already Saturday in Shanghai but still Friday in New York.
    const ny = sub({ cadence: 'weekdays', timezone: 'America/New_York', time: '20:00' });
    expect(iso(nextRun(ny, new Date('2026-11-27T23:30:00Z')))).toBe('2026-11-28T01:00:00.000Z');
  });

  it('nextRun of a weekly digest is its day, a week ahead once today’s time has passed', () => {
    const wed = sub({ cadence: 'weekly', weekday: 3 });
    expect(iso(nextRun(wed, new Date('2026-11-23T00:00:00Z')))).toBe('2026-11-25T00:00:00.000Z');
    expect(iso(nextRun(wed, new Date('2026-11-25T00:00:00Z')))).toBe('2026-12-02T00:00:00.000Z');
  });

  it('keeps DST: a weekly New York digest moves with the clocks', () => {
    // Sunday digests at 08:00 New York either side of the 2024-11-03 fall back.
    const sun = sub({ cadence: 'weekly', weekday: 0, timezone: 'America/New_York' });
    expect(iso(nextRun(sun, new Date('2024-10-28T00:00:00Z')))).toBe('2024-11-03T13:00:00.000Z');
    expect(iso(nextRun(sun, new Date('2024-10-21T00:00:00Z')))).toBe('2024-10-27T12:00:00.000Z');
  });

  it('dueDeliveries is empty on the days the cadence leaves out and due on its days', () => {
    const weekly = sub({ cadence: 'weekly', weekday: 1 });
    const weekdays = sub({ channelId: 'c2', cadence: 'weekdays' });
    const daily = sub({ channelId: 'c3' });
    // Sunday 29 Nov 08:05 Shanghai.
    const sunday = dueDeliveries([weekly, weekdays, daily], new Date('2026-11-29T00:05:00Z'), 0);
    expect(sunday.map((d) => [d.sub.channelId, d.day])).toEqual([['c3', '2026-11-29']]);
    // Monday 30 Nov 08:05 Shanghai.
    const monday = dueDeliveries([weekly, weekdays, daily], new Date('2026-11-30T00:05:00Z'), 0);
    expect(monday.map((d) => [d.sub.channelId, d.day])).toEqual([
      ['c1', '2026-11-30'],
      ['c2', '2026-11-30'],
      ['c3', '2026-11-30'],
    ]);
  });

  it('catches up a missed weekly digest within the grace window the next day', () => {
    const weekly = sub({ cadence: 'weekly', weekday: 1 });
    const tuesday = dueDeliveries([weekly], new Date('2026-12-01T00:00:00Z'), 25);
    expect(tuesday.map((d) => d.day)).toEqual(['2026-11-30']);
  });
});

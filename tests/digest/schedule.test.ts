import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cronExpression,
  dueDeliveries,
  nextRun,
  parseTime,
  scheduledInstant,
  type ScheduleEntry,
} from '../../src/digest/schedule.js';
import { localDay } from '../../src/time-zone.js';

const iso = (d: Date): string => d.toISOString();
const sub = (over: Partial<ScheduleEntry> = {}): ScheduleEntry => ({
  channelId: 'c1',
  guildId: 'g1',
  time: '08:00',
  timezone: 'Asia/Shanghai',
  status: 'active',
  ...over,
});

describe('parseTime and cronExpression', () => {
  it('turns HH:MM into a daily cron expression', () => {
    expect(cronExpression('08:05')).toBe('5 8 * * *');
    expect(cronExpression('00:00')).toBe('0 0 * * *');
    expect(cronExpression('23:59')).toBe('59 23 * * *');
  });

  it.each(['8:00', '24:00', '12:60', '', '08:00:00', 'noon'])('rejects %j with a clear error', (bad) => {
    expect(() => parseTime(bad)).toThrow(/HH:MM/);
  });
});

describe('localDay', () => {
  it('gives the calendar day in the zone, not in UTC', () => {
    expect(localDay(new Date('2024-03-10T04:30:00Z'), 'America/New_York')).toBe('2024-03-09');
    expect(localDay(new Date('2024-03-09T16:30:00Z'), 'Asia/Shanghai')).toBe('2024-03-10');
    expect(localDay(new Date('2024-03-09T15:59:00Z'), 'Asia/Shanghai')).toBe('2024-03-09');
  });

  it('rejects an unknown zone', () => {
    expect(() => localDay(new Date(), 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('scheduledInstant', () => {
  it('places a local time in a zone without DST', () => {
    expect(iso(scheduledInstant('2024-07-30', '08:00', 'Asia/Shanghai'))).toBe('2024-07-30T00:00:00.000Z');
    expect(iso(scheduledInstant('2024-01-01', '07:30', 'Asia/Shanghai'))).toBe('2023-12-31T23:30:00.000Z');
  });

  it('follows the offset change across a DST switch', () => {
    expect(iso(scheduledInstant('2024-03-09', '08:00', 'America/New_York'))).toBe('2024-03-09T13:00:00.000Z');
    expect(iso(scheduledInstant('2024-03-10', '08:00', 'America/New_York'))).toBe('2024-03-10T12:00:00.000Z');
    expect(iso(scheduledInstant('2024-11-03', '08:00', 'America/New_York'))).toBe('2024-11-03T13:00:00.000Z');
  });

  it('runs a time skipped by spring-forward at the first valid minute after it', () => {
    // 02:00-02:59 do not exist in New York on 2024-03-10; clocks jump to 03:00 EDT (07:00Z).
    expect(iso(scheduledInstant('2024-03-10', '02:30', 'America/New_York'))).toBe('2024-03-10T07:00:00.000Z');
    expect(iso(scheduledInstant('2024-03-31', '01:15', 'Europe/London'))).toBe('2024-03-31T01:00:00.000Z');
    // Lord Howe springs forward by half an hour, 02:00 -> 02:30 (+11:00).
    expect(iso(scheduledInstant('2024-10-06', '02:10', 'Australia/Lord_Howe'))).toBe(
      '2024-10-05T15:30:00.000Z',
    );
  });

  it('runs a time repeated by fall-back once, at its first occurrence', () => {
    // 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST).
    expect(iso(scheduledInstant('2024-11-03', '01:30', 'America/New_York'))).toBe('2024-11-03T05:30:00.000Z');
    expect(iso(scheduledInstant('2024-10-27', '01:30', 'Europe/London'))).toBe('2024-10-27T00:30:00.000Z');
  });

  it('rejects a day that is not a real date', () => {
    expect(() => scheduledInstant('2024-02-30', '08:00', 'UTC')).toThrow(/YYYY-MM-DD/);
    expect(() => scheduledInstant('30/07/2024', '08:00', 'UTC')).toThrow(/YYYY-MM-DD/);
  });

  const zones = [
    'Asia/Shanghai',
    'America/New_York',
    'Europe/London',
    'Australia/Sydney',
    'Asia/Kolkata',
    'UTC',
  ];
  const arbDay = fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2037-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const arbTime = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

  it('always lands on the asked local day, at the asked time unless a gap skipped it', () => {
    fc.assert(
      fc.property(arbDay, arbTime, fc.constantFrom(...zones), (day, time, tz) => {
        const at = scheduledInstant(day, time, tz);
        expect(localDay(at, tz)).toBe(day);
        const wall = new Intl.DateTimeFormat('en-GB', {
          timeZone: tz,
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        }).format(at);
        // In a gap the wall time is later than asked, never earlier.
        expect(wall >= time).toBe(true);
        if (wall !== time) expect(iso(scheduledInstant(day, wall, tz))).toBe(iso(at));
      }),
      { numRuns: 300 },
    );
  });
});

describe('nextRun', () => {
  it('is later today before the time, tomorrow after it', () => {
    const s = sub({ time: '08:00', timezone: 'Asia/Shanghai' });
    expect(iso(nextRun(s, new Date('2024-07-29T23:59:00Z')))).toBe('2024-07-30T00:00:00.000Z');
    expect(iso(nextRun(s, new Date('2024-07-30T00:00:00Z')))).toBe('2024-07-31T00:00:00.000Z');
  });

  it('is strictly in the future and at most about two days ahead', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2001-01-01T00:00:00Z'),
          max: new Date('2037-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom('00:00', '01:30', '02:30', '08:00', '23:59'),
        fc.constantFrom('America/New_York', 'Europe/London', 'Asia/Shanghai', 'Australia/Lord_Howe'),
        (now, time, timezone) => {
          const next = nextRun({ time, timezone }, now).getTime();
          expect(next).toBeGreaterThan(now.getTime());
          expect(next - now.getTime()).toBeLessThanOrEqual(26 * 3600_000);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('dueDeliveries', () => {
  const now = new Date('2024-07-30T03:00:00Z'); // 11:00 in Shanghai, 23:00 (29th) in New York

  it('lists a digest whose time passed within the grace window, for the local day', () => {
    const due = dueDeliveries([sub()], now, 12);
    expect(due.map((d) => [d.day, iso(d.scheduledAt)])).toEqual([['2024-07-30', '2024-07-30T00:00:00.000Z']]);
  });

  it('leaves out a digest older than the grace window', () => {
    expect(dueDeliveries([sub()], now, 2)).toEqual([]);
  });

  it('still counts a run a few minutes late as on time with a zero grace window', () => {
    expect(dueDeliveries([sub()], new Date('2024-07-30T00:00:30Z'), 0)).toHaveLength(1);
    expect(dueDeliveries([sub()], new Date('2024-07-29T23:59:59Z'), 0)).toHaveLength(0);
  });

  it('uses each channel’s own time zone and day', () => {
    const ny = sub({ channelId: 'ny', timezone: 'America/New_York', time: '22:30' });
    const due = dueDeliveries([ny, sub({ channelId: 'sh' })], now, 12);
    expect(due.map((d) => [d.sub.channelId, d.day])).toEqual([
      ['sh', '2024-07-30'],
      ['ny', '2024-07-29'],
    ]);
  });

  it('finds yesterday’s digest across midnight and several days with a long window, oldest first', () => {
    const due = dueDeliveries([sub({ time: '23:00' })], new Date('2024-07-30T01:00:00Z'), 50);
    expect(due.map((d) => d.day)).toEqual(['2024-07-28', '2024-07-29']);
  });

  it('skips paused subscriptions and days before the subscription existed', () => {
    expect(dueDeliveries([sub({ status: 'paused' })], now, 12)).toEqual([]);
    expect(dueDeliveries([sub({ createdAt: '2024-07-30T01:00:00Z' })], now, 12)).toEqual([]);
    expect(dueDeliveries([sub({ createdAt: '2024-07-29T01:00:00Z' })], now, 12)).toHaveLength(1);
  });
});

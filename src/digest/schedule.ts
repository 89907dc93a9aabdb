/**
 * Pure time math for digests (daily, weekdays or weekly), with Intl only (no date library). A subscription says "HH:MM in this IANA
 * zone"; these functions turn that into UTC instants, DST included.
 */
import { addDays, dayNumber } from '../calendar-date.js';
import { localDay, wallClock } from '../time-zone.js';

/** How often a digest is due: every day, Monday to Friday, or once a week on a chosen day. */
export type Cadence = 'daily' | 'weekdays' | 'weekly';

/** What the schedule math needs of a subscription (a store `Subscription` satisfies it). */
export interface ScheduleEntry {
  channelId: string;
  guildId: string;
  /** Local time of day, `HH:MM` (24 h). */
  time: string;
  timezone: string;
  status?: 'active' | 'paused';
  /** Default daily. */
  cadence?: Cadence;
  /** Weekly: local day of the week, 0 = Sunday … 6 = Saturday. */
  weekday?: number | null;
  /** ISO instant; days whose digest time fell before the subscription existed are never due. */
  createdAt?: string;
}

/** One digest that should have been posted: the channel's local day and the instant it was scheduled for. */
export interface DueDelivery<S extends ScheduleEntry = ScheduleEntry> {
  sub: S;
  /** The channel's local digest day, `YYYY-MM-DD`. */
  day: string;
  scheduledAt: Date;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE = 60_000;
const DAY_MS = 24 * 60 * MINUTE;

/**
 * A run that fires a little late (cron tick, event-loop lag) must still count as on time even when the
 * catch-up grace window is set to 0.
 */
const ON_TIME_SLACK_MS = 10 * MINUTE;

/** Parses `HH:MM` (24 h, zero-padded); throws a clear error otherwise. */
export function parseTime(time: string): { hour: number; minute: number } {
  const m = TIME.exec(time);
  if (!m) throw new RangeError(`Digest time must be HH:MM in 24-hour form, e.g. 08:00 (got "${time}")`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

/** The node-cron expression (minute hour * * *) that fires daily at `time`. */
export function cronExpression(time: string): string {
  const { hour, minute } = parseTime(time);
  return `${minute} ${hour} * * *`;
}

/** The zone's UTC offset at `ms`, in ms (wall clock minus UTC), to the minute. */
function offsetAt(ms: number, tz: string): number {
  return wallClock(ms, tz) - Math.floor(ms / MINUTE) * MINUTE;
}

function parseDay(day: string): number {
  const n = dayNumber(day);
  if (Number.isNaN(n)) throw new RangeError(`Day must be a real date as YYYY-MM-DD (got "${day}")`);
  return n * DAY_MS;
}

/** Every UTC instant whose wall clock in `tz` reads `wall` (0 in a gap, 2 in a fall-back overlap), earliest first. */
function instantsFor(wall: number, tz: string): number[] {
  // The offset can only be one of the offsets in force around that day; probing either side finds both.
  const offsets = new Set([offsetAt(wall - DAY_MS, tz), offsetAt(wall, tz), offsetAt(wall + DAY_MS, tz)]);
  const hits = [...offsets].map((o) => wall - o).filter((t) => wallClock(t, tz) === wall);
  return [...new Set(hits)].sort((a, b) => a - b);
}

/**
 * The instant a digest for local `day` at `time` in `tz` is due, DST-safe: a time that does not exist that day
 * (spring-forward gap) runs at the first valid minute after it; a time that happens twice (fall back) runs once,
 * at its first occurrence.
 */
export function scheduledInstant(day: string, time: string, tz: string): Date {
  const { hour, minute } = parseTime(time);
  const wall = parseDay(day) + (hour * 60 + minute) * MINUTE;
  // Gaps are at most a few hours long (usually 1 h, 30 min on Lord Howe); walk forward minute by minute.
  for (let step = 0; step <= 24 * 60; step++) {
    const first = instantsFor(wall + step * MINUTE, tz)[0];
    if (first !== undefined) return new Date(first);
  }
  throw new RangeError(`No valid local time at or after ${day} ${time} in ${tz}`);
}

/** Monday, the day a weekly digest falls on when none was chosen. */
export const DEFAULT_WEEKDAY = 1;

/** The day of the week of a `YYYY-MM-DD` date, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: string): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

/**
 * Whether the cadence has a digest on local `day`: every day (daily), Monday to Friday of the subscription's
 * own zone (weekdays), or its one chosen day (weekly, Monday when none is stored).
 */
export function cadenceIncludes(sub: Pick<ScheduleEntry, 'cadence' | 'weekday'>, day: string): boolean {
  const wd = weekdayOf(day);
  switch (sub.cadence ?? 'daily') {
    case 'daily':
      return true;
    case 'weekdays':
      return wd >= 1 && wd <= 5;
    case 'weekly':
      return wd === (sub.weekday ?? DEFAULT_WEEKDAY);
  }
}

/** The next instant strictly after `now` at which `sub` is scheduled to receive a digest, on a day of its cadence. */
export function nextRun(
  sub: Pick<ScheduleEntry, 'time' | 'timezone' | 'cadence' | 'weekday'>,
  now: Date,
): Date {
  const today = localDay(now, sub.timezone);
  // A week and a day ahead covers a weekly cadence whose day is today but whose time has passed.
  for (let n = -1; n <= 8; n++) {
    const day = addDays(today, n);
    if (!cadenceIncludes(sub, day)) continue;
    const at = scheduledInstant(day, sub.time, sub.timezone);
    if (at.getTime() > now.getTime()) return at;
  }
  throw new RangeError(`No next run for ${sub.time} ${sub.timezone}`);
}

/**
 * Every (subscription, local day) whose scheduled instant is at or before `now` and no older than the grace
 * window (never less than {@link ON_TIME_SLACK_MS}), oldest first. Paused subscriptions are skipped, and so are
 * days scheduled before the subscription was created and local days its cadence has no digest on. Whether each was already delivered is the caller's
 * question (the deliveries table answers it).
 */
export function dueDeliveries<S extends ScheduleEntry>(
  subs: readonly S[],
  now: Date,
  graceHours: number,
): DueDelivery<S>[] {
  const windowMs = Math.max(graceHours * 60 * MINUTE, ON_TIME_SLACK_MS);
  const nowMs = now.getTime();
  const due: DueDelivery<S>[] = [];
  for (const sub of subs) {
    if (sub.status === 'paused') continue;
    const createdMs = sub.createdAt ? Date.parse(sub.createdAt) : Number.NEGATIVE_INFINITY;
    const today = localDay(now, sub.timezone);
    // One extra day back covers a window that crosses midnight; more for windows longer than a day.
    const daysBack = Math.ceil(windowMs / DAY_MS) + 1;
    for (let n = -daysBack; n <= 0; n++) {
      const day = addDays(today, n);
      if (!cadenceIncludes(sub, day)) continue;
      const at = scheduledInstant(day, sub.time, sub.timezone);
      const age = nowMs - at.getTime();
      if (age >= 0 && age <= windowMs && at.getTime() >= createdMs) due.push({ sub, day, scheduledAt: at });
    }
  }
  return due.sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
}

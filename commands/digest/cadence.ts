import type { CommandRequest } from '../../src/discord/command.js';
import { DEFAULT_WEEKDAY, type Cadence } from '../../src/digest/schedule.js';
import type { Message, MessageKey } from '../../src/i18n/index.js';
import type { Subscription } from '../../src/store/types.js';
import { UserError } from '../../src/user-error.js';

/** The `cadence` option's choices, in the order Discord shows them. */
export const CADENCE_CHOICES: ReadonlyArray<{ value: Cadence; en: string; zh: string }> = [
  { value: 'daily', en: 'Daily', zh: '每天' },
  { value: 'weekdays', en: 'Weekdays (Mon–Fri)', zh: '工作日（周一至周五）' },
  { value: 'weekly', en: 'Weekly', zh: '每周' },
];

/** The `weekday` option's choices, Monday first; values are 0 = Sunday … 6 = Saturday, as stored. */
export const WEEKDAY_CHOICES: ReadonlyArray<{ value: number; en: string; zh: string }> = [
  { value: 1, en: 'Monday', zh: '星期一' },
  { value: 2, en: 'Tuesday', zh: '星期二' },
  { value: 3, en: 'Wednesday', zh: '星期三' },
  { value: 4, en: 'Thursday', zh: '星期四' },
  { value: 5, en: 'Friday', zh: '星期五' },
  { value: 6, en: 'Saturday', zh: '星期六' },
  { value: 0, en: 'Sunday', zh: '星期日' },
];

const CADENCES: readonly string[] = CADENCE_CHOICES.map((c) => c.value);

/** What `/digest subscribe` was asked for, and whether the weekday was filled in for the admin. */
export interface ChosenCadence {
  cadence?: Cadence;
  weekday?: number | null;
  /** Weekly with no weekday given nor stored: Monday, and the reply says so. */
  defaulted: boolean;
}

/**
 * The cadence options of `/digest subscribe`. Options left out keep the existing subscription's (a new one is
 * daily); a weekday alone means weekly; a weekday with daily or weekdays is a mistake the admin is told about.
 */
export function chooseCadence(req: CommandRequest, existing: Subscription | null): ChosenCadence {
  const raw = req.options.string('cadence');
  // The console types it; Discord only sends a choice.
  const typed = raw === null ? null : raw.trim().toLowerCase();
  if (typed !== null && !CADENCES.includes(typed))
    throw new UserError('digest.badCadence', { cadence: raw ?? '' });
  const weekdayRaw = req.options.integer('weekday');
  const weekday = weekdayRaw === null ? null : ((weekdayRaw % 7) + 7) % 7;
  const cadence = (typed as Cadence | null) ?? (weekday !== null ? 'weekly' : null);
  if (weekday !== null && cadence !== 'weekly') throw new UserError('digest.weekdayNeedsWeekly');
  if (cadence === null) return { defaulted: false };
  if (cadence !== 'weekly') return { cadence, weekday: null, defaulted: false };
  if (weekday !== null) return { cadence, weekday, defaulted: false };
  const kept = existing?.cadence === 'weekly' ? existing.weekday : null;
  return { cadence, weekday: kept ?? DEFAULT_WEEKDAY, defaulted: kept === null };
}

/** A subscription's rhythm as a message: "Daily at 08:00 (Asia/Shanghai)", "Every Monday at …". */
export function scheduleParam(s: Pick<Subscription, 'cadence' | 'weekday' | 'time' | 'timezone'>): Message {
  const params = { time: s.time, tz: s.timezone };
  if (s.cadence === 'weekdays') return { key: 'digest.schedule.weekdays', params };
  if (s.cadence === 'weekly')
    return { key: 'digest.schedule.weekly', params: { ...params, weekday: weekdayName(s.weekday) } };
  return { key: 'digest.schedule.daily', params };
}

/** A weekday (0 = Sunday) as a localized name. */
export function weekdayName(weekday: number | null): Message {
  return { key: `weekday.${weekday ?? DEFAULT_WEEKDAY}` as MessageKey };
}

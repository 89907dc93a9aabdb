/**
 * Calendar dates as `YYYY-MM-DD`: the one home for making, reading and counting them (page dates, typed dates,
 * edition order, schedule days).
 */

const DAY_MS = 86_400_000;

/** The date `year-month-day` as `YYYY-MM-DD` when it is a real calendar day of 1900-2100, else null. */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1)
    return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A calendar date typed by a person (`2019-08-07`, `2019/8/7`, `2019年8月7日`, `20190807`) as `YYYY-MM-DD`,
 * or null when it is not a real date (`2019-02-30`, `2019-13-45`, `yesterday`).
 */
export function normalizeDate(input: string): string | null {
  const m = /^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?$/.exec(input.trim());
  return m ? calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (NaN when it is not one): what edition order counts in. */
export function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) !== date) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

/** The date `n` days after `date` (which must be a real `YYYY-MM-DD`). */
export function addDays(date: string, n: number): string {
  return new Date((dayNumber(date) + n) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Time zones: the default one, checking a name, and reading a wall clock in a zone with Intl only (no date
 * library). Pure and shared: the schedule math, ingest's undated pages and config validation use it.
 */

/** The paper's home zone, where a setting does not say otherwise. */
export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

/** Whether Intl knows `tz` as a time zone. */
export function isValidTimezone(tz: string): boolean {
  if (!tz) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    // Throws RangeError for an unknown zone, which is the clear error we want.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** The wall-clock reading in `tz` at `ms`, expressed as if it were a UTC timestamp (seconds dropped). */
export function wallClock(ms: number, tz: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
}

/** The local calendar day (`YYYY-MM-DD`) in `tz` at `instant`. */
export function localDay(instant: Date, tz: string): string {
  return new Date(wallClock(instant.getTime(), tz)).toISOString().slice(0, 10);
}

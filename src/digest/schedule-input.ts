import { DEFAULT_TIMEZONE, isValidTimezone } from '../time-zone.js';

/** A typed time of day as `HH:MM` (`8:00` → `08:00`, full-width `：` too); null unless it is a 24-hour time. */
export function normalizeTime(input: string): string | null {
  const m = /^([01]?\d|2[0-3])[:：]([0-5]\d)$/.exec(input.trim());
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : null;
}

/** The canonical spelling of an IANA zone (`asia/shanghai` → `Asia/Shanghai`), or null. */
export function normalizeTimezone(input: string): string | null {
  const tz = input.trim();
  if (!isValidTimezone(tz)) return null;
  // Offsets and abbreviations like "+08:00" or "CST" are accepted by Intl but are not IANA names.
  if (!tz.includes('/') && tz.toUpperCase() !== 'UTC') return null;
  return new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;
}

let zones: string[] | undefined;
/** IANA zones this runtime knows, the default first, for autocomplete. */
export function timezoneNames(): string[] {
  zones ??= [
    DEFAULT_TIMEZONE,
    ...Intl.supportedValuesOf('timeZone').filter((z) => z !== DEFAULT_TIMEZONE),
    'UTC',
  ];
  return zones;
}

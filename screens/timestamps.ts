/**
 * `<t:unix:style>` as a Discord client shows it: in the reader's own locale and time zone, which is the point
 * of sending timestamps rather than text.
 */
export interface TimestampView {
  locale: string;
  timeZone: string;
  now: Date;
}

const is24h = (locale: string): boolean => !locale.startsWith('en');

function fmt(date: Date, view: TimestampView, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(view.locale, { timeZone: view.timeZone, ...options }).format(date);
}

function time(date: Date, view: TimestampView, seconds: boolean): string {
  const h24 = is24h(view.locale);
  return fmt(date, view, {
    hour: h24 ? '2-digit' : 'numeric',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
    hour12: !h24,
  });
}

function relative(date: Date, view: TimestampView): string {
  const seconds = Math.round((date.getTime() - view.now.getTime()) / 1000);
  const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ['year', 31_536_000],
    ['month', 2_592_000],
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  const rtf = new Intl.RelativeTimeFormat(view.locale, { numeric: 'auto' });
  for (const [unit, size] of units)
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  return rtf.format(seconds, 'second');
}

/** One timestamp in a Discord style letter (t, T, d, D, f, F, R); `f` is Discord's default. */
export function formatTimestamp(unixSeconds: number, style: string, view: TimestampView): string {
  const date = new Date(unixSeconds * 1000);
  switch (style) {
    case 't':
      return time(date, view, false);
    case 'T':
      return time(date, view, true);
    case 'd':
      return fmt(date, view, { year: 'numeric', month: '2-digit', day: '2-digit' });
    case 'D':
      return fmt(date, view, { dateStyle: 'long' });
    case 'F':
      return `${fmt(date, view, { dateStyle: 'full' })} ${time(date, view, false)}`;
    case 'R':
      return relative(date, view);
    default:
      return `${fmt(date, view, { dateStyle: 'long' })} ${time(date, view, false)}`;
  }
}

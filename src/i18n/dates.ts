import { langOf } from './strings.js';

const ZH_WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `YYYY-MM-DD` as its parts, or null when it is not a real calendar date. */
function parseIsoDate(iso: string): { y: number; m: number; d: number; weekday: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls 2026-02-31 over to March; a printed date that does not exist is not a date.
  if (at.getUTCMonth() !== m - 1 || at.getUTCDate() !== d) return null;
  return { y, m, d, weekday: at.getUTCDay() };
}

/**
 * A printed edition date (`YYYY-MM-DD`, a calendar day with no time zone) the way the reader's language writes
 * it: `2026年12月2日 星期三` for zh-*, `Wed, 2 Dec 2026` otherwise. Anything that is not a real date is returned
 * as given rather than guessed at. Shared by the digest, the preview, the admin screens and any command.
 */
export function formatEditionDate(locale: string | null | undefined, iso: string): string {
  const p = parseIsoDate(iso);
  if (!p) return iso;
  if (langOf(locale) === 'zh') return `${p.y}年${p.m}月${p.d}日 ${ZH_WEEKDAYS[p.weekday]}`;
  return `${EN_WEEKDAYS[p.weekday]}, ${p.d} ${EN_MONTHS[p.m - 1]} ${p.y}`;
}

/**
 * An instant as a calendar day and time in `timeZone`, in the reader's language: `2026年12月2日 14:05` /
 * `2 Dec 2026, 14:05`. For "received at" lines of undated pages, where no printed date can be claimed.
 */
export function formatReceivedAt(locale: string | null | undefined, at: Date, timeZone = 'UTC'): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  ) as Record<string, string>;
  const time = `${parts.hour}:${parts.minute}`;
  const [y, m, d] = [Number(parts.year), Number(parts.month), Number(parts.day)];
  if (langOf(locale) === 'zh') return `${y}年${m}月${d}日 ${time}`;
  return `${d} ${EN_MONTHS[m - 1]} ${y}, ${time}`;
}

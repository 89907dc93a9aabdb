/**
 * A calendar date typed by a person (`2019-08-07`, `2019/8/7`, `2019年8月7日`, `20190807`) as `YYYY-MM-DD`,
 * or null when it is not a real date (`2019-02-30`, `2019-13-45`, `yesterday`).
 */
export function normalizeDate(input: string): string | null {
  const m = /^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?$/.exec(input.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

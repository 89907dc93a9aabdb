/**
 * Sets a paragraph the way the seed page's paper sets it, as OCR then reads it back: the column is a fixed
 * physical width, ideographs take one em, Latin letters and digits half an em, and punctuation is squeezed to
 * half an em except a full stop, question or exclamation mark, colon or semicolon inside a line, which keep
 * their full em. 避头尾 pushes a character down with a closing mark that would start a line, and never leaves an
 * opening mark at a line's end. So under the parser's print-width model full lines measure anywhere from about
 * 1.5 ems short of the column to the column, as on the seed page. The first line is two ems in (OCR loses the
 * indent). A `|` in the text is a break set by hand.
 */

const CLOSING = new Set(Array.from('，。、；：！？”’）》…」'));
const OPENING = new Set(Array.from('“‘（《「'));
const FULL_MID_LINE = new Set(Array.from('。！？：；'));

function isWide(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff10 && c <= 0xff5a);
}

/** Physical width of a unit inside a line; `atEnd` says it is the line's last. */
function unitWidth(u: string, atEnd: boolean): number {
  if (FULL_MID_LINE.has(u)) return atEnd ? 0.5 : 1;
  let w = 0;
  for (const ch of u) w += isWide(ch.codePointAt(0)!) ? 1 : 0.5;
  return w;
}

/** Latin words and numbers (`5G`, `1.2`, `30%`) are one unit; everything else a character. */
function units(text: string): string[] {
  const out: string[] = [];
  const cs = Array.from(text);
  for (let i = 0; i < cs.length;) {
    if (/[A-Za-z0-9.%]/u.test(cs[i]!)) {
      let j = i;
      while (j < cs.length && /[A-Za-z0-9.%]/u.test(cs[j]!)) j++;
      out.push(cs.slice(i, j).join(''));
      i = j;
    } else out.push(cs[i++]!);
  }
  return out;
}

function lineWidth(line: string[]): number {
  return line.reduce((n, u, k) => n + unitWidth(u, k === line.length - 1), 0);
}

/**
 * The paragraph's lines in a column `width` ems wide. `wobble`, if given, moves each line's right edge by the
 * ems it returns for the line's index (a loosely justified column: letter-spacing differs from line to line).
 */
export function setOcrColumn(text: string, width: number, wobble?: (line: number) => number): string[] {
  const us = text.split('|').flatMap((part, k) => (k === 0 ? units(part) : ['|', ...units(part)]));
  const lines: string[][] = [];
  let line: string[] = [];
  let cap = width - 2;
  for (const u of us) {
    if (u === '|') {
      lines.push(line);
      line = [];
      cap = width + (wobble?.(lines.length) ?? 0);
      continue;
    }
    if (line.length > 0 && lineWidth([...line, u]) > cap) {
      const carried: string[] = [];
      // A closing mark may not start a line: the marks before it (`。”`) and one character go down with it.
      if (CLOSING.has(u))
        while (line.length > 1) {
          const last = line.pop()!;
          carried.unshift(last);
          if (!CLOSING.has(last)) break;
        }
      while (line.length > 1 && OPENING.has(line[line.length - 1]!)) carried.unshift(line.pop()!);
      lines.push(line);
      line = carried;
      cap = width + (wobble?.(lines.length) ?? 0);
    }
    line.push(u);
  }
  if (line.length > 0) lines.push(line);
  // A space the break falls on is not printed (`通讯员` / `胡晓东）`); the editor's text keeps it.
  return lines.map((l) => l.join('').trim());
}

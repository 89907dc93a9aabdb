/** Poems on a 副刊 page: short lines that the line pass reads as headline lines, kept as the poem's paragraphs. */
import type { BodyElement, Column, Token } from './structure-types.js';

/** The stretch ends with a byline opening what follows (a poet's), not a closing one. */
export function bylineLast(items: BodyElement[]): boolean {
  const last = items[items.length - 1]!;
  return last.t === 'byline' && !last.closing;
}

/**
 * A poem (副刊) is set one short line to a line, none ending a sentence: headline lines to the line pass. Under its
 * poet's byline, a run of six and more such lines is the poem, each line a paragraph; only the run's last line
 * may be a headline, the poem's own printed after it or the next story's before that one (`李 木` / `风把最后一片叶子`
 * / `交给了大地` / … / `喊我回家` / `初冬（外一首）`). A headline group is never that long and that short.
 */
export function splitVerse(tokens: Token[], column: Column): Token[] {
  const short = (l: string): boolean => column.measure(l) <= column.width - 3 && !/^(?:——|──|—|--)/u.test(l);
  // A verse line with a comma (`掂一掂，笑一笑`) reaches here as a paragraph of its own; a headline group's last line
  // may be the next story's headline, of any width, and then ends the poem.
  const verseTok = (t: Token): boolean =>
    (t.t === 'heads' && t.role === 'title' && t.lines.slice(0, -1).every(short)) ||
    (t.t === 'body' && t.items.every((e) => e.t === 'para' && !e.dateline && short(e.text)));
  const closesRun = (t: Token): boolean => t.t === 'heads' && !short(t.lines[t.lines.length - 1]!);
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    const prev = out[out.length - 1];
    let end = k;
    if (prev?.t === 'body' && bylineLast(prev.items))
      while (end < tokens.length && verseTok(tokens[end]!)) if (closesRun(tokens[end++]!)) break;
    const run = tokens.slice(k, end);
    const lines = run.flatMap((t) =>
      t.t === 'heads' ? t.lines : t.t === 'body' ? t.items.map((e) => (e as { text: string }).text) : [],
    );
    const last = run[run.length - 1];
    // (Only the run's last line may be a headline: the poem's own printed after it, or the next story's.)
    const keep = last?.t === 'heads' ? 1 : 0;
    if (prev?.t !== 'body' || !run.some((t) => t.t === 'heads') || lines.length - keep < 5) {
      out.push(tok);
      continue;
    }
    const no = (run[0] as { no: number }).no;
    prev.items.push(
      ...lines
        .slice(0, lines.length - keep)
        .map((text, n) => ({ t: 'para' as const, no: no + n, text, dateline: false })),
    );
    if (last?.t === 'heads') out.push({ ...last, no: (last as { no: number }).no, lines: lines.slice(-1) });
    k = end - 1;
  }
  return out;
}

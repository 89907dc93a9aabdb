import { ApplicationCommandOptionType, type APIApplicationCommandOption } from 'discord.js';
import type { Command, CommandOptions } from '../discord/command.js';
import { UserError } from '../user-error.js';

/** An option as a command's definition declares it (what Discord would show the user). */
export type OptionDef = APIApplicationCommandOption & { autocomplete?: boolean; required?: boolean };

const INTEGER = /^-?\d+$/;

/** Shell-like words: white space separates, "double" or 'single' quotes group. */
export function tokenize(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

/** The options of a command, or of one of its subcommands. */
export function optionsOf(cmd: Command, sub: string | null): OptionDef[] {
  const opts = (cmd.data.toJSON().options ?? []) as OptionDef[];
  if (sub === null) return opts;
  const s = opts.find((o) => o.name === sub && o.type === ApplicationCommandOptionType.Subcommand) as
    { options?: OptionDef[] } | undefined;
  return s?.options ?? [];
}

export function subcommandDefs(cmd: Command): OptionDef[] {
  return ((cmd.data.toJSON().options ?? []) as OptionDef[]).filter(
    (o) => o.type === ApplicationCommandOptionType.Subcommand,
  );
}

type Named = { name: string; name_localizations?: Partial<Record<string, string | null>> | null };

/** A command or subcommand by its English name or its zh-CN localization (`/要闻` works like `/headlines`). */
export function byAnyName<T extends Named>(items: readonly T[], typed: string): T | undefined {
  return items.find((i) => i.name === typed || i.name_localizations?.['zh-CN'] === typed);
}

/**
 * Assigns words to options: `name:value` words by name, the rest by position. Trailing whole numbers go to
 * trailing integer options, and extra words join the first text option, so `/article 舟山 新闻 2` means
 * article "舟山 新闻", page 2.
 */
export function assignOptions(defs: readonly OptionDef[], words: readonly string[]): Map<string, string> {
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (const w of words) {
    const m = /^([\p{L}\p{N}_-]+):(.+)$/u.exec(w);
    const def = m ? defs.find((d) => d.name === m[1]) : undefined;
    if (m && def) values.set(def.name, m[2]!);
    else positional.push(w);
  }
  const free = defs.filter((d) => !values.has(d.name));
  let end = free.length - 1;
  const requiredBefore = (j: number): number => free.slice(0, j).filter((d) => d.required).length;
  while (
    end >= 0 &&
    free[end]!.type === ApplicationCommandOptionType.Integer &&
    positional.length > requiredBefore(end) &&
    INTEGER.test(positional.at(-1)!)
  ) {
    values.set(free[end]!.name, positional.pop()!);
    end--;
  }
  const slots = free.slice(0, end + 1);
  const greedy = slots.findIndex((d) => d.type === ApplicationCommandOptionType.String);
  const extra = Math.max(0, positional.length - slots.length);
  let k = 0;
  slots.forEach((d, idx) => {
    if (k >= positional.length) return;
    const take = idx === greedy ? 1 + extra : 1;
    values.set(d.name, positional.slice(k, k + take).join(' '));
    k += take;
  });
  return values;
}

/** Typed access to assigned words, as a handler reads Discord's options; a bad number is the user's mistake. */
export function consoleOptions(values: ReadonlyMap<string, string>): CommandOptions {
  return {
    string: (name) => values.get(name) ?? null,
    integer: (name) => {
      const v = values.get(name);
      if (v === undefined) return null;
      if (!INTEGER.test(v)) throw new UserError('console.notNumber', { name, value: v });
      return Number(v);
    },
    channel: (name) => {
      const v = values.get(name);
      if (v === undefined) return null;
      const id = v.replace(/^<?#/, '').replace(/>$/, '');
      return { id, name: id, type: null };
    },
    boolean: (name) => {
      const v = values.get(name)?.toLowerCase();
      if (v === undefined) return null;
      if (['true', 'yes', '1', 'on'].includes(v)) return true;
      if (['false', 'no', '0', 'off'].includes(v)) return false;
      throw new UserError('console.notBoolean', { name, value: v });
    },
  };
}

import { createInterface } from 'node:readline';
import {
  ApplicationCommandOptionType,
  ComponentType,
  PermissionFlagsBits,
  type APIApplicationCommandOption,
  type APIEmbed,
} from 'discord.js';
import { commands as allCommands } from '../../commands/index.js';
import { systemClock, type Clock } from '../clock.js';
import type { DigestPoster } from '../delivery/digest-poster.js';
import type { Digest } from '../digest/types.js';
import {
  UserError,
  type Command,
  type CommandContext,
  type CommandOptions,
  type CommandRequest,
  type Reply,
  type SchedulerView,
} from '../discord/command.js';
import { handleComponent } from '../discord/component-handler.js';
import { renderDigestMessages } from '../discord/digest-message.js';
import { langOf, t } from '../i18n/index.js';
import { silentLogger, type Logger } from '../logger.js';
import type { Store } from '../store/types.js';
import { DEFAULT_TIMEZONE } from '../config.js';

/** The console stands in for one server with one channel, and its operator is that server's admin. */
export const CONSOLE_GUILD_ID = 'console';
export const CONSOLE_CHANNEL_ID = 'console';
const ALL_PERMISSIONS = Object.values(PermissionFlagsBits).reduce((a, b) => a | b, 0n);

export interface ConsoleOptions {
  store: Store;
  clock?: Clock;
  scheduler?: SchedulerView;
  logger?: Logger;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** The "user's" locale; defaults to zh-CN when LANG says Chinese, en-US otherwise. */
  locale?: string;
  defaultTimezone?: string;
  commands?: readonly Command[];
}

function defaultLocale(): string {
  return langOf(process.env.LANG) === 'zh' ? 'zh-CN' : 'en-US';
}

/** Shell-like words: white space separates, "double" or 'single' quotes group. */
export function tokenize(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

// ---------- rendering a Reply as terminal text ----------

/** Drops Markdown marks the renderers added and the escapes they put before printed text. */
export function plainText(md: string, timezone = 'UTC'): string {
  return md
    .replace(/<t:(\d+)(?::\w)?>/g, (_, s: string) => formatInstant(new Date(Number(s) * 1000), timezone))
    .replace(/<#([^>]+)>/g, '#$1')
    .replace(/(?<!\\)\*\*/g, '')
    .replace(/(?<!\\)\*(?=\S)|(?<=\S)(?<!\\)\*/g, '')
    .replace(/\\([\\*_~`|>#\-[\]().+])/g, '$1');
}

function formatInstant(d: Date, timezone: string): string {
  const s = new Intl.DateTimeFormat('sv-SE', {
    timeZone: timezone,
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(d);
  return `${s} ${timezone}`;
}

function embedText(e: APIEmbed, tz: string): string[] {
  const lines: string[] = [];
  if (e.author?.name) lines.push(plainText(e.author.name, tz));
  if (e.title) lines.push(`━━ ${plainText(e.title, tz)} ━━`);
  if (e.description) lines.push(plainText(e.description, tz));
  for (const f of e.fields ?? []) lines.push(`${plainText(f.name, tz)}: ${plainText(f.value, tz)}`);
  if (e.footer?.text) lines.push(`— ${plainText(e.footer.text, tz)}`);
  return lines;
}

/** A Reply as plain text: content, embeds, then buttons and menus with the console command that presses them. */
export function renderReplyText(
  reply: Pick<Reply, 'content' | 'embeds' | 'components'>,
  timezone = 'UTC',
): string {
  const lines: string[] = [];
  if (reply.content) lines.push(plainText(reply.content, timezone));
  for (const e of reply.embeds) {
    if (lines.length > 0) lines.push('');
    lines.push(...embedText(e, timezone));
  }
  for (const row of reply.components) {
    const buttons: string[] = [];
    for (const c of row.components) {
      if (c.type === ComponentType.Button && 'custom_id' in c) {
        buttons.push(c.disabled ? `[${c.label ?? ''}]` : `[${c.label ?? ''}] /press ${c.custom_id}`);
      } else if (c.type === ComponentType.StringSelect) {
        lines.push(`${c.placeholder ?? ''}`);
        for (const o of c.options) lines.push(`  ${o.label}  → /press ${c.custom_id} ${o.value}`);
      }
    }
    if (buttons.length > 0) lines.push(buttons.join('   '));
  }
  return lines.join('\n');
}

/**
 * A DigestPoster that prints to the console instead of a channel, through the same digest renderer the
 * Discord poster uses. Returns made-up message ids so deliveries are recorded as sent.
 */
export function createConsolePoster(
  output: NodeJS.WritableStream,
  opts: { locale?: string; timezone?: string } = {},
): DigestPoster {
  let n = 0;
  return {
    async post(channelId: string, digest: Digest): Promise<string[]> {
      const messages = renderDigestMessages(digest, opts.locale ?? defaultLocale());
      output.write(`\n[digest → #${channelId}]\n`);
      for (const m of messages) output.write(`${renderReplyText(m, opts.timezone)}\n`);
      return messages.map(() => `console-${Date.now()}-${++n}`);
    },
  };
}

// ---------- turning a typed line into the same requests Discord sends ----------

type OptionDef = APIApplicationCommandOption & { autocomplete?: boolean; required?: boolean };

function optionsOf(cmd: Command, sub: string | null): OptionDef[] {
  const opts = (cmd.data.toJSON().options ?? []) as OptionDef[];
  if (sub === null) return opts;
  const s = opts.find((o) => o.name === sub && o.type === ApplicationCommandOptionType.Subcommand) as
    { options?: OptionDef[] } | undefined;
  return s?.options ?? [];
}

function subcommandDefs(cmd: Command): OptionDef[] {
  return ((cmd.data.toJSON().options ?? []) as OptionDef[]).filter(
    (o) => o.type === ApplicationCommandOptionType.Subcommand,
  );
}

type Named = { name: string; name_localizations?: Partial<Record<string, string | null>> | null };

/** A command or subcommand by its English name or its zh-CN localization (`/要闻` works like `/headlines`). */
function byAnyName<T extends Named>(items: readonly T[], typed: string): T | undefined {
  return items.find((i) => i.name === typed || i.name_localizations?.['zh-CN'] === typed);
}

const INTEGER = /^-?\d+$/;

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

function consoleOptions(values: Map<string, string>, locale: string): CommandOptions {
  return {
    string: (name) => values.get(name) ?? null,
    integer: (name) => {
      const v = values.get(name);
      if (v === undefined) return null;
      if (!INTEGER.test(v)) throw new UserError(`${name}: ${t(locale, 'console.notNumber', { value: v })}`);
      return Number(v);
    },
    channel: (name) => {
      const v = values.get(name);
      if (v === undefined) return null;
      const id = v.replace(/^<?#/, '').replace(/>$/, '');
      return { id, name: id, type: null };
    },
  };
}

/** Runs one typed line; returns the text to print. Exported for tests. */
export async function runLine(
  line: string,
  env: { ctx: CommandContext; commands: Map<string, Command>; locale: string; timezone: string },
): Promise<string> {
  const { ctx, locale } = env;
  const words = tokenize(line.trim());
  const head = words.shift();
  if (!head) return '';
  const name = head.replace(/^\//, '');
  try {
    if (name === 'press') {
      const [customId, ...values] = words;
      if (!customId) throw new UserError(t(locale, 'console.pressUsage'));
      const { reply } = await handleComponent({ customId, values, locale }, ctx);
      return renderReplyText(reply, env.timezone) + followUpText(reply, env.timezone);
    }
    const cmd =
      env.commands.get(name) ?? [...env.commands.values()].find((c) => byAnyName([c.data.toJSON()], name));
    if (!cmd)
      throw new UserError(
        t(locale, 'generic.unknownCommand', { name: `/${name}` }) +
          ' ' +
          t(locale, 'console.commands', { list: [...env.commands.keys()].map((n) => `/${n}`).join(' ') }),
      );
    const subs = subcommandDefs(cmd);
    let sub: string | null = null;
    if (subs.length > 0) {
      const typedSub = words.shift();
      sub = typedSub ? (byAnyName(subs, typedSub)?.name ?? null) : null;
      if (!sub)
        throw new UserError(
          t(locale, 'console.subcommands', { name: `/${name}`, list: subs.map((d) => d.name).join(', ') }),
        );
    }
    const defs = optionsOf(cmd, sub);
    const values = assignOptions(defs, words);
    // Resolve what was typed the way a Discord user picks from the autocomplete list.
    for (const d of defs) {
      const typed = values.get(d.name);
      if (typed === undefined || !d.autocomplete || !cmd.autocomplete) continue;
      const choices = await cmd.autocomplete(
        { commandName: cmd.data.name, locale, focused: { name: d.name, value: typed } },
        ctx,
      );
      const exact = choices.find(
        (c) => c.value.toLowerCase() === typed.toLowerCase() || c.name.toLowerCase() === typed.toLowerCase(),
      );
      const pick = exact ?? choices[0];
      if (pick) values.set(d.name, pick.value);
    }
    const missing = defs.filter((d) => d.required && !values.has(d.name)).map((d) => d.name);
    if (missing.length > 0)
      throw new UserError(
        t(locale, 'console.missing', {
          name: `/${[name, sub].filter(Boolean).join(' ')}`,
          options: missing.join(', '),
        }),
      );
    const req: CommandRequest = {
      commandName: cmd.data.name,
      subcommand: sub,
      locale,
      guildLocale: locale,
      guildId: CONSOLE_GUILD_ID,
      channelId: CONSOLE_CHANNEL_ID,
      userId: 'console',
      memberPermissions: ALL_PERMISSIONS,
      options: consoleOptions(values, locale),
      // Console channels are printed to the terminal, which can always "post".
      botPermissionsIn: async () => ALL_PERMISSIONS,
    };
    const reply = await cmd.execute(req, ctx);
    return renderReplyText(reply, env.timezone) + followUpText(reply, env.timezone);
  } catch (err) {
    if (err instanceof UserError) return `! ${plainText(err.message, env.timezone)}`;
    ctx.logger.error({ err, line }, 'console command failed');
    return `! ${t(locale, 'generic.error')}`;
  }
}

function followUpText(reply: Reply, tz: string): string {
  return (reply.followUps ?? []).map((f) => `\n\n${renderReplyText(f, tz)}`).join('');
}

/**
 * The local console used when there is no DISCORD_TOKEN: each line is a slash command run through the same
 * handlers and renderers as on Discord, printed as text. Reads every line in order (piped stdin works), and
 * resolves at end of input or on `/quit`.
 */
export async function runConsole(opts: ConsoleOptions): Promise<void> {
  const locale = opts.locale ?? defaultLocale();
  const defaultTimezone = opts.defaultTimezone ?? DEFAULT_TIMEZONE;
  const ctx: CommandContext = {
    store: opts.store,
    clock: opts.clock ?? systemClock,
    logger: opts.logger ?? silentLogger,
    scheduler: opts.scheduler,
    defaultTimezone,
  };
  const commands = new Map((opts.commands ?? allCommands).map((c) => [c.data.name, c]));
  const interactive = (opts.input as { isTTY?: boolean }).isTTY === true;
  const out = opts.output;
  const rl = createInterface({ input: opts.input, terminal: false });
  // The time zone is read per line: `/digest timezone` may have just changed it.
  const run = (line: string): Promise<string> =>
    runLine(line, {
      ctx,
      commands,
      locale,
      timezone: opts.store.getGuildSettings(CONSOLE_GUILD_ID).timezone || defaultTimezone,
    });
  if (interactive) {
    // A newcomer's first screen answers the first question anyone asks: what is in today's paper?
    out.write(`${t(locale, 'console.banner')}\n\n> /headlines\n`);
    out.write(`${await run('/headlines')}\n\n> `);
  }
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '/quit' || line === '/exit') break;
    if (line && !line.startsWith('#')) {
      if (!interactive) out.write(`> ${line}\n`);
      out.write(`${await run(line)}\n\n`);
    }
    if (interactive) out.write('> ');
  }
  rl.close();
}

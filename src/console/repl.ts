import { createInterface } from 'node:readline';
import { commands as allCommands } from '../../commands/index.js';
import { handleComponent } from '../../commands/components.js';
import { followPausedNotice } from '../../commands/follow/paused-notice.js';
import { systemClock, type Clock } from '../clock.js';
import {
  commandsByName,
  type Command,
  type CommandContext,
  type CommandStore,
  type ComponentHandler,
  type SchedulerView,
} from '../discord/command.js';
import type { DigestRenderOptions } from '../discord/digest-message.js';
import { t } from '../i18n/index.js';
import { silentLogger, type Logger, type LogSink } from '../logger.js';
import { CONSOLE_GUILD_ID, terminalLocale } from './console-guild.js';
import { runLine } from './run-line.js';
import { createTerminalPrompt } from './terminal-prompt.js';

export interface ConsoleOptions {
  /** What the commands read and write; the console server's time zone comes from it too. */
  store: CommandStore;
  clock?: Clock;
  scheduler?: SchedulerView;
  logger?: Logger;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** The operator's locale; defaults to the terminal's (LANG). */
  locale?: string;
  /** The time zone of a server that never set one (config's DEFAULT_TIMEZONE, from main.ts). */
  defaultTimezone: string;
  /** PAPER_NAME and the DIGEST_* layout the console poster uses, for previews. */
  digestDisplay?: DigestRenderOptions;
  commands?: readonly Command[];
  components?: ComponentHandler;
  /** The logger's sink: at a terminal the console prints log lines above its prompt instead of across it. */
  logSink?: LogSink;
  /** Where those log lines go (default stderr). */
  logOutput?: NodeJS.WritableStream;
  /** Personal follows (#11): the limits and the keyword converter; the paused notice defaults to the follows'. */
  follows?: Pick<CommandContext, 'followLimits' | 'toSimplified' | 'userNotice'>;
}

/**
 * The local console used when there is no DISCORD_TOKEN: each line is a slash command run through the same
 * handlers and renderers as on Discord, printed as text. Reads every line in order (piped stdin works), and
 * resolves at end of input or on `/quit`.
 */
export async function runConsole(opts: ConsoleOptions): Promise<void> {
  const locale = opts.locale ?? terminalLocale();
  const { defaultTimezone } = opts;
  const ctx: CommandContext = {
    store: opts.store,
    clock: opts.clock ?? systemClock,
    logger: opts.logger ?? silentLogger,
    scheduler: opts.scheduler,
    defaultTimezone,
    ...(opts.digestDisplay ? { digestDisplay: opts.digestDisplay } : {}),
    userNotice: followPausedNotice,
    ...opts.follows,
  };
  const commands = commandsByName(opts.commands ?? allCommands);
  const components = opts.components ?? handleComponent;
  const interactive = (opts.input as { isTTY?: boolean }).isTTY === true;
  const out = opts.output;
  // The time zone is read per line: `/digest timezone` may have just changed it.
  const run = (line: string): Promise<string> =>
    runLine(line, {
      ctx,
      commands,
      components,
      locale,
      timezone: opts.store.getGuildSettings(CONSOLE_GUILD_ID).timezone || defaultTimezone,
    });
  if (interactive) return runAtTerminal(opts, out, locale, run);
  const rl = createInterface({ input: opts.input, terminal: false });
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '/quit' || line === '/exit') break;
    if (line && !line.startsWith('#')) {
      out.write(`> ${line}\n`);
      out.write(`${await run(line)}\n\n`);
    }
  }
  rl.close();
}

/** A person at a terminal: line editing and history, one command at a time, logs printed above the prompt. */
async function runAtTerminal(
  opts: ConsoleOptions,
  out: NodeJS.WritableStream,
  locale: string,
  run: (line: string) => Promise<string>,
): Promise<void> {
  const term = createTerminalPrompt({
    input: opts.input,
    output: out,
    logSink: opts.logSink,
    logOutput: opts.logOutput,
  });
  // Taken now, before the first await: readline drops lines that arrive before an iterator exists, and a
  // person may type ahead while the greeting runs.
  const lines = term.rl[Symbol.asyncIterator]();
  // A newcomer's first screen answers the first question anyone asks: what is in today's paper?
  out.write(`${t(locale, 'console.banner')}\n\n> /headlines\n`);
  out.write(`${await run('/headlines')}\n\n`);
  term.prompt();
  // One command at a time; readline queues what is typed meanwhile.
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    const line = String(next.value).trim();
    if (line === '/quit' || line === '/exit') break;
    if (line && !line.startsWith('#')) out.write(`${await run(line)}\n\n`);
    term.prompt();
  }
  term.close();
}

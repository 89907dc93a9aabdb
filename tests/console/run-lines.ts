/** What the console tests share: an output stream that keeps its text, piped lines, and a console scheduler. */
import { PassThrough } from 'node:stream';
import { createConsolePoster } from '../../src/console/digest-poster.js';
import { runConsole, type ConsoleOptions } from '../../src/console/repl.js';
import { createScheduler, type DigestScheduler } from '../../src/delivery/scheduler.js';
import { silentLogger } from '../../src/logger.js';
import type { Store } from '../../src/store/types.js';
import { fixedClock } from '../discord/harness.js';

/** A stream to print to, and everything printed so far. */
export function capture(): { output: PassThrough; text: () => string } {
  const output = new PassThrough();
  let text = '';
  output.on('data', (c: Buffer) => (text += c.toString('utf8')));
  return { output, text: () => text };
}

/** Runs `lines` through the console (on the tests' fixed clock, Asia/Shanghai) and returns what it printed. */
export async function runLines(
  store: Store,
  lines: string[],
  locale = 'en-US',
  options: Partial<ConsoleOptions> = {},
): Promise<string> {
  const input = new PassThrough();
  const { output, text } = capture();
  input.end(lines.join('\n') + '\n');
  await runConsole({
    store,
    clock: fixedClock,
    input,
    output,
    locale,
    defaultTimezone: 'Asia/Shanghai',
    ...options,
  });
  return text();
}

/** A started digest scheduler posting through the console poster to `output`, with no real timers. */
export async function consoleScheduler(store: Store, output: PassThrough): Promise<DigestScheduler> {
  const scheduler = createScheduler({
    store,
    poster: createConsolePoster(output, { locale: 'en-US' }),
    logger: silentLogger,
    cron: { schedule: () => ({ stop: () => undefined, destroy: () => undefined }) },
    sweepExpression: null,
    graceHours: 12,
    concurrency: 8,
    staggerMs: 0,
  });
  await scheduler.start();
  return scheduler;
}

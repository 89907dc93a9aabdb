import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsole } from '../../src/console/repl.js';
import { createLogger, createLogSink } from '../../src/logger.js';
import type { Store } from '../../src/store/types.js';
import { fixedClock, SEED_DATE, seededStore } from '../discord/harness.js';

/** A fake terminal: keystrokes in, everything the console and its logs print out, in order. */
function terminal() {
  const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => input });
  const output = Object.assign(new PassThrough(), { isTTY: true, columns: 200, rows: 50 });
  let screen = '';
  output.on('data', (c: Buffer) => (screen += c.toString('utf8')));
  const logOutput = { write: (s: string) => ((screen += s), true) } as unknown as NodeJS.WritableStream;
  return { input, output, logOutput, screen: () => screen };
}

const tick = (ms = 30): Promise<void> => new Promise((r) => setTimeout(r, ms));
/** Waits until `screen()` has shown `needle` `n` times. */
async function until(screen: () => string, needle: string, n = 1): Promise<void> {
  for (let i = 0; i < 200 && screen().split(needle).length - 1 < n; i++) await tick(10);
}

let store: Store;
beforeAll(() => {
  store = seededStore();
});
afterAll(() => store.close());

/** The console over the seeded store at the fake terminal `t`, in English. */
function startConsole(
  t: ReturnType<typeof terminal>,
  extra: Partial<Parameters<typeof runConsole>[0]> = {},
): Promise<void> {
  return runConsole({
    store,
    clock: fixedClock,
    input: t.input,
    output: t.output,
    locale: 'en-US',
    defaultTimezone: 'Asia/Shanghai',
    ...extra,
  });
}

describe('the console at a terminal', () => {
  it('edits the line being typed and recalls earlier commands with the up arrow', async () => {
    const t = terminal();
    const done = startConsole(t);
    const title = `━━ Headlines · ${SEED_DATE} ━━`;
    await until(t.screen, title);
    // A typo fixed with backspace, then ↑ Enter runs the same command again.
    t.input.write('/headlinez\x7fs\r');
    await until(t.screen, title, 2);
    t.input.write('\x1b[A\r');
    await until(t.screen, title, 3);
    t.input.write('/quit\r');
    await done;
    expect(t.screen().split(title)).toHaveLength(4);
    expect(t.screen()).not.toContain('Unknown command');
    expect(t.screen()).not.toContain('/headlinez ');
  });

  it('prints a log line above the prompt and redraws what was being typed', async () => {
    const t = terminal();
    const logSink = createLogSink({ write: () => true });
    const logger = createLogger('warn', { sink: logSink });
    const done = startConsole(t, { logger, logSink, logOutput: t.logOutput });
    await until(t.screen, `━━ Headlines · ${SEED_DATE} ━━`);
    t.input.write('/sea');
    await until(t.screen, '/sea');
    const before = t.screen().length;
    logger.warn({ dir: '/pages' }, 'watcher problem');
    const after = t.screen().slice(before);
    // Clear the prompt line, the log on a line of its own, then the prompt with the typed text again.
    // eslint-disable-next-line no-control-regex -- the terminal's clear-line escapes are what is checked
    expect(after).toMatch(/^\x1b\[2K\x1b\[1G\{"level":40,.*"msg":"watcher problem"\}\n.*> \/sea/s);
    t.input.write('rch 席草\r/quit\r');
    await done;
    // Given back when the console closes: later lines go to the original stream.
    logger.warn('after');
    expect(t.screen()).not.toContain('"msg":"after"');
  });

  it('shows /help as plain text, without Markdown or markup marks', async () => {
    const t = terminal();
    const done = startConsole(t);
    await until(t.screen, `━━ Headlines · ${SEED_DATE} ━━`);
    const from = t.screen().length;
    t.input.write('/help\r');
    await until(t.screen, 'I never ping anyone.');
    t.input.write('/quit\r');
    await done;
    const help = t.screen().slice(from);
    expect(help).toContain('\n/headlines [date] the newest edition’s headlines');
    expect(help).toContain('\nSetting up the daily digest (Manage Server)\n');
    for (const mark of ['`', '**', '<b>', '<code>', '__']) expect(help).not.toContain(mark);
  });
});

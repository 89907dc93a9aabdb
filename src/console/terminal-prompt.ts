import { clearLine, createInterface, cursorTo, type Interface } from 'node:readline';
import type { LogSink } from '../logger.js';

export interface TerminalPrompt {
  readonly rl: Interface;
  /** Shows the prompt and waits for input (line editing, ↑/↓ history, Ctrl-C or Ctrl-D to leave). */
  prompt(): void;
  close(): void;
}

/**
 * A readline prompt for a person at a terminal. While it waits for input, a log line is printed above it:
 * the prompt line is cleared, the log written, and the prompt redrawn with what was being typed, so logs and
 * warnings never land in the middle of a command being typed.
 */
export function createTerminalPrompt(opts: {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Where log lines go while the prompt is up (stderr by default, the same terminal). */
  logOutput?: NodeJS.WritableStream;
  logSink?: LogSink;
  historySize?: number;
}): TerminalPrompt {
  const rl = createInterface({
    input: opts.input,
    output: opts.output,
    terminal: true,
    historySize: opts.historySize ?? 500,
    removeHistoryDuplicates: true,
    prompt: '> ',
  });
  const logOutput = opts.logOutput ?? process.stderr;
  let waiting = false;
  let closed = false;
  opts.logSink?.redirect((line) => {
    if (!waiting) {
      logOutput.write(line);
      return;
    }
    clearLine(opts.output, 0);
    cursorTo(opts.output, 0);
    logOutput.write(line.endsWith('\n') ? line : `${line}\n`);
    rl.prompt(true);
  });
  // Ctrl-C leaves the console the way Ctrl-D does (readline would otherwise only pause).
  rl.on('SIGINT', () => rl.close());
  rl.on('line', () => (waiting = false));
  rl.on('close', () => {
    closed = true;
    waiting = false;
    opts.logSink?.redirect(null);
  });
  return {
    rl,
    prompt() {
      if (closed) return;
      waiting = true;
      rl.prompt();
    },
    close() {
      rl.close();
    },
  };
}

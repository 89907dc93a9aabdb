import { pino, destination, levels, multistream, type Level, type Logger } from 'pino';

export type { Logger };

/** One log call as the observer sees it: the logged object (with the child's bindings) and message. */
export interface LogEvent {
  level: string;
  msg: string;
  fields: Record<string, unknown>;
}

export interface LoggerOptions {
  /**
   * Sees every event at info and above whatever the level written (counters for /metrics are fed from the
   * events the jobs already log, so the jobs need not know about metrics).
   */
  observe?: (event: LogEvent) => void;
  /** Where the JSON lines go; default stderr. The console passes a sink that keeps logs off its prompt. */
  sink?: { write(line: string): unknown };
}

const ORDER: readonly string[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

/**
 * Structured logs, one JSON line per event, on stderr so stdout stays free for CLI output and the console.
 * The token is redacted wherever it might appear in a logged object.
 */
export function createLogger(level = 'info', options: LoggerOptions = {}): Logger {
  const { observe } = options;
  const out = options.sink ?? destination(2);
  // With an observer the logger itself runs at info at least; only the stream filters to the asked level.
  const loggerLevel = observe && ORDER.indexOf(level) > ORDER.indexOf('info') ? 'info' : level;
  const stream =
    loggerLevel === level
      ? out
      : multistream(level === 'silent' ? [] : [{ level: level as Level, stream: out }]);
  return pino(
    {
      level: loggerLevel,
      base: undefined,
      redact: { paths: ['token', 'config.discordToken', 'discordToken', '*.token'], censor: '[redacted]' },
      ...(observe
        ? {
            hooks: {
              logMethod(this: Logger, args: unknown[], method: (...a: unknown[]) => void, num: number) {
                try {
                  const [first, second] = args;
                  const own = typeof first === 'object' && first !== null ? (first as object) : {};
                  const msg = typeof first === 'string' ? first : typeof second === 'string' ? second : '';
                  observe({
                    level: levels.labels[num] ?? String(num),
                    msg,
                    fields: { ...this.bindings(), ...own },
                  });
                } catch {
                  // An observer's mistake must never cost the log line.
                }
                method.apply(this, args);
              },
            },
          }
        : {}),
    },
    stream,
  );
}

/** A logger that drops everything, for tests and benchmarks. */
export const silentLogger: Logger = pino({ level: 'silent' });

/** A log destination that can be taken over (by the console, to print logs above its prompt) and given back. */
export interface LogSink {
  write(line: string): void;
  /** Sends lines to `to` until called with null (then to the original stream again). */
  redirect(to: ((line: string) => void) | null): void;
}

export function createLogSink(stream: { write(s: string): unknown }): LogSink {
  let target: ((line: string) => void) | null = null;
  return {
    write(line) {
      if (target) target(line);
      else stream.write(line);
    },
    redirect(to) {
      target = to;
    },
  };
}

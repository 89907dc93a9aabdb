import { pino, destination, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs, one JSON line per event, on stderr so stdout stays free for CLI output and the console.
 * The token is redacted wherever it might appear in a logged object.
 */
export function createLogger(level = 'info'): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ['token', 'config.discordToken', 'discordToken', '*.token'], censor: '[redacted]' },
    },
    destination(2),
  );
}

/** A logger that drops everything, for tests and benchmarks. */
export const silentLogger: Logger = pino({ level: 'silent' });

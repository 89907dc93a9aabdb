import type { Logger } from '../logger.js';

/** One thing to stop, in order: its name is logged if it fails or is the one still running at the deadline. */
export interface ShutdownStep {
  name: string;
  run(): unknown;
}

export interface ShutdownOptions {
  logger: Logger;
  /** Past this, the process exits anyway (code 1) so a supervisor's SIGKILL never has to. */
  budgetMs: number;
  /** The steps, read when shutdown starts (pieces built after the signal handlers are installed count too). */
  steps: () => ShutdownStep[];
  exit?: (code: number) => void;
}

/**
 * A graceful stop that is bounded in time: each step runs in turn (a failure is logged and the next step
 * still runs), then the process exits with `code`. A second call while stopping does nothing.
 */
export function createShutdown(opts: ShutdownOptions): (code: number, reason: string) => Promise<void> {
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  return async (code, reason) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    opts.logger.info({ reason }, 'shutting down');
    let current = 'start';
    const deadline = setTimeout(() => {
      opts.logger.error(
        { step: current, budgetMs: opts.budgetMs },
        'shutdown took too long: exiting without finishing it',
      );
      exit(1);
    }, opts.budgetMs);
    deadline.unref();
    for (const step of opts.steps()) {
      current = step.name;
      try {
        await step.run();
      } catch (err) {
        opts.logger.error({ err, step: step.name }, 'shutdown step failed');
      }
    }
    clearTimeout(deadline);
    opts.logger.info({ durationMs: Date.now() - started }, 'stopped');
    exit(code);
  };
}

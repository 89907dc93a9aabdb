import { describe, expect, it } from 'vitest';
import { pino, type Logger } from 'pino';
import { createShutdown } from '../../src/ops/shutdown.js';

function recordingLogger(): { logger: Logger; lines: () => Array<Record<string, unknown>> } {
  const out: string[] = [];
  const logger = pino({ base: undefined }, { write: (s: string) => void out.push(s) });
  return { logger, lines: () => out.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('graceful shutdown', () => {
  it('runs every step in order, logs a failing one and still runs the rest, then exits with the code', async () => {
    const { logger, lines } = recordingLogger();
    const ran: string[] = [];
    const exits: number[] = [];
    const shutdown = createShutdown({
      logger,
      budgetMs: 5_000,
      exit: (c) => exits.push(c),
      steps: () => [
        { name: 'scheduler', run: async () => void ran.push('scheduler') },
        {
          name: 'client',
          run: () => {
            throw new Error('boom');
          },
        },
        { name: 'database', run: () => void ran.push('database') },
      ],
    });
    await shutdown(0, 'SIGTERM');
    await shutdown(0, 'SIGINT');
    expect(ran).toEqual(['scheduler', 'database']);
    expect(exits).toEqual([0]);
    const msgs = lines().map((l) => [l.msg, l.step ?? l.reason]);
    expect(msgs).toEqual([
      ['shutting down', 'SIGTERM'],
      ['shutdown step failed', 'client'],
      ['stopped', undefined],
    ]);
  });

  it('exits with code 1 after the budget, naming the step that did not finish', async () => {
    const { logger, lines } = recordingLogger();
    const exits: number[] = [];
    const shutdown = createShutdown({
      logger,
      budgetMs: 100,
      exit: (c) => exits.push(c),
      steps: () => [{ name: 'stuck delivery', run: () => new Promise(() => undefined) }],
    });
    void shutdown(0, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    expect(exits).toEqual([1]);
    expect(lines().at(-1)).toMatchObject({
      msg: 'shutdown took too long: exiting without finishing it',
      step: 'stuck delivery',
    });
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const WORKER = path.resolve('tests/support/digest-worker.ts');

/**
 * Starts tests/support/digest-worker.ts as its own process (a bot's digest run that a test can SIGKILL): on
 * `databasePath`, posting to `apiBase`, at the fixed instant `now`, with `concurrency` parallel posts.
 */
export function startDigestWorker(o: {
  databasePath: string;
  apiBase: string;
  now: string;
  concurrency: number;
}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', WORKER], {
    env: {
      ...process.env,
      DATABASE_PATH: o.databasePath,
      DISCORD_API_BASE: o.apiBase,
      FAKE_NOW: o.now,
      FANOUT_CONCURRENCY: String(o.concurrency),
      FANOUT_STAGGER_MS: '0',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

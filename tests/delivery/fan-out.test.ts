import { describe, expect, it } from 'vitest';
import { fanOut } from '../../src/delivery/fan-out.js';

/** A fake clock whose sleep advances time instantly. */
function fakeTime() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

describe('fanOut', () => {
  it('never runs more workers at once than the concurrency bound', async () => {
    let running = 0;
    let peak = 0;
    const results = await fanOut(
      Array.from({ length: 20 }, (_, i) => i),
      async (i) => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 1));
        running--;
        return i * 2;
      },
      { concurrency: 3, staggerMs: 0 },
    );
    expect(peak).toBe(3);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : null))).toEqual(
      Array.from({ length: 20 }, (_, i) => i * 2),
    );
  });

  it('spreads start times evenly over the stagger window', async () => {
    const time = fakeTime();
    const starts: number[] = [];
    await fanOut([0, 1, 2, 3], async () => void starts.push(time.now()), {
      concurrency: 1,
      staggerMs: 1000,
      ...time,
    });
    expect(starts).toEqual([0, 250, 500, 750]);
  });

  it('staggers parallel workers too, each waiting for its own slot in the window', async () => {
    const waits: number[] = [];
    await fanOut([0, 1, 2, 3], async () => undefined, {
      concurrency: 4,
      staggerMs: 1000,
      now: () => 0,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(waits).toEqual([250, 500, 750]);
  });

  it('reports a worker that throws and carries on with the rest', async () => {
    const results = await fanOut(
      ['ok', 'bad', 'ok'],
      async (x) => {
        if (x === 'bad') throw new Error('boom');
        return x;
      },
      { concurrency: 1, staggerMs: 0 },
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('does nothing for no items', async () => {
    expect(await fanOut([], async () => 1, { concurrency: 4, staggerMs: 1000 })).toEqual([]);
  });
});

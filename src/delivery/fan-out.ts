/** How a fan-out is paced. */
export interface FanOutOptions {
  /** At most this many workers run at once. */
  concurrency: number;
  /**
   * Start times are spread evenly over this window, so 1,000 channels due at 08:00 do not arrive as one burst.
   * 0 starts each as soon as a worker slot is free.
   */
  staggerMs: number;
  /** Injectable wait, so tests never sleep for real. */
  sleep?: (ms: number) => Promise<void>;
  /** Injectable time source for the stagger schedule (ms). */
  now?: () => number;
}

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `worker` over `items` with bounded concurrency, item `i` starting no earlier than `i / n` of the way
 * through the stagger window. A worker that throws is reported in the result, never stops the others.
 */
export async function fanOut<T, R>(
  items: readonly T[],
  worker: (item: T, index: number) => Promise<R>,
  options: FanOutOptions,
): Promise<Array<PromiseSettledResult<R>>> {
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const start = now();
  const step = items.length > 0 ? Math.max(0, options.staggerMs) / items.length : 0;
  const results: Array<PromiseSettledResult<R>> = new Array(items.length);
  let next = 0;

  const lane = async (): Promise<void> => {
    for (;;) {
      const index = next++;
      if (index >= items.length) return;
      const wait = start + index * step - now();
      if (wait > 0) await sleep(wait);
      try {
        results[index] = { status: 'fulfilled', value: await worker(items[index] as T, index) };
      } catch (reason) {
        results[index] = { status: 'rejected', reason };
      }
    }
  };

  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return results;
}

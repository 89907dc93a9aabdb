/** Injectable time source, so tests and benchmarks never wait on the wall clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

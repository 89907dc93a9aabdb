/**
 * Polls `probe` every 50 ms until it returns something truthy, and returns that; after `timeoutMs`, throws naming
 * `what` (a function, so the message can carry what a child process printed by then).
 */
export async function waitFor<T>(
  what: string | (() => string),
  probe: () => T | undefined | null | false,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

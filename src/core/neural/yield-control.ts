/**
 * Lets a long training loop give its worker a turn at the event loop (to receive a cancel
 * message), but only every `intervalMs`: a timer per step would add ~4 ms each once browsers
 * clamp nested timers.
 */

/** setTimeout exists wherever core runs (browser, worker, Node), but core's ES-only lib does not declare it. */
interface TimerHost {
  setTimeout(callback: () => void, ms: number): unknown;
}

export function periodicYield(intervalMs = 25): () => Promise<void> {
  let last = Date.now();
  return async () => {
    if (Date.now() - last < intervalMs) return;
    await new Promise<void>((resolve) => (globalThis as unknown as TimerHost).setTimeout(resolve, 0));
    last = Date.now();
  };
}

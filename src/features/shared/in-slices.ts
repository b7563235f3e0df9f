/**
 * Runs work that yields after each slice (a generator) with the page getting the main thread in
 * between, so work over 30,000 series is many short tasks rather than one long one
 * (docs/architecture.md, "The run's results"). `scheduler.yield` where the browser has it (the
 * continuation goes first in line), else a timer.
 */

interface YieldingScheduler {
  yield(): Promise<void>;
}

function nextTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * The generator's result, or null when `stale()` says, at a slice's end, that it is no longer
 * wanted (a new run, another level): the rest is not computed.
 */
export async function inSlices<T>(steps: Generator<void, T, void>, stale: () => boolean): Promise<T | null> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await nextTurn();
    if (stale()) return null;
  }
}

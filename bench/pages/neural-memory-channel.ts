/** The BroadcastChannel the bench page asks the worker's memory probe on (its own module, so the page loads no tfjs). */
export const MEMORY_CHANNEL = 'shelfcast-neural-bench-memory';

// Bench worker: the inventory simulator's speed kernel (bench/lib/inventory-speed-kernel.mjs) over the
// app's own simulate() from src/core, bundled for the browser by bench/lib/inventory-speed-browser.mjs.
// Messages: `prepare` a slice of series (not timed), `run` it once (timed here), `copy` (memory throughput).
import { copyThroughput, prepareReplays } from '../lib/inventory-speed-kernel.mjs';
import { arrivalDelays } from '../../src/core/inventory/lead-time-draws';
import { SIM, SIM_SLOTS, simulate } from '../../src/core/inventory/simulate';
import { normalQuantile } from '../../src/core/metrics/normal';
import { mulberry32 } from '../../src/core/metrics/seeded-random';

const core = { arrivalDelays, SIM, SIM_SLOTS, simulate, normalQuantile, mulberry32 };
let replays = null;

self.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'prepare') {
    replays = prepareReplays(core, message);
    self.postMessage({ type: 'ready' });
  } else if (message.type === 'run') {
    const start = performance.now();
    const checksum = replays.run();
    self.postMessage({ type: 'done', ms: performance.now() - start, checksum });
  } else if (message.type === 'copy') {
    self.postMessage({ type: 'copy', throughput: copyThroughput() });
  }
});

// Speed of the inventory simulator in Node, one thread: the kernel of bench/lib/inventory-speed-kernel.mjs
// over the whole catalogue, with the time set against a memory-bandwidth bound (bytes the replays touch ÷
// a measured copy throughput) to say how far the kernel is from the memory system rather than from its
// own arithmetic. The browser measurement (bench/lib/inventory-speed-browser.mjs) runs the same kernel.
import { CANDIDATES, bytesTouched, copyThroughput, prepareReplays } from './inventory-speed-kernel.mjs';

/**
 * The fastest and median of `times` (seconds): on a shared machine other work only ever adds time, so
 * the fastest repetition is the best estimate of the code's own speed; the median is reported beside it.
 * @param {number[]} times
 */
export function fastestAndMedian(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return { seconds: sorted[0] ?? NaN, medianSeconds: sorted[Math.floor(sorted.length / 2)] ?? NaN };
}

/**
 * @param {any} core the bundled inventory core
 * @param {{ series: number, periods: number, repeat: number, log: (m: string) => void }} options
 */
export function measureSpeed(core, { series, periods, repeat, log }) {
  const replays = prepareReplays(core, { from: 0, to: series, periods });
  const times = [];
  const cpuTimes = [];
  let checksum = 0;
  for (let rep = 0; rep < repeat; rep++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    checksum = replays.run();
    const cpu = process.cpuUsage(cpuStart);
    times.push((performance.now() - start) / 1000);
    cpuTimes.push((cpu.user + cpu.system) / 1e6);
    log(`speed (Node): repetition ${rep + 1}/${repeat}: ${(times[times.length - 1] ?? NaN).toFixed(2)} s`);
  }
  const { seconds, medianSeconds } = fastestAndMedian(times);
  const bytes = bytesTouched(series, periods);
  const throughput = copyThroughput();
  return {
    where: 'Node, 1 thread',
    series,
    periods,
    candidates: CANDIDATES,
    seconds,
    medianSeconds,
    /** The least CPU time of a repetition: what the kernel costs a core, with less of the machine's other work in it. */
    cpuSeconds: Math.min(...cpuTimes),
    repetitions: times.length,
    nsPerStep: (seconds * 1e9) / (series * CANDIDATES * periods),
    bytes,
    copyThroughput: throughput,
    memoryBoundSeconds: bytes / throughput,
    checksum,
  };
}

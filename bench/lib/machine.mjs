// One line that says where a benchmark ran: CPU model, cores, memory, OS kernel, Node and Chromium.
import { readFileSync } from 'node:fs';
import { availableParallelism, release, totalmem } from 'node:os';

/** @param {string} chromiumVersion */
export function describeMachine(chromiumVersion) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown CPU';
  const memoryGiB = (totalmem() / 2 ** 30).toFixed(1);
  return `${model}, ${availableParallelism()} cores, ${memoryGiB} GiB RAM; Linux ${release()}; Node ${process.version}; Chromium ${chromiumVersion}`;
}

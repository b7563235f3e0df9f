// Bench page: splits the catalogue over one module worker per core (as the app's inventory pool does,
// up to 4) and times each repetition on the page clock, from sending `run` to the last worker's answer.
/** @param {Worker} worker @param {object} message */
function ask(worker, message) {
  return new Promise((resolve) => {
    worker.addEventListener('message', (event) => resolve(event.data), { once: true });
    worker.postMessage(message);
  });
}

window.measureInventorySpeed = async ({ series, periods, repeat }) => {
  const count = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1));
  const workers = Array.from(
    { length: count },
    () => new Worker('/inventory-speed-worker.js', { type: 'module' }),
  );
  const per = Math.ceil(series / count);
  await Promise.all(
    workers.map((worker, w) =>
      ask(worker, { type: 'prepare', from: w * per, to: Math.min(series, (w + 1) * per), periods }),
    ),
  );
  const times = [];
  let checksum = 0;
  for (let rep = 0; rep < repeat; rep++) {
    const start = performance.now();
    const answers = await Promise.all(workers.map((worker) => ask(worker, { type: 'run' })));
    times.push((performance.now() - start) / 1000);
    checksum = answers.reduce((sum, answer) => sum + answer.checksum, 0);
  }
  // All workers copy at once: the memory system's throughput as the parallel replays would share it.
  const copies = await Promise.all(workers.map((worker) => ask(worker, { type: 'copy' })));
  for (const worker of workers) worker.terminate();
  return {
    workers: count,
    times,
    checksum,
    copyThroughput: copies.reduce((sum, copy) => sum + copy.throughput, 0),
  };
};

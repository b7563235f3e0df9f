/* global importScripts, Papa -- this file runs as a classic worker with papaparse loaded into it */
// Streams the File through papaparse (rows as string arrays) and only counts the data rows: the
// least work any CSV import must do, as the reference for the app's time and memory.
importScripts('/papaparse.min.js');

self.addEventListener('message', (event) => {
  const { file, chunkSize } = event.data;
  let rows = 0;
  Papa.parse(file, {
    skipEmptyLines: true,
    ...(chunkSize ? { chunkSize } : {}),
    chunk(results) {
      rows += results.data.length;
    },
    complete() {
      self.postMessage({ rows: rows - 1 }); // minus the header row
    },
  });
});

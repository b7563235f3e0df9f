// Samples, every ~100 ms, the memory of the Chromium renderer processes (a page's main thread and
// its workers live in its renderer), and the page's JS heap through the DevTools protocol.
import { isChromiumRenderer, treeMemory } from '../../scripts/lib/proc-memory.mjs';

/**
 * @typedef {object} MemoryPeaks
 * @property {number} pagePid the renderer serving the page: the one with the highest peak PSS
 * @property {number} peakPssBytes peak PSS of the page's renderer
 * @property {number} peakRssBytes peak RSS of the page's renderer
 * @property {number} peakAllRenderersPssBytes peak of the summed PSS of every renderer (spare and UI ones too)
 * @property {number} peakJsHeapBytes main-thread JS heap (CDP JSHeapUsedSize); leaves out ArrayBuffers and workers
 * @property {number} renderers renderer processes seen
 * @property {number} samples
 */

/** Renderer memory right now. @param {number} rootPid a process whose descendants include the browser */
export function rendererMemoryNow(rootPid) {
  return treeMemory(rootPid, isChromiumRenderer);
}

/** @param {import('@playwright/test').CDPSession} cdp */
export async function jsHeapUsed(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
}

/**
 * @param {number} rootPid a process whose descendants include the browser
 * @param {import('@playwright/test').CDPSession} cdp a session on the page, with Performance enabled
 * @param {number} [intervalMs]
 */
export function startMemorySampler(rootPid, cdp, intervalMs = 100) {
  /** @type {Map<number, { pssBytes: number, rssBytes: number }>} */
  const peakByPid = new Map();
  let peakAllRenderersPssBytes = 0;
  let peakJsHeapBytes = 0;
  let samples = 0;
  const sample = () => {
    const usage = rendererMemoryNow(rootPid);
    for (const { pid, pssBytes, rssBytes } of usage.processes) {
      const peak = peakByPid.get(pid) ?? { pssBytes: 0, rssBytes: 0 };
      peakByPid.set(pid, {
        pssBytes: Math.max(peak.pssBytes, pssBytes),
        rssBytes: Math.max(peak.rssBytes, rssBytes),
      });
    }
    peakAllRenderersPssBytes = Math.max(peakAllRenderersPssBytes, usage.pssBytes);
    samples += 1;
  };
  sample();
  const processTimer = setInterval(sample, intervalMs);
  // The heap is asked for in its own loop: the answer waits while the page's main thread is busy.
  let sampling = true;
  const heapLoop = (async () => {
    while (sampling) {
      try {
        peakJsHeapBytes = Math.max(peakJsHeapBytes, await jsHeapUsed(cdp));
      } catch {
        return; // the page is gone (closed or crashed)
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  return {
    /** @returns {Promise<MemoryPeaks>} */
    async stop() {
      clearInterval(processTimer);
      sampling = false;
      await heapLoop;
      let pagePid = -1;
      let page = { pssBytes: 0, rssBytes: 0 };
      for (const [pid, peak] of peakByPid) {
        if (peak.pssBytes > page.pssBytes) [pagePid, page] = [pid, peak];
      }
      return {
        pagePid,
        peakPssBytes: page.pssBytes,
        peakRssBytes: page.rssBytes,
        peakAllRenderersPssBytes,
        peakJsHeapBytes,
        renderers: peakByPid.size,
        samples,
      };
    },
  };
}

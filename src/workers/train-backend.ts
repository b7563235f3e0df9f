/**
 * Chooses the tfjs backend the training worker trains on. Runs in the worker only (navigator.gpu,
 * OffscreenCanvas). Preference: WebGPU when the GPU gives a real (not fallback) adapter; otherwise
 * each backend that can start here is measured with a short timed trial of the very network to be
 * trained, and the fastest wins. A forced backend is trialled too: a missing kernel throws in the
 * trial, so whichever backend is used has proved it can train this network.
 */
import * as tf from '@tensorflow/tfjs';
// Registers 'webgpu' (only when navigator.gpu exists at import: dedicated workers have it).
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
// The .wasm files are bundled as assets and served from the app's own origin (CSP: 'self').
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type { BackendChoice, BackendName } from './train-protocol';

setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  // Never loaded: threads need cross-origin isolation, which a static host may not give.
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
});
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);

interface GpuAdapterLike {
  isFallbackAdapter?: boolean;
  info?: { isFallbackAdapter?: boolean; description?: string; vendor?: string };
}
interface GpuLike {
  requestAdapter(): Promise<GpuAdapterLike | null>;
}

/** Why a backend cannot run here, or null when it can start. */
async function unavailable(name: BackendName): Promise<string | null> {
  switch (name) {
    case 'webgpu': {
      const gpu = (navigator as Navigator & { gpu?: GpuLike }).gpu;
      if (gpu === undefined) return 'this browser has no WebGPU';
      const adapter = await gpu.requestAdapter().catch(() => null);
      return adapter === null ? 'no WebGPU adapter' : null;
    }
    case 'webgl': {
      if (typeof OffscreenCanvas === 'undefined') return 'no OffscreenCanvas in workers';
      const context = new OffscreenCanvas(1, 1).getContext('webgl2');
      return context === null ? 'no WebGL2 in workers' : null;
    }
    case 'wasm':
    case 'cpu':
      return null;
    default: {
      const unknown: never = name;
      return `unknown backend ${String(unknown)}`;
    }
  }
}

/** True when the WebGPU adapter is real hardware, which makes measuring the others pointless. */
async function hardwareGpu(): Promise<boolean> {
  const gpu = (navigator as Navigator & { gpu?: GpuLike }).gpu;
  const adapter = await gpu?.requestAdapter().catch(() => null);
  if (adapter === null || adapter === undefined) return false;
  return !(adapter.isFallbackAdapter ?? adapter.info?.isFallbackAdapter ?? false);
}

async function activate(name: BackendName): Promise<void> {
  if (!(await tf.setBackend(name))) throw new Error(`${name} did not start`);
  await tf.ready();
}

export interface BackendDecision {
  backend: BackendName;
  reason: string;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const round = (ms: number): string => `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms/step`;

/**
 * Activates the backend to train on and says why. `trial` runs a few timed steps of the network on
 * the active backend and resolves to ms per step.
 */
export async function chooseBackend(
  choice: BackendChoice,
  candidates: readonly BackendName[],
  trial: () => Promise<number>,
): Promise<BackendDecision> {
  if (choice !== 'auto') {
    const problem = await unavailable(choice);
    if (problem !== null) throw new Error(`${choice} cannot run here: ${problem}`);
    await activate(choice);
    try {
      return { backend: choice, reason: `chosen in the settings (trial step: ${round(await trial())})` };
    } catch (error) {
      throw new Error(`${choice} cannot train this network: ${messageOf(error)}`, { cause: error });
    }
  }
  const notes: string[] = [];
  const timed: { name: BackendName; ms: number }[] = [];
  for (const name of candidates) {
    const problem = await unavailable(name);
    if (problem !== null) {
      notes.push(`${name}: ${problem}`);
      continue;
    }
    try {
      await activate(name);
      const ms = await trial();
      if (name === 'webgpu' && (await hardwareGpu())) {
        return { backend: name, reason: `a GPU adapter is available (trial step: ${round(ms)})` };
      }
      timed.push({ name, ms });
    } catch (error) {
      notes.push(`${name}: ${messageOf(error)}`);
    }
  }
  const best = timed.reduce<{ name: BackendName; ms: number } | null>(
    (fastest, entry) => (fastest === null || entry.ms < fastest.ms ? entry : fastest),
    null,
  );
  if (best === null) throw new Error(`No backend could train this network (${notes.join('; ')})`);
  await activate(best.name);
  const measured = timed.map((entry) => `${entry.name} ${round(entry.ms)}`).join(', ');
  return {
    backend: best.name,
    reason: `fastest in a trial of this network: ${measured}${notes.length > 0 ? `; ${notes.join('; ')}` : ''}`,
  };
}

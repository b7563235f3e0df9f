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
import { messageOf, trainFailure } from './train-errors';
import type {
  BackendChoice,
  BackendName,
  BackendNote,
  BackendProblem,
  BackendReason,
} from './train-protocol';

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
async function unavailable(name: BackendName): Promise<BackendProblem | null> {
  switch (name) {
    case 'webgpu': {
      const gpu = (navigator as Navigator & { gpu?: GpuLike }).gpu;
      if (gpu === undefined) return 'no-webgpu';
      const adapter = await gpu.requestAdapter().catch(() => null);
      return adapter === null ? 'no-adapter' : null;
    }
    case 'webgl': {
      if (typeof OffscreenCanvas === 'undefined') return 'no-offscreen-canvas';
      const context = new OffscreenCanvas(1, 1).getContext('webgl2');
      return context === null ? 'no-webgl2' : null;
    }
    case 'wasm':
    case 'cpu':
      return null;
    default: {
      const unknown: never = name;
      throw new Error(`unknown backend ${String(unknown)}`);
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
  reason: BackendReason;
  /** The measured training step of this network on the chosen backend. */
  msPerStep: number;
}

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
    if (problem !== null)
      throw trainFailure({ code: 'backend-unavailable', params: { backend: choice, problem } });
    let msPerStep: number;
    try {
      await activate(choice);
      msPerStep = await trial();
    } catch (error) {
      throw trainFailure({
        code: 'backend-cannot-train',
        params: { backend: choice, detail: messageOf(error) },
      });
    }
    return { backend: choice, reason: { code: 'forced', msPerStep }, msPerStep };
  }
  const skipped: BackendNote[] = [];
  const trials: { backend: BackendName; msPerStep: number }[] = [];
  for (const backend of candidates) {
    const problem = await unavailable(backend);
    if (problem !== null) {
      skipped.push({ backend, problem });
      continue;
    }
    try {
      await activate(backend);
      const msPerStep = await trial();
      if (backend === 'webgpu' && (await hardwareGpu())) {
        return { backend, reason: { code: 'gpu-adapter', msPerStep }, msPerStep };
      }
      trials.push({ backend, msPerStep });
    } catch (error) {
      skipped.push({ backend, problem: 'trial-failed', detail: messageOf(error) });
    }
  }
  const best = trials.reduce<{ backend: BackendName; msPerStep: number } | null>(
    (fastest, entry) => (fastest === null || entry.msPerStep < fastest.msPerStep ? entry : fastest),
    null,
  );
  if (best === null) throw trainFailure({ code: 'no-backend', params: { skipped } });
  await activate(best.backend);
  return { backend: best.backend, reason: { code: 'fastest', trials, skipped }, msPerStep: best.msPerStep };
}

/** Backends that run on a GPU device, which can be lost mid-run (a driver reset, another tab). */
export const GPU_BACKENDS: readonly BackendName[] = ['webgpu', 'webgl'];

/** What the tfjs GPU backends hold (not in tfjs's public types). */
interface GpuBackendLike {
  device?: { lost?: Promise<{ message?: string }> };
  gpgpu?: { gl?: WebGL2RenderingContext };
}

/**
 * Rejects once the active backend's device is lost, and never settles on a backend without one.
 * tfjs finds a lost WebGPU device only at its next readback, and on a lost WebGL context its
 * readbacks never answer at all; training races this instead of waiting for them.
 */
export function deviceLoss(backend: BackendName): Promise<never> {
  const active = tf.backend() as unknown as GpuBackendLike;
  const gl = active.gpgpu?.gl;
  const lost: Promise<never> =
    backend === 'webgpu' && active.device?.lost
      ? active.device.lost.then((info) => {
          throw new Error(`The GPU device was lost${info.message ? `: ${info.message}` : ''}`);
        })
      : backend === 'webgl' && gl
        ? new Promise((_, reject) => {
            const fail = () => reject(new Error('The WebGL context was lost'));
            if (gl.isContextLost()) fail();
            else gl.canvas.addEventListener('webglcontextlost', fail, { once: true });
          })
        : new Promise(() => undefined);
  // A loss after training, with nothing racing it, is no unhandled rejection.
  lost.catch(() => undefined);
  return lost;
}

/**
 * After `from` failed mid-training: activates the first backend after it in `candidates` that
 * starts here (no trial: training on it is the trial, and a further failure moves on again), or
 * resolves to null when none is left.
 */
export async function failoverBackend(
  from: BackendName,
  candidates: readonly BackendName[],
): Promise<BackendName | null> {
  for (const backend of candidates.slice(candidates.indexOf(from) + 1)) {
    if ((await unavailable(backend)) !== null) continue;
    try {
      await activate(backend);
      return backend;
    } catch {
      // It cannot start either: try the next.
    }
  }
  return null;
}

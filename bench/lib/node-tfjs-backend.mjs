// Starts a tfjs backend in Node for the bench scripts that train networks outside the browser: the
// CPU backend, or WASM with its .wasm file read from node_modules (Node has no page to serve it).
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

/** @param {string} backend 'cpu' or 'wasm' */
export async function startNodeBackend(backend) {
  if (backend === 'wasm') {
    const wasmFile = createRequire(import.meta.url).resolve(
      '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm',
    );
    setWasmPaths(`${dirname(wasmFile)}/`);
  }
  if (!(await tf.setBackend(backend))) throw new Error(`tfjs backend ${backend} did not start`);
}

/**
 * Gives Node the browser's WebGPU globals from Dawn's bindings, before tfjs-backend-webgpu is
 * imported (it registers only when `navigator.gpu` exists at import). Prints the adapter found.
 */
import { createRequire } from 'node:module';

interface DawnModule {
  create(flags: string[]): {
    requestAdapter(options?: object): Promise<{ info?: Record<string, string> } | null>;
  };
  globals: Record<string, unknown>;
}

export async function installWebGpu(): Promise<void> {
  const require = createRequire(import.meta.url);
  const dawn = require(process.env.DAWN_MODULE ?? 'webgpu') as DawnModule;
  Object.assign(globalThis, dawn.globals);
  const gpu = dawn.create([]);
  Object.defineProperty(globalThis, 'navigator', { value: { gpu, userAgent: 'node' }, configurable: true });
  const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  if (!adapter) throw new Error('Dawn found no WebGPU adapter');
  console.log(`adapter ${JSON.stringify(adapter.info ?? {})}`);
}

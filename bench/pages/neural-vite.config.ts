/**
 * Builds the neural bench page (bench/pages/neural.html, with the app's training worker) into
 * bench/.out/neural-page/ and previews it with the app's own CSP, as vite.config.ts does for the app.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../../vite.config.ts';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('../.out/neural-page', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: fileURLToPath(new URL('neural.html', import.meta.url)) },
  },
  worker: { format: 'es' },
  preview: {
    host: '127.0.0.1',
    strictPort: true,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
});

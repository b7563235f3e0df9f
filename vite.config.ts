import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The one Content-Security-Policy of the built app. Nothing may leave the page's origin;
 * 'wasm-unsafe-eval' lets the tfjs WASM backend compile its bundled .wasm.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Adds the CSP as a <meta> tag to the built index.html only: in dev it would break Vite's
 * React-refresh preamble and style injection (see TRAPS.md).
 */
function cspMetaInBuild(): Plugin {
  return {
    name: 'shelfcast-csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
      return html.replace('<head>', `<head>\n    ${meta}`);
    },
  };
}

export default defineConfig({
  plugins: [react(), cspMetaInBuild()],
  build: {
    // Never inline assets as data: URIs; everything is a same-origin file.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: 'es' },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    // Workers do not inherit the page's <meta> CSP, so the server sends the same policy.
    headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});

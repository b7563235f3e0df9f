// Finds the Chromium binary the tests and benchmarks drive. Order: $SHELFCAST_CHROMIUM, Debian's
// /usr/bin/chromium, then a Chromium that Playwright already has on this machine (never downloaded).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** @returns {string | null} */
export function findChromium() {
  const fromEnv = process.env.SHELFCAST_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own here: that is the normal case.
  }
  return null;
}

/** Flags that keep headless Chromium from calling home on a machine with no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Extra flags that give headless Chromium a software WebGPU adapter (correctness, not speed). */
export const WEBGPU_ARGS = [
  '--enable-unsafe-webgpu',
  '--enable-features=Vulkan',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

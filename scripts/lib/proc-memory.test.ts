import { spawn } from 'node:child_process';
import { describe, it, expect } from 'vitest';
import {
  isChromiumRenderer,
  parseParentPid,
  parseSmapsRollup,
  processTree,
  treeMemory,
} from './proc-memory.mjs';

describe('/proc parsing', () => {
  it('reads the parent pid even when the command name holds spaces and parentheses', () => {
    expect(parseParentPid('4242 (Web Content (x)) S 17 4242 4242 0 -1 4194560')).toBe(17);
    expect(parseParentPid('1 (init) S 0 1 1 0 -1')).toBe(0);
  });

  it('converts Rss and Pss from kB to bytes and leaves Pss_Anon aside', () => {
    const rollup = [
      '55d0-7ffe ---p 00000000 00:00 0                          [rollup]',
      'Rss:              204800 kB',
      'Pss:              150000 kB',
      'Pss_Anon:         100000 kB',
    ].join('\n');
    expect(parseSmapsRollup(rollup)).toEqual({ rssBytes: 204_800 * 1024, pssBytes: 150_000 * 1024 });
    expect(parseSmapsRollup('')).toEqual({ rssBytes: 0, pssBytes: 0 });
  });
});

describe('Chromium renderer detection', () => {
  it('accepts renderers whether the command line is split into arguments or rewritten as one title', () => {
    expect(isChromiumRenderer(['/usr/lib/chromium/chromium', '--type=renderer', '--lang=en-US'])).toBe(true);
    expect(
      isChromiumRenderer([
        '/usr/lib/chromium/chromium --type=renderer --enable-crash-reporter=,built on Debian',
      ]),
    ).toBe(true);
    expect(isChromiumRenderer(['/usr/lib/chromium/chromium --type=gpu-process --no-sandbox'])).toBe(false);
    expect(isChromiumRenderer(['/usr/lib/chromium/chromium', '--type=zygote'])).toBe(false);
  });
});

describe('process tree memory', () => {
  it('finds a child process and counts the memory it holds', async () => {
    // A child that allocates and touches 64 MB, then waits to be measured.
    const child = spawn(process.execPath, [
      '-e',
      "globalThis.held = Buffer.alloc(64 * 1024 * 1024, 1); console.log('ready'); setInterval(() => {}, 1000);",
    ]);
    try {
      await new Promise((resolve) => child.stdout.once('data', resolve));
      const childPid = child.pid ?? -1;
      expect(processTree(process.pid)).toContain(childPid);
      const measured = treeMemory(process.pid, (args) => args.some((arg) => arg.includes('globalThis.held')));
      expect(measured.processes.map((usage) => usage.pid)).toEqual([childPid]);
      expect(measured.rssBytes).toBeGreaterThan(64 * 1024 * 1024);
      expect(measured.pssBytes).toBeGreaterThan(60 * 1024 * 1024);
    } finally {
      child.kill();
    }
  });
});

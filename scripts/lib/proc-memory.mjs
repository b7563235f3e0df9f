// Memory of a process tree, read from Linux /proc: how the benchmark measures what a Chromium page
// really costs (its renderer process, whose threads include the page's web workers), including
// ArrayBuffers and worker heaps that performance.memory leaves out.
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Parent pid from the text of /proc/<pid>/stat. The command name (field 2) may hold spaces and
 * parentheses, so fields are counted from the last ')'.
 * @param {string} statText
 * @returns {number}
 */
export function parseParentPid(statText) {
  const afterName = statText.slice(statText.lastIndexOf(')') + 2).split(' ');
  return Number(afterName[1]); // afterName[0] is the state letter
}

/**
 * Resident and proportional set sizes in bytes from the text of /proc/<pid>/smaps_rollup.
 * PSS splits pages shared between processes among them, so a sum of PSS counts them once.
 * @param {string} rollupText
 * @returns {{ rssBytes: number, pssBytes: number }}
 */
export function parseSmapsRollup(rollupText) {
  /** @param {string} field */
  const kilobytes = (field) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollupText);
    return match ? Number(match[1]) : 0;
  };
  return { rssBytes: kilobytes('Rss') * 1024, pssBytes: kilobytes('Pss') * 1024 };
}

/** @param {string} path */
function readOrEmpty(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // the process ended between listing and reading
  }
}

/**
 * Pids of `rootPid` and all its descendants.
 * @param {number} rootPid
 * @returns {number[]}
 */
export function processTree(rootPid) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOrEmpty(`/proc/${entry}/stat`);
    if (!stat) continue;
    const parent = parseParentPid(stat);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const tree = [rootPid];
  for (let index = 0; index < tree.length; index += 1) {
    tree.push(...(children.get(tree[index] ?? -1) ?? []));
  }
  return tree;
}

/**
 * The command line of a process as its arguments.
 * @param {number} pid
 * @returns {string[]}
 */
export function commandLine(pid) {
  return readOrEmpty(`/proc/${pid}/cmdline`).split('\0').filter(Boolean);
}

/**
 * Memory of each process in `rootPid`'s tree that `include` accepts (by command line), and their sum.
 * @param {number} rootPid
 * @param {(args: string[]) => boolean} include
 * @returns {{ processes: { pid: number, rssBytes: number, pssBytes: number }[], rssBytes: number, pssBytes: number }}
 */
export function treeMemory(rootPid, include) {
  const processes = processTree(rootPid)
    .filter((pid) => include(commandLine(pid)))
    .map((pid) => ({ pid, ...parseSmapsRollup(readOrEmpty(`/proc/${pid}/smaps_rollup`)) }));
  return {
    processes,
    rssBytes: processes.reduce((sum, usage) => sum + usage.rssBytes, 0),
    pssBytes: processes.reduce((sum, usage) => sum + usage.pssBytes, 0),
  };
}

/**
 * Chromium renderer processes: they run the pages and, as threads, the pages' workers. Chromium
 * rewrites its process title, so its whole command line may arrive as one space-separated argument.
 * @param {string[]} args
 */
export function isChromiumRenderer(args) {
  return args.some((arg) => arg.split(' ').includes('--type=renderer'));
}

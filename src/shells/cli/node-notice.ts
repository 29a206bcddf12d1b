/**
 * Node.js 20 runs a whole-repository check about 1.5x slower than Node.js 22 and later (measured
 * with `npm run bench`; the action itself runs on Node.js 24). The CLI says so once, on standard
 * error, where it matters: a whole-repository run, not `--version`, and never on standard output,
 * which may be a JSON or SARIF report.
 */

/** The first major version that runs the check at full speed. */
export const FAST_NODE_MAJOR = 22;

/** The one-line notice for a whole-repository check on `nodeVersion` (`process.versions.node`), or undefined. */
export function slowNodeNotice(nodeVersion: string, wholeRepository: boolean): string | undefined {
  if (!wholeRepository) return undefined;
  const major = Number(/^v?(\d+)\./.exec(nodeVersion)?.[1]);
  if (!Number.isInteger(major) || major >= FAST_NODE_MAJOR) return undefined;
  return `tidb-import-guard: note: Node.js ${nodeVersion.replace(/^v/, '')} runs the check about 1.5x slower than Node.js ${FAST_NODE_MAJOR} or later; use a newer Node.js for large repositories\n`;
}

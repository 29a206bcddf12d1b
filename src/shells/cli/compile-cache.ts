/**
 * Node's compile cache for the CLI's bundle (docs/performance.md): V8 keeps the compiled code of
 * dist/cli-main.js on disk, so a later run does not parse and compile the megabyte again (about
 * 15-20 ms of each run's CPU). Node >= 22.1 has it; on older versions, with
 * `NODE_DISABLE_COMPILE_CACHE` set, or when the directory is not safe to use, the program runs as
 * before. Nothing here can fail a run: a cache is an optimisation.
 *
 * The cache holds code that node runs, so its directory must be the user's own: a per-user
 * directory under the system's temporary directory, created mode 0700, and used only when it is a
 * real directory (not a link) owned by this user and writable by no one else. Someone else who
 * created it first (on a shared machine) gets no say in what this process runs.
 */
import { lstatSync, mkdirSync, statSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type EnableCompileCache = (directory?: string) => unknown;

/** The cache directory under `base` when it is safe to use (made if missing), else undefined. */
export function privateCacheDirectory(base: string, uid: number | undefined): string | undefined {
  const directory = join(base, uid === undefined ? 'tidb-import-guard-cache' : `tidb-import-guard-cache-${uid}`);
  try {
    // Where others may write without the sticky bit (a shared TMPDIR), they could rename this
    // user's directory away after the checks below and put their own in its place.
    const parent = statSync(base);
    if (uid !== undefined && (parent.mode & 0o022) !== 0 && (parent.mode & 0o1000) === 0) return undefined;
  } catch {
    return undefined;
  }
  try {
    mkdirSync(directory, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
  }
  try {
    const stat = lstatSync(directory);
    if (!stat.isDirectory()) return undefined;
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return undefined;
    return directory;
  } catch {
    return undefined;
  }
}

/** Turns on node's compile cache for the modules loaded from now on, when it can do so safely. */
export function enableCompileCache(env: NodeJS.ProcessEnv): void {
  const enable = (nodeModule as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  if (typeof enable !== 'function' || env['NODE_DISABLE_COMPILE_CACHE']) return;
  try {
    const directory = privateCacheDirectory(tmpdir(), typeof process.getuid === 'function' ? process.getuid() : undefined);
    if (directory !== undefined) enable(directory);
  } catch {
    // No cache, same result.
  }
}

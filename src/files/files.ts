/**
 * The shell's view of the repository: its root, and the files in scope (policy `scan` globs,
 * explicit paths, or a pull request's changed files). Everything here touches the file system;
 * the core never does.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { RepoView } from '../core/repo.js';
import type { GitIgnoredCount } from './ignore-scope.js';
import { ALWAYS_SKIPPED, scanMatchers, scanWalk, type ScanRules } from './walk.js';
import { REFERENCED_FILE_MAX_BYTES, createConfinedReader, type ConfinedReader, type ProblemEntry } from './confined.js';

/** The git top level of `start` (a `.git` entry in it or a parent), or `start` outside git. */
export function findRepositoryRoot(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(start);
    dir = parent;
  }
}

export { toRepoPath, type ScanRules } from './walk.js';
export type { GitIgnoredCount } from './ignore-scope.js';

/**
 * Files under `paths` that the scan globs select, as repository-relative paths, sorted (the
 * streamed walk of src/files/walk.ts, collected: the check itself takes them one at a time). A path is
 * a file or a directory (relative to `cwd`), or a glob (relative to the repository root, as the
 * action's `paths` input and policy globs are): globs replace the policy's `scan.include` for the
 * walk; `scan.exclude` still applies. A file named explicitly is taken when it is `.sql` or
 * `.toml`, whatever the globs say: the user asked for it. A glob that matches nothing is missing.
 *
 * Links: a linked directory inside the repository is walked under every path that reaches it
 * (clusters are mapped by path), a cycle is cut where it closes, and one real directory is entered
 * through at most MAX_PATHS_PER_DIRECTORY paths (src/files/walk.ts), the rest reported as not
 * linted; one that leads outside is never entered. A linked file is listed like any other when
 * the globs select its name, wherever it leads: reading it (the confined reader) then refuses a
 * link out with a finding, rather than the walk hiding it. Entries that are not regular files
 * (FIFOs, sockets, devices) are listed the same way, for the reader to refuse. Directories that
 * cannot be read are returned in `unreadable` (the caller reports them: their files were not
 * linted); explicit paths that lead outside the repository in `refused`; explicit paths that
 * `scan.exclude` covers in `excluded`, with the glob (not linted: the caller says so).
 */
export function listFiles(
  root: string,
  cwd: string,
  paths: readonly string[],
  scan: ScanRules,
  reader: ConfinedReader = createConfinedReader(root),
): {
  files: string[];
  missing: string[];
  refused?: ProblemEntry[];
  unreadable?: ProblemEntry[];
  excluded?: { path: string; glob: string }[];
  gitIgnored?: GitIgnoredCount;
} {
  const walk = scanWalk(root, cwd, paths, scan, reader);
  const files = [...walk.files()];
  const { missing, unreadable, gitIgnored } = walk.end();
  return {
    files,
    missing: [...missing],
    ...(gitIgnored ? { gitIgnored } : {}),
    ...(walk.excluded.length ? { excluded: [...walk.excluded] } : {}),
    ...(walk.refused.length ? { refused: [...walk.refused] } : {}),
    ...(unreadable.length ? { unreadable: [...unreadable] } : {}),
  };
}

/**
 * The given repository-relative files that the scan globs select and that are there to read,
 * sorted: a pull request's changed files, without walking the repository. Anything at the path
 * except a directory is taken (a link out, a FIFO, a device), so that reading it reports it
 * instead of the selection hiding it; a path the pull request removed is not there.
 */
export function selectFiles(
  root: string,
  candidates: readonly string[],
  scan: ScanRules,
  reader: ConfinedReader = createConfinedReader(root),
  /** Called for a candidate in scope that is not on disk (the caller says whether that is expected). */
  onMissing?: (path: string) => void,
): string[] {
  const { include, exclude } = scanMatchers(scan.include, scan.exclude);
  const selected = new Set<string>();
  for (const rel of candidates) {
    if (rel.split('/').some((part) => part === '..' || ALWAYS_SKIPPED.has(part))) continue;
    if (!include(rel) || exclude(rel)) continue;
    if (!reader.exists(rel)) {
      onMissing?.(rel);
      continue;
    }
    if (reader.kind(rel) === 'directory') continue;
    selected.add(rel);
  }
  return [...selected].sort();
}

/** The absolute path of a repository-relative one (`/`-separated, as listFiles returns them). */
export function repoFilePath(root: string, repoPath: string): string {
  if (sep !== '/') return resolve(root, repoPath);
  return (root.endsWith('/') ? root : root + '/') + repoPath;
}

/**
 * The repository as the core may see it: files and listings through the confined reader (links
 * out, FIFOs, devices and oversized files refused with a reason; listings cached per directory).
 */
export function fileSystemRepo(root: string, reader: ConfinedReader = createConfinedReader(root)): RepoView {
  return {
    readFile(path) {
      const read = reader.readText(path, REFERENCED_FILE_MAX_BYTES);
      if (read.ok) return read.text;
      return read.kind === 'missing' ? undefined : { refused: read.reason };
    },
    listFiles(dir) {
      const listed = reader.list(dir);
      if (listed.ok) return { files: listed.files, unreadable: listed.unreadable };
      return listed.kind === 'missing' || listed.kind === 'not-a-directory' ? undefined : { refused: listed.reason };
    },
  };
}

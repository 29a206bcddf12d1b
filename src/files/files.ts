/**
 * The shell's view of the repository: its root, and the files in scope (policy `scan` globs,
 * explicit paths, or a pull request's changed files). Everything here touches the file system;
 * the core never does.
 */
import { existsSync, type Dirent } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { RepoView } from '../core/repo.js';
import { REFERENCED_FILE_MAX_BYTES, createConfinedReader, describeFsError, type ConfinedReader, type ProblemEntry } from './confined.js';

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

/** Repository-relative path with `/`, or undefined when `abs` lies outside the root. */
export function toRepoPath(root: string, abs: string): string | undefined {
  const rel = relative(root, abs);
  if (rel === '' ) return '';
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

export interface ScanRules {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

/** Compiled include/exclude globs (repository-relative paths, dot files included), built once per scan. */
function scanMatchers(include: readonly string[], exclude: readonly string[]): { include: (p: string) => boolean; exclude: (p: string) => boolean } {
  return {
    include: picomatch(include as string[], { dot: true }),
    exclude: exclude.length ? picomatch(exclude as string[], { dot: true }) : () => false,
  };
}

const GLOB_CHARS = /[*?[\]{}!]/;

/**
 * Files under `paths` that the scan globs select, as repository-relative paths, sorted. A path is
 * a file or a directory (relative to `cwd`), or a glob (relative to the repository root, as the
 * action's `paths` input and policy globs are): globs replace the policy's `scan.include` for the
 * walk; `scan.exclude` still applies. A file named explicitly is taken when it is `.sql` or
 * `.toml`, whatever the globs say: the user asked for it. A glob that matches nothing is missing.
 *
 * Links: a linked directory inside the repository is walked once (a cycle cannot make the walk
 * endless); one that leads outside is never entered. A linked file is listed like any other when
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
): { files: string[]; missing: string[]; refused?: ProblemEntry[]; unreadable?: ProblemEntry[]; excluded?: { path: string; glob: string }[] } {
  const fs = reader.fs;
  const globs = paths.filter((p) => GLOB_CHARS.test(p));
  const plain = paths.filter((p) => !GLOB_CHARS.test(p));
  // One compiled matcher per list, built once; the walk then builds each repository-relative path
  // by concatenation (path.relative and join per entry cost more than the matching itself).
  const { include, exclude } = scanMatchers(globs.length ? globs : scan.include, scan.exclude);
  const found = new Set<string>();
  const missing: string[] = [];
  const refused: ProblemEntry[] = [];
  const unreadable: ProblemEntry[] = [];
  const excluded: { path: string; glob: string }[] = [];
  const visited = new Set<string>();
  const realOf = (abs: string): string | undefined => {
    try {
      return fs.realpathSync(abs);
    } catch {
      return undefined;
    }
  };
  const walk = (abs: string, rel: string): void => {
    const real = realOf(abs);
    if (real === undefined || !reader.allowed(real) || visited.has(real)) return;
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
    } catch (error) {
      unreadable.push({ path: rel === '' ? '.' : rel, reason: `cannot be listed (${describeFsError(error)}); the files under it were not linted` });
      return;
    }
    const absPrefix = abs.endsWith(sep) ? abs : abs + sep;
    const relPrefix = rel === '' ? '' : rel + '/';
    for (const e of entries) {
      if (ALWAYS_SKIPPED.has(e.name)) continue;
      const childRel = relPrefix + e.name;
      let isDirectory = e.isDirectory();
      if (e.isSymbolicLink()) {
        const target = realOf(absPrefix + e.name);
        if (target === undefined) continue; // a dangling link points at nothing to lint
        // A link out is never followed, nor even looked at: its name decides, the reader refuses it.
        if (reader.allowed(target)) {
          try {
            isDirectory = fs.lstatSync(target).isDirectory();
          } catch {
            continue;
          }
        }
      }
      if (isDirectory) {
        if (!exclude(childRel + '/') && !exclude(childRel)) walk(absPrefix + e.name, childRel);
      } else if (include(childRel) && !exclude(childRel)) found.add(childRel);
    }
  };
  if (globs.length) {
    walk(root, '');
    for (const g of globs) {
      const m = scanMatchers([g], []).include;
      if (![...found].some((f) => m(f))) missing.push(g);
    }
  }
  for (const p of globs.length && !plain.length ? [] : plain.length ? plain : ['.']) {
    const abs = resolve(cwd, p);
    const rel = toRepoPath(root, abs);
    if (rel === undefined) {
      missing.push(p);
      continue;
    }
    const kind = reader.kind(abs);
    if (kind === 'missing') missing.push(p);
    else if (kind === 'outside') refused.push({ path: rel === '' ? '.' : rel, reason: 'is a symbolic link that leads outside the repository' });
    else {
      // A path named here that `scan.exclude` covers is not linted, and said (cli.md), never skipped silently.
      const glob = rel === '' ? undefined : scan.exclude.find((g) => scanMatchers([g], []).include(kind === 'directory' ? `${rel}/` : rel) || (kind === 'directory' && scanMatchers([g], []).include(rel)));
      if (glob !== undefined) excluded.push({ path: rel, glob });
      else if (kind === 'directory') walk(abs, rel);
      else if (/\.(sql|toml)$/i.test(abs)) found.add(rel);
    }
  }
  return {
    files: [...found].sort(),
    missing,
    ...(excluded.length ? { excluded } : {}),
    ...(refused.length ? { refused } : {}),
    ...(unreadable.length ? { unreadable: unreadable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) } : {}),
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

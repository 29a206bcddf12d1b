/**
 * The shell's view of the repository: its root, and the files in scope (policy `scan` globs,
 * explicit paths, or a pull request's changed files). Everything here touches the file system;
 * the core never does.
 */
import { byCodeUnit } from '../core/compare.js';
import { existsSync, type Dirent } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { RepoView } from '../core/repo.js';
import { GITIGNORE_MAX_BYTES, isIgnored, parseIgnoreFile, type IgnoreFile } from './gitignore.js';
import { findGitDirectory, readInfoExclude, readTracked, type TrackedPaths } from './git-dir.js';
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
  if (rel === '') return '';
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

export interface ScanRules {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

/** Compiled include/exclude globs (repository-relative paths, dot files included), built once per scan. */
function scanMatchers(
  include: readonly string[],
  exclude: readonly string[],
): { include: (p: string) => boolean; exclude: (p: string) => boolean } {
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
): {
  files: string[];
  missing: string[];
  refused?: ProblemEntry[];
  unreadable?: ProblemEntry[];
  excluded?: { path: string; glob: string }[];
  gitIgnored?: GitIgnoredCount;
} {
  const fs = reader.fs;
  const ignore = gitIgnoreScope(root, reader);
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
  /**
   * `stack`: the ignore files in force above this directory (null: git's ignore
   * rules are off here, under a path named explicitly); `trackedOnly`: the directory itself is
   * ignored, so only tracked files under it are taken.
   */
  const walk = (abs: string, rel: string, stack: readonly IgnoreFile[] | null, trackedOnly = false): void => {
    const real = realOf(abs);
    if (real === undefined || !reader.allowed(real) || visited.has(real)) return;
    visited.add(real);
    if (stack && ignore) stack = ignore.enter(stack, rel);
    let entries: Dirent[];
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
    } catch (error) {
      unreadable.push({
        path: rel === '' ? '.' : rel,
        reason: `cannot be listed (${describeFsError(error)}); the files under it were not linted`,
      });
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
        if (exclude(childRel + '/') || exclude(childRel)) continue;
        if (stack && ignore && (trackedOnly || isIgnored(stack, childRel, true))) {
          // Git never ignores a tracked file: an ignored directory is entered only for those.
          if (!ignore.tracked.hasUnder(childRel)) {
            ignore.count.directories++;
            continue;
          }
          walk(absPrefix + e.name, childRel, stack, true);
        } else walk(absPrefix + e.name, childRel, stack);
      } else if (include(childRel) && !exclude(childRel)) {
        if (stack && ignore && (trackedOnly || isIgnored(stack, childRel, false)) && !ignore.tracked.has(childRel)) ignore.count.files++;
        else found.add(childRel);
      }
    }
  };
  if (globs.length) {
    walk(root, '', ignore ? ignore.stackFor('') : null);
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
    else if (kind === 'outside')
      refused.push({ path: rel === '' ? '.' : rel, reason: 'is a symbolic link that leads outside the repository' });
    else {
      // A path named here that `scan.exclude` covers is not linted, and said (README.md "Command line"), never skipped silently.
      const glob =
        rel === ''
          ? undefined
          : scan.exclude.find(
              (g) =>
                scanMatchers([g], []).include(kind === 'directory' ? `${rel}/` : rel) ||
                (kind === 'directory' && scanMatchers([g], []).include(rel)),
            );
      if (glob !== undefined) excluded.push({ path: rel, glob });
      // A directory named here that git ignores (or one above it does) is linted whole: the user asked for it.
      else if (kind === 'directory') walk(abs, rel, !ignore || (rel !== '' && ignore.ignoredPath(rel)) ? null : ignore.stackFor(rel));
      else if (/\.(sql|toml)$/i.test(abs)) found.add(rel);
    }
  }
  const gitIgnored =
    ignore && (ignore.count.files || ignore.count.directories || ignore.count.notApplied.length) ? ignore.count : undefined;
  return {
    files: [...found].sort(),
    missing,
    ...(gitIgnored ? { gitIgnored } : {}),
    ...(excluded.length ? { excluded } : {}),
    ...(refused.length ? { refused } : {}),
    ...(unreadable.length ? { unreadable: unreadable.sort((a, b) => byCodeUnit(a.path, b.path)) } : {}),
  };
}

/** What git's ignore rules kept out of a walk, for the shell to say. */
export interface GitIgnoredCount {
  /** Files the scan globs select that git ignores (untracked). */
  files: number;
  /** Directories git ignores, with nothing tracked inside, not entered. */
  directories: number;
  /** Ignore files that were not applied, with why (over a limit, unreadable): their files were linted. */
  notApplied: string[];
}

/** Bytes of ignore files one walk reads at most; the ones after it are not applied (and said). */
const GITIGNORE_TOTAL_BYTES = 16 * 1024 * 1024;

interface GitIgnoreScope {
  readonly tracked: TrackedPaths;
  readonly count: GitIgnoredCount;
  /** The ignore files in force for the entries of directory `rel` ('' for the root), built from the root down. */
  stackFor(rel: string): readonly IgnoreFile[];
  /** Adds directory `rel`'s own `.gitignore` to the stack of its parent. */
  enter(stack: readonly IgnoreFile[], rel: string): readonly IgnoreFile[];
  /** Whether git ignores `rel` (a directory) or any directory above it. */
  ignoredPath(rel: string): boolean;
}

/**
 * Git's ignore rules for a walk of `root` (src/files/gitignore.ts), or undefined when they do
 * not apply: outside git, or when the index cannot be read (then whether a file is tracked is
 * unknown, and an ignored file might be a tracked one: nothing is skipped, and that is said).
 */
function gitIgnoreScope(root: string, reader: ConfinedReader): GitIgnoreScope | undefined {
  const dir = findGitDirectory(root);
  if (!dir) return undefined;
  const count: GitIgnoredCount = { files: 0, directories: 0, notApplied: [] };
  const trackedResult = readTracked(dir);
  if (trackedResult.kind === 'unreadable') {
    count.notApplied.push(`git's ignore rules (${trackedResult.reason}, so tracked files cannot be told apart)`);
    // A scope that ignores nothing, so the walk still reports why.
    const none: TrackedPaths = { has: () => true, hasUnder: () => true };
    return { tracked: none, count, stackFor: () => [], enter: (s) => s, ignoredPath: () => false };
  }
  const tracked: TrackedPaths = trackedResult.kind === 'ok' ? trackedResult.tracked : { has: () => false, hasUnder: () => false };
  let budget = GITIGNORE_TOTAL_BYTES;
  const base: IgnoreFile[] = [];
  const exclude = readInfoExclude(dir, GITIGNORE_MAX_BYTES);
  if (exclude === undefined) count.notApplied.push('.git/info/exclude (not a regular file, or over 1 MiB)');
  else if (exclude !== '') {
    budget -= exclude.length;
    const parsed = parseIgnoreFile(exclude, '');
    if (parsed) base.push(parsed);
    else count.notApplied.push('.git/info/exclude (too many rules)');
  }
  const own = new Map<string, IgnoreFile | undefined>();
  const ownFile = (rel: string): IgnoreFile | undefined => {
    if (own.has(rel)) return own.get(rel);
    const path = rel === '' ? '.gitignore' : `${rel}/.gitignore`;
    let file: IgnoreFile | undefined;
    if (reader.exists(path)) {
      const read = budget > 0 ? reader.readText(path, Math.min(GITIGNORE_MAX_BYTES, budget)) : undefined;
      if (read === undefined) count.notApplied.push(`${path} (the ignore files read so far reach 16 MiB)`);
      else if (!read.ok) count.notApplied.push(`${path} (it ${read.reason})`);
      else {
        budget -= read.text.length;
        file = parseIgnoreFile(read.text, rel);
        if (!file) count.notApplied.push(`${path} (more than 20,000 rules)`);
      }
    }
    own.set(rel, file);
    return file;
  };
  const enter = (stack: readonly IgnoreFile[], rel: string): readonly IgnoreFile[] => {
    if (stack.length && stack[stack.length - 1]!.base === rel && rel !== '') return stack;
    const file = ownFile(rel);
    return file && !stack.includes(file) ? [...stack, file] : stack;
  };
  const stackFor = (rel: string): readonly IgnoreFile[] => {
    // The ignore files of the directories above `rel`; `walk` adds rel's own on entry.
    let stack: readonly IgnoreFile[] = base;
    if (rel === '') return stack;
    const parts = rel.split('/');
    for (let i = 0; i < parts.length; i++) stack = enter(stack, parts.slice(0, i).join('/'));
    return stack;
  };
  const ignoredPath = (rel: string): boolean => {
    const parts = rel.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const p = parts.slice(0, i).join('/');
      const above = stackFor(p);
      if (isIgnored(above, p, true)) return true;
    }
    return false;
  };
  return { tracked, count, stackFor, enter, ignoredPath };
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

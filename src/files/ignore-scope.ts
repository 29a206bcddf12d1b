/**
 * Git's ignore rules as one walk of the repository applies them: the ignore files in force for
 * each directory (`.git/info/exclude`, then every `.gitignore` from the root down), the tracked
 * paths git never ignores, and what was kept out, for the shell to say.
 */
import { GITIGNORE_MAX_BYTES, isIgnored, parseIgnoreFile, type IgnoreFile } from './gitignore.js';
import { findGitDirectory, readInfoExclude, readTracked, type TrackedPaths } from './git-dir.js';
import type { ConfinedReader } from './confined.js';

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

export interface GitIgnoreScope {
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
export function gitIgnoreScope(root: string, reader: ConfinedReader): GitIgnoreScope | undefined {
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

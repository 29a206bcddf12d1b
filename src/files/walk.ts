/**
 * The scan walk, streamed: the files in scope come one at a time, in the code-unit order of their
 * repository paths (the order a sorted listing gives), while only the directories on the way down
 * are held. Each directory is listed when the walk reaches it, its entries sorted, and descended
 * into depth first; a directory's entries are sorted with a `/` after each sub-directory's name,
 * so that every path under `a/` comes after `a-b.sql` and before `a0.sql`, exactly where a sort of
 * the full paths puts them. Memory is one directory's listing at a time (and one count per
 * directory for the links bound), not one per file of the repository.
 *
 * What is selected, and how links, git's ignore rules and unreadable directories are treated, is
 * described at `listFiles` (src/files/files.ts), which is this walk collected into a list.
 */
import { byCodeUnit } from '../core/compare.js';
import type { Dirent } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { PATH_GLOB, SCAN_INCLUDE_GLOB } from '../core/glob.js';
import { isIgnored, type IgnoreFile } from './gitignore.js';
import { gitIgnoreScope, type GitIgnoredCount } from './ignore-scope.js';
import { describeFsError, type ConfinedReader, type ProblemEntry } from './confined.js';

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

export const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

/** How many paths may reach one real directory through links before the rest are reported unread. */
export const MAX_PATHS_PER_DIRECTORY = 8;

/** Compiled include/exclude globs (repository-relative paths, dot files included), built once per scan. */
export function scanMatchers(
  include: readonly string[],
  exclude: readonly string[],
): { include: (p: string) => boolean; exclude: (p: string) => boolean } {
  return {
    // In any letter case (SCAN_INCLUDE_GLOB says why).
    include: globsMatcher(include, SCAN_INCLUDE_GLOB),
    exclude: exclude.length ? globsMatcher(exclude, PATH_GLOB) : () => false,
  };
}

/**
 * What `picomatch(globs, options)` answers, without what its matcher makes on every call
 * (two result objects and a match array, per glob, per path of the walk): a path matches a glob
 * when it is not empty and is the glob itself or matches the glob's compiled expression, exactly
 * as `picomatch.test` decides with these options (a property test compares the two).
 */
function globsMatcher(globs: readonly string[], options: picomatch.PicomatchOptions): (p: string) => boolean {
  const compiled = globs.map((glob) => ({ glob, re: picomatch.makeRe(glob, options) }));
  return (p) => {
    if (p === '') return false;
    for (const { glob, re } of compiled) if (p === glob || re.test(p)) return true;
    return false;
  };
}

const GLOB_CHARS = /[*?[\]{}!]/;

/** What a walk met besides files, once its files have all been taken. */
export interface ScanWalkEnd {
  /** The globs that matched no file, then the paths named that are not there (as `missing` below). */
  readonly missing: readonly string[];
  /** Directories that could not be listed (their files were not linted), sorted. */
  readonly unreadable: readonly ProblemEntry[];
  readonly gitIgnored?: GitIgnoredCount;
}

export interface ScanWalk {
  /** Paths named that are not there or lie outside the root: known before any file is walked. */
  readonly missing: readonly string[];
  /** Paths named that lead outside the repository. */
  readonly refused: readonly ProblemEntry[];
  /** Paths named that `scan.exclude` covers, with the glob. */
  readonly excluded: readonly { readonly path: string; readonly glob: string }[];
  /** Whether globs were named (a glob that matches nothing is only known at the end). */
  readonly globs: boolean;
  /** The files in scope, repository-relative, in code-unit order, each once. Call it once. */
  files(): Generator<string, void, undefined>;
  /** Call after `files()` is done. */
  end(): ScanWalkEnd;
}

/**
 * The walk of `paths` (files, directories relative to `cwd`, or globs relative to the root), as
 * `listFiles` describes it, without holding the listing. `stopWhenGlobsMatch`: the walk ends as
 * soon as every glob named has matched a file (to learn which match nothing, without reading).
 */
export function scanWalk(
  root: string,
  cwd: string,
  paths: readonly string[],
  scan: ScanRules,
  reader: ConfinedReader,
  stopWhenGlobsMatch = false,
): ScanWalk {
  const fs = reader.fs;
  const ignore = gitIgnoreScope(root, reader);
  const globs = paths.filter((p) => GLOB_CHARS.test(p));
  const plain = paths.filter((p) => !GLOB_CHARS.test(p));
  // One compiled matcher per list, built once; the walk then builds each repository-relative path
  // by concatenation (path.relative and join per entry cost more than the matching itself).
  const { include, exclude } = scanMatchers(globs.length ? globs : scan.include, scan.exclude);
  const missing: string[] = [];
  const refused: ProblemEntry[] = [];
  const unreadable: ProblemEntry[] = [];
  const excluded: { path: string; glob: string }[] = [];
  // A linked directory inside the repository is walked under every path that reaches it: policies
  // map clusters by path, so `deploy/prod -> ../dev` deploys dev's files to prod and is linted as
  // prod's too. A cycle (a directory already on the way down) is cut, and each real directory is
  // entered at most MAX_PATHS_PER_DIRECTORY times, so a lattice of links cannot make the walk
  // exponential; past that, the path is an unreadable entry (an error finding), never skipped quietly.
  const entered = new Map<string, number>();
  const realOf = (abs: string): string | undefined => {
    try {
      return fs.realpathSync(abs);
    } catch {
      return undefined;
    }
  };
  const realRoot = realOf(root);

  /** One directory being walked: its entries, sorted (a sub-directory's name with `/` after it), and the next one. */
  interface Frame {
    /** The directory's real path: while it is on the way down, a link back to it is a cycle. */
    readonly real: string;
    readonly absPrefix: string;
    readonly relPrefix: string;
    /** The ignore files in force here (null: git's ignore rules are off, under a path named explicitly). */
    readonly stack: readonly IgnoreFile[] | null;
    /** The directory itself is ignored: only tracked files under it are taken. */
    readonly trackedOnly: boolean;
    readonly keys: string[];
    next: number;
  }

  const enter = (
    abs: string,
    rel: string,
    stack: readonly IgnoreFile[] | null,
    trackedOnly: boolean,
    onPath: ReadonlySet<string>,
  ): Frame | undefined => {
    const real = realOf(abs);
    if (real === undefined || !reader.allowed(real) || onPath.has(real)) return undefined;
    // A directory's own path is always walked; only the paths links make count against the bound.
    const ownPath = real === (rel === '' ? realRoot : realRoot + sep + rel.split('/').join(sep));
    const times = ownPath ? 0 : (entered.get(real) ?? 0);
    if (times >= MAX_PATHS_PER_DIRECTORY) {
      unreadable.push({
        path: rel === '' ? '.' : rel,
        reason: `is a directory that links reach by more than ${MAX_PATHS_PER_DIRECTORY} paths; the files under this path were not linted`,
      });
      return undefined;
    }
    if (!ownPath) entered.set(real, times + 1);
    if (stack && ignore) stack = ignore.enter(stack, rel);
    let entries: Dirent[];
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
    } catch (error) {
      unreadable.push({
        path: rel === '' ? '.' : rel,
        reason: `cannot be listed (${describeFsError(error)}); the files under it were not linted`,
      });
      return undefined;
    }
    const absPrefix = abs.endsWith(sep) ? abs : abs + sep;
    const keys: string[] = [];
    for (const e of entries) {
      if (ALWAYS_SKIPPED.has(e.name)) continue;
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
      // A name never holds `/`: the key says which entries are directories, and sorts them where their paths go.
      keys.push(isDirectory ? e.name + '/' : e.name);
    }
    keys.sort(byCodeUnit);
    return { real, absPrefix, relPrefix: rel === '' ? '' : rel + '/', stack, trackedOnly, keys, next: 0 };
  };

  /** The files under directory `abs` (repository path `rel`), in order; an explicit stack, so depth cannot overflow the call stack. */
  function* walk(abs: string, rel: string, stack: () => readonly IgnoreFile[] | null): Generator<string, void, undefined> {
    const onPath = new Set<string>();
    const first = enter(abs, rel, stack(), false, onPath);
    if (!first) return;
    const frames: Frame[] = [first];
    onPath.add(first.real);
    while (frames.length) {
      const frame = frames[frames.length - 1]!;
      if (frame.next === frame.keys.length) {
        frames.pop();
        onPath.delete(frame.real);
        continue;
      }
      const key = frame.keys[frame.next]!;
      frame.keys[frame.next++] = ''; // what was walked is let go
      const { stack: here, trackedOnly } = frame;
      if (key.endsWith('/')) {
        const name = key.slice(0, -1);
        const childRel = frame.relPrefix + name;
        if (exclude(childRel + '/') || exclude(childRel)) continue;
        let child: Frame | undefined;
        if (here && ignore && (trackedOnly || isIgnored(here, childRel, true))) {
          // Git never ignores a tracked file: an ignored directory is entered only for those.
          if (!ignore.tracked.hasUnder(childRel)) {
            ignore.count.directories++;
            continue;
          }
          child = enter(frame.absPrefix + name, childRel, here, true, onPath);
        } else child = enter(frame.absPrefix + name, childRel, here, false, onPath);
        if (child) {
          frames.push(child);
          onPath.add(child.real);
        }
      } else {
        const childRel = frame.relPrefix + key;
        if (!include(childRel) || exclude(childRel)) continue;
        if (here && ignore && (trackedOnly || isIgnored(here, childRel, false)) && !ignore.tracked.has(childRel)) ignore.count.files++;
        else yield childRel;
      }
    }
  }

  // The walks to make, each a sorted stream; a glob's walk starts at the root.
  const streams: Iterator<string, void, undefined>[] = [];
  const globMatched = globs.map(() => false);
  let globsLeft = globs.length;
  if (globs.length) {
    const matchers = globs.map((g) => scanMatchers([g], []).include);
    const fromRoot = walk(root, '', () => (ignore ? ignore.stackFor('') : null));
    streams.push(
      (function* tallied(): Generator<string, void, undefined> {
        for (const file of fromRoot) {
          for (let i = 0; i < matchers.length; i++) {
            if (!globMatched[i] && matchers[i]!(file)) {
              globMatched[i] = true;
              globsLeft--;
            }
          }
          yield file;
          if (stopWhenGlobsMatch && globsLeft === 0) return;
        }
      })(),
    );
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
      else if (kind === 'directory')
        streams.push(walk(abs, rel, () => (!ignore || (rel !== '' && ignore.ignoredPath(rel)) ? null : ignore.stackFor(rel))));
      else if (/\.(sql|toml)$/i.test(abs)) streams.push([rel][Symbol.iterator]());
    }
  }

  let started = false;
  return {
    missing,
    refused,
    excluded,
    globs: globs.length > 0,
    files() {
      if (started) throw new Error('scanWalk: files() is called once');
      started = true;
      if (stopWhenGlobsMatch) return merged(globs.length ? streams.slice(0, 1) : []);
      return merged(streams);
    },
    end() {
      const gitIgnored =
        ignore && (ignore.count.files || ignore.count.directories || ignore.count.notApplied.length) ? ignore.count : undefined;
      return {
        missing: [...globs.filter((_, i) => !globMatched[i]), ...missing],
        unreadable: unreadable.sort((a, b) => byCodeUnit(a.path, b.path)),
        ...(gitIgnored ? { gitIgnored } : {}),
      };
    },
  };
}

/** Sorted streams merged into one sorted stream, each path once (equal paths meet at the heads). */
function* merged(streams: readonly Iterator<string, void, undefined>[]): Generator<string, void, undefined> {
  if (streams.length <= 1) {
    if (!streams.length) return;
    for (let r = streams[0]!.next(); !r.done; r = streams[0]!.next()) yield r.value;
    return;
  }
  const heads = streams.map((s) => s.next());
  let last: string | undefined;
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i]!;
      if (!h.done && (best < 0 || h.value < (heads[best]!.value as string))) best = i;
    }
    if (best < 0) return;
    const value = heads[best]!.value as string;
    heads[best] = streams[best]!.next();
    if (value !== last) yield value;
    last = value;
  }
}

/**
 * The globs among `paths` that match no file in scope, found by a walk that reads nothing and ends
 * as soon as every glob has matched one (at once, in the common case).
 */
export function unmatchedGlobs(root: string, cwd: string, paths: readonly string[], scan: ScanRules, reader: ConfinedReader): string[] {
  const walk = scanWalk(root, cwd, paths, scan, reader, true);
  for (const _ of walk.files());
  const named = new Set(walk.missing);
  return walk.end().missing.filter((p) => !named.has(p));
}

/**
 * The shell's view of the repository: its root, and the files in scope (policy `scan` globs,
 * explicit paths, or a pull request's changed files). Everything here touches the file system;
 * the core never does.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

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
 */
export function listFiles(root: string, cwd: string, paths: readonly string[], scan: ScanRules): { files: string[]; missing: string[] } {
  const globs = paths.filter((p) => GLOB_CHARS.test(p));
  const plain = paths.filter((p) => !GLOB_CHARS.test(p));
  // One compiled matcher per list, built once; the walk then builds each repository-relative path
  // by concatenation (path.relative and join per entry cost more than the matching itself).
  const { include, exclude } = scanMatchers(globs.length ? globs : scan.include, scan.exclude);
  const found = new Set<string>();
  const missing: string[] = [];
  const visited = new Set<string>();
  const walk = (abs: string, rel: string): void => {
    try {
      const real = realpathSync(abs);
      if (visited.has(real)) return;
      visited.add(real);
    } catch {
      return;
    }
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    const absPrefix = abs.endsWith(sep) ? abs : abs + sep;
    const relPrefix = rel === '' ? '' : rel + '/';
    for (const e of entries) {
      if (ALWAYS_SKIPPED.has(e.name)) continue;
      const childRel = relPrefix + e.name;
      let isDirectory = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        // A linked file is linted like any other (never silently skipped); a linked directory is
        // followed once, so a link cycle cannot make the walk endless.
        try {
          const target = statSync(absPrefix + e.name);
          isFile = target.isFile();
          isDirectory = target.isDirectory() && !visited.has(realpathSync(absPrefix + e.name));
        } catch {
          continue; // a dangling link points at nothing to lint
        }
      }
      if (isDirectory) {
        if (!exclude(childRel + '/') && !exclude(childRel)) walk(absPrefix + e.name, childRel);
      } else if (isFile && include(childRel) && !exclude(childRel)) found.add(childRel);
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
    let st;
    try {
      st = statSync(abs);
    } catch {
      missing.push(p);
      continue;
    }
    const rel = toRepoPath(root, abs);
    if (rel === undefined) {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) walk(abs, rel);
    else if (/\.(sql|toml)$/i.test(abs)) found.add(rel);
  }
  return { files: [...found].sort(), missing };
}

/**
 * The given repository-relative files that exist as regular files and that the scan globs select,
 * sorted: a pull request's changed files, without walking the repository.
 */
export function selectFiles(root: string, candidates: readonly string[], scan: ScanRules): string[] {
  const { include, exclude } = scanMatchers(scan.include, scan.exclude);
  const selected = new Set<string>();
  for (const rel of candidates) {
    if (rel.split('/').some((part) => part === '..' || ALWAYS_SKIPPED.has(part))) continue;
    if (!include(rel) || exclude(rel)) continue;
    try {
      if (statSync(repoFilePath(root, rel)).isFile()) selected.add(rel);
    } catch {
      // removed or renamed away in the pull request: nothing to lint
    }
  }
  return [...selected].sort();
}

/** The absolute path of a repository-relative one (`/`-separated, as listFiles returns them). */
export function repoFilePath(root: string, repoPath: string): string {
  if (sep !== '/') return resolve(root, repoPath);
  return (root.endsWith('/') ? root : root + '/') + repoPath;
}

/** The repository as the core may see it: reads and listings confined to the root. */
export function fileSystemRepo(root: string): import('../core/repo.js').RepoView {
  const inside = (p: string): string | undefined => {
    const abs = resolve(root, p);
    return toRepoPath(root, abs) === undefined ? undefined : abs;
  };
  return {
    readFile(path) {
      const abs = inside(path);
      if (!abs) return undefined;
      try {
        return readFileSync(abs, 'utf8');
      } catch {
        return undefined;
      }
    },
    listFiles(dir) {
      const abs = inside(dir);
      if (!abs) return undefined;
      try {
        if (!statSync(abs).isDirectory()) return undefined;
      } catch {
        return undefined;
      }
      const out: string[] = [];
      const walk = (d: string, depth: number): void => {
        if (depth > 32 || out.length > 100_000) return;
        for (const e of readdirSync(d, { withFileTypes: true })) {
          const child = join(d, e.name);
          if (e.isDirectory()) walk(child, depth + 1);
          else if (e.isFile()) {
            const rel = toRepoPath(root, child);
            if (rel !== undefined) out.push(rel);
          }
        }
      };
      walk(abs, 0);
      return out.sort();
    },
  };
}

/**
 * Where the CLI's `--base-policy FILE` reads the files it `extends` from (docs/scope.md). Never
 * from the working copy: that is the change's own version, so a pull request that relaxes a shared
 * file the policy extends (`policies/common.yml`) would be compared with itself and pass without
 * `policy-weakened`.
 * - A base revision is known (`--changed-since REF`): at the merge base, as `--changed-since`
 *   alone reads the whole base policy.
 * - Otherwise, next to FILE, in the layout the policy has in the repository: FILE stands where the
 *   head policy stands, so `extends: [../policies/common.yml]` of `.github/tidb-import-guard.yml`
 *   is read at `<FILE's folder>/../policies/common.yml` (a second checkout of the base branch
 *   works as is). A file that would be read inside the repository is refused: the run stops.
 * The person who runs the job named FILE, so files read next to it are theirs (regular files only,
 * capped, like FILE).
 */
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, posix, relative, resolve } from 'node:path';
import type { Refused } from '../core/repo.js';
import { POLICY_FILE_MAX_BYTES, createConfinedReader } from '../files/confined.js';

export interface BasePolicyFileReader {
  /** Reads a file of the base policy by its repository path (the policy's own path gives FILE's text). */
  readonly read: (path: string) => string | undefined | Refused;
  /** Files it extends that were refused because they would be read from the working copy. */
  readonly inWorkingCopy: readonly string[];
}

const REFUSED_IN_WORKING_COPY: Refused = {
  refused: "would be read from the working copy (the change's own version), not from the base",
};

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** `path` is the root or under it, lexically or once links are followed. */
function isUnder(root: string, path: string): boolean {
  const under = (r: string, p: string) => {
    const rel = relative(r, p);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  return under(root, path) || under(realOrSelf(root), realOrSelf(path));
}

export function basePolicyFileReader(options: {
  /** The head policy's repository path: the base policy is read under it. */
  readonly policyPath: string;
  readonly text: string;
  /** FILE's absolute path; absent (a test's text alone), no extended file can be read. */
  readonly file?: string;
  /** The absolute repository root. */
  readonly root: string;
  /** Reads a repository file at the base revision, when one is known. */
  readonly readBaseRevision?: (path: string, maxBytes?: number) => string | undefined;
}): BasePolicyFileReader {
  const { policyPath, text, file, root, readBaseRevision } = options;
  const inWorkingCopy: string[] = [];
  const outside = createConfinedReader('/');
  const read = (path: string): string | undefined | Refused => {
    if (path === policyPath) return text;
    if (readBaseRevision) return readBaseRevision(path, POLICY_FILE_MAX_BYTES);
    const at = file !== undefined ? resolve(dirname(file), posix.relative(posix.dirname(policyPath), path)) : undefined;
    if (at === undefined || isUnder(root, at)) {
      if (!inWorkingCopy.includes(path)) inWorkingCopy.push(path);
      return REFUSED_IN_WORKING_COPY;
    }
    const got = outside.readText(at, POLICY_FILE_MAX_BYTES);
    if (got.ok) return got.text;
    return got.kind === 'missing' ? undefined : { refused: got.reason };
  };
  return { read, inWorkingCopy };
}

/**
 * What a pull-request run lints, decided from `pulls.listFiles`: only the files of the pull
 * request (removed files excluded), or every file when the policy itself (or a file it extends)
 * changed, because a policy change can create findings anywhere. GitHub lists at most 3000 files
 * of a pull request; at the cap the list may be incomplete, so everything is linted.
 */
import { parsePatch, type CommentableLines } from './patch.js';

/** GitHub's cap on `pulls.listFiles`. */
export const LIST_FILES_CAP = 3000;

/** The fields of a `pulls.listFiles` item the plan needs. */
export interface PullRequestFile {
  readonly filename: string;
  readonly status: string;
  readonly patch?: string | null;
  readonly previous_filename?: string;
}

export interface ScopePlan {
  /** Files to lint, repository-relative; undefined means "all files". */
  readonly changedFiles?: readonly string[];
  /** The policy or a file it extends is among the changed files (or was renamed/removed). */
  readonly policyChanged: boolean;
  /** The PR has at least `LIST_FILES_CAP` files, so the list may be incomplete. */
  readonly atFileCap: boolean;
  /** Parsed patch per head-side path: which lines can take a review comment. */
  readonly patches: ReadonlyMap<string, CommentableLines>;
  /** What was linted, in words, for the summary. */
  readonly description: string;
}

function normalize(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

export function planScope(files: readonly PullRequestFile[], policyFiles: readonly string[], pullNumber: number): ScopePlan {
  const policySet = new Set(policyFiles.map(normalize));
  const patches = new Map<string, CommentableLines>();
  const changed: string[] = [];
  let policyChanged = false;
  for (const file of files) {
    if (policySet.has(file.filename) || (file.previous_filename !== undefined && policySet.has(file.previous_filename)))
      policyChanged = true;
    if (file.status === 'removed') continue;
    changed.push(file.filename);
    patches.set(file.filename, parsePatch(file.patch));
  }
  const atFileCap = files.length >= LIST_FILES_CAP;
  if (policyChanged || atFileCap) {
    const why = policyChanged ? 'the policy changed in this pull request' : `the pull request has ${LIST_FILES_CAP} or more files`;
    return { policyChanged, atFileCap, patches, description: `all files (${why})` };
  }
  const count = `${changed.length} file${changed.length === 1 ? '' : 's'}`;
  return { changedFiles: changed, policyChanged, atFileCap, patches, description: `the ${count} changed in #${pullNumber}` };
}

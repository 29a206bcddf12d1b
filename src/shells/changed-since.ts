/**
 * `--changed-since REF` (cli.md): the files changed between `git merge-base REF HEAD` and the work
 * tree, as the action's `scope: changed` lints a pull request's files, for any CI and for local
 * runs:
 * - added, modified, type-changed, copied and renamed files (the new name), and untracked files
 *   git does not ignore; deleted files are not linted (there is nothing to read);
 * - everything, when the policy or anything it is made of (the files it extends, changefeed
 *   configs, posture snapshots, the baseline) was added, changed, renamed or deleted: a policy
 *   change can create findings anywhere;
 * - the policy as it was at the merge base is the base policy (`policy-weakened`), with the files
 *   it extends at the base, as the action fetches them.
 * Git is run through src/files/git-run.ts (no hooks, no configured programs, bounded).
 */
import { POLICY_FILE_MAX_BYTES } from '../files/confined.js';
import { BASELINE_MAX_BYTES } from '../parse/baseline/format.js';
import { loadPolicyFiles } from './policy-files.js';
import { policyPathsWithLinks, realRepositoryPath } from './policy-link-paths.js';
import { nulFields, runGit } from '../files/git-run.js';

export interface ChangedSincePlan {
  /** Repository-relative files to lint; undefined means every file (the policy changed). */
  readonly changedFiles?: readonly string[];
  /** What is linted, in words (said on standard error). */
  readonly description: string;
  /** The policy at the merge base and the files it extends there; undefined when it did not exist. */
  readonly basePolicy?: { readonly path: string; readonly files: Readonly<Record<string, string>> };
  /**
   * Reads a repository file at the merge base (up to `maxBytes`, by default a baseline's cap), for
   * what a `--base-policy` file extends and its baseline; undefined when it is not there.
   */
  readonly readBaseRevision: (path: string, maxBytes?: number) => string | undefined;
}

export type ChangedSinceResult = { readonly ok: true; readonly plan: ChangedSincePlan } | { readonly ok: false; readonly message: string };

interface Change {
  readonly status: string;
  readonly path: string;
  readonly from?: string;
}

/** `git diff --name-status -z` output: `S\0path\0` or, for renames and copies, `Rnn\0old\0new\0`. */
export function parseNameStatus(fields: readonly string[]): Change[] | string {
  const changes: Change[] = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++]!;
    const letter = status[0];
    if (letter === 'R' || letter === 'C') {
      const from = fields[i++];
      const path = fields[i++];
      if (from === undefined || path === undefined) return 'git diff output is cut short';
      changes.push({ status: letter, path, from });
    } else {
      const path = fields[i++];
      if (path === undefined || !letter || !/^[AMDTUX]$/.test(letter))
        return `git diff gave an unexpected status \`${status.slice(0, 20)}\``;
      changes.push({ status: letter, path });
    }
  }
  return changes;
}

function gitFailure(ref: string, message: string, missing: boolean): ChangedSinceResult {
  if (missing) return { ok: false, message: `--changed-since needs git: ${message}` };
  return { ok: false, message: `--changed-since ${ref}: ${message}` };
}

export function planChangedSince(options: {
  readonly root: string;
  readonly ref: string;
  /** The policy's repository path, or undefined when it lies outside the repository. */
  readonly policyPath: string | undefined;
  /** Reads a repository file of the work tree (the head policy and what it extends). */
  readonly readHead: (path: string) => string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The git program (tests name a missing one). */
  readonly git?: string;
}): ChangedSinceResult {
  const { root, ref, env } = options;
  const git = (args: readonly string[]) => runGit(root, args, env, options.git);
  // A ref that starts with `-` would be read as an option.
  if (ref === '' || ref.startsWith('-') || /[\0\n]/.test(ref))
    return { ok: false, message: `--changed-since: \`${ref}\` is not a git ref` };
  const verified = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (!verified.ok) {
    if (verified.missing) return gitFailure(ref, verified.message, true);
    const inside = git(['rev-parse', '--is-inside-work-tree']);
    if (!inside.ok)
      return gitFailure(
        ref,
        inside.missing ? inside.message : `the repository root is not a git work tree (${inside.message})`,
        inside.missing,
      );
    return {
      ok: false,
      message: `--changed-since ${ref}: no such commit, branch or tag in this repository (fetch it first, e.g. \`git fetch origin ${ref}\`; shallow clones need the history down to the merge base)`,
    };
  }
  const target = verified.out.toString('utf8').trim();
  const mergeBase = git(['merge-base', target, 'HEAD']);
  if (!mergeBase.ok) {
    return gitFailure(
      ref,
      mergeBase.missing ? mergeBase.message : `no merge base with HEAD (${mergeBase.message || 'unrelated histories, or a shallow clone'})`,
      mergeBase.missing,
    );
  }
  const base = mergeBase.out.toString('utf8').trim();
  const diff = git([
    'diff',
    '--name-status',
    '-z',
    '-M',
    '--no-ext-diff',
    '--no-textconv',
    '--relative',
    '--ignore-submodules=all',
    base,
    '--',
  ]);
  if (!diff.ok) return gitFailure(ref, diff.message, diff.missing);
  const changes = parseNameStatus(nulFields(diff.out));
  if (typeof changes === 'string') return gitFailure(ref, changes, false);
  const untracked = git(['ls-files', '-z', '--others', '--exclude-standard']);
  if (!untracked.ok) return gitFailure(ref, untracked.message, untracked.missing);

  const linted = new Set<string>();
  const touched = new Set<string>();
  for (const c of changes) {
    touched.add(c.path);
    if (c.from !== undefined && c.status === 'R') touched.add(c.from);
    if (c.status !== 'D') linted.add(c.path);
  }
  for (const path of nulFields(untracked.out)) {
    linted.add(path);
    touched.add(path);
  }

  const short = base.slice(0, 12);
  let basePolicy: ChangedSincePlan['basePolicy'];
  let policyChanged = false;
  const readBase = (path: string, maxBytes = POLICY_FILE_MAX_BYTES): string | undefined => {
    // `rev:./path` is relative to the root given with -C, which may be below the top level.
    const shown = git(['cat-file', 'blob', `${base}:./${path}`]);
    if (!shown.ok || shown.out.length > maxBytes) return undefined;
    return shown.out.toString('utf8');
  };
  const readBaseRevision = (path: string, maxBytes = BASELINE_MAX_BYTES): string | undefined => readBase(path, maxBytes);
  if (options.policyPath !== undefined) {
    const policyPath = options.policyPath;
    const renamedFrom = changes.find((c) => c.status === 'R' && c.path === policyPath)?.from;
    // `git cat-file` does not follow a linked folder: a policy under one is also looked for where it really is.
    const real = realRepositoryPath(root, policyPath);
    for (const candidate of [policyPath, ...(renamedFrom ? [renamedFrom] : []), ...(real !== undefined ? [real] : [])]) {
      const text = readBase(candidate);
      if (text === undefined) continue;
      const files: Record<string, string> = { [candidate]: text };
      const tried = new Set([candidate]);
      for (let round = 0; round < 16; round++) {
        const loaded = loadPolicyFiles(candidate, (p) => files[p]);
        const missing = loaded.files.filter((f) => !tried.has(f));
        if (!missing.length) break;
        for (const f of missing) {
          tried.add(f);
          // The baseline has its own cap (32 MiB), as in the working copy; the policy's files 1 MiB.
          const body = readBase(f, f === loaded.baseline ? BASELINE_MAX_BYTES : POLICY_FILE_MAX_BYTES);
          if (body !== undefined) files[f] = body;
        }
      }
      basePolicy = { path: candidate, files };
      break;
    }
    // A policy file behind a symbolic link changes when its target does (policy-link-paths.ts).
    const headFiles = policyPathsWithLinks(root, loadPolicyFiles(policyPath, options.readHead).files);
    const baseFiles = basePolicy ? loadPolicyFiles(basePolicy.path, (p) => basePolicy!.files[p]).files : [];
    policyChanged = [...headFiles, ...baseFiles].some((f) => touched.has(f));
  }
  if (policyChanged) {
    return {
      ok: true,
      plan: {
        description: `all files (the policy or a file it is made of changed since ${short})`,
        ...(basePolicy ? { basePolicy } : {}),
        readBaseRevision,
      },
    };
  }
  const files = [...linted].sort();
  return {
    ok: true,
    plan: {
      changedFiles: files,
      description: `the ${files.length} file${files.length === 1 ? '' : 's'} changed since ${short} (the merge base of ${ref} and HEAD)`,
      ...(basePolicy ? { basePolicy } : {}),
      readBaseRevision,
    },
  };
}

/**
 * The policy as the shells load it: once per side (head and base), keeping the result for the
 * check (shells/check-repository.ts takes it instead of loading again) and the list of every file the
 * policy is made of. The action and `--changed-since` both decide from that list whether a change
 * touched the policy. Pure: the reads are passed in.
 */
import type { Refused } from '../core/repo.js';
import { loadPolicy } from '../model/policy/load.js';
import type { LoadResult } from '../model/policy/types.js';

export interface LoadedPolicy {
  readonly path: string;
  readonly result: LoadResult;
  /**
   * Everything the policy is made of, repository-relative: the policy, the files it `extends`
   * (whatever the loader asked to read, so extends resolve exactly as the check resolves them),
   * the changefeed configs its changefeeds read (`config:`) and its posture snapshots. A change to
   * any of them changes what every import is checked against, so it is a policy change.
   */
  readonly files: readonly string[];
  /** The policy's `baseline:` file, when it names one. */
  readonly baseline?: string;
  /** The files it `extends`, directly or not (what the loader asked for besides the policy). */
  readonly extends: readonly string[];
  /** The files the loader asked for that `read` did not have (a base policy's extends not fetched yet). */
  readonly missing: readonly string[];
}

export function loadPolicyFiles(path: string, read: (path: string) => string | undefined | Refused): LoadedPolicy {
  const requested: string[] = [];
  const missing: string[] = [];
  const result = loadPolicy(path, (file) => {
    requested.push(file);
    const text = read(file);
    if (text === undefined) missing.push(file);
    return text;
  });
  const clusters = result.ok ? result.policy.clusters : [];
  const configs = clusters.flatMap((c) => c.changefeeds.flatMap((f) => (f.config !== undefined ? [f.config] : [])));
  // Posture snapshots count as the policy too (github.md, `scope`): a changed one changes verdicts everywhere.
  const snapshots = clusters.flatMap((c) => (c.posture ? [c.posture.path] : []));
  // And the baseline: entries it gains or loses change which findings fail, anywhere.
  const baseline = result.ok && result.policy.baseline ? [result.policy.baseline.path] : [];
  return {
    path,
    result,
    files: [...new Set([path, ...requested, ...configs, ...snapshots, ...baseline])],
    ...(baseline[0] !== undefined ? { baseline: baseline[0] } : {}),
    extends: [...new Set(requested)].filter((file) => file !== path),
    missing,
  };
}

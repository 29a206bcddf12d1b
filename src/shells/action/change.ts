/**
 * What the change is, read from GitHub before the check: the files a pull request (pulls.listFiles)
 * or a merge group (the compare API) changes, whether the policy is among them, and then the base
 * policy to compare with (`policy-weakened`). The head policy is loaded here once and handed to
 * the check, and so is the base policy.
 */
import { isAbsolute } from 'node:path';
import type { Refused } from '../../core/repo.js';
import { POLICY_LOCATIONS } from '../../model/policy/load.js';
import type { LoadResult } from '../../model/policy/types.js';
import { POLICY_FILE_MAX_BYTES, createConfinedReader } from '../../files/confined.js';
import { BASELINE_MAX_BYTES } from '../../parse/baseline/format.js';
import type { Environment } from './environment.js';
import type { MergeGroupEvent, PullRequestEvent } from './event.js';
import { describeError, type GitHubClient } from './github-api.js';
import { readFileAtRef } from './github-reads.js';
import { loadPolicyFiles, type LoadedPolicy } from '../policy-files.js';
import { policyPathsWithLinks, realRepositoryPath } from '../policy-link-paths.js';
import { listPullRequestFiles, readCompareFiles, FILES_PER_PAGE, type FilesListing, type FilesPage } from './pull-files.js';
import { planScope, type ScopePlan } from './scope.js';

export interface BasePolicy {
  readonly path: string;
  readonly files: Readonly<Record<string, string>>;
  /** The base policy loaded from `files` (the check does not load it again). */
  readonly loaded: LoadResult;
}

export interface Change {
  /** Undefined when the changed files could not be listed (or trusted): every file is linted. */
  readonly scope?: ScopePlan;
  readonly basePolicy?: BasePolicy;
  /** What was linted, in words, when the change could not be listed. */
  readonly unlisted: string;
  /** The head policy, loaded once (undefined when it is not a repository file, or not found). */
  readonly headPolicy?: LoadedPolicy;
}

/** A policy read by the same rules as the check's (shells/check-repository.ts): confined, capped, refusals kept. */
export function workspacePolicyReader(workspace: string): (path: string) => string | undefined | Refused {
  const reader = createConfinedReader(workspace);
  return (path) => {
    const read = reader.readText(path, POLICY_FILE_MAX_BYTES);
    if (read.ok) return read.text;
    return read.kind === 'missing' ? undefined : { refused: read.reason };
  };
}

interface ChangeContext {
  readonly client: GitHubClient;
  readonly env: Environment;
  readonly policyPath: string | undefined;
  readonly warn: (message: string) => void;
}

/** Loads the head policy once, when it is a file of the repository. */
function headPolicyOf(context: ChangeContext): LoadedPolicy | undefined {
  const { policyPath } = context;
  if (policyPath === undefined || isAbsolute(policyPath)) return undefined;
  return loadPolicyFiles(policyPath, workspacePolicyReader(context.env.workspace));
}

/** The files of a pull request; a base policy error is `{ fail }` (the run must stop: exit 2). */
export async function pullRequestChange(context: ChangeContext, pr: PullRequestEvent): Promise<Change | { fail: string }> {
  const { client, env, warn } = context;
  let listing: FilesListing | undefined;
  let unlisted = 'all files';
  try {
    listing = await listPullRequestFiles((page) => fetchFilesPage(client, env, pr.number, page), pr.changedFiles);
  } catch (error) {
    warn(`Could not list the pull request's files (${describeError(error)}); all files were linted and no inline comments were posted.`);
    unlisted = "all files (the pull request's files could not be listed)";
  }
  if (listing && !listing.ok) {
    warn(
      `GitHub's list of the pull request's files cannot be trusted (${listing.reason}); all files were linted and no inline comments were posted.`,
    );
    unlisted = "all files (the pull request's file list could not be trusted)";
  }
  const headPolicy = headPolicyOf(context);
  // A policy file behind a symbolic link changes when its target does (policy-link-paths.ts).
  const policyFiles = policyPathsWithLinks(env.workspace, headPolicy?.files ?? []);
  const scope = listing?.ok ? planScope(listing.files, policyFiles, pr.number) : undefined;
  // Unless a complete list shows the policy untouched, it may be what this pull request relaxes.
  const policyMayHaveChanged = !scope || scope.policyChanged || scope.atFileCap;
  let basePolicy: BasePolicy | undefined;
  if (policyMayHaveChanged && headPolicy) {
    const previous = listing?.ok ? listing.files.find((f) => f.filename === headPolicy.path)?.previous_filename : undefined;
    const fetched = await fetchBasePolicy(
      client,
      env,
      pr.baseSha,
      [headPolicy.path, ...(previous ? [previous] : []), ...linkedPath(env.workspace, headPolicy.path), ...POLICY_LOCATIONS],
      headPolicy.extends,
    );
    if (!fetched.ok) {
      return {
        fail: `tidb-import-guard could not read the base branch's policy (${fetched.error}), so it cannot tell whether this pull request weakens the policy (policy-weakened). Re-run the check.`,
      };
    }
    basePolicy = fetched.base;
  }
  return { ...(scope ? { scope } : {}), ...(basePolicy ? { basePolicy } : {}), ...(headPolicy ? { headPolicy } : {}), unlisted };
}

/**
 * A merge queue checks what the queue adds to its base: the files between base_sha and head_sha,
 * from the compare API (at most 300; more, or an answer that is not a valid list, and every file
 * is linted), with the same policy rules as a pull request.
 */
export async function mergeGroupChange(context: ChangeContext, group: MergeGroupEvent): Promise<Change | { fail: string }> {
  const { client, env, warn } = context;
  let listing: FilesListing | undefined;
  let unlisted = 'all files';
  try {
    const response = await client.rest.repos.compareCommitsWithBasehead({
      owner: env.owner,
      repo: env.repo,
      basehead: `${group.baseSha}...${group.headSha}`,
    });
    listing = readCompareFiles(response.status, response.data as unknown);
  } catch (error) {
    warn(`Could not compare the merge group with its base (${describeError(error)}); all files were linted.`);
    unlisted = 'all files (the merge group could not be compared with its base)';
  }
  if (listing && !listing.ok) {
    warn(`The merge group's list of changed files cannot be used (${listing.reason}); all files were linted.`);
    unlisted = "all files (the merge group's changed files could not be listed completely)";
  }
  const headPolicy = headPolicyOf(context);
  let scope: ScopePlan | undefined;
  if (listing?.ok) {
    const planned = planScope(listing.files, policyPathsWithLinks(env.workspace, headPolicy?.files ?? []), 0);
    const count = planned.changedFiles?.length ?? 0;
    scope = {
      ...planned,
      ...(planned.changedFiles ? { description: `the ${count} file${count === 1 ? '' : 's'} the merge group changes` } : {}),
    };
  }
  let basePolicy: BasePolicy | undefined;
  if ((!scope || scope.policyChanged) && headPolicy) {
    const previous = listing?.ok ? listing.files.find((f) => f.filename === headPolicy.path)?.previous_filename : undefined;
    const fetched = await fetchBasePolicy(
      client,
      env,
      group.baseSha,
      [headPolicy.path, ...(previous ? [previous] : []), ...linkedPath(env.workspace, headPolicy.path), ...POLICY_LOCATIONS],
      headPolicy.extends,
    );
    if (!fetched.ok) {
      return {
        fail: `tidb-import-guard could not read the merge group's base policy (${fetched.error}), so it cannot tell whether the policy was weakened (policy-weakened). Re-run the check.`,
      };
    }
    basePolicy = fetched.base;
  }
  return { ...(scope ? { scope } : {}), ...(basePolicy ? { basePolicy } : {}), ...(headPolicy ? { headPolicy } : {}), unlisted };
}

/** Where a policy under a linked folder really is (the contents API does not follow the folder's link). */
function linkedPath(workspace: string, path: string): string[] {
  const real = realRepositoryPath(workspace, path);
  return real !== undefined ? [real] : [];
}

/** One page of `pulls.listFiles`, as received; pull-files.ts decides whether to trust it. */
export async function fetchFilesPage(client: GitHubClient, env: Environment, pullNumber: number, page: number): Promise<FilesPage> {
  const response = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
    owner: env.owner,
    repo: env.repo,
    pull_number: pullNumber,
    per_page: FILES_PER_PAGE,
    page,
  });
  const link = String(response.headers.link ?? '');
  return { status: response.status, data: response.data as unknown, hasNext: /rel="next"/.test(link) };
}

/**
 * The base policy is the head's path at the base, or where it was before a rename or a move to a
 * location discovery prefers; none at all means the policy is new, so nothing weakened. The
 * files the head policy extends are fetched with it (the base usually extends the same ones), so
 * the base is loaded once; a base that extends other files costs one more load per level.
 */
async function fetchBasePolicy(
  client: GitHubClient,
  env: Environment,
  baseSha: string,
  candidates: readonly string[],
  headExtends: readonly string[],
): Promise<{ ok: true; base?: BasePolicy } | { ok: false; error: string }> {
  const repository = { owner: env.owner, repo: env.repo };
  try {
    let path: string | undefined;
    let text: string | undefined;
    for (const candidate of [...new Set(candidates)]) {
      text = await readFileAtRef(client, repository, candidate, baseSha, POLICY_FILE_MAX_BYTES);
      if (text !== undefined) {
        path = candidate;
        break;
      }
    }
    if (path === undefined || text === undefined) return { ok: true };
    const files: Record<string, string> = { [path]: text };
    const tried = new Set<string>([path]);
    // The files it extends, whatever their names (the loader takes any local file, so a name the
    // action skipped would leave the base unloadable and policy-weakened unchecked), and its
    // baseline (policy-weakened compares the entries).
    const fetch = async (wanted: readonly string[], baseline?: string): Promise<void> => {
      for (const file of wanted) {
        if (tried.has(file)) continue;
        tried.add(file);
        // The baseline has its own cap (32 MiB, as in the workspace); the policy's files 1 MiB.
        const body = await readFileAtRef(client, repository, file, baseSha, file === baseline ? BASELINE_MAX_BYTES : POLICY_FILE_MAX_BYTES);
        if (body !== undefined) files[file] = body;
      }
    };
    await fetch(headExtends);
    let loaded = loadPolicyFiles(path, (p) => files[p]);
    // Besides: its changefeed `config:` files (compared by their rules) and its baseline.
    const configs = (): string[] =>
      loaded.result.ok
        ? loaded.result.policy.clusters.flatMap((c) => c.changefeeds.flatMap((f) => (f.config !== undefined ? [f.config] : [])))
        : [];
    const unfetched = (): string[] =>
      [...loaded.missing, ...configs(), ...(loaded.baseline !== undefined ? [loaded.baseline] : [])].filter((f) => !tried.has(f));
    for (let round = 0; round < 16 && unfetched().length > 0; round++) {
      const extendsMissing = loaded.missing.some((f) => !tried.has(f));
      await fetch(unfetched(), loaded.baseline);
      // A baseline is data, not part of the load: only new extends need the policy loaded again.
      if (!extendsMissing) break;
      loaded = loadPolicyFiles(path, (p) => files[p]);
    }
    return { ok: true, base: { path, files, loaded: loaded.result } };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}

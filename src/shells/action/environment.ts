/**
 * What the runner tells the action, read once through the I/O port: the event and its payload,
 * the repository, the API and server URLs, the workspace and RUNNER_TEMP, and the test knobs of
 * the retry policy. A payload of the wrong shape is an error message (event.ts), never a guess.
 */
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { discoverPolicy } from '../../model/policy/load.js';
import { parseEvent, MAX_EVENT_BYTES, type MergeGroupEvent, type PullRequestEvent, type WorkflowRunEvent } from './event.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import type { ActionIo } from './io.js';

export interface Environment {
  readonly workspace: string;
  readonly eventName: string;
  readonly owner: string;
  readonly repo: string;
  readonly apiUrl: string;
  readonly serverUrl: string;
  readonly sha: string;
  readonly runnerTemp: string;
  readonly pullRequest?: PullRequestEvent;
  readonly docsBaseUrl?: string;
  /** The action's own repository page, when the runner says which it is. */
  readonly actionUrl?: string;
  readonly workflowRun?: WorkflowRunEvent;
  readonly mergeGroup?: MergeGroupEvent;
  readonly retry: RetryPolicy;
}

/** Replaces the runner's absolute paths in a message by what they are (github.md: no runner path in output). */
export type Scrub = (message: string) => string;

/** The workspace the runner names (or the current directory), for messages before the environment is read. */
export function workspaceOf(io: ActionIo): string {
  return resolve(io.env['GITHUB_WORKSPACE'] || process.cwd());
}

export function readEnvironment(io: ActionIo): { env: Environment; scrub: Scrub } | { error: string; scrub: Scrub } {
  const vars = io.env;
  const workspace = workspaceOf(io);
  const [owner = '', repo = ''] = (vars['GITHUB_REPOSITORY'] ?? '').split('/');
  const eventName = vars['GITHUB_EVENT_NAME'] ?? '';
  const runnerTemp = vars['RUNNER_TEMP'] || join(workspace, '..', '.tidb-import-guard-temp');
  const runnerPaths = [
    { path: workspace + sep, name: '' },
    { path: workspace, name: '.' },
    { path: runnerTemp, name: '$RUNNER_TEMP' },
    ...(vars['GITHUB_EVENT_PATH'] ? [{ path: vars['GITHUB_EVENT_PATH'], name: '$GITHUB_EVENT_PATH' }] : []),
  ];
  const scrub: Scrub = (message) => {
    let out = message;
    for (const { path, name } of runnerPaths) if (path.length > 1) out = out.split(path).join(name);
    return out;
  };
  const eventPath = vars['GITHUB_EVENT_PATH'];
  const event = parseEvent(eventName, eventPath ? io.readText(eventPath, MAX_EVENT_BYTES) : undefined);
  if (typeof event === 'string') return { error: event, scrub };
  const serverUrl = (vars['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const actionRepository = vars['GITHUB_ACTION_REPOSITORY'];
  const actionRef = vars['GITHUB_ACTION_REF'];
  const env: Environment = {
    workspace,
    eventName,
    owner,
    repo,
    apiUrl: (vars['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl,
    sha: vars['GITHUB_SHA'] ?? '',
    runnerTemp,
    retry: retryPolicy(vars),
    ...(event.pullRequest ? { pullRequest: event.pullRequest } : {}),
    ...(event.workflowRun ? { workflowRun: event.workflowRun } : {}),
    ...(event.mergeGroup ? { mergeGroup: event.mergeGroup } : {}),
    ...(actionRepository ? { actionUrl: `${serverUrl}/${actionRepository}` } : {}),
    ...(actionRepository && actionRef ? { docsBaseUrl: `${serverUrl}/${actionRepository}/blob/${actionRef}` } : {}),
  };
  return { env, scrub };
}

function retryPolicy(vars: Readonly<Record<string, string | undefined>>): RetryPolicy {
  // Undocumented knobs for the test suite: one shortens every wait (backoff, retry-after and the
  // pacing of deletions) alike, the other the API phase's deadline.
  const base = Number(vars['TIDB_IMPORT_GUARD_RETRY_BASE_MS']);
  const deadline = Number(vars['TIDB_IMPORT_GUARD_API_DEADLINE_MS']);
  return {
    ...DEFAULT_RETRY_POLICY,
    ...(vars['TIDB_IMPORT_GUARD_RETRY_BASE_MS'] && Number.isFinite(base) && base >= 0 ? { baseMs: base } : {}),
    ...(vars['TIDB_IMPORT_GUARD_API_DEADLINE_MS'] && Number.isFinite(deadline) && deadline > 0 ? { deadlineMs: deadline } : {}),
  };
}

/** The policy path the check will use, for scope and markers; undefined when none is found. */
export function policyPathOf(inputs: ActionInputs, workspace: string, exists: (path: string) => boolean): string | undefined {
  if (inputs.policy) {
    if (!isAbsolute(inputs.policy)) return inputs.policy.replace(/^\.\//, '');
    // `${{ github.workspace }}/...` is a repository file too: scope and base policy need its
    // repository path. A policy outside the workspace stays absolute (it cannot change in the PR).
    const inRepository = relative(workspace, inputs.policy);
    return inRepository && !inRepository.startsWith('..') && !isAbsolute(inRepository) ? inRepository.split(sep).join('/') : inputs.policy;
  }
  return discoverPolicy((candidate) => exists(join(workspace, candidate)));
}

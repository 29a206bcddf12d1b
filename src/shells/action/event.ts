/**
 * The event payload (GITHUB_EVENT_PATH), read strictly. The payload decides what the merge gate
 * looks at (which pull request, which commits), so a payload of the wrong shape is not guessed
 * around: it is a clear error (exit 2, "the tool could not do its job"), never a stack trace and
 * never a run that quietly lints nothing. Pure: the shell reads the file and passes its text.
 *
 * Messages never quote the payload or the runner's paths: they name the field that is wrong.
 */

/** The events whose payload carries a `pull_request` the action reviews. */
export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);

export interface PullRequestEvent {
  readonly number: number;
  readonly headSha: string;
  readonly baseSha: string;
  readonly fromFork: boolean;
  /** `pull_request.changed_files`: how many files GitHub says the pull request changes. */
  readonly changedFiles?: number;
  /** `pull_request.user.login`: the author, whose own approval never counts. */
  readonly author?: string;
}

export interface MergeGroupEvent {
  readonly baseSha: string;
  readonly headSha: string;
}

export interface ParsedEvent {
  readonly pullRequest?: PullRequestEvent;
  readonly mergeGroup?: MergeGroupEvent;
  /** The trusted part of a `workflow_run` event: which commit the lint run checked, and how it ended. */
  readonly workflowRun?: WorkflowRunEvent;
}

/**
 * A `workflow_run` event, as GitHub (not the lint run) describes it: the commit the lint run
 * checked, and its `conclusion` (`success`, `failure`, `cancelled`, ...; absent while it runs).
 * Fork mode's publisher states the verdict from this, never from the lint run's artifact.
 */
export interface WorkflowRunEvent {
  readonly headSha: string;
  readonly conclusion?: string;
}

/** GitHub's webhook payloads are capped at 25 MB; anything bigger is not an event. */
export const MAX_EVENT_BYTES = 25 * 1024 * 1024;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A commit id: 40 hex digits (SHA-1) or 64 (SHA-256 repositories). */
const isSha = (value: unknown): value is string => typeof value === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(value);

/** The payload of `eventName`, or an error message saying which field is wrong. */
export function parseEvent(eventName: string, text: string | undefined): ParsedEvent | string {
  const needsPayload = PULL_REQUEST_EVENTS.has(eventName) || eventName === 'merge_group' || eventName === 'workflow_run';
  if (text === undefined)
    return needsPayload ? `the ${eventName} event has no payload (GITHUB_EVENT_PATH is not set or names no readable file)` : {};
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return 'the event payload (GITHUB_EVENT_PATH) is not valid JSON';
  }
  if (!isObject(payload)) return 'the event payload (GITHUB_EVENT_PATH) is not a JSON object';
  if (PULL_REQUEST_EVENTS.has(eventName)) {
    const pr = pullRequestOf(payload['pull_request']);
    return typeof pr === 'string' ? `the ${eventName} event payload is malformed: ${pr}` : { pullRequest: pr };
  }
  if (eventName === 'merge_group') {
    const group = payload['merge_group'];
    if (!isObject(group)) return 'the merge_group event payload is malformed: `merge_group` is not an object';
    if (!isSha(group['base_sha'])) return 'the merge_group event payload is malformed: `merge_group.base_sha` is not a commit id';
    if (!isSha(group['head_sha'])) return 'the merge_group event payload is malformed: `merge_group.head_sha` is not a commit id';
    return { mergeGroup: { baseSha: group['base_sha'], headSha: group['head_sha'] } };
  }
  if (eventName === 'workflow_run') {
    const run = payload['workflow_run'];
    if (!isObject(run) || !isSha(run['head_sha']))
      return 'the workflow_run event payload is malformed: `workflow_run.head_sha` is not a commit id';
    const conclusion = typeof run['conclusion'] === 'string' && /^[a-z_]{1,40}$/.test(run['conclusion']) ? run['conclusion'] : undefined;
    return { workflowRun: { headSha: run['head_sha'], ...(conclusion ? { conclusion } : {}) } };
  }
  return {};
}

function pullRequestOf(value: unknown): PullRequestEvent | string {
  if (!isObject(value)) return '`pull_request` is not an object';
  const number = value['number'];
  if (!Number.isSafeInteger(number) || (number as number) <= 0) return '`pull_request.number` is not a positive integer';
  const head = value['head'];
  const base = value['base'];
  if (!isObject(head) || !isSha(head['sha'])) return '`pull_request.head.sha` is not a commit id';
  if (!isObject(base) || !isSha(base['sha'])) return '`pull_request.base.sha` is not a commit id';
  const changed = value['changed_files'];
  if (changed !== undefined && (!Number.isSafeInteger(changed) || (changed as number) < 0))
    return '`pull_request.changed_files` is not a count';
  const repoName = (side: Json): unknown => (isObject(side['repo']) ? side['repo']['full_name'] : undefined);
  const headRepo = repoName(head);
  const user = value['user'];
  const author = isObject(user) && typeof user['login'] === 'string' && user['login'] !== '' ? user['login'] : undefined;
  return {
    number: number as number,
    headSha: head['sha'],
    baseSha: base['sha'],
    // A head repository that is gone (a deleted fork) is `null`: still a fork, read-only token.
    fromFork: head['repo'] === null || (typeof headRepo === 'string' && headRepo !== repoName(base)),
    ...(changed !== undefined ? { changedFiles: changed as number } : {}),
    ...(author !== undefined ? { author } : {}),
  };
}

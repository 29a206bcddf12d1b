/**
 * What the action writes to GitHub and the runner after the check (github.md, "Pull request
 * review comments", "Summary comment", "Budgets"): the review with its inline comments, the
 * paced and bounded cleanup of stale comments, the sticky summary comment, and the job summary.
 * Best effort: nothing here changes the verdict, and every failure becomes a note.
 */
import { uriPath, type Finding, type Severity } from '../../core/types.js';
import type { CheckResult } from '../../lint/result.js';
import { renderSummary, type SummarySection } from '../../report/github-summary.js';
import type { CommentContext } from '../../report/github-comments.js';
import type { ActionInputs, FailOn } from './inputs.js';
import type { ScopePlan } from './scope.js';
import { planReview, type ExistingReviewComment, type PlannedComment } from './review-plan.js';
import { isSummaryBody, summaryMarker } from '../../report/markers.js';
import type { PullRequestEvent } from './event.js';
import type { Environment } from './environment.js';
import type { ActionIo } from './io.js';
import { writeJobSummary } from './outputs.js';
import { describeError, errorStatus, rateLimitOf, writesStopped, WritesStoppedError, type GitHubClient } from './github-api.js';

type PullRequest = PullRequestEvent;

/** GitHub takes a job summary of up to 1 MiB per step; keep a margin for multi-byte characters. */
const MAX_JOB_SUMMARY_LENGTH = 1_000_000;

/** Deletions and edits of stale comments per run: bounded, and paced one `baseMs` apart. */
const MAX_CLEANUP_WRITES = 30;

export interface PublishOptions {
  readonly io: ActionIo;
  readonly client: GitHubClient | undefined;
  readonly env: Environment;
  readonly pr: PullRequest | undefined;
  readonly result: CheckResult;
  readonly scope: ScopePlan | undefined;
  readonly context: CommentContext;
  readonly comment: ActionInputs['comment'];
  readonly failOn: FailOn;
  readonly scopeText: string;
  readonly notes: string[];
  readonly warn: (message: string) => void;
  readonly annotationsOmitted?: Readonly<Record<Severity, number>>;
  /** The caller already checked that the pull request is still at the linted commit (fork mode). */
  readonly headVerified?: boolean;
  /** Fork mode: the verdict is the lint run's conclusion (the `workflow_run` event), not the artifact's findings. */
  readonly lintRun?: { readonly conclusion?: string };
}

/** True when the pull request's head is no longer the commit this run checked. */
async function newerHead(client: GitHubClient, env: Environment, pr: PullRequest, warn: (message: string) => void): Promise<boolean> {
  try {
    const pull = await client.rest.pulls.get({ owner: env.owner, repo: env.repo, pull_number: pr.number });
    return typeof pull.data.head?.sha === 'string' && pull.data.head.sha !== pr.headSha;
  } catch (error) {
    if (!isPermissionDenied(error)) warn(`Could not read the pull request's head (${describeError(error)}); commenting as usual.`);
    return false;
  }
}

/** Review comments and the sticky summary comment (pull requests only), then the job summary. */
export async function publishAndSummarize(options: PublishOptions): Promise<void> {
  const { client, env, pr, result, scope, notes, warn } = options;
  const { report } = result;
  const unsuppressed = report.findings.filter((finding) => !finding.suppressed);
  let inline: { posted: number; alreadyPosted: number; removed: number; resolved: number; updated: number } | undefined;
  let commentSections: SummarySection[] = [{ title: 'Findings', findings: unsuppressed }];
  let commentsAllowed = !!(pr && client && options.comment !== 'none');
  if (commentsAllowed && pr && client && !options.headVerified && (await newerHead(client, env, pr, warn))) {
    // A run for an older commit that finishes last (out of order, or re-run) must not delete the
    // current comments or flip the sticky summary: the newer commit's run owns them.
    commentsAllowed = false;
    notes.push(`The pull request has moved past ${pr.headSha.slice(0, 7)}: its comments were left to the run for the newer commit.`);
  }
  if (commentsAllowed && pr && client && options.comment === 'review' && scope) {
    const review = await publishReview(client, env, pr, result, scope, options.context, warn);
    if (review.denied) commentsAllowed = false;
    inline = review.inline;
    commentSections = review.sections;
  } else if (commentsAllowed && pr && client && options.comment === 'summary') {
    await removeInlineComments(client, env, pr, options.context, warn);
  } else if (commentsAllowed && options.comment === 'review' && !scope) {
    notes.push('Inline comments were skipped because the pull request files could not be listed.');
  }
  const summaryMarkdown = (sections: readonly SummarySection[], withMarker: boolean, maxLength?: number): string =>
    renderSummary({
      ...(maxLength ? { maxLength } : {}),
      result,
      scope: options.scopeText,
      failOn: options.failOn,
      ...(options.lintRun ? { lintRun: options.lintRun } : {}),
      sections,
      ...(withMarker ? { marker: summaryMarker(report.policy) } : {}),
      ...(inline ? { inline } : {}),
      ...(options.annotationsOmitted ? { annotationsOmitted: options.annotationsOmitted } : {}),
      notes,
      findingLink: (finding) =>
        `${env.serverUrl}/${env.owner}/${env.repo}/blob/${pr?.headSha || env.sha}/${uriPath(finding.file)}#L${finding.line}`,
    });
  if (commentsAllowed && pr && client) {
    await publishSummaryComment(client, env, pr, report.policy, summaryMarkdown(commentSections, true), unsuppressed.length > 0, warn);
  }
  // The job summary on every event, with every unsuppressed finding.
  await writeJobSummary(options.io, summaryMarkdown([{ title: 'Findings', findings: unsuppressed }], false, MAX_JOB_SUMMARY_LENGTH));
}

/** A 403/404 that means "this token may not": not a rate limit, which is also a 403. */
export function isPermissionDenied(error: unknown): boolean {
  const status = errorStatus(error);
  return (status === 403 || status === 404) && rateLimitOf(error) === undefined;
}

export function permissionNote(pr: PullRequest, error: unknown): string {
  const limit = rateLimitOf(error);
  if (limit === 'primary') {
    return `Could not post pull-request comments: the token's API rate limit is used up (${describeError(error)}). The findings are in the annotations and the job summary; the check result is unaffected. The next run after the limit resets posts them.`;
  }
  const why = pr.fromFork
    ? 'this pull request comes from a fork, so its token is read-only'
    : 'the token lacks `pull-requests: write` (set `permissions: pull-requests: write` on the job)';
  return `Could not post pull-request comments (${describeError(error)}): ${why}. The findings are in the annotations and the job summary; the check result is unaffected. See docs/github/README.md#pull-requests-from-forks-the-two-workflow-mode for the two-workflow mode for forks.`;
}

interface ReviewOutcome {
  readonly inline?: { posted: number; alreadyPosted: number; removed: number; resolved: number; updated: number };
  readonly sections: SummarySection[];
  readonly denied: boolean;
}

async function publishReview(
  client: GitHubClient,
  env: Environment,
  pr: PullRequest,
  result: CheckResult,
  scope: ScopePlan,
  context: CommentContext,
  warn: (message: string) => void,
): Promise<ReviewOutcome> {
  const unsuppressed = result.report.findings.filter((finding) => !finding.suppressed);
  const fallback: SummarySection[] = [{ title: 'Findings', findings: unsuppressed }];
  const repo = { owner: env.owner, repo: env.repo };
  let existing: ExistingReviewComment[];
  try {
    existing = (await client.paginate(client.rest.pulls.listReviewComments, { ...repo, pull_number: pr.number, per_page: 100 })).map(
      (comment) => ({
        id: comment.id,
        body: comment.body,
        path: comment.path,
        in_reply_to_id: comment.in_reply_to_id ?? null,
        fromBot: comment.user?.type === 'Bot',
        line: typeof comment.line === 'number' ? comment.line : null,
      }),
    );
  } catch (error) {
    if (isPermissionDenied(error)) {
      warn(permissionNote(pr, error));
      return { sections: fallback, denied: true };
    }
    warn(`Could not read the existing review comments (${describeError(error)}); no inline comments were posted.`);
    return { sections: fallback, denied: false };
  }

  const plan = planReview({ findings: result.report.findings, patches: scope.patches, existing, context, headSha: pr.headSha });
  const notPosted: Finding[] = [];
  const unanswered: Finding[] = [];
  let posted = 0;
  if (plan.create.length) {
    try {
      await client.rest.pulls.createReview({
        ...repo,
        pull_number: pr.number,
        commit_id: pr.headSha,
        event: 'COMMENT',
        body: `tidb-import-guard: ${plan.create.length} new inline comment(s)${plan.overflow.length + plan.outsideDiff.length + plan.lineMismatch.length > 0 ? '; the summary comment lists the findings not shown inline' : ''}.`,
        comments: plan.create.map((comment) => ({ path: comment.path, line: comment.line, side: 'RIGHT', body: comment.body })),
      });
      posted = plan.create.length;
    } catch (error) {
      if (isPermissionDenied(error)) {
        warn(permissionNote(pr, error));
        return { sections: fallback, denied: true };
      }
      const limit = rateLimitOf(error);
      if (limit || error instanceof WritesStoppedError) {
        for (const comment of plan.create) unanswered.push(...comment.findings);
        warn(
          `GitHub's ${limit ?? 'secondary'} rate limit stopped the review (${describeError(error)}); its ${plan.create.length} inline comment(s) are listed in the summary and the next run posts them.`,
        );
      } else if (errorStatus(error) === 422) {
        // A line GitHub would not take (the head moved since the checkout). Post one by one so
        // one bad line does not cost all the others.
        for (const comment of plan.create) {
          if (await postSingleComment(client, env, pr, comment)) posted++;
          else notPosted.push(...comment.findings);
        }
        if (notPosted.length)
          warn(`GitHub refused ${notPosted.length} inline comment(s) (${describeError(error)}); they are listed in the summary.`);
      } else {
        // Anything else (an outage, a timeout): the review may or may not exist, so posting the
        // comments one by one could duplicate them. List them in the summary; the next run posts
        // what is missing.
        for (const comment of plan.create) unanswered.push(...comment.findings);
        warn(`Could not post the review (${describeError(error)}); its ${plan.create.length} inline comment(s) are listed in the summary.`);
      }
    }
  }
  const { removed, resolved, updated } = await cleanUpComments(client, env, plan.delete, plan.resolve, warn, plan.update);
  return {
    inline: { posted, alreadyPosted: plan.alreadyPosted.length, removed, resolved, updated },
    sections: [
      { title: 'Not on a line of the diff', findings: plan.outsideDiff },
      { title: 'Over the limit of 30 inline comments per pull request', findings: plan.overflow },
      { title: 'Not placed inline: the checked-out line differs from the pull request head', findings: plan.lineMismatch },
      { title: 'Refused as inline comments by GitHub', findings: notPosted },
      { title: 'Not posted as inline comments this run (GitHub did not take the review; the next run posts them)', findings: unanswered },
    ],
    denied: false,
  };
}

/**
 * Deletes the tool's stale comments (or marks resolved those a person replied to), and rewrites
 * those whose findings changed severity (an approved weakening). They go out paced and bounded: a
 * fix-all push on a big pull request must not spend the content-creation allowance in a burst.
 * What is left is done by the next run.
 */
async function cleanUpComments(
  client: GitHubClient,
  env: Environment,
  deletions: readonly number[],
  resolutions: readonly { readonly id: number; readonly body: string }[],
  warn: (message: string) => void,
  updates: readonly { readonly id: number; readonly body: string }[] = [],
): Promise<{ removed: number; resolved: number; updated: number }> {
  const repo = { owner: env.owner, repo: env.repo };
  const pacing = env.retry.baseMs;
  let removed = 0;
  let resolved = 0;
  let updated = 0;
  let cleanupWrites = 0;
  let cleanupLeft = 0;
  const cleanups: { kind: 'delete' | 'resolve' | 'update'; id: number; body?: string }[] = [
    ...deletions.map((id) => ({ kind: 'delete' as const, id })),
    ...resolutions.map((update) => ({ kind: 'resolve' as const, id: update.id, body: update.body })),
    ...updates.map((update) => ({ kind: 'update' as const, id: update.id, body: update.body })),
  ];
  for (const cleanup of cleanups) {
    if (cleanupWrites >= MAX_CLEANUP_WRITES || writesStopped(client)) {
      cleanupLeft++;
      continue;
    }
    if (cleanupWrites > 0) await new Promise((resolve) => setTimeout(resolve, pacing));
    cleanupWrites++;
    try {
      if (cleanup.kind === 'delete') {
        await client.rest.pulls.deleteReviewComment({ ...repo, comment_id: cleanup.id });
        removed++;
      } else {
        await client.rest.pulls.updateReviewComment({ ...repo, comment_id: cleanup.id, body: cleanup.body ?? '' });
        if (cleanup.kind === 'resolve') resolved++;
        else updated++;
      }
    } catch (error) {
      if (error instanceof WritesStoppedError) cleanupLeft++;
      else
        warn(
          `Could not ${cleanup.kind === 'delete' ? 'delete the outdated' : cleanup.kind === 'resolve' ? 'mark resolved the' : 'update the'} review comment ${cleanup.id} (${describeError(error)}).`,
        );
    }
  }
  if (cleanupLeft > 0) {
    const stopped = writesStopped(client);
    warn(
      `${cleanupLeft} stale review comment(s) were left for the next run (${stopped ?? `at most ${MAX_CLEANUP_WRITES} are removed per run`}).`,
    );
  }
  return { removed, resolved, updated };
}

/**
 * `comment: summary` after inline comments were posted (the input was switched): the tool's
 * inline comments are removed like fixed ones, so none stays stale. `comment: none` touches
 * nothing: fork mode's lint run uses it while its publisher owns the comments.
 */
async function removeInlineComments(
  client: GitHubClient,
  env: Environment,
  pr: PullRequest,
  context: CommentContext,
  warn: (message: string) => void,
): Promise<void> {
  try {
    const existing = await client.paginate(client.rest.pulls.listReviewComments, {
      owner: env.owner,
      repo: env.repo,
      pull_number: pr.number,
      per_page: 100,
    });
    const plan = planReview({
      findings: [],
      patches: new Map(),
      existing: existing.map((comment) => ({
        id: comment.id,
        body: comment.body,
        path: comment.path,
        in_reply_to_id: comment.in_reply_to_id ?? null,
        fromBot: comment.user?.type === 'Bot',
        line: typeof comment.line === 'number' ? comment.line : null,
      })),
      context,
      headSha: pr.headSha,
    });
    if (plan.delete.length || plan.resolve.length) await cleanUpComments(client, env, plan.delete, plan.resolve, warn);
  } catch (error) {
    if (!isPermissionDenied(error)) warn(`Could not remove the earlier inline comments (${describeError(error)}).`);
  }
}

async function postSingleComment(client: GitHubClient, env: Environment, pr: PullRequest, comment: PlannedComment): Promise<boolean> {
  try {
    await client.rest.pulls.createReviewComment({
      owner: env.owner,
      repo: env.repo,
      pull_number: pr.number,
      commit_id: pr.headSha,
      path: comment.path,
      line: comment.line,
      side: 'RIGHT',
      body: comment.body,
    });
    return true;
  } catch {
    return false;
  }
}

/** A summary body without the line that counts what this run posted (it differs on every re-run). */
function withoutRunCounts(body: string): string {
  return body.replace(/^Inline review comments: .*$/m, '');
}

async function publishSummaryComment(
  client: GitHubClient,
  env: Environment,
  pr: PullRequest,
  policyPath: string,
  body: string,
  hasFindings: boolean,
  warn: (message: string) => void,
): Promise<void> {
  const repo = { owner: env.owner, repo: env.repo };
  try {
    const comments = await client.paginate(client.rest.issues.listComments, { ...repo, issue_number: pr.number, per_page: 100 });
    const sticky = comments.find((comment) => comment.user?.type === 'Bot' && isSummaryBody(comment.body ?? '', policyPath));
    if (sticky) {
      // A re-run of the same commit changes only this run's counts: no edit, no notification.
      if (withoutRunCounts(sticky.body ?? '') !== withoutRunCounts(body))
        await client.rest.issues.updateComment({ ...repo, comment_id: sticky.id, body });
    } else if (hasFindings) {
      // A clean pull request that never had findings gets no comment: no noise.
      await client.rest.issues.createComment({ ...repo, issue_number: pr.number, body });
    }
  } catch (error) {
    if (isPermissionDenied(error)) warn(permissionNote(pr, error));
    else warn(`Could not post the summary comment (${describeError(error)}); the job summary has the same content.`);
  }
}

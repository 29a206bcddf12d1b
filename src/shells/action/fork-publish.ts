/**
 * Fork mode's second workflow (`workflow_run`, write token): posts what the `pull_request` run
 * found, from the bundle downloaded to RUNNER_TEMP/tidb-import-guard/. It reads no file of the
 * workspace and runs nothing from the fork. Its exit status is not the merge gate (the lint run
 * is); it fails only when it cannot or must not publish.
 */
import { join } from 'node:path';
import type { CommentContext } from '../../report/github-comments.js';
import { BUNDLE_FILE, readPublishBundle } from './bundle.js';
import { fetchFilesPage } from './change.js';
import { EXIT_CLEAN, fail, type RunContext } from './context.js';
import type { PullRequestEvent, WorkflowRunEvent } from './event.js';
import { withoutClaimedApprovals } from './approval.js';
import { approveWeakenings } from './github-reads.js';
import { describeError } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import { commentContext, outputDirectory, setCountOutputs } from './outputs.js';
import { publishAndSummarize } from './publish.js';
import { listPullRequestFiles } from './pull-files.js';
import { planScope, type ScopePlan } from './scope.js';

/** The bundle is an untrusted artifact: larger than this, it is not read. */
const MAX_BUNDLE_BYTES = 256 * 1024 * 1024;

export async function publishForkResult(context: RunContext, inputs: ActionInputs, workflowRun: WorkflowRunEvent): Promise<number> {
  const { io, env, scrub, warn, notes } = context;
  const dir = outputDirectory(env);
  const path = join(dir, BUNDLE_FILE);
  if (!io.exists(path)) {
    return fail(
      io,
      scrub,
      `On workflow_run the action publishes the lint run's result: download its artifact to ${dir} first (see docs/github/README.md#pull-requests-from-forks-the-two-workflow-mode). No ${BUNDLE_FILE} there.`,
    );
  }
  const raw = io.readText(path, MAX_BUNDLE_BYTES);
  if (raw === undefined)
    return fail(
      io,
      scrub,
      `tidb-import-guard cannot publish: ${BUNDLE_FILE} is not a readable file of at most ${MAX_BUNDLE_BYTES / 1024 / 1024} MiB.`,
    );
  const bundle = readPublishBundle(raw);
  if (typeof bundle === 'string') return fail(io, scrub, `tidb-import-guard cannot publish: ${bundle}.`);
  if (bundle.pullRequest.headSha !== workflowRun.headSha) {
    return fail(
      io,
      scrub,
      `tidb-import-guard refuses to publish: the bundle is for commit ${bundle.pullRequest.headSha}, but the workflow run linted ${workflowRun.headSha}.`,
    );
  }
  if (!inputs.token) return fail(io, scrub, 'tidb-import-guard cannot publish without `github-token`.');
  const client = await io.github(inputs.token, env.apiUrl, env.retry, (message) => io.info(message));
  let baseSha: string;
  let changedFiles: number | undefined;
  let author: string | undefined;
  try {
    const pull = await client.rest.pulls.get({ owner: env.owner, repo: env.repo, pull_number: bundle.pullRequest.number });
    if (pull.data.head.sha !== workflowRun.headSha) {
      return fail(
        io,
        scrub,
        `tidb-import-guard refuses to publish: pull request #${bundle.pullRequest.number} is at ${pull.data.head.sha}, not the linted commit ${workflowRun.headSha} (a newer push will publish its own result).`,
      );
    }
    baseSha = pull.data.base.sha;
    const login = (pull.data as { user?: { login?: unknown } | null }).user?.login;
    author = typeof login === 'string' ? login : undefined;
    changedFiles = typeof pull.data.changed_files === 'number' ? pull.data.changed_files : undefined;
  } catch (error) {
    return fail(
      io,
      scrub,
      `tidb-import-guard cannot publish: reading pull request #${bundle.pullRequest.number} failed (${describeError(error)}).`,
    );
  }
  const pr: PullRequestEvent = {
    number: bundle.pullRequest.number,
    headSha: workflowRun.headSha,
    baseSha,
    fromFork: false,
    ...(changedFiles !== undefined ? { changedFiles } : {}),
    ...(author !== undefined ? { author } : {}),
  };
  // The artifact comes from a run on the fork's code: its word on approvals is not taken. The
  // publisher reads the reviews and the base branch's CODEOWNERS itself (github-reads.ts).
  let result = withoutClaimedApprovals(bundle.result);
  try {
    result = await approveWeakenings(client, { owner: env.owner, repo: env.repo }, pr, result);
  } catch (error) {
    warn(`Could not check the approvals of the weakened policy (${describeError(error)}); it is not approved.`);
  }
  notes.push(
    "Posted from the lint run's artifact: the verdict is the lint run's status as GitHub reports it; the findings are the ones the artifact lists (the publisher cannot re-check them); approvals of `policy-weakened` were checked by the publisher itself.",
  );
  let scope: ScopePlan | undefined;
  try {
    const listing = await listPullRequestFiles((page) => fetchFilesPage(client, env, pr.number, page), changedFiles);
    if (listing.ok) scope = planScope(listing.files, [], pr.number);
    else warn(`GitHub's list of the pull request's files cannot be trusted (${listing.reason}); no inline comments were posted.`);
  } catch (error) {
    warn(`Could not list the pull request's files (${describeError(error)}); no inline comments were posted.`);
  }
  setCountOutputs(io, result.report.summary);
  io.setOutput('report-json', join(dir, 'report.json'));
  io.setOutput('sarif-file', '');
  const comments: CommentContext = {
    lineText: (file, line) => bundle.lines[`${file}:${line}`],
    docsUrl: commentContext(env).docsUrl,
    policyPath: result.report.policy,
  };
  await publishAndSummarize({
    io,
    client,
    env,
    pr,
    result,
    scope,
    context: comments,
    comment: inputs.comment,
    failOn: bundle.failOn,
    scopeText: bundle.scope,
    notes,
    warn,
    headVerified: true,
    lintRun: { ...(workflowRun.conclusion !== undefined ? { conclusion: workflowRun.conclusion } : {}) },
  });
  return EXIT_CLEAN;
}

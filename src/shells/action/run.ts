/**
 * The GitHub Action's shell, over an I/O port (io.ts) like the CLI's: `runAction(io)` returns the
 * exit status, and everything it does to the runner, the file system outside the confined reads,
 * and GitHub goes through `io`. The phases live beside it:
 *   environment.ts  the event, the runner's variables and the inputs' policy path
 *   change.ts       GitHub reads before the check: the changed files and the base policy
 *   github-reads.ts reviews, CODEOWNERS and team membership (approving a weakened policy)
 *   outputs.ts      step outputs, report files, annotations, the job summary
 *   publish.ts      GitHub writes: the review, stale comments, the summary comment
 *   fork-publish.ts fork mode's `workflow_run` publisher
 * Everything it decides is done by pure planners (scope.ts, review-plan.ts, annotations.ts,
 * approval.ts, ../../report/github-*.ts, ../../report/sarif.ts).
 *
 * Order matters for the merge gate: the findings are computed first, then outputs, the report
 * files, annotations and the job summary are written, and only then is the comment API used. A
 * comment API that fails (a fork's read-only token, an outage) changes what is shown, never the
 * exit status: 0 clean, 1 findings at or above `fail-on`, 2 the tool could not do its job.
 */
import { isAbsolute, join } from 'node:path';
import { scrubAbsolutePaths } from '../../core/scrub-paths.js';
import { failsCheck } from '../../report/verdict.js';
import type { CommentContext } from '../../report/github-comments.js';
import { checkRepository } from '../check-repository.js';
import { planAnnotations } from './annotations.js';
import { BUNDLE_FILE, makePublishBundle } from './bundle.js';
import { mergeGroupChange, pullRequestChange, type Change } from './change.js';
import { checkWorkspaceHead, CHECKOUT_HINT } from './checkout.js';
import { EXIT_CLEAN, EXIT_COULD_NOT_CHECK, EXIT_FINDINGS, fail, runContext, type RunContext } from './context.js';
import { policyPathOf, readEnvironment, workspaceOf } from './environment.js';
import { publishForkResult } from './fork-publish.js';
import { describeError } from './github-api.js';
import { approveWeakenings } from './github-reads.js';
import { parseInputs, type ActionInputs } from './inputs.js';
import { nodeIo, type ActionIo } from './io.js';
import { annotate, commentContext, outputDirectory, writeJobSummary, writeReportOutputs } from './outputs.js';
import { publishAndSummarize } from './publish.js';

/** The runner's entry (src/index.ts): the action with the runner's I/O, its status as the process's. */
export async function run(): Promise<void> {
  const io = await nodeIo();
  process.exitCode = await runAction(io);
}

/** One run of the action; never throws: an internal error is exit status 2 with one line. */
export async function runAction(io: ActionIo): Promise<number> {
  try {
    return await runPhases(io);
  } catch (error) {
    // Never "clean" when the tool did not finish. Its stack names files of the runner's machine,
    // so only the message is shown, with absolute paths hidden.
    const message = error instanceof Error ? error.message : String(error);
    io.error(`tidb-import-guard stopped with an internal error: ${scrubAbsolutePaths(message, [{ path: workspaceOf(io), as: '.' }])}`);
    return EXIT_COULD_NOT_CHECK;
  }
}

/** The run cannot judge the change: say so where people look (job summary), exit 2. */
async function failBeforeCheck(context: RunContext, message: string): Promise<number> {
  await writeJobSummary(context.io, `## TiDB import guard\n\n❌ **The check could not run**: ${context.scrub(message)}\n`);
  return fail(context.io, context.scrub, message);
}

async function runPhases(io: ActionIo): Promise<number> {
  const parsed = parseInputs((name) => io.input(name));
  const read = readEnvironment(io);
  if (!parsed.ok) return fail(io, read.scrub, `tidb-import-guard could not start: ${parsed.error}`);
  if ('error' in read) return fail(io, read.scrub, `tidb-import-guard could not start: ${read.error}`);
  const inputs = parsed.inputs;
  const context = runContext(io, read.env, read.scrub);
  const { env } = context;
  if (env.eventName === 'workflow_run') {
    if (!env.workflowRun) return fail(io, context.scrub, 'tidb-import-guard could not start: the workflow_run event has no head_sha.');
    return publishForkResult(context, inputs, env.workflowRun);
  }
  return lintChange(context, inputs);
}

async function lintChange(context: RunContext, inputs: ActionInputs): Promise<number> {
  const { io, env, notes, warn } = context;
  const pr = env.pullRequest;
  if (pr) {
    // The code on disk must be the pull request's, or the check judges something else (the base,
    // under pull_request_target's default checkout) and could pass a change it never saw.
    const head = checkWorkspaceHead(env.workspace, pr.headSha);
    if (!head.ok)
      return failBeforeCheck(
        context,
        `tidb-import-guard cannot check pull request #${pr.number}: ${head.reason}. To fix it, ${CHECKOUT_HINT}.`,
      );
  }
  const group = env.mergeGroup;
  if (group) {
    const head = checkWorkspaceHead(env.workspace, group.headSha);
    if (!head.ok || head.how !== 'head') {
      return failBeforeCheck(
        context,
        `tidb-import-guard cannot check the merge group: ${head.ok ? 'the workspace is not its head commit' : head.reason}. Check out \`github.sha\` (the default of actions/checkout on merge_group).`,
      );
    }
  }
  const client =
    (pr || group) && inputs.token ? await io.github(inputs.token, env.apiUrl, env.retry, (message) => io.info(message)) : undefined;
  const policyPath = policyPathOf(inputs, env.workspace, (path) => io.exists(path));
  const policyInRepository = policyPath !== undefined && !isAbsolute(policyPath);

  // 1. Scope: the files of the pull request or merge group, or everything.
  const scopeMode = inputs.scope ?? (pr || group ? 'changed' : 'all');
  if (scopeMode === 'changed' && !pr && !group)
    notes.push('`scope: changed` applies to pull requests and merge groups only; all files were linted.');
  if (group && !client && policyInRepository) {
    return failBeforeCheck(
      context,
      'tidb-import-guard cannot check a merge group without the `github-token` input: it needs the compare API for the changed files and the base policy (`policy-weakened`).',
    );
  }
  if (pr && !client) {
    // Without a token neither the file list nor the base policy can be read: the policy may be
    // what this pull request relaxes, and that cannot be checked.
    if (policyInRepository) {
      return failBeforeCheck(
        context,
        'tidb-import-guard cannot check a pull request without the `github-token` input: it needs the API to list the changed files and to read the base policy (`policy-weakened`).',
      );
    }
    warn('No `github-token`: cannot read the pull request, so all files are linted and nothing is commented.');
  }
  let change: Change = { unlisted: 'all files' };
  if (client && (pr || group)) {
    const changeContext = { client, env, policyPath, warn };
    const read = pr ? await pullRequestChange(changeContext, pr) : await mergeGroupChange(changeContext, group!);
    if ('fail' in read) return failBeforeCheck(context, read.fail);
    change = read;
  }
  const { scope } = change;
  const changedFiles = scopeMode === 'changed' ? scope?.changedFiles : undefined;

  // 2. The check. Nothing below may change its verdict, except an owner's approval of a weakened policy.
  const outcome = await checkRepository({
    root: env.workspace,
    cwd: env.workspace,
    ...(inputs.paths.length ? { paths: [...inputs.paths] } : {}),
    ...(inputs.policy ? { policyPath: inputs.policy } : {}),
    ...(change.basePolicy ? { basePolicy: change.basePolicy } : {}),
    ...(change.headPolicy ? { loadedPolicy: change.headPolicy } : {}),
    ...(changedFiles ? { changedFiles: [...changedFiles] } : {}),
  });
  if (outcome.fatal) {
    // An invalid policy comes with positioned findings: show where.
    // The engine speaks the CLI's language; inside the action the knob is the `policy` input.
    const fatal = outcome.fatal.replace(/,? or pass --policy\b/, ", or set the action's `policy` input");
    await writeJobSummary(io, `## TiDB import guard\n\n❌ **The check could not run**: ${context.scrub(fatal)}\n`);
    const status = fail(io, context.scrub, `tidb-import-guard could not check this repository: ${fatal}`);
    // Then where (GitHub keeps 10 error annotations a step; the reason comes first).
    for (const finding of outcome.result.report.findings.slice(0, 9)) annotate(io, finding);
    return status;
  }
  // What the check could not compare or do, in words: a warning and a line of the summaries, as
  // the CLI says it on standard error. (Today only the CLI's `--base-policy FILE` makes notes: the
  // action always has the base commit to read the base policy and its baseline at.)
  for (const note of outcome.notes ?? []) warn(note);
  let result = outcome.result;
  if (pr && client) {
    // A weakened policy an owner approved (base branch CODEOWNERS) is a notice, not a failure.
    try {
      result = await approveWeakenings(client, { owner: env.owner, repo: env.repo }, pr, result);
    } catch (error) {
      warn(`Could not check the approvals of the weakened policy (${describeError(error)}); it is not approved.`);
    }
  }
  const { report } = result;
  const failing = failsCheck(report.findings, inputs.failOn);
  const scopeText = scopeMode === 'changed' ? (scope ? scope.description : change.unlisted) : 'all files';

  // 3. Outputs and files: available to later steps even if the API is down.
  writeReportOutputs(io, env, report, inputs.sarif, warn);

  // 4. Annotations: at most 10 per severity, changed lines first. They are emitted last: GitHub
  // keeps only the first few annotations of a step, and the action's own warnings (why it could
  // not comment) must not be the ones dropped.
  const annotations = planAnnotations(report.findings, scope?.patches);

  // 5. The hand-over for fork mode's publisher, then pull-request comments (best effort).
  const comments: CommentContext = { ...commentContext(env), policyPath: report.policy };
  if (pr) {
    // Before approvals: the publisher checks them itself and takes no artifact's word for one.
    const bundle = makePublishBundle({ number: pr.number, headSha: pr.headSha }, inputs.failOn, scopeText, outcome.result, (file, line) =>
      comments.lineText?.(file, line),
    );
    try {
      io.writeText(join(outputDirectory(env), BUNDLE_FILE), JSON.stringify(bundle) + '\n');
    } catch (error) {
      warn(`Could not write the fork-mode hand-over ${BUNDLE_FILE} (${describeError(error)}).`);
    }
  }
  try {
    await publishAndSummarize({
      io,
      client,
      env,
      pr,
      result,
      scope,
      context: comments,
      comment: inputs.comment,
      failOn: inputs.failOn,
      scopeText,
      notes,
      warn,
      annotationsOmitted: annotations.omitted,
    });
  } catch (error) {
    // The merge gate never depends on publishing: the verdict below stands.
    io.warning(context.scrub(`Could not publish the results (${describeError(error)}); the exit status is unaffected.`));
  }
  for (const finding of annotations.shown) annotate(io, finding);

  if (!failing) return EXIT_CLEAN;
  const counts = `${report.summary.errors} error(s), ${report.summary.warnings} warning(s), ${report.summary.notices} notice(s)`;
  io.error(`tidb-import-guard: findings at or above fail-on=${inputs.failOn} (${counts}).`);
  return EXIT_FINDINGS;
}

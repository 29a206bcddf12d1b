/**
 * The GitHub Action's shell: the only part of the action that reads the environment, the event,
 * the file system and the network. Everything it decides is done by pure planners (scope.ts,
 * review-plan.ts, annotations.ts, ../report/github-*.ts, ../report/sarif.ts).
 *
 * Order matters for the merge gate: the findings are computed first, then outputs, the report
 * files, annotations and the job summary are written, and only then is the comment API used. A
 * comment API that fails (a fork's read-only token, an outage) changes what is shown, never the
 * exit status: 0 clean, 1 findings at or above `fail-on`, 2 the tool could not do its job.
 */
import * as core from '@actions/core';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { uriPath, type Finding, type Severity } from '../../core/types.js';
import { buildLineIndex } from '../../core/lines.js';
import { decodeSource } from '../../core/text.js';
import type { CheckResult } from '../../lint/result.js';
import { checkRepository } from '../check-repository.js';
import { POLICY_FILE_MAX_BYTES, createConfinedReader } from '../../files/confined.js';
import { scrubAbsolutePaths } from '../../core/scrub-paths.js';
import { discoverPolicy, loadPolicy, POLICY_LOCATIONS } from '../../model/policy/load.js';
import { formatSarif } from '../../report/sarif.js';
import { formatJson } from '../../report/json.js';
import { failsCheck } from '../../report/verdict.js';
import { readRuleDoc } from '../rule-docs.js';
import { plainText } from '../../core/plain-text.js';
import { renderSummary, type SummarySection } from '../../report/github-summary.js';
import type { CommentContext } from '../../report/github-comments.js';
import { ruleDocUrl } from '../../report/doc-links.js';
import { parseInputs, type ActionInputs, type FailOn } from './inputs.js';
import { planScope, type ScopePlan } from './scope.js';
import { planAnnotations } from './annotations.js';
import { planReview, type ExistingReviewComment, type PlannedComment } from './review-plan.js';
import { isSummaryBody, summaryMarker } from '../../report/markers.js';
import { BUNDLE_FILE, makePublishBundle, readPublishBundle } from './bundle.js';
import { parseEvent, MAX_EVENT_BYTES, type MergeGroupEvent, type PullRequestEvent } from './event.js';
import { listPullRequestFiles as listValidatedFiles, readCompareFiles, FILES_PER_PAGE, type FilesListing, type FilesPage } from './pull-files.js';
import { checkWorkspaceHead, CHECKOUT_HINT } from './checkout.js';
import { approveWeakenings } from './github-reads.js';
import { createClient, describeError, errorStatus, rateLimitOf, writesStopped, WritesStoppedError, DEFAULT_RETRY_POLICY, type GitHubClient, type RetryPolicy } from './github-api.js';

/** Exit statuses of README.md "Command line", shared by the action. */
const EXIT_FINDINGS = 1;
const EXIT_COULD_NOT_CHECK = 2;

type PullRequest = PullRequestEvent;

interface Environment {
  readonly workspace: string;
  readonly eventName: string;
  readonly owner: string;
  readonly repo: string;
  readonly apiUrl: string;
  readonly serverUrl: string;
  readonly sha: string;
  readonly runnerTemp: string;
  readonly pullRequest?: PullRequest;
  readonly docsBaseUrl?: string;
  /** The action's own repository page, when the runner says which it is. */
  readonly actionUrl?: string;
  readonly workflowRun?: { readonly headSha: string };
  readonly mergeGroup?: MergeGroupEvent;
}

/** Paths of the runner's machine that must not appear in messages (docs/github/README.md). */
let runnerPaths: readonly { path: string; name: string }[] = [];

/** A message with the runner's absolute paths replaced by what they are. */
function withoutRunnerPaths(message: string): string {
  let out = message;
  for (const { path, name } of runnerPaths) if (path.length > 1) out = out.split(path).join(name);
  return out;
}

export async function run(): Promise<void> {
  try {
    await runAction();
  } catch (error) {
    // Never "clean" when the tool did not finish: an internal error is exit status 2. Its stack
    // names files of the runner's machine, so only the message is shown, with absolute paths hidden.
    const message = error instanceof Error ? error.message : String(error);
    const workspace = process.env['GITHUB_WORKSPACE'];
    fail(`tidb-import-guard stopped with an internal error: ${scrubAbsolutePaths(message, workspace ? [{ path: resolve(workspace), as: '.' }] : [])}`);
  }
}

function fail(message: string): void {
  core.setFailed(withoutRunnerPaths(message));
  process.exitCode = EXIT_COULD_NOT_CHECK;
}

/** The run cannot judge the change: say so where people look (job summary), exit 2. */
async function failBeforeCheck(message: string): Promise<void> {
  await writeJobSummary(`## TiDB import guard\n\n❌ **The check could not run**: ${withoutRunnerPaths(message)}\n`);
  fail(message);
}

/** The event payload's text, or undefined when there is none; never more than GitHub sends. */
function readEventText(path: string | undefined): string | undefined {
  if (!path) return undefined;
  try {
    const stat = statSync(path);
    if (!stat.isFile() || stat.size > MAX_EVENT_BYTES) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function readEnvironment(): Environment | string {
  const env = process.env;
  const workspace = resolve(env['GITHUB_WORKSPACE'] || process.cwd());
  const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  const runnerTemp = env['RUNNER_TEMP'] || join(workspace, '..', '.tidb-import-guard-temp');
  runnerPaths = [
    { path: workspace + sep, name: '' },
    { path: workspace, name: '.' },
    { path: runnerTemp, name: '$RUNNER_TEMP' },
    ...(env['GITHUB_EVENT_PATH'] ? [{ path: env['GITHUB_EVENT_PATH'], name: '$GITHUB_EVENT_PATH' }] : []),
  ];
  const event = parseEvent(eventName, readEventText(env['GITHUB_EVENT_PATH']));
  if (typeof event === 'string') return event;
  const serverUrl = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const actionRepository = env['GITHUB_ACTION_REPOSITORY'];
  const actionRef = env['GITHUB_ACTION_REF'];
  return {
    workspace,
    eventName,
    owner,
    repo,
    apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl,
    sha: env['GITHUB_SHA'] ?? '',
    runnerTemp,
    ...(event.pullRequest ? { pullRequest: event.pullRequest } : {}),
    ...(event.workflowRun ? { workflowRun: event.workflowRun } : {}),
    ...(event.mergeGroup ? { mergeGroup: event.mergeGroup } : {}),
    ...(actionRepository ? { actionUrl: `${serverUrl}/${actionRepository}` } : {}),
    ...(actionRepository && actionRef ? { docsBaseUrl: `${serverUrl}/${actionRepository}/blob/${actionRef}` } : {}),
  };
}

function retryPolicy(): RetryPolicy {
  // Undocumented knobs for the test suite: one shortens every wait (backoff, retry-after and the
  // pacing of deletions) alike, the other the API phase's deadline.
  const base = Number(process.env['TIDB_IMPORT_GUARD_RETRY_BASE_MS']);
  const deadline = Number(process.env['TIDB_IMPORT_GUARD_API_DEADLINE_MS']);
  return {
    ...DEFAULT_RETRY_POLICY,
    ...(process.env['TIDB_IMPORT_GUARD_RETRY_BASE_MS'] && Number.isFinite(base) && base >= 0 ? { baseMs: base } : {}),
    ...(process.env['TIDB_IMPORT_GUARD_API_DEADLINE_MS'] && Number.isFinite(deadline) && deadline > 0 ? { deadlineMs: deadline } : {}),
  };
}

/** GitHub takes a job summary of up to 1 MiB per step; keep a margin for multi-byte characters. */
const MAX_JOB_SUMMARY_LENGTH = 1_000_000;

/** Deletions and edits of stale comments per run: bounded, and paced one `baseMs` apart. */
const MAX_CLEANUP_WRITES = 30;

/** The policy path the check will use, for scope and markers; undefined when none is found. */
function policyPathOf(inputs: ActionInputs, workspace: string): string | undefined {
  if (inputs.policy) {
    if (!isAbsolute(inputs.policy)) return inputs.policy.replace(/^\.\//, '');
    // `${{ github.workspace }}/...` is a repository file too: scope and base policy need its
    // repository path. A policy outside the workspace stays absolute (it cannot change in the PR).
    const inRepository = relative(workspace, inputs.policy);
    return inRepository && !inRepository.startsWith('..') && !isAbsolute(inRepository) ? inRepository.split(sep).join('/') : inputs.policy;
  }
  return discoverPolicy((candidate) => existsSync(join(workspace, candidate)));
}

/**
 * Everything the policy is made of, repository-relative: the policy, the files it `extends`
 * (whatever the policy loader asks to read, so extends resolve exactly as the check resolves
 * them), and the changefeed configs its changefeeds read (`config:`). A change to any of them
 * changes what every import is checked against, so it is a policy change.
 */
function policyFilesOf(policyPath: string, read: (path: string) => string | undefined): string[] {
  const requested: string[] = [];
  const loaded = loadPolicy(policyPath, (path) => {
    requested.push(path);
    return read(path);
  });
  const configs = loaded.ok ? loaded.policy.clusters.flatMap((c) => c.changefeeds.flatMap((f) => (f.config !== undefined ? [f.config] : []))) : [];
  // Posture snapshots count as the policy too (docs/github/README.md, `scope`): a changed one changes verdicts everywhere.
  const snapshots = loaded.ok ? loaded.policy.clusters.flatMap((c) => (c.posture ? [c.posture.path] : [])) : [];
  // And the baseline: entries it gains or loses change which findings fail, anywhere.
  const baseline = loaded.ok && loaded.policy.baseline ? [loaded.policy.baseline.path] : [];
  return [...new Set([policyPath, ...requested, ...configs, ...snapshots, ...baseline])];
}

/** The policy's `baseline:` file, when it names one. */
function baselinePathOf(policyPath: string, read: (path: string) => string | undefined): string | undefined {
  const loaded = loadPolicy(policyPath, read);
  return loaded.ok ? loaded.policy.baseline?.path : undefined;
}

async function runAction(): Promise<void> {
  const parsed = parseInputs((name) => core.getInput(name));
  if (!parsed.ok) return fail(`tidb-import-guard could not start: ${parsed.error}`);
  const inputs = parsed.inputs;
  const env = readEnvironment();
  if (typeof env === 'string') return fail(`tidb-import-guard could not start: ${env}`);
  if (env.eventName === 'workflow_run') {
    if (!env.workflowRun) return fail('tidb-import-guard could not start: the workflow_run event has no head_sha.');
    return runPublish(inputs, env, env.workflowRun);
  }
  const notes: string[] = [];
  const warn = (message: string): void => {
    core.warning(message);
    notes.push(message);
  };

  const pr = env.pullRequest;
  if (pr) {
    // The code on disk must be the pull request's, or the check judges something else (the base,
    // under pull_request_target's default checkout) and could pass a change it never saw.
    const head = checkWorkspaceHead(env.workspace, pr.headSha);
    if (!head.ok) return failBeforeCheck(`tidb-import-guard cannot check pull request #${pr.number}: ${head.reason}. To fix it, ${CHECKOUT_HINT}.`);
  }
  const group = env.mergeGroup;
  if (group) {
    const head = checkWorkspaceHead(env.workspace, group.headSha);
    if (!head.ok || head.how !== 'head') {
      return failBeforeCheck(`tidb-import-guard cannot check the merge group: ${head.ok ? 'the workspace is not its head commit' : head.reason}. Check out \`github.sha\` (the default of actions/checkout on merge_group).`);
    }
  }
  const client = (pr || group) && inputs.token ? await createClient(inputs.token, env.apiUrl, retryPolicy(), (message) => core.info(message)) : undefined;
  const policyPath = policyPathOf(inputs, env.workspace);
  const policyInRepository = policyPath !== undefined && !isAbsolute(policyPath);

  // 1. Scope: the files of the pull request, or everything.
  let scope: ScopePlan | undefined;
  let basePolicy: { path: string; files: Record<string, string> } | undefined;
  let previousPolicyPath: string | undefined;
  let unlisted = 'all files';
  const scopeMode = inputs.scope ?? (pr || group ? 'changed' : 'all');
  if (scopeMode === 'changed' && !pr && !group) notes.push('`scope: changed` applies to pull requests and merge groups only; all files were linted.');
  if (group && !client && policyInRepository) {
    return failBeforeCheck('tidb-import-guard cannot check a merge group without the `github-token` input: it needs the compare API for the changed files and the base policy (`policy-weakened`).');
  }
  if (group && client) {
    // A merge queue checks what the queue adds to its base: the files between base_sha and
    // head_sha, from the compare API (at most 300; more, or an answer that is not a valid list,
    // and every file is linted), with the same policy rules as a pull request.
    let listing: FilesListing | undefined;
    try {
      const response = await client.rest.repos.compareCommitsWithBasehead({ owner: env.owner, repo: env.repo, basehead: `${group.baseSha}...${group.headSha}` });
      listing = readCompareFiles(response.status, response.data as unknown);
    } catch (error) {
      warn(`Could not compare the merge group with its base (${describeError(error)}); all files were linted.`);
      unlisted = 'all files (the merge group could not be compared with its base)';
    }
    if (listing && !listing.ok) {
      warn(`The merge group's list of changed files cannot be used (${listing.reason}); all files were linted.`);
      unlisted = "all files (the merge group's changed files could not be listed completely)";
    }
    if (listing?.ok) {
      const readHead = (p: string): string | undefined => {
        try {
          return readFileSync(resolve(env.workspace, p), 'utf8');
        } catch {
          return undefined;
        }
      };
      const planned = planScope(listing.files, policyInRepository ? policyFilesOf(policyPath, readHead) : [], 0);
      const count = planned.changedFiles?.length ?? 0;
      scope = { ...planned, ...(planned.changedFiles ? { description: `the ${count} file${count === 1 ? '' : 's'} the merge group changes` } : {}) };
      previousPolicyPath = listing.files.find((f) => f.filename === policyPath)?.previous_filename;
    }
    if ((!scope || scope.policyChanged) && policyInRepository) {
      const fetched = await fetchBasePolicy(client, env, { baseSha: group.baseSha }, [policyPath, ...(previousPolicyPath ? [previousPolicyPath] : []), ...POLICY_LOCATIONS]);
      if (!fetched.ok) {
        return failBeforeCheck(`tidb-import-guard could not read the merge group's base policy (${fetched.error}), so it cannot tell whether the policy was weakened (policy-weakened). Re-run the check.`);
      }
      basePolicy = fetched.base;
    }
  }
  if (pr && !client) {
    // Without a token neither the file list nor the base policy can be read: the policy may be
    // what this pull request relaxes, and that cannot be checked.
    if (policyInRepository) return failBeforeCheck('tidb-import-guard cannot check a pull request without the `github-token` input: it needs the API to list the changed files and to read the base policy (`policy-weakened`).');
    warn('No `github-token`: cannot read the pull request, so all files are linted and nothing is commented.');
  }
  if (pr && client) {
    let listing: FilesListing | undefined;
    try {
      listing = await listValidatedFiles((page) => fetchFilesPage(client, env, pr.number, page), pr.changedFiles);
    } catch (error) {
      warn(`Could not list the pull request's files (${describeError(error)}); all files were linted and no inline comments were posted.`);
      unlisted = "all files (the pull request's files could not be listed)";
    }
    if (listing && !listing.ok) {
      warn(`GitHub's list of the pull request's files cannot be trusted (${listing.reason}); all files were linted and no inline comments were posted.`);
      unlisted = "all files (the pull request's file list could not be trusted)";
    }
    if (listing?.ok) {
      const head = createConfinedReader(env.workspace);
      const readHead = (p: string): string | undefined => {
        const read = head.readText(p, POLICY_FILE_MAX_BYTES);
        return read.ok ? read.text : undefined;
      };
      scope = planScope(listing.files, policyInRepository ? policyFilesOf(policyPath, readHead) : [], pr.number);
      previousPolicyPath = listing.files.find((f) => f.filename === policyPath)?.previous_filename;
    }
    // Unless a complete list shows the policy untouched, it may be what this pull request relaxes.
    const policyMayHaveChanged = !scope || scope.policyChanged || scope.atFileCap;
    if (policyMayHaveChanged && policyInRepository) {
      const fetched = await fetchBasePolicy(client, env, pr, [policyPath, ...(previousPolicyPath ? [previousPolicyPath] : []), ...POLICY_LOCATIONS]);
      if (!fetched.ok) {
        return failBeforeCheck(
          `tidb-import-guard could not read the base branch's policy (${fetched.error}), so it cannot tell whether this pull request weakens the policy (policy-weakened). Re-run the check.`,
        );
      }
      basePolicy = fetched.base;
    }
  }
  const changedFiles = scopeMode === 'changed' ? scope?.changedFiles : undefined;

  // 2. The check. Nothing below may change its verdict.
  const outcome = await checkRepository({
    root: env.workspace,
    cwd: env.workspace,
    ...(inputs.paths.length ? { paths: [...inputs.paths] } : {}),
    ...(inputs.policy ? { policyPath: inputs.policy } : {}),
    ...(basePolicy ? { basePolicy } : {}),
    ...(changedFiles ? { changedFiles: [...changedFiles] } : {}),
  });
  if (outcome.fatal) {
    // An invalid policy comes with positioned findings: show where.
    // The engine speaks the CLI's language; inside the action the knob is the `policy` input.
    const fatal = outcome.fatal.replace(/,? or pass --policy\b/, ", or set the action's `policy` input");
    await writeJobSummary(`## TiDB import guard\n\n❌ **The check could not run**: ${withoutRunnerPaths(fatal)}\n`);
    fail(`tidb-import-guard could not check this repository: ${fatal}`);
    // Then where (GitHub keeps 10 error annotations a step; the reason comes first).
    for (const finding of outcome.result.report.findings.slice(0, 9)) annotate(finding);
    return;
  }
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
  const scopeText = scopeMode === 'changed' ? (scope ? scope.description : unlisted) : 'all files';

  // 3. Outputs and files: available to later steps even if the API is down.
  core.setOutput('errors', report.summary.errors);
  core.setOutput('warnings', report.summary.warnings);
  core.setOutput('notices', report.summary.notices);
  core.setOutput('suppressed', report.summary.suppressed);
  const outDir = join(env.runnerTemp, 'tidb-import-guard');
  // A file that cannot be written is reported, never allowed to change the verdict.
  const writeOutput = (name: string, path: string, render: () => string): void => {
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, render());
      core.setOutput(name, path);
    } catch (error) {
      warn(`Could not write ${path} (${describeError(error)}); the \`${name}\` output is empty.`);
      core.setOutput(name, '');
    }
  };
  writeOutput('report-json', join(outDir, 'report.json'), () => formatJson(report));
  if (inputs.sarif) {
    writeOutput('sarif-file', resolve(env.workspace, inputs.sarif), () =>
      // Doc links (helpUri) and informationUri: the project's, at this release (report/doc-links.ts).
      formatSarif(report, { helpMarkdown: readRuleDoc }),
    );
  } else core.setOutput('sarif-file', '');

  // 4. Annotations: at most 10 per severity, changed lines first. They are emitted last: GitHub
  // keeps only the first few annotations of a step, and the action's own warnings (why it could
  // not comment) must not be the ones dropped.
  const annotations = planAnnotations(report.findings, scope?.patches);

  // 5. The hand-over for fork mode's publisher, then pull-request comments (best effort).
  const context: CommentContext = { ...commentContext(env), policyPath: report.policy };
  if (pr) {
    const bundle = makePublishBundle({ number: pr.number, headSha: pr.headSha }, inputs.failOn, scopeText, result, (file, line) => context.lineText?.(file, line));
    try {
      writeFileSync(join(outDir, BUNDLE_FILE), JSON.stringify(bundle) + '\n');
    } catch (error) {
      warn(`Could not write the fork-mode hand-over ${BUNDLE_FILE} (${describeError(error)}).`);
    }
  }
  try {
    await publishAndSummarize({ client, env, pr, result, scope, context, comment: inputs.comment, failOn: inputs.failOn, scopeText, notes, warn, annotationsOmitted: annotations.omitted });
  } catch (error) {
    // The merge gate never depends on publishing: the verdict below stands.
    core.warning(withoutRunnerPaths(`Could not publish the results (${describeError(error)}); the exit status is unaffected.`));
  }
  for (const finding of annotations.shown) annotate(finding);

  if (failing) {
    const counts = `${report.summary.errors} error(s), ${report.summary.warnings} warning(s), ${report.summary.notices} notice(s)`;
    core.setFailed(`tidb-import-guard: findings at or above fail-on=${inputs.failOn} (${counts}).`);
    process.exitCode = EXIT_FINDINGS;
  }
}

interface PublishOptions {
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
async function publishAndSummarize(options: PublishOptions): Promise<void> {
  const { client, env, pr, result, scope, notes, warn } = options;
  const { report } = result;
  const unsuppressed = report.findings.filter((finding) => !finding.suppressed);
  let inline: { posted: number; alreadyPosted: number; removed: number; resolved: number } | undefined;
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
      sections,
      ...(withMarker ? { marker: summaryMarker(report.policy) } : {}),
      ...(inline ? { inline } : {}),
      ...(options.annotationsOmitted ? { annotationsOmitted: options.annotationsOmitted } : {}),
      notes,
      findingLink: (finding) => `${env.serverUrl}/${env.owner}/${env.repo}/blob/${pr?.headSha || env.sha}/${uriPath(finding.file)}#L${finding.line}`,
    });
  if (commentsAllowed && pr && client) {
    await publishSummaryComment(client, env, pr, report.policy, summaryMarkdown(commentSections, true), unsuppressed.length > 0, warn);
  }
  // The job summary on every event, with every unsuppressed finding.
  await writeJobSummary(summaryMarkdown([{ title: 'Findings', findings: unsuppressed }], false, MAX_JOB_SUMMARY_LENGTH));
}

/**
 * Fork mode's second workflow (`workflow_run`, write token): posts what the `pull_request` run
 * found, from the bundle downloaded to RUNNER_TEMP/tidb-import-guard/. It reads no file of the
 * workspace and runs nothing from the fork. Its exit status is not the merge gate (the lint run
 * is); it fails only when it cannot or must not publish.
 */
async function runPublish(inputs: ActionInputs, env: Environment, workflowRun: { readonly headSha: string }): Promise<void> {
  const notes: string[] = [];
  const warn = (message: string): void => {
    core.warning(message);
    notes.push(message);
  };
  const dir = join(env.runnerTemp, 'tidb-import-guard');
  const path = join(dir, BUNDLE_FILE);
  if (!existsSync(path)) {
    return fail(`On workflow_run the action publishes the lint run's result: download its artifact to ${dir} first (see docs/github/README.md#pull-requests-from-forks-the-two-workflow-mode). No ${BUNDLE_FILE} there.`);
  }
  const bundle = readPublishBundle(readFileSync(path, 'utf8'));
  if (typeof bundle === 'string') return fail(`tidb-import-guard cannot publish: ${bundle}.`);
  if (bundle.pullRequest.headSha !== workflowRun.headSha) {
    return fail(`tidb-import-guard refuses to publish: the bundle is for commit ${bundle.pullRequest.headSha}, but the workflow run linted ${workflowRun.headSha}.`);
  }
  if (!inputs.token) return fail('tidb-import-guard cannot publish without `github-token`.');
  const client = await createClient(inputs.token, env.apiUrl, retryPolicy(), (message) => core.info(message));
  let baseSha: string;
  let changedFiles: number | undefined;
  try {
    const pull = await client.rest.pulls.get({ owner: env.owner, repo: env.repo, pull_number: bundle.pullRequest.number });
    if (pull.data.head.sha !== workflowRun.headSha) {
      return fail(`tidb-import-guard refuses to publish: pull request #${bundle.pullRequest.number} is at ${pull.data.head.sha}, not the linted commit ${workflowRun.headSha} (a newer push will publish its own result).`);
    }
    baseSha = pull.data.base.sha;
    changedFiles = typeof pull.data.changed_files === 'number' ? pull.data.changed_files : undefined;
  } catch (error) {
    return fail(`tidb-import-guard cannot publish: reading pull request #${bundle.pullRequest.number} failed (${describeError(error)}).`);
  }
  const pr: PullRequest = { number: bundle.pullRequest.number, headSha: workflowRun.headSha, baseSha, fromFork: false, ...(changedFiles !== undefined ? { changedFiles } : {}) };
  const { result } = bundle;
  let scope: ScopePlan | undefined;
  try {
    const listing = await listValidatedFiles((page) => fetchFilesPage(client, env, pr.number, page), changedFiles);
    if (listing.ok) scope = planScope(listing.files, [], pr.number);
    else warn(`GitHub's list of the pull request's files cannot be trusted (${listing.reason}); no inline comments were posted.`);
  } catch (error) {
    warn(`Could not list the pull request's files (${describeError(error)}); no inline comments were posted.`);
  }
  core.setOutput('errors', result.report.summary.errors);
  core.setOutput('warnings', result.report.summary.warnings);
  core.setOutput('notices', result.report.summary.notices);
  core.setOutput('suppressed', result.report.summary.suppressed);
  core.setOutput('report-json', join(dir, 'report.json'));
  core.setOutput('sarif-file', '');
  const context: CommentContext = {
    lineText: (file, line) => bundle.lines[`${file}:${line}`],
    docsUrl: commentContext(env).docsUrl,
    policyPath: result.report.policy,
  };
  await publishAndSummarize({ client, env, pr, result, scope, context, comment: inputs.comment, failOn: bundle.failOn, scopeText: bundle.scope, notes, warn, headVerified: true });
}

function annotate(finding: Finding): void {
  const properties: core.AnnotationProperties = {
    title: plainText(`${finding.rule}${finding.cluster ? ` (${finding.cluster})` : ''}`),
    file: plainText(finding.file),
    startLine: finding.line,
    endLine: finding.endLine,
    // GitHub refuses columns on a multi-line annotation.
    ...(finding.line === finding.endLine ? { startColumn: finding.column, endColumn: finding.endColumn } : {}),
  };
  const annotateAs: Record<Severity, (message: string, properties: core.AnnotationProperties) => void> = {
    error: core.error,
    warning: core.warning,
    notice: core.notice,
  };
  // @actions/core escapes `%`, CR and LF; the plain-text layer escapes every other control
  // character (ESC, C1, line separators), also for findings read from a fork's artifact.
  annotateAs[finding.severity](plainText(finding.message), properties);
}

async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${describeError(error)}`);
  }
}

/** Source lines for comments are read only from files this small (larger ones get no quoted line). */
const COMMENT_SOURCE_MAX_BYTES = 16 * 1024 * 1024;

function commentContext(env: Environment): CommentContext {
  const cache = new Map<string, ReturnType<typeof buildLineIndex> | undefined>();
  const reader = createConfinedReader(env.workspace);
  return {
    lineText(file, line) {
      if (!cache.has(file)) {
        const read = reader.read(file, COMMENT_SOURCE_MAX_BYTES);
        const decoded = read.ok ? decodeSource(read.bytes) : undefined;
        cache.set(file, decoded?.ok ? buildLineIndex(decoded.text) : undefined);
      }
      return cache.get(file)?.lineText(line);
    },
    // Every rule id links to its doc page at this release (report/doc-links.ts).
    docsUrl: (ruleId) => ruleDocUrl(ruleId),
  };
}

/** One page of `pulls.listFiles`, as received; pull-files.ts decides whether to trust it. */
async function fetchFilesPage(client: GitHubClient, env: Environment, pullNumber: number, page: number): Promise<FilesPage> {
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

async function fetchBasePolicy(
  client: GitHubClient,
  env: Environment,
  pr: { readonly baseSha: string },
  candidates: readonly string[],
): Promise<{ ok: true; base?: { path: string; files: Record<string, string> } } | { ok: false; error: string }> {
  const readAtBase = async (path: string): Promise<string | undefined> => {
    try {
      const response = await client.rest.repos.getContent({ owner: env.owner, repo: env.repo, path, ref: pr.baseSha });
      const data = response.data as { type?: string; content?: string; encoding?: string };
      if (data.type !== 'file' || typeof data.content !== 'string') return undefined;
      // Over 1 MB the contents API gives no content: the base cannot be compared, which is not "no base".
      if (data.encoding !== 'base64') throw new Error(`${path} at the base is too large for the contents API`);
      return Buffer.from(data.content, 'base64').toString('utf8');
    } catch (error) {
      if (errorStatus(error) !== 404) throw error;
      return undefined;
    }
  };
  try {
    // The base policy is the head's path at the base, or where it was before a rename or a move
    // to a location discovery prefers; none at all means the policy is new, so nothing weakened.
    let path: string | undefined;
    let text: string | undefined;
    for (const candidate of [...new Set(candidates)]) {
      text = await readAtBase(candidate);
      if (text !== undefined) {
        path = candidate;
        break;
      }
    }
    if (path === undefined || text === undefined) return { ok: true };
    // The base versions of the files it extends, so a relaxation made there is compared too.
    const files: Record<string, string> = { [path]: text };
    const tried = new Set<string>([path]);
    for (let round = 0; round < 16; round++) {
      // The files it extends, and its baseline (policy-weakened compares the entries).
      const baseline = baselinePathOf(path, (p) => files[p]);
      const missing = policyFilesOf(path, (p) => files[p]).filter((f) => !tried.has(f) && (/\.ya?ml$/.test(f) || f === baseline));
      if (!missing.length) break;
      for (const extended of missing) {
        tried.add(extended);
        const body = await readAtBase(extended);
        if (body !== undefined) files[extended] = body;
      }
    }
    return { ok: true, base: { path, files } };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}

/** A 403/404 that means "this token may not": not a rate limit, which is also a 403. */
function isPermissionDenied(error: unknown): boolean {
  const status = errorStatus(error);
  return (status === 403 || status === 404) && rateLimitOf(error) === undefined;
}

function permissionNote(pr: PullRequest, error: unknown): string {
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
  readonly inline?: { posted: number; alreadyPosted: number; removed: number; resolved: number };
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
        warn(`GitHub's ${limit ?? 'secondary'} rate limit stopped the review (${describeError(error)}); its ${plan.create.length} inline comment(s) are listed in the summary and the next run posts them.`);
      } else if (errorStatus(error) === 422) {
        // A line GitHub would not take (the head moved since the checkout). Post one by one so
        // one bad line does not cost all the others.
        for (const comment of plan.create) {
          if (await postSingleComment(client, env, pr, comment)) posted++;
          else notPosted.push(...comment.findings);
        }
        if (notPosted.length) warn(`GitHub refused ${notPosted.length} inline comment(s) (${describeError(error)}); they are listed in the summary.`);
      } else {
        // Anything else (an outage, a timeout): the review may or may not exist, so posting the
        // comments one by one could duplicate them. List them in the summary; the next run posts
        // what is missing.
        for (const comment of plan.create) unanswered.push(...comment.findings);
        warn(`Could not post the review (${describeError(error)}); its ${plan.create.length} inline comment(s) are listed in the summary.`);
      }
    }
  }
  const { removed, resolved } = await cleanUpComments(client, env, plan.delete, plan.resolve, warn);
  return {
    inline: { posted, alreadyPosted: plan.alreadyPosted.length, removed, resolved },
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
 * Deletes the tool's stale comments (or marks resolved those a person replied to). They go out
 * paced and bounded: a fix-all push on a big pull request must not spend the content-creation
 * allowance in a burst. What is left is done by the next run.
 */
async function cleanUpComments(
  client: GitHubClient,
  env: Environment,
  deletions: readonly number[],
  resolutions: readonly { readonly id: number; readonly body: string }[],
  warn: (message: string) => void,
): Promise<{ removed: number; resolved: number }> {
  const repo = { owner: env.owner, repo: env.repo };
  const pacing = retryPolicy().baseMs;
  let removed = 0;
  let resolved = 0;
  let cleanupWrites = 0;
  let cleanupLeft = 0;
  const cleanups: { kind: 'delete' | 'resolve'; id: number; body?: string }[] = [
    ...deletions.map((id) => ({ kind: 'delete' as const, id })),
    ...resolutions.map((update) => ({ kind: 'resolve' as const, id: update.id, body: update.body })),
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
        resolved++;
      }
    } catch (error) {
      if (error instanceof WritesStoppedError) cleanupLeft++;
      else warn(`Could not ${cleanup.kind === 'delete' ? 'delete the outdated' : 'mark resolved the'} review comment ${cleanup.id} (${describeError(error)}).`);
    }
  }
  if (cleanupLeft > 0) {
    const stopped = writesStopped(client);
    warn(`${cleanupLeft} stale review comment(s) were left for the next run (${stopped ?? `at most ${MAX_CLEANUP_WRITES} are removed per run`}).`);
  }
  return { removed, resolved };
}

/**
 * `comment: summary` after inline comments were posted (the input was switched): the tool's
 * inline comments are removed like fixed ones, so none stays stale. `comment: none` touches
 * nothing: fork mode's lint run uses it while its publisher owns the comments.
 */
async function removeInlineComments(client: GitHubClient, env: Environment, pr: PullRequest, context: CommentContext, warn: (message: string) => void): Promise<void> {
  try {
    const existing = await client.paginate(client.rest.pulls.listReviewComments, { owner: env.owner, repo: env.repo, pull_number: pr.number, per_page: 100 });
    const plan = planReview({
      findings: [],
      patches: new Map(),
      existing: existing.map((comment) => ({ id: comment.id, body: comment.body, path: comment.path, in_reply_to_id: comment.in_reply_to_id ?? null, fromBot: comment.user?.type === 'Bot', line: typeof comment.line === 'number' ? comment.line : null })),
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
      if (withoutRunCounts(sticky.body ?? '') !== withoutRunCounts(body)) await client.rest.issues.updateComment({ ...repo, comment_id: sticky.id, body });
    } else if (hasFindings) {
      // A clean pull request that never had findings gets no comment: no noise.
      await client.rest.issues.createComment({ ...repo, issue_number: pr.number, body });
    }
  } catch (error) {
    if (isPermissionDenied(error)) warn(permissionNote(pr, error));
    else warn(`Could not post the summary comment (${describeError(error)}); the job summary has the same content.`);
  }
}

/**
 * The pure core: files in, findings out. Files stream through `add` one at a time (stage one keeps
 * only jobs and findings); `finish` maps jobs to clusters and runs the later stages' rules from
 * the registry (file, job, policy), then severity (severity.ts), suppressions and waivers
 * (suppress.ts, settle-dependents.ts), the `exceptions` rules, placement (place.ts), and the
 * summaries (summary.ts).
 */
import { EMPTY_REPO, type RepoView } from '../../core/repo.js';
import { repoDocuments } from '../../parse/repo-documents.js';
import type { Finding, SourceFile } from '../../core/types.js';
import type { ImportJob } from '../../model/jobs/model.js';
import { mapToClusters } from '../../model/policy/mapping.js';
import type { Policy } from '../../model/policy/types.js';
import type { Weakening } from '../../model/policy/weakened.js';
import { analyzeJob } from '../../model/posture/analyze.js';
import type { CompiledCluster, Posture } from '../../model/posture/compile.js';
import type { PostureSnapshot } from '../../model/posture-live/snapshot.js';
import type { CheckResult, Report } from '../result.js';
import { sanitizeCluster, sanitizeFindings } from '../sanitize.js';
import { runStage } from '../rules/registry.js';
import type { GlobTally } from '../rules/stages.js';
import { globTally } from '../rules/unmatched-glob.js';
import type { Decided, Pending } from './pending.js';
import { createPlacer } from './place.js';
import { readFile, type FileState } from './read-file.js';
import { buildRemedies } from './remedies.js';
import { plaintextSecrets } from './secrets.js';
import { settleDependents } from './settle-dependents.js';
import { applySeverity, settledSeverity } from './severity.js';
import { postureTable, sortFindings, summarize } from './summary.js';
import { suppress } from './suppress.js';
import { TOOL_VERSION } from '../../core/tool-version.js';
import { applyBaseline, baselineSection } from '../baseline.js';
import type { Baseline } from '../../parse/baseline/format.js';

export { sortFindings, summarize } from './summary.js';

export interface CheckerOptions {
  readonly policy: Policy;
  readonly posture: Posture;
  /** Today as YYYY-MM-DD (waiver expiry); the shell passes the real date, tests a fixed one. */
  readonly today: string;
  /** The whole repository was scanned (not a pull request's files, not chosen paths): waivers that matched nothing are reported. */
  readonly fullScope: boolean;
  /** Other files of the repository (data directories, schemas); default: none. */
  readonly repo?: RepoView;
  /** How the head policy relaxes the base policy (pull-request mode): `policy-weakened`. */
  readonly weakenings?: readonly Weakening[];
  /** Posture snapshots by cluster (the policy's `posture:` keys): `posture-drift`. */
  readonly snapshots?: ReadonlyMap<string, PostureSnapshot>;
  /** Now, in ms since the epoch (snapshot age); default: the start of `today` (UTC). */
  readonly now?: number;
  /** Findings the shell already has (invalid-policy problems of the posture, skipped files). */
  readonly extraFindings?: readonly Finding[];
  /** The baseline (`--baseline`, the policy's `baseline:`): findings it records do not fail (src/lint/baseline.ts). */
  readonly baseline?: Baseline;
  /** `--update-baseline`: every finding a baseline may hold is taken as recorded. */
  readonly updateBaseline?: boolean;
  /** unmatched-glob's budget of glob-against-path tries; default 20 million (tests set a small one). */
  readonly globTries?: number;
}

export interface Checker {
  add(file: SourceFile): void;
  finish(): CheckResult;
}

export function createChecker(options: CheckerOptions): Checker {
  // The other files jobs look at (schema files of a data directory) are parsed once per run.
  const documents = repoDocuments(options.repo ?? EMPTY_REPO);
  const files: FileState[] = [];
  // unmatched-glob's tally, fed as the files pass: the paths themselves are not kept.
  const globsSeen = options.fullScope ? globTally(options.policy, options.globTries) : NOTHING_SEEN;
  let scanned = 0;
  return {
    add(file) {
      scanned++;
      globsSeen.see(file.path);
      const state = readFile(file, documents);
      if (state) files.push(state);
    },
    finish() {
      for (const f of options.extraFindings ?? []) {
        if (f.messageId === 'directoryUnreadable') globsSeen.unseen(f.file);
        else globsSeen.see(f.file);
      }
      return finish(options, files, scanned, globsSeen);
    },
  };
}

/** The tally of a run that is not the whole repository (unmatched-glob says nothing then). */
const NOTHING_SEEN: GlobTally = { see: () => {}, unseen: () => {}, matched: () => undefined, exhausted: () => undefined };

function finish(options: CheckerOptions, files: readonly FileState[], scanned: number, globsSeen: GlobTally): CheckResult {
  const { policy, posture } = options;
  const pending: Pending[] = [];
  const jobClusters = new Map<ImportJob, readonly CompiledCluster[]>();
  // The clusters of each file's jobs: one shared list per distinct list (most files map to one
  // cluster), not one array per file, with the room for more that a filtered array keeps.
  const clusterLists = new Map<string, readonly CompiledCluster[]>();
  const sharedClusters = (clusters: CompiledCluster[]): readonly CompiledCluster[] => {
    const key = clusters.map((c) => c.name).join('\u0000');
    let list = clusterLists.get(key);
    if (list === undefined) clusterLists.set(key, (list = Object.freeze(clusters.slice())));
    return list;
  };

  // Stage `file`: what each file's directives and cluster mapping say (its `parse` and `document`
  // findings came with it from stage one).
  for (const file of files) {
    for (const d of file.diagnostics) pending.push({ file, d });
    const mapping = file.jobs.length
      ? mapToClusters(policy, {
          path: file.path,
          ...(file.directives.clusters ? { directiveClusters: file.directives.clusters.names } : {}),
          hosts: file.jobs.flatMap((j) => j.hosts),
        })
      : undefined;
    const clusters = sharedClusters(
      (mapping?.clusters ?? []).map((c) => posture.clusters.get(c.name)).filter((c): c is CompiledCluster => !!c),
    );
    for (const job of file.jobs) jobClusters.set(job, clusters);
    const subject = {
      path: file.path,
      jobs: file.jobs,
      directiveProblems: file.directives.problems,
      unknownClusters: mapping?.unknown ?? [],
      mapped: clusters.length > 0,
      policy,
    };
    for (const d of runStage('file', subject)) pending.push({ file, d });
  }

  // Stage `job`: each import job against each of its target clusters, with one shared analysis.
  const remedies = buildRemedies(files, jobClusters);
  for (const file of files) {
    for (const job of file.jobs) {
      for (const cluster of jobClusters.get(job) ?? []) {
        const analysis = analyzeJob(job, cluster, remedies);
        // The job's identity joins the fingerprint when the finding is placed (place.ts), not here:
        // a copy of every diagnostic with its key would be held until then.
        for (const d of runStage('job', { job, cluster, analysis })) pending.push({ file, job, d });
      }
    }
  }

  // Stage `policy`: the policy against the clusters' snapshots, the files seen and the base policy.
  const policySubject = {
    policy,
    posture,
    globsSeen,
    fullScope: options.fullScope,
    snapshots: options.snapshots ?? new Map<string, PostureSnapshot>(),
    now: options.now ?? Date.parse(`${options.today}T00:00:00Z`),
    weakenings: options.weakenings ?? [],
  };
  for (const d of runStage('policy', policySubject)) pending.push({ d });

  // Severity, then suppressions and waivers, then the exceptions that did not do their job. Each
  // list is emptied once the next one is made, and each pending finding let go once it is placed:
  // the run holds its pending findings or its findings, not both (the peak of memory is here).
  const adjusted = pending.flatMap((p) => applySeverity(policy, p));
  pending.length = 0;
  const { decided, spentInline, spentWaivers } = suppress(policy, options.today, options.fullScope, files, adjusted);
  adjusted.length = 0;
  const settled: (Decided | undefined)[] = settleDependents(decided);
  decided.length = 0;
  const place = createPlacer();
  const findings: Finding[] = [];
  for (let i = 0; i < settled.length; i++) {
    const { p, suppression } = settled[i]!;
    settled[i] = undefined;
    findings.push(place(p, suppression));
  }
  const spent: Pending[] = [];
  for (const [file, exceptions] of spentInline) for (const d of runStage('exceptions', { exceptions })) spent.push({ file, d });
  for (const d of runStage('exceptions', { exceptions: spentWaivers })) spent.push({ d });
  for (const p of spent.flatMap((x) => applySeverity(policy, x))) findings.push(place(p));

  // The baseline: accepted findings of old code, recorded by fingerprint (src/lint/baseline.ts).
  const baselined = options.baseline
    ? applyBaseline(findings, options.baseline, { fullScope: options.fullScope, ...(options.updateBaseline ? { update: true } : {}) })
    : undefined;
  const kept = baselined?.findings ?? findings;
  // The shell's own findings (files too large to read) follow the policy's `rules:` map too.
  const extra = [...(options.extraFindings ?? []), ...(baselined?.unused ?? [])].flatMap((f) => {
    const severity = settledSeverity(policy, f.rule, f.severity);
    return severity === undefined ? [] : [{ ...f, severity }];
  });
  // Every finding crosses the one redaction and escaping boundary before any report sees it.
  const all = sanitizeFindings([...kept, ...extra], plaintextSecrets(files));
  const sorted = sortFindings(all);
  const jobs = files.reduce((n, f) => n + f.jobs.length, 0);
  const report: Report = {
    version: 1,
    tool: { name: 'tidb-import-guard', version: TOOL_VERSION },
    policy: policy.file,
    findings: sorted,
    summary: summarize(sorted, scanned, jobs),
    ...(options.baseline ? { baseline: baselineSection(options.baseline.file, baselined?.absent ?? []) } : {}),
  };
  return { report, clusters: postureTable(posture, jobClusters, sorted).map(sanitizeCluster) };
}

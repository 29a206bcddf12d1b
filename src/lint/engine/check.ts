/**
 * The pure core: files in, findings out. Files stream through `add` one at a time (stage one keeps
 * only jobs and findings); `finish` maps jobs to clusters, runs the posture rules against each
 * cluster, applies severity overrides, suppressions and waivers, and builds the report.
 */
import { fingerprint } from '../../core/fingerprint.js';
import type { RepoView } from '../../core/repo.js';
import picomatch from 'picomatch';
import { SEVERITY_RANK, type Diagnostic, type Finding, type Severity, type SeveritySetting, type SourceFile, type Span } from '../../core/types.js';
import { filterSet, findWitness, matchTable, NO_TABLES, parseTableFilter, subtract, union, type TableFilter, type TableName, type TableSet } from '../../core/filter/index.js';
import { lowerName } from '../../core/filter/charset.js';
import type { SnapshotRemedy } from '../../model/jobs/sql.js';
import { jobIdentity, type ImportJob } from '../../model/jobs/model.js';
import { mapToClusters } from '../../model/policy/mapping.js';
import type { Policy, PolicyLocation, Waiver } from '../../model/policy/types.js';
import { analyzeJob, MAX_PREFERRED_EXAMPLES, type Remedies } from '../../model/posture/analyze.js';
import type { CompiledCluster, Posture } from '../../model/posture/compile.js';
import type { CheckResult, ClusterPosture, Report } from '../result.js';
import { JOB_RULES, ruleMeta } from '../rules/registry.js';
import { rule as expiredWaiver } from '../rules/expired-waiver.js';
import { rule as invalidSuppression } from '../rules/invalid-suppression.js';
import { rule as unmappedTarget } from '../rules/unmapped-target.js';
import { describeTried } from '../../model/policy/mapping-tried.js';
import { rule as unusedSuppression } from '../rules/unused-suppression.js';
import { rule as unmatchedGlob } from '../rules/unmatched-glob.js';
import { rule as policyWeakened } from '../rules/policy-weakened.js';
import type { Weakening } from '../../model/policy/weakened.js';
import { rule as postureDrift } from '../rules/posture-drift.js';
import { postureDrifts } from '../../model/posture-live/drift.js';
import type { PostureSnapshot } from '../../model/posture-live/snapshot.js';
import { readFile, type FileState } from './read-file.js';
import { redactSecrets } from '../../core/redact.js';
import { sanitizeCluster, sanitizeFindings } from '../sanitize.js';
import { TOOL_VERSION } from '../../core/tool-version.js';
import { applyBaseline, baselineSection } from '../baseline.js';
import type { Baseline } from '../../parse/baseline/format.js';
import { byCodeUnit } from '../../core/compare.js';

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
}

export interface Checker {
  add(file: SourceFile): void;
  finish(): CheckResult;
}

/** One finding in the making: a diagnostic in a source file, or one already placed in the policy. */
type Pending =
  | { readonly at: 'file'; readonly file: FileState; readonly d: Diagnostic }
  | { readonly at: 'policy'; readonly location: PolicyLocation; readonly d: Omit<Diagnostic, 'span'> };

/** How many glob-against-file tries `unmatched-glob` may spend in one run (about a second). */
const UNMATCHED_GLOB_TRIES = 20_000_000;

export function createChecker(options: CheckerOptions): Checker {
  const files: FileState[] = [];
  const paths: string[] = [];
  let scanned = 0;
  return {
    add(file) {
      scanned++;
      paths.push(file.path);
      const state = readFile(file, options.repo);
      if (state) files.push(state);
    },
    finish() {
      return finish(options, files, scanned, paths);
    },
  };
}

function finish(options: CheckerOptions, files: readonly FileState[], scanned: number, paths: readonly string[]): CheckResult {
  const { policy, posture } = options;
  const pending: Pending[] = [];
  const jobClusters = new Map<ImportJob, CompiledCluster[]>();

  for (const file of files) {
    for (const d of file.diagnostics) pending.push({ at: 'file', file, d });
    for (const d of invalidSuppression.check({ problems: file.directives.problems })) pending.push({ at: 'file', file, d });
    if (!file.jobs.length) continue;
    const mapping = mapToClusters(policy, {
      path: file.path,
      ...(file.directives.clusters ? { directiveClusters: file.directives.clusters.names } : {}),
      hosts: file.jobs.flatMap((j) => j.hosts),
    });
    for (const u of mapping.unknown) {
      pending.push({
        at: 'file',
        file,
        d: {
          rule: 'unmapped-target',
          severity: 'error',
          span: u.span,
          message: `The directive names cluster \`${u.name}\`, which the policy does not define (clusters: ${policy.clusters.map((c) => `\`${c.name}\``).join(', ')}).`,
          fingerprintKey: u.name,
        },
      });
    }
    const clusters = mapping.clusters.map((c) => posture.clusters.get(c.name)).filter((c): c is CompiledCluster => !!c);
    for (const job of file.jobs) jobClusters.set(job, clusters);
    if (!clusters.length && !mapping.unknown.length && policy.unmapped !== 'off') {
      const first = file.jobs[0] as ImportJob;
      const example = first.kind === 'lightning' ? '# tidb-import-guard: cluster=<name>' : '-- tidb-import-guard: cluster=<name>';
      const tried = describeTried(policy, file.path, first.kind === 'lightning' ? file.jobs.flatMap((j) => j.hosts) : undefined);
      for (const d of unmappedTarget.check({ job: first, severity: policy.unmapped, directiveExample: example, tried })) pending.push({ at: 'file', file, d });
    }
  }

  const remedies = buildRemedies(files, jobClusters);
  for (const file of files) {
    for (const job of file.jobs) {
      for (const cluster of jobClusters.get(job) ?? []) {
        const analysis = analyzeJob(job, cluster, remedies);
        for (const rule of JOB_RULES) {
          for (const d of rule.check({ job, cluster, analysis })) {
            pending.push({ at: 'file', file, d: { ...d, fingerprintKey: `${jobIdentity(job)}|${d.fingerprintKey ?? ''}` } });
          }
        }
      }
    }
  }

  const drifts = postureDrifts(posture, options.snapshots ?? new Map(), options.now ?? Date.parse(`${options.today}T00:00:00Z`));
  postureDrift.check({ drifts }).forEach((d, i) => pending.push({ at: 'policy', location: drifts[i]!.location, d }));

  // Like unused waivers, a glob that matched nothing is only known when every file was scanned.
  if (options.fullScope) {
    const all = [...paths, ...(options.extraFindings ?? []).map((f) => f.file)];
    // Globs times files can be made large by a pull request that edits the policy: each distinct
    // glob is tried once, and past a budget of tries the rest are not judged (this warning never
    // decides whether an import is safe, so leaving it out cannot pass anything).
    let budget = UNMATCHED_GLOB_TRIES;
    const matchedSomething = new Map<string, boolean>();
    for (const glob of policy.globs ?? []) {
      let matched = matchedSomething.get(glob.glob);
      if (matched === undefined) {
        if (budget < all.length) break;
        budget -= all.length;
        const matches = picomatch(glob.glob, { dot: true });
        matched = all.some((p) => matches(p));
        matchedSomething.set(glob.glob, matched);
      }
      if (!matched) for (const d of unmatchedGlob.check({ glob })) pending.push({ at: 'policy', location: glob.location, d });
    }
  }

  const adjusted = pending.flatMap((p) => applySeverity(policy, p));
  // policy-weakened takes its severity from the base policy (set on each weakening), never from
  // the head policy's `rules:` map that the pull request itself may have changed.
  const weakenings = options.weakenings ?? [];
  policyWeakened.check({ weakenings }).forEach((d, i) => adjusted.push({ at: 'policy', location: weakenings[i]!.location, d }));
  const suppressed = suppress(options, files, adjusted);
  const baselined = options.baseline
    ? applyBaseline(suppressed, options.baseline, { fullScope: options.fullScope, ...(options.updateBaseline ? { update: true } : {}) })
    : undefined;
  const findings = baselined?.findings ?? suppressed;
  // The shell's own findings (files too large to read) follow the policy's `rules:` map too.
  const extra = [...(options.extraFindings ?? []), ...(baselined?.unused ?? [])].flatMap((f) => {
    const severity = settledSeverity(policy, f.rule, f.severity);
    return severity === undefined ? [] : [{ ...f, severity }];
  });
  // Every finding crosses the one redaction and escaping boundary before any report sees it.
  const all = sanitizeFindings([...findings, ...extra], plaintextSecrets(files));
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

function buildRemedies(files: readonly FileState[], jobClusters: ReadonlyMap<ImportJob, readonly CompiledCluster[]>): Remedies {
  const byFile = new Map(files.map((f) => [f.path, f]));
  const known = new Map<string, TableName>();
  for (const f of files) {
    for (const j of f.jobs) {
      if (j.written.kind !== 'exact') continue;
      for (const n of j.written.names) if (n.schema) known.set(`${n.schema}.${n.table}`.toLowerCase(), n);
    }
  }
  const knownTables = [...known.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, MAX_PREFERRED_EXAMPLES)
    .map(([, n]) => n);
  const snapshotIndexes = new Map<FileState, SnapshotIndex>();
  const downstream = downstreamIndex(jobClusters);
  return {
    knownTables,
    snapshotAfter(job) {
      const file = byFile.get(job.file);
      // A detached import returns at once: a BACKUP later in the file runs before its rows exist.
      if (!file || job.statementIndex === undefined || job.detached || !file.snapshots.length) return NO_TABLES;
      let index = snapshotIndexes.get(file);
      if (!index) snapshotIndexes.set(file, (index = indexSnapshots(file.snapshots)));
      return index.after(job);
    },
    downstreamImports: downstream,
  };
}

/**
 * The BACKUP statements of one file, looked up by the names they cover, so that an import asks only
 * about the later BACKUPs that can contain what it writes: the cost per import is the number of
 * names it writes, not the number of BACKUPs in the file. For the tables an import writes, the
 * union of those BACKUPs holds exactly what the union of every later BACKUP holds.
 */
interface SnapshotIndex {
  after(job: ImportJob): TableSet;
}

function indexSnapshots(snapshots: readonly SnapshotRemedy[]): SnapshotIndex {
  // For each name, the last BACKUP naming it: when any BACKUP of it follows an import, so does that one.
  const lastByTable = new Map<string, SnapshotRemedy>();
  const lastByTableName = new Map<string, SnapshotRemedy>();
  const lastBySchema = new Map<string, SnapshotRemedy>();
  const qualifiedByTableName = new Map<string, Map<string, SnapshotRemedy>>();
  let lastAll: SnapshotRemedy | undefined;
  const unnamed: SnapshotRemedy[] = [];
  for (const s of snapshots) {
    const covered = s.covered;
    if (!covered) {
      unnamed.push(s);
      continue;
    }
    if (covered.allDatabases) lastAll = s;
    for (const schema of covered.schemas ?? []) lastBySchema.set(lowerName(schema), s);
    for (const n of covered.tables ?? []) {
      const table = lowerName(n.table);
      if (!n.schema) {
        lastByTableName.set(table, s);
        continue;
      }
      const key = `${lowerName(n.schema)}.${table}`;
      lastByTable.set(key, s);
      const bySchema = qualifiedByTableName.get(table) ?? new Map<string, SnapshotRemedy>();
      bySchema.set(key, s);
      qualifiedByTableName.set(table, bySchema);
    }
  }
  return {
    after(job) {
      const at = job.statementIndex as number;
      const relevant = new Set<SnapshotRemedy>();
      const add = (s: SnapshotRemedy | undefined): void => {
        if (s && s.statementIndex > at) relevant.add(s);
      };
      for (const s of unnamed) add(s);
      add(lastAll);
      if (job.written.kind !== 'exact') {
        for (const s of snapshots) add(s);
      } else {
        for (const n of job.written.names) {
          const table = lowerName(n.table);
          add(lastByTableName.get(table));
          if (n.schema) {
            add(lastByTable.get(`${lowerName(n.schema)}.${table}`));
            add(lastBySchema.get(lowerName(n.schema)));
          } else {
            // A table in an unknown database: a BACKUP of that table in any database, or of any database.
            for (const s of qualifiedByTableName.get(table)?.values() ?? []) add(s);
            for (const s of lastBySchema.values()) add(s);
          }
        }
      }
      if (!relevant.size) return NO_TABLES;
      return unionAll([...relevant].sort((a, b) => a.statementIndex - b.statementIndex).map((s) => s.covers));
    },
  };
}

/** `union` of many sets without spreading them into one call's arguments (which overflows the stack). */
function unionAll(sets: readonly TableSet[]): TableSet {
  let out: TableSet = NO_TABLES;
  const CHUNK = 1024;
  for (let i = 0; i < sets.length; i += CHUNK) out = union(out, ...sets.slice(i, i + CHUNK));
  return out;
}

/**
 * Jobs mapped to a cluster that read a given source, indexed once by source: a job's downstream
 * imports are found without scanning every job (the answer is shared by every job of that source
 * that is not itself among them, in the order the jobs were read).
 */
function downstreamIndex(jobClusters: ReadonlyMap<ImportJob, readonly CompiledCluster[]>): Remedies['downstreamImports'] {
  const bySource = new Map<string, ImportJob[]>();
  for (const job of jobClusters.keys()) {
    if (job.source === undefined) continue;
    const list = bySource.get(job.source);
    if (list) list.push(job);
    else bySource.set(job.source, [job]);
  }
  type Downstream = { readonly set: TableSet; readonly jobs: readonly ImportJob[]; readonly members: ReadonlySet<ImportJob> };
  const shared = new Map<string, Downstream>();
  return (job, cluster) => {
    if (job.source === undefined) return { set: NO_TABLES, jobs: [] };
    const key = `${cluster}\u0000${job.source}`;
    let all = shared.get(key);
    if (!all) {
      const jobs = (bySource.get(job.source) ?? []).filter((other) => jobClusters.get(other)?.some((c) => c.name === cluster));
      all = { set: jobs.length ? unionAll(jobs.map((j) => j.written.set)) : NO_TABLES, jobs, members: new Set(jobs) };
      shared.set(key, all);
    }
    if (!all.members.has(job)) return { set: all.set, jobs: all.jobs };
    const jobs = all.jobs.filter((other) => other !== job);
    return { set: jobs.length ? unionAll(jobs.map((j) => j.written.set)) : NO_TABLES, jobs };
  };
}

function minSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b;
}

/**
 * The policy's `rules:` map. A rule that computed a milder severity than its default (the notice of
 * `precheck-override`, an experimental-feature warning) never becomes stricter through an override.
 */
function applySeverity(policy: Policy, p: Pending): Pending[] {
  const severity = settledSeverity(policy, p.d.rule, p.d.severity);
  if (severity === undefined) return [];
  return [severity === p.d.severity ? p : ({ ...p, d: { ...p.d, severity } } as Pending)];
}

/** A finding's severity under the policy's `rules:` map; undefined when the rule is `off`. */
function settledSeverity(policy: Policy, rule: string, computed: Severity): Severity | undefined {
  const setting: SeveritySetting | undefined = policy.rules[rule];
  if (setting === undefined || rule === 'invalid-policy') return computed;
  if (setting === 'off') return undefined;
  const meta = ruleMeta(rule);
  return meta && computed === meta.defaultSeverity ? setting : minSeverity(setting, computed);
}

/** The exact values the `plaintext-secret` rule found: no output may quote them, in any form. */
function plaintextSecrets(files: readonly FileState[]): string[] {
  const secrets = new Set<string>();
  for (const file of files) {
    for (const d of file.diagnostics) {
      if (!d.secretSpan) continue;
      const text = file.text.slice(d.span.start, d.span.end);
      secrets.add(text);
      // A whole literal (a `[tidb] password`, a URI with escapes): its value is quoted bare too.
      const quote = text[0];
      if (text.length > 2 && (quote === '"' || quote === "'") && text.endsWith(quote)) secrets.add(text.slice(1, -1));
    }
  }
  return [...secrets];
}

function spanText(file: FileState, span: Span): string {
  return file.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}


/**
 * A waiver with `tables` applies only when it covers every table the finding is about: the whole
 * set for a pattern (not just the example the message names), every name otherwise.
 */
function tablesAllowed(tables: TableFilter | 'any' | 'invalid', d: Diagnostic): boolean {
  if (tables === 'any') return true;
  if (tables === 'invalid') return false;
  if (d.tableSet) return findWitness(subtract(d.tableSet, filterSet(tables))) === undefined;
  if (!d.tables?.length) return false;
  return d.tables.every((t) => {
    const dot = t.indexOf('.');
    return dot > 0 && matchTable(tables, t.slice(0, dot), t.slice(dot + 1));
  });
}

function suppress(options: CheckerOptions, files: readonly FileState[], pending: readonly Pending[]): Finding[] {
  const { policy, today } = options;
  const out: Finding[] = [];
  const usedInline = new Set<object>();
  const expiredInline = new Set<object>();
  const usedWaivers = new Set<Waiver>();
  const expiredWaivers = new Set<Waiver>();
  // Each waiver's globs and table filter, compiled once for every finding they are tried on.
  const waiverMatchers = policy.waivers.map((w) => {
    const parsed = w.tables ? parseTableFilter(w.tables.map((t) => t.rule), { caseSensitive: false }) : undefined;
    const tables: TableFilter | 'any' | 'invalid' = parsed === undefined ? 'any' : parsed.ok ? parsed.filter : 'invalid';
    return { waiver: w, matches: picomatch(w.paths as string[], { dot: true }), tables };
  });
  const occurrences = new Map<string, number>();

  const place = (p: Pending, suppression?: Finding['suppression']): Finding => {
    let file: string;
    let pos: { line: number; column: number; endLine: number; endColumn: number };
    let content: string;
    if (p.at === 'file') {
      file = p.file.path;
      const s = p.file.lines.position(p.d.span.start);
      const e = p.file.lines.position(p.d.span.end);
      pos = { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
      content = p.d.secretSpan ? '' : spanText(p.file, p.d.span);
    } else {
      file = p.location.file;
      pos = { line: p.location.line, column: p.location.column, endLine: p.location.endLine, endColumn: p.location.endColumn };
      content = '';
    }
    // Not even a hash of a credential: a short one could be guessed back from the fingerprint.
    const base = fingerprint([p.d.rule, file, p.d.cluster ?? '', redactSecrets(content), redactSecrets(p.d.fingerprintKey ?? '')]);
    const seen = occurrences.get(base) ?? 0;
    occurrences.set(base, seen + 1);
    const fix = p.d.fix ? { title: p.d.fix.title, replacement: p.d.fix.replacement } : undefined;
    return {
      rule: p.d.rule,
      severity: p.d.severity,
      file,
      ...pos,
      message: p.d.message,
      ...(p.d.help !== undefined ? { help: p.d.help } : {}),
      ...(p.d.cluster ? { cluster: p.d.cluster } : {}),
      ...(p.d.tables?.length ? { tables: p.d.tables } : {}),
      suppressed: suppression !== undefined,
      ...(suppression ? { suppression } : {}),
      fingerprint: seen ? fingerprint([base, String(seen)]) : base,
      ...(fix ? { fix } : {}),
    };
  };

  const decided: { p: Pending; suppression: Finding['suppression'] }[] = [];
  for (const p of pending) {
    let suppression: Finding['suppression'];
    if (p.at === 'file') {
      for (const s of p.file.directives.suppressions) {
        if (!s.rules.includes(p.d.rule) || p.d.span.start < s.covers.start || p.d.span.start > s.covers.end) continue;
        usedInline.add(s);
        if (s.until !== undefined && s.until < today) expiredInline.add(s);
        else suppression = { kind: 'inline', reason: s.reason };
        break;
      }
      if (!suppression) {
        for (const { waiver, matches, tables } of waiverMatchers) {
          if (waiver.rule !== p.d.rule || !matches(p.file.path) || !tablesAllowed(tables, p.d)) continue;
          usedWaivers.add(waiver);
          if (waiver.expires !== undefined && waiver.expires < today) expiredWaivers.add(waiver);
          else suppression = { kind: 'waiver', reason: waiver.reason };
          break;
        }
      }
    }
    decided.push({ p, suppression });
  }
  for (const { p, suppression } of settleDependents(decided)) out.push(place(p, suppression));

  const governance: Pending[] = [];
  for (const file of files) {
    for (const s of file.directives.suppressions) {
      if (expiredInline.has(s)) {
        for (const d of expiredWaiver.check({ kind: 'inline', rules: s.rules, until: s.until as string, span: s.span })) governance.push({ at: 'file', file, d });
      } else if (!usedInline.has(s)) {
        for (const d of unusedSuppression.check({ kind: 'inline', rules: s.rules, span: s.span })) governance.push({ at: 'file', file, d });
      }
    }
  }
  for (const waiver of policy.waivers) {
    const zero: Span = { start: 0, end: 0 };
    if (expiredWaivers.has(waiver)) {
      for (const d of expiredWaiver.check({ kind: 'waiver', rules: [waiver.rule], until: waiver.expires as string, span: zero })) {
        governance.push({ at: 'policy', location: waiver.location, d });
      }
    } else if (!usedWaivers.has(waiver) && options.fullScope) {
      // Matched nothing in the whole repository: past its date it is expired, otherwise unused.
      const check =
        waiver.expires !== undefined && waiver.expires < today
          ? expiredWaiver.check({ kind: 'waiver', rules: [waiver.rule], until: waiver.expires, span: zero })
          : unusedSuppression.check({ kind: 'waiver', rules: [waiver.rule], span: zero });
      for (const d of check) governance.push({ at: 'policy', location: waiver.location, d });
    }
  }
  for (const g of governance.flatMap((p) => applySeverity(policy, p))) out.push(place(g));
  return out;
}

/**
 * A finding may depend on others about the same job and cluster (`whenExcepted`): an override is
 * an error while a gap of its job remains, but once every such gap is covered by a reviewed
 * exception (a suppression or waiver, with its reason), the procedure is accounted for and the
 * override reads as its milder form, naming the exceptions. So waiving the gap, as policy.md's own
 * waiver example does, is enough; the override needs no exception of its own.
 */
function settleDependents(
  decided: readonly { p: Pending; suppression: Finding['suppression'] }[],
): { p: Pending; suppression: Finding['suppression'] }[] {
  // The findings of each file, job and cluster, in order: an override looks only at its own.
  const byJob = new Map<FileState, Map<string, { p: Pending; suppression: Finding['suppression'] }[]>>();
  const jobKeyOf = (d: Pending['d']): string => `${d.job}\u0000${d.cluster ?? ''}\u0000${d.cluster === undefined ? 'u' : 'd'}`;
  for (const x of decided) {
    if (x.p.at !== 'file' || x.p.d.job === undefined) continue;
    let inFile = byJob.get(x.p.file);
    if (!inFile) byJob.set(x.p.file, (inFile = new Map()));
    const key = jobKeyOf(x.p.d);
    const list = inFile.get(key);
    if (list) list.push(x);
    else inFile.set(key, [x]);
  }
  return decided.map((entry) => {
    const { p, suppression } = entry;
    const when = p.d.whenExcepted;
    if (p.at !== 'file' || !when || suppression || p.d.job === undefined) return entry;
    const related = (byJob.get(p.file)?.get(jobKeyOf(p.d)) ?? []).filter((x) => when.rules.includes(x.p.d.rule));
    if (!related.length || related.some((x) => !x.suppression)) return entry;
    const reasons = [...new Set(related.map((x) => `${x.suppression!.kind === 'waiver' ? 'policy waiver' : 'inline suppression'} of ${x.p.d.rule}: "${x.suppression!.reason}"`))];
    const message = `${when.message} (${reasons.join('; ')}).`;
    return { p: { ...p, d: { ...p.d, severity: when.severity, message } }, suppression };
  });
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      byCodeUnit(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      byCodeUnit(a.rule, b.rule) ||
      byCodeUnit(a.cluster ?? '', b.cluster ?? '') ||
      byCodeUnit(a.message, b.message),
  );
}

export function summarize(findings: readonly Finding[], files: number, jobs: number): Report['summary'] {
  const count = (s: Severity): number => findings.filter((f) => !f.suppressed && f.severity === s).length;
  return {
    files,
    jobs,
    errors: count('error'),
    warnings: count('warning'),
    notices: count('notice'),
    suppressed: findings.filter((f) => f.suppressed).length,
  };
}

function postureTable(
  posture: Posture,
  jobClusters: ReadonlyMap<ImportJob, readonly CompiledCluster[]>,
  findings: readonly Finding[],
): ClusterPosture[] {
  // Counted in one pass each, not once per cluster: a policy may define thousands.
  const jobCounts = new Map<CompiledCluster, number>();
  for (const clusters of jobClusters.values()) for (const c of new Set(clusters)) jobCounts.set(c, (jobCounts.get(c) ?? 0) + 1);
  const counts = new Map<string, Record<Severity, number>>();
  for (const f of findings) {
    if (f.suppressed || f.cluster === undefined) continue;
    let count = counts.get(f.cluster);
    if (!count) counts.set(f.cluster, (count = { error: 0, warning: 0, notice: 0 }));
    count[f.severity]++;
  }
  return [...posture.clusters.values()].map((c) => {
    const jobs = jobCounts.get(c) ?? 0;
    const mine = counts.get(c.name) ?? { error: 0, warning: 0, notice: 0 };
    return {
      cluster: c.name,
      ...(c.cluster.description ? { description: c.cluster.description } : {}),
      tidbVersion: c.cluster.tidbVersion,
      logBackup: { enabled: !!c.logBackup, ...(c.logBackup?.task ? { task: c.logBackup.task } : {}) },
      changefeeds: c.changefeeds.map((f) => ({ id: f.id, downstream: f.downstreamCluster ?? f.downstreamKind ?? 'unspecified' })),
      jobs,
      findings: { error: mine.error, warning: mine.warning, notice: mine.notice },
    };
  });
}

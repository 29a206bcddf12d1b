/** What the report says besides the findings: their order, the counts, the posture table. */
import type { Finding, Severity } from '../../core/types.js';
import type { ImportJob } from '../../model/jobs/model.js';
import type { CompiledCluster, Posture } from '../../model/posture/compile.js';
import type { ClusterPosture, Report } from '../result.js';
import { byCodeUnit } from '../../core/compare.js';

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

export function postureTable(
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

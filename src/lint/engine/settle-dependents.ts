import type { FileState } from './read-file.js';
import type { Decided, Pending } from './pending.js';

/**
 * A finding may depend on others about the same job and cluster (`whenExcepted`): an override is
 * an error while a gap of its job remains, but once every such gap is covered by a reviewed
 * exception (a suppression or waiver, with its reason), the procedure is accounted for and the
 * override reads as its milder form; its help names the exceptions. So waiving the gap, as
 * policy.md's own waiver example does, is enough; the override needs no exception of its own.
 */
export function settleDependents(decided: readonly Decided[]): Decided[] {
  // The findings of each file, job and cluster, in order: an override looks only at its own.
  const byJob = new Map<FileState, Map<string, Decided[]>>();
  const jobKeyOf = (d: Pending['d']): string => `${d.job}\u0000${d.cluster ?? ''}\u0000${d.cluster === undefined ? 'u' : 'd'}`;
  for (const x of decided) {
    if (!x.p.file || x.p.d.job === undefined) continue;
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
    if (!p.file || !when || suppression || p.d.job === undefined) return entry;
    const related = (byJob.get(p.file)?.get(jobKeyOf(p.d)) ?? []).filter((x) => when.rules.includes(x.p.d.rule));
    if (!related.length || related.some((x) => !x.suppression)) return entry;
    const reasons = [
      ...new Set(
        related.map(
          (x) =>
            `${x.suppression!.kind === 'waiver' ? 'policy waiver' : 'inline suppression'} of ${x.p.d.rule}: "${x.suppression!.reason}"`,
        ),
      ),
    ];
    const { whenExcepted: _when, ...rest } = p.d;
    const d = {
      ...rest,
      severity: when.severity,
      message: when.message,
      help: `nothing to do while the exceptions hold: covered by reviewed exceptions (${reasons.join('; ')})`,
      ...(when.messageId ? { messageId: when.messageId } : {}),
    };
    return { p: { ...p, d }, suppression };
  });
}

/**
 * One import, one message. The findings of one import job sit on different keys (the override on
 * `check-requirements = false` or `DISABLE_PRECHECK`, the gaps on `backend` or the statement) and
 * would read, one by one, as the same story told three times. Every report that shows findings to
 * people (text output, review comments, the summaries) shows a group instead: what is wrong once
 * (the lead), then one line per gap with its fix, and the fixes the gaps share once.
 *
 * Findings belong to one group when they are in the same file and about the same import job
 * (`Finding.job`), or on the same line (two rules about one line are one thing to read).
 */
import { SEVERITY_RANK, type Finding } from '../core/types.js';
import { byCodeUnit } from '../core/compare.js';

export interface FindingGroup {
  /** Where the group is shown: the place most of its findings share (the job's main anchor). */
  readonly anchor: Finding;
  /** Lead first (the finding that says what is wrong with the job as a whole), then the others. */
  readonly findings: readonly Finding[];
}

/**
 * Rules whose finding is about the job as a whole, in the order they lead a group; the others
 * (log-backup-gap, changefeed-gap) name one gap each.
 */
const LEAD_RANK: Readonly<Record<string, number>> = {
  'precheck-blocks-import': 4,
  'unsupported-on-version': 3,
  'precheck-override': 2,
  'unnecessary-override': 1,
};

function compareFindings(a: Finding, b: Finding): number {
  return (
    (LEAD_RANK[b.rule] ?? 0) - (LEAD_RANK[a.rule] ?? 0) ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    a.line - b.line ||
    a.column - b.column ||
    byCodeUnit(a.rule, b.rule) ||
    byCodeUnit(a.message, b.message)
  );
}

/** Groups of `findings` (suppressed ones included if given), ordered by file and anchor position. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const parent = findings.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const firstOf = new Map<string, number>();
  const join = (key: string, i: number): void => {
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, i);
    else union(first, i);
  };
  findings.forEach((f, i) => {
    join(`${f.file}\u0000line\u0000${f.line}`, i);
    if (f.job !== undefined) join(`${f.file}\u0000job\u0000${f.job}`, i);
  });
  const members = new Map<number, Finding[]>();
  findings.forEach((f, i) => {
    const root = find(i);
    const list = members.get(root);
    if (list) list.push(f);
    else members.set(root, [f]);
  });
  const groups = [...members.values()].map((list): FindingGroup => ({ anchor: anchorOf(list), findings: [...list].sort(compareFindings) }));
  return groups.sort(
    (a, b) => byCodeUnit(a.anchor.file, b.anchor.file) || a.anchor.line - b.anchor.line || a.anchor.column - b.anchor.column,
  );
}

/** The line most findings of the group share (ties: the first), and its first finding there. */
function anchorOf(list: readonly Finding[]): Finding {
  const count = new Map<number, number>();
  for (const f of list) count.set(f.line, (count.get(f.line) ?? 0) + 1);
  let best: Finding | undefined;
  for (const f of list) {
    if (!best) best = f;
    else {
      const c = count.get(f.line) as number;
      const cb = count.get(best.line) as number;
      if (c > cb || (c === cb && (f.line < best.line || (f.line === best.line && f.column < best.column)))) best = f;
    }
  }
  return best as Finding;
}

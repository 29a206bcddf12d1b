/**
 * Applying a baseline to a run's findings (pure). A finding is baselined when an entry records its
 * fingerprint, rule and file; it stays in every report, suppressed with kind `baseline`, and
 * counts as suppressed in the summary, never in the failure decision.
 *
 * What a baseline can hold: findings about the repository's imports and configs (the posture,
 * correctness and security rules). Governance findings (the policy's own problems, weakenings,
 * stale or expired exceptions, drift of the real posture) are not accepted risks of old code but
 * something to act on, so no entry ever covers them; neither does a finding already suppressed by
 * a directive or waiver (it needs no entry), nor a file the tool could not read (the shell's own
 * findings never pass through here).
 *
 * Entries that match nothing are `unused-suppression` warnings at the entry, reported only when
 * the whole repository was scanned (in a pull request's scope their files may simply be
 * unchanged), and kept as `absent` for SARIF's `baselineState`.
 */
import { fingerprint } from '../core/fingerprint.js';
import type { Finding } from '../core/types.js';
import { ruleMeta } from './rules/registry.js';
import { rule as unusedSuppression } from './rules/unused-suppression.js';
import { entryKey, type Baseline, type BaselineEntry } from '../parse/baseline/format.js';
import type { BaselineSection } from './result.js';
import { safeText } from './sanitize.js';

export interface BaselineOutcome {
  readonly findings: readonly Finding[];
  /** `unused-suppression` findings, one per entry that matched nothing (whole-repository runs only). */
  readonly unused: readonly Finding[];
  /** The entries that matched nothing (whole-repository runs only). */
  readonly absent: readonly BaselineEntry[];
}

/** Whether an entry of the baseline may cover findings of this rule. */
export function baselinable(rule: string): boolean {
  const category = ruleMeta(rule)?.category;
  return category === 'posture' || category === 'correctness' || category === 'security';
}

/**
 * `update`: every finding the baseline may hold is taken as recorded (what `--update-baseline`
 * writes), and no entry is unused (the file is rewritten from what is found).
 */
export function applyBaseline(
  findings: readonly Finding[],
  baseline: Baseline,
  options: { readonly fullScope: boolean; readonly update?: boolean },
): BaselineOutcome {
  const byKey = new Map<string, BaselineEntry>();
  for (const e of baseline.entries) if (!byKey.has(entryKey(e))) byKey.set(entryKey(e), e);
  const used = new Set<BaselineEntry>();
  const suppression = { kind: 'baseline' as const, reason: `recorded in the baseline ${baseline.file}` };
  const out = findings.map((f) => {
    if (f.suppressed || !baselinable(f.rule)) return f;
    if (options.update) return { ...f, suppressed: true, suppression };
    const entry = byKey.get(entryKey(f));
    if (!entry) return f;
    used.add(entry);
    return { ...f, suppressed: true, suppression };
  });
  if (options.update || !options.fullScope) return { findings: out, unused: [], absent: [] };
  const absent = [...byKey.values()].filter((e) => !used.has(e));
  const unused = absent.flatMap((e) =>
    unusedSuppression.check!({ exceptions: [{ kind: 'baseline', state: 'unused', rules: [e.rule], file: e.file }] }).map(
      (d): Finding => ({
        rule: d.rule,
        severity: d.severity,
        ...(d.messageId !== undefined ? { messageId: d.messageId } : {}),
        ...e.location,
        message: d.message,
        ...(d.help !== undefined ? { help: d.help } : {}),
        suppressed: false,
        fingerprint: fingerprint([d.rule, baseline.file, e.fingerprint]),
      }),
    ),
  );
  return { findings: out, unused, absent };
}

/** The report's baseline section; entry text comes from the repository, so it is made inert. */
export function baselineSection(file: string, absent: readonly BaselineEntry[]): BaselineSection {
  return {
    file,
    absent: absent.map((e) => ({
      fingerprint: e.fingerprint,
      rule: safeText(e.rule, [], 100),
      file: safeText(e.file, [], 1000),
      message: safeText(e.message ?? e.rule, [], 1000),
    })),
  };
}

/**
 * What an inline suppression covers (policy.md, "Inline suppressions"): the findings inside the
 * statement or key it is about, and, since the posture findings of one import job sit on
 * different keys (`check-requirements`, `backend`) or tokens, every finding of that job for the
 * rules it names. A Lightning config is one job, so a directive on any of its keys covers the
 * job; an IMPORT INTO statement is one job, covered by a directive in it, at the end of one of
 * its lines, or on the line above it.
 */
import type { Span } from '../../core/types.js';
import type { ImportJob } from '../../model/jobs/model.js';
import type { Suppression } from './directives.js';

/** Whether `s` covers a finding at `span`, about `job` when it is a posture finding of a job. */
export function suppressionCovers(s: Suppression, span: Span, job: ImportJob | undefined): boolean {
  if (span.start >= s.covers.start && span.start <= s.covers.end) return true;
  if (!job || !s.target) return false;
  if (job.kind === 'lightning') return true;
  // An IMPORT INTO job starts at its IMPORT keyword, the first token of its statement.
  return s.target.start <= job.anchor.start && job.anchor.start < s.target.end;
}

/** Which rules of each directive suppressed something, so each one that did not is reported. */
export class SuppressionUse {
  private readonly used = new Map<Suppression, Set<string>>();

  record(s: Suppression, rule: string): void {
    const rules = this.used.get(s);
    if (rules) rules.add(rule);
    else this.used.set(s, new Set([rule]));
  }

  has(s: Suppression): boolean {
    return this.used.has(s);
  }

  /** The rules `s` names that suppressed nothing, in the order it names them. */
  unusedRules(s: Suppression): string[] {
    const rules = this.used.get(s);
    return [...new Set(s.rules)].filter((r) => !rules?.has(r));
  }
}

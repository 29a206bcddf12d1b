import type { Diagnostic, Severity } from '../../core/types.js';

export type RuleCategory = 'posture' | 'correctness' | 'security' | 'governance';

/** What a rule is, for `rules`, `explain`, SARIF and the docs. Messages live with the check. */
export interface RuleMeta {
  /** One line: what the rule finds. */
  readonly description: string;
  /** Why it matters, in one or two sentences. */
  readonly rationale: string;
  readonly defaultSeverity: Severity;
  readonly category: RuleCategory;
  /** Where findings are anchored, in words (docs). */
  readonly anchor: string;
}

/**
 * A rule: `check` is a pure function of the subject its stage hands it (an import job against one
 * cluster, a parsed document, the suppression bookkeeping, the policy pair) and returns diagnostics.
 */
export interface Rule<Subject> {
  readonly id: string;
  readonly meta: RuleMeta;
  readonly check: (subject: Subject) => readonly Diagnostic[];
}

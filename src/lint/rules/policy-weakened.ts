import type { Diagnostic } from '../../core/types.js';
import type { Weakening } from '../../model/policy/weakened.js';
import type { Rule } from './types.js';

export interface PolicyWeakenedSubject {
  /** `diffPolicies(base, head)` of a pull request whose policy changed. */
  readonly weakenings: readonly Weakening[];
}

/**
 * One diagnostic per weakening, in the same order. The span is empty: a weakening is anchored in
 * the policy file, at `weakenings[i].location`, which the engine places itself (like waivers).
 *
 * The severity is each weakening's own, decided from the BASE policy (weakened.ts): the engine
 * does not apply the head policy's `rules:` map to this rule, so a pull request cannot switch off
 * or lower the rule that reports what it relaxes (docs/github/README.md, "Approving a weakened policy").
 */
export const rule: Rule<PolicyWeakenedSubject> = {
  id: 'policy-weakened',
  meta: {
    description:
      "In pull-request mode, the head policy relaxes the base policy: log backup off, a changefeed removed or narrowed, a cluster removed, an exemption or waiver added or widened, a rule's severity lowered.",
    rationale:
      'The policy is what the linter trusts; a change that relaxes it silently relaxes every check after it. Saying exactly what was relaxed lets the policy owners (CODEOWNERS) review it on purpose.',
    defaultSeverity: 'error',
    category: 'governance',
    anchor: 'the changed policy line',
  },
  check: ({ weakenings }): Diagnostic[] =>
    weakenings.map((w) => ({
      rule: 'policy-weakened',
      severity: w.severity,
      span: { start: 0, end: 0 },
      message: `${w.message} This relaxes the policy: the policy owners should review it.`,
      ...(w.cluster !== undefined ? { cluster: w.cluster } : {}),
      fingerprintKey: w.key,
    })),
};

import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import type { PolicySubject } from './stages.js';
import { report } from './report.js';

/**
 * One diagnostic per weakening (`diffPolicies(base, head)`, src/policy/weakened.ts), anchored at
 * the changed policy line.
 *
 * The severity is each weakening's own, decided from the BASE policy (weakened.ts): the engine
 * does not apply the head policy's `rules:` map to this rule (`severityFixed`), so a pull request
 * cannot switch off or lower the rule that reports what it relaxes (docs/github/README.md, "Approving a
 * weakened policy").
 */
export const rule: Rule<PolicySubject, 'weakened'> = {
  id: 'policy-weakened',
  meta: {
    description:
      "In pull-request mode, the head policy relaxes the base policy: log backup off, a changefeed removed or narrowed, a cluster removed, an exemption or waiver added or widened, a rule's severity lowered.",
    rationale:
      'The policy is what the linter trusts; a change that relaxes it silently relaxes every check after it. Saying exactly what was relaxed lets the policy owners (CODEOWNERS) review it on purpose.',
    defaultSeverity: 'error',
    category: 'governance',
    stage: 'policy',
    anchor: 'the changed policy line',
    docs: 'docs/rules/policy-weakened.md',
    summary: 'a pull request that relaxes the policy',
    severityFixed: true,
    messages: {
      // What was relaxed is worded by the policy diff (src/policy/weakened.ts), which knows each key.
      weakened: {
        message: '{{what}}',
        help: 'the policy owners should review this relaxation (an approving review of a policy owner clears it to a notice), or revert it',
      },
    },
  },
  check: ({ weakenings }): Diagnostic[] =>
    weakenings.map((w) =>
      report(
        rule,
        'weakened',
        { what: w.message.replace(/[.\s]+$/, '') },
        {
          severity: w.severity,
          span: { start: 0, end: 0 },
          at: w.location,
          ...(w.cluster !== undefined ? { cluster: w.cluster } : {}),
          fingerprintKey: w.key,
        },
      ),
    ),
};

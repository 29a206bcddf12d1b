import type { Rule } from './types.js';

/**
 * Reported by the shell (src/workspace/check.ts) when the policy cannot be loaded: no stage runs
 * without a policy. The policy validator words each problem (src/policy/load.ts).
 */
export const rule: Rule<unknown, 'problem'> = {
  id: 'invalid-policy',
  meta: {
    description: 'The policy file does not validate; the tool cannot do its job (exit code 2).',
    rationale: 'A policy the linter cannot read would silently weaken protection, so nothing is checked against it and the run fails.',
    defaultSeverity: 'error',
    category: 'governance',
    stage: 'shell',
    anchor: 'the policy position',
    docs: 'docs/rules/invalid-policy.md',
    summary: 'the policy does not validate (exit 2)',
    severityFixed: true,
    messages: {
      problem: {
        message: '{{problem}}',
        help: 'fix the policy file (`policies/policy.schema.json` describes it; editors validate it with the schema)',
      },
    },
  },
};

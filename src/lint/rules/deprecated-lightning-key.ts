import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import type { DocumentSubject } from './stages.js';
import { report, splitHeadline } from './report.js';
import { lightningProblems } from './lightning-problems.js';

export const rule: Rule<DocumentSubject, 'problem' | 'deprecatedOnVersion'> = {
  id: 'deprecated-lightning-key',
  meta: {
    description: 'A deprecated Lightning setting; the message gives the replacement.',
    rationale: 'Deprecated spellings are removed in later Lightning releases: the config breaks at the next upgrade.',
    defaultSeverity: 'warning',
    category: 'correctness',
    stage: 'document',
    anchor: 'the key',
    docs: 'docs/rules/deprecated-lightning-key.md',
    messages: {
      // Worded by the validator (src/lightning/validate.ts), which knows each replacement.
      problem: { message: '{{headline}}', help: '{{help}}' },
      deprecatedOnVersion: {
        message: '{{what}} is deprecated: {{product}} {{have}} (cluster `{{cluster}}`) accepts it, v{{removed}} and later refuse it',
        help: 'replace it before upgrading{{instead}}',
      },
    },
  },
  check(subject): Diagnostic[] {
    if (subject.kind !== 'lightning') return [];
    return lightningProblems(subject)
      .filter((p) => p.kind === 'deprecated')
      .map((p) => report(rule, 'problem', splitHeadline(p.message), { span: p.span, fingerprintKey: p.message }));
  },
};

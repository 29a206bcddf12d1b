import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import type { DocumentSubject } from './stages.js';
import { report, splitHeadline } from './report.js';
import { lightningProblems } from './lightning-problems.js';

export const rule: Rule<DocumentSubject, 'problem' | 'deprecatedOnVersion' | 'deprecatedSince'> = {
  id: 'deprecated-lightning-key',
  meta: {
    description: 'A deprecated Lightning setting; the message gives the replacement.',
    rationale: 'Deprecated spellings are removed in later Lightning releases: the config breaks at the next upgrade.',
    defaultSeverity: 'warning',
    category: 'correctness',
    stage: 'document',
    anchor: 'the key',
    docs: 'docs/rules/deprecated-lightning-key.md',
    summary: 'a deprecated Lightning setting, with its replacement',
    messages: {
      // Worded by the validator (src/lightning/validate.ts), which knows each replacement.
      problem: { message: '{{headline}}', help: '{{help}}' },
      // A deprecation that waits for the release of its replacement (judged per cluster).
      deprecatedSince: {
        message: '{{what}} is deprecated since {{product}} v{{deprecated}} (cluster `{{cluster}}` runs {{have}})',
        help: 'replace it{{instead}}',
      },
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

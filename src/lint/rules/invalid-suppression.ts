import type { Diagnostic } from '../../core/types.js';
import type { DirectiveProblem, DirectiveProblemKind } from '../engine/directives.js';
import type { Rule } from './types.js';
import type { FileSubject } from './stages.js';
import { report } from './report.js';

const RULES_COMMAND = '`tidb-import-guard rules` lists the rule ids';

export const rule: Rule<FileSubject, Exclude<DirectiveProblemKind, 'unknownRule'> | 'unknownRule' | 'unknownRuleNear'> = {
  id: 'invalid-suppression',
  meta: {
    description: 'An inline directive that is malformed, names an unknown rule, or gives no reason.',
    rationale:
      'A suppression is a reviewed exception: one that cannot be read, or that says nothing about why, must not silently hide a finding.',
    defaultSeverity: 'error',
    category: 'governance',
    stage: 'file',
    anchor: 'the directive',
    docs: 'docs/rules/invalid-suppression.md',
    summary: 'a malformed suppression, or one without a reason',
    // One message per problem of the directive parser (src/lint/engine/directives.ts), by its kind.
    messages: {
      malformedCluster: { message: 'Malformed directive', help: 'write `tidb-import-guard: cluster=<name>[,<name>]`' },
      unknownDirective: {
        message: 'Unknown directive `{{directive}}`',
        help: 'use `tidb-import-guard-ignore`, `tidb-import-guard-ignore-file` or `tidb-import-guard: cluster=…`',
      },
      noReason: { message: 'Suppression without a reason', help: 'write `tidb-import-guard-ignore <rule>: <why this is safe>`' },
      noRule: { message: 'Suppression names no rule', help: 'write `tidb-import-guard-ignore <rule>: <reason>`' },
      unknownRule: { message: 'Suppression names unknown rule {{rules}}', help: RULES_COMMAND },
      unknownRuleNear: { message: 'Suppression names unknown rule {{rules}}', help: `did you mean {{suggestions}}? ${RULES_COMMAND}` },
      emptyReason: { message: 'Suppression without a reason', help: 'the text after the colon must say why this is safe' },
      badDate: { message: 'Suppression has a malformed date `until={{until}}`', help: 'write `until=YYYY-MM-DD`' },
    },
  },
  check: ({ directiveProblems }): Diagnostic[] =>
    directiveProblems.map((p) => {
      const fields = { span: p.span, fingerprintKey: fingerprintText(p) };
      if (p.kind !== 'unknownRule') return report(rule, p.kind, p.data, fields);
      const unknown = p.unknownRules ?? [];
      const rules = unknown.map((u) => `\`${u.rule}\``).join(', ');
      const near = unknown.filter((u) => u.near !== undefined);
      if (!near.length) return report(rule, 'unknownRule', { rules }, fields);
      // "did you mean `a`?" for one unknown rule; "`a` for `x`, `b` for `y`" for several.
      const suggestions = near.map((u) => `\`${u.near}\`${unknown.length > 1 ? ` for \`${u.rule}\`` : ''}`).join(', ');
      return report(rule, 'unknownRuleNear', { rules, suggestions }, fields);
    }),
};

/**
 * Frozen: the text the directive parser gave each problem before its wording moved to the
 * templates above. Fingerprints are built from it (baselines record them), so it never changes
 * when a message is reworded (test/engine/fingerprint-stability.test.ts).
 */
function fingerprintText(p: DirectiveProblem): string {
  switch (p.kind) {
    case 'malformedCluster':
      return 'Malformed directive: write `tidb-import-guard: cluster=<name>[,<name>]`.';
    case 'unknownDirective':
      return `Unknown directive \`${p.data['directive'] ?? ''}\`: use \`tidb-import-guard-ignore\`, \`tidb-import-guard-ignore-file\` or \`tidb-import-guard: cluster=…\`.`;
    case 'noReason':
      return 'Suppression without a reason: write `tidb-import-guard-ignore <rule>: <why this is safe>`.';
    case 'noRule':
      return 'Suppression names no rule: write `tidb-import-guard-ignore <rule>: <reason>`.';
    case 'unknownRule': {
      const unknown = p.unknownRules ?? [];
      const hint = unknown
        .filter((u) => u.near !== undefined)
        .map((u) => `did you mean \`${u.near}\`${unknown.length > 1 ? ` for \`${u.rule}\`` : ''}?`)
        .join(' ');
      return `Suppression names unknown rule ${unknown.map((u) => `\`${u.rule}\``).join(', ')}; ${hint ? `${hint} ` : ''}\`tidb-import-guard rules\` lists the rule ids.`;
    }
    case 'emptyReason':
      return 'Suppression without a reason: the text after the colon must say why this is safe.';
    case 'badDate':
      return `Suppression has a malformed date \`until=${p.data['until'] ?? ''}\`: write \`until=YYYY-MM-DD\`.`;
  }
}

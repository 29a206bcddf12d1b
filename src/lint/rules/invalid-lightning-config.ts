import type { Diagnostic } from '../../core/types.js';
import type { Rule } from './types.js';
import type { DocumentSubject } from './stages.js';
import { report, splitHeadline } from './report.js';
import { lightningProblems } from './lightning-problems.js';

export const rule: Rule<DocumentSubject, 'problem' | 'badFilter' | 'removed'> = {
  id: 'invalid-lightning-config',
  meta: {
    description:
      'A Lightning config Lightning would refuse to start with: unknown key, wrong type, bad or missing backend, conflicting settings, invalid filter.',
    rationale:
      'Lightning rejects unknown keys, so a typo such as `check-requirement = false` is a broken config, not a silent no-op; finding it at review saves a failed import window.',
    defaultSeverity: 'error',
    category: 'correctness',
    stage: 'document',
    anchor: 'the key',
    docs: 'docs/rules/invalid-lightning-config.md',
    summary: 'a Lightning config Lightning would refuse to start with',
    messages: {
      // Worded by the validator (src/lightning/validate.ts), which knows each key.
      problem: { message: '{{headline}}', help: '{{help}}' },
      badFilter: {
        message: 'Lightning refuses to start with this `[mydumper] filter` rule: {{error}}',
        help: 'fix the rule (table-filter syntax: `db.table`, `*`, `?`, `[...]`, `!` to exclude)',
      },
      removed: {
        message: '{{what}} was removed in {{product}} v{{removed}}; cluster `{{cluster}}` runs {{have}}, which refuses to start with it',
        help: 'remove it{{instead}}',
      },
    },
  },
  check(subject): Diagnostic[] {
    if (subject.kind !== 'lightning') return [];
    const out: Diagnostic[] = [];
    for (const p of lightningProblems(subject)) {
      if (p.kind !== 'invalid') continue;
      // The fingerprint stays the validator's whole text, as before the headline was cut from it.
      out.push(report(rule, 'problem', splitHeadline(p.message), { span: p.span, fingerprintKey: p.message }));
    }
    const { config, filter } = subject;
    if (config.filter && !filter.parsed.ok) {
      // An `@file` the repository lacks may exist where Lightning runs: not an error here.
      for (const e of filter.parsed.errors) {
        if (e.importLine === undefined && filter.missingImports.length && e.message.startsWith('cannot open filter file')) continue;
        const at = config.filter.rules[e.ruleIndex];
        const legacy = `Invalid table filter rule in \`[mydumper] filter\`: ${e.message}. Lightning refuses to start with it.`;
        if (at) out.push(report(rule, 'badFilter', { error: e.message }, { span: at.span, fingerprintKey: legacy }));
      }
    }
    return out;
  },
};

import { atLeast } from '../../core/version.js';
import type { Diagnostic } from '../../core/types.js';
import type { DeprecatedLightningKind, LightningProblem } from '../../parse/lightning/validate.js';
import type { Rule } from './types.js';
import type { DocumentSubject } from './stages.js';
import { report } from './report.js';
import { lightningProblems } from './lightning-problems.js';
import { featureOnCluster } from './versioned-feature.js';

export const rule: Rule<DocumentSubject, DeprecatedLightningKind | 'deprecatedOnVersion' | 'deprecatedSince'> = {
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
      // From src/parse/lightning/validate.ts, whose DEPRECATIONS table knows each replacement.
      deprecatedKey: { message: '`{{key}}` is deprecated', help: '{{instead}}' },
      deprecatedBoolean: { message: '`{{key}} = {{value}}` is a deprecated boolean', help: 'write `{{name}} = "{{replacement}}"`' },
      // Judged per cluster (`checkJob`): a deprecation that waits for the release of its replacement.
      deprecatedSince: {
        message: '{{what}} is deprecated since {{product}} v{{deprecated}} (cluster `{{cluster}}` runs {{have}})',
        help: 'replace it{{instead}}',
      },
      // Judged per cluster: a key or backend a later release removed, on a release that still accepts it.
      deprecatedOnVersion: {
        message: '{{what}} is deprecated: {{product}} {{have}} (cluster `{{cluster}}`) accepts it, v{{removed}} and later refuse it',
        help: 'replace it before upgrading{{instead}}',
      },
    },
  },
  check(subject): Diagnostic[] {
    if (subject.kind !== 'lightning') return [];
    const out: Diagnostic[] = [];
    for (const p of lightningProblems(subject)) {
      if (p.verdict === 'deprecated') out.push(report(rule, p.kind, p.data, { span: p.span, fingerprintKey: fingerprintText(p) }));
    }
    return out;
  },
  checkJob({ job, cluster }): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const f of job.versionedFeatures) {
      if (f.unreleased) continue;
      const on = featureOnCluster(f, { cluster });
      // Deprecated from the release that brought the replacement; the current spelling before it.
      if (f.deprecatedSince) {
        if (atLeast(on.have, f.deprecatedSince)) out.push(report(rule, 'deprecatedSince', on.data, on.fields));
      } else if (f.removedIn && f.deprecatedBefore && !atLeast(on.have, f.removedIn)) {
        // From the release that removed it, `invalid-lightning-config` reports it.
        out.push(report(rule, 'deprecatedOnVersion', on.data, on.fields));
      }
    }
    return out;
  },
};

/** The keys of DEPRECATIONS that are deprecated on every version, with the text they had before their wording moved here. */
const FROZEN_TEXT: Readonly<Record<string, string>> = {
  'mydumper.no-schema': '`mydumper.no-schema` is deprecated and kept only for compatibility: remove it',
  'lightning.pprof-port': '`lightning.pprof-port` is deprecated: use `status-addr` (e.g. `status-addr = ":8289"`)',
  'mydumper.csv.trim-last-separator':
    '`mydumper.csv.trim-last-separator` is deprecated: use `terminator` (e.g. a terminator that ends with the separator)',
  'tikv-importer.addr': '`tikv-importer.addr` is deprecated: it served only the removed `importer` backend; remove it',
};

/**
 * Frozen: the text the validator gave each problem before its wording moved to the templates
 * above. Fingerprints are built from it (baselines record them), so it never changes when a
 * message is reworded (test/engine/fingerprint-stability.test.ts).
 */
function fingerprintText(p: Extract<LightningProblem, { verdict: 'deprecated' }>): string {
  const d = (name: string): string => p.data[name] ?? '';
  if (p.kind === 'deprecatedBoolean')
    return `\`${d('key')} = ${d('value')}\` is a deprecated boolean: write \`${d('name')} = "${d('replacement')}"\``;
  return FROZEN_TEXT[d('key')] ?? `\`${d('key')}\` is deprecated: ${d('instead')}`;
}

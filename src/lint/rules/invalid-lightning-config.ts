import { atLeast } from '../../core/version.js';
import type { Diagnostic } from '../../core/types.js';
import type { InvalidLightningKind, LightningProblem } from '../../parse/lightning/validate.js';
import type { MessageTemplate, Rule } from './types.js';
import type { DocumentSubject } from './stages.js';
import { report } from './report.js';
import { lightningProblems } from './lightning-problems.js';
import { featureOnCluster } from './versioned-feature.js';

const REFUSES = 'Lightning refuses to start';
const UNKNOWN = `unknown key \`{{key}}\`: ${REFUSES} on unknown keys ("config file contained unknown configuration options")`;
const unknownKey = (help: string): MessageTemplate => ({ message: UNKNOWN, help });
const THRESHOLD = `${REFUSES} ("conflict.threshold cannot be set when use conflict.strategy = \\"error\\"")`;
const BACKEND = `${REFUSES} ("tikv-importer.backend must not be empty!"), although the docs call \`local\` (physical import) the default`;
const SET_BACKEND = 'Set `backend = "tidb"` for logical import, or `"local"` for physical import';

export const rule: Rule<DocumentSubject, InvalidLightningKind | 'badFilter' | 'removed'> = {
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
    // One message per check of src/parse/lightning/validate.ts (which knows each key), by its problem kind.
    messages: {
      unknownKey: unknownKey('remove it or fix its spelling'),
      unknownKeyNear: unknownKey('did you mean `{{near}}`?'),
      unknownKeyElsewhere: unknownKey('did you mean `{{near}}`? (`{{name}}` belongs in {{section}})'),
      unknownKeyLegacy: unknownKey('{{hint}}'),
      maxErrorKey: unknownKey('only `type` is read from the table form'),
      wrongType: {
        message: `\`{{key}}\` must be {{expected}}, not {{actual}}: ${REFUSES} when a value has the wrong type`,
        help: 'change the value to {{expected}}',
      },
      badValue: { message: `\`{{key}}\` = "{{value}}" is not a valid value: ${REFUSES}`, help: 'use one of {{allowed}}' },
      backendMissing: { message: `\`tikv-importer.backend\` is missing: ${BACKEND}`, help: SET_BACKEND },
      backendEmpty: { message: `\`tikv-importer.backend\` is empty: ${BACKEND}`, help: SET_BACKEND },
      unknownBackend: {
        message: `\`backend = "{{backend}}"\` is not a Lightning backend: ${REFUSES} ("unsupported \`tikv-importer.backend\`")`,
        help: 'use `local` (physical import) or `tidb` (logical import)',
      },
      routeIncomplete: {
        message: `route \`{{route}}\` has no {{missing}}: ${REFUSES} ("file route rule is invalid")`,
        help: 'add {{missing}} to the route',
      },
      routesWithFiles: {
        message: `\`[[routes]]\` cannot be combined with \`[[mydumper.files]]\`: ${REFUSES} ("table route is deprecated, can't config both [routes] and [mydumper.files]")`,
        help: 'rename tables with the `schema`/`table` of the file rules instead',
      },
      duplicateResolutionWith: {
        message: `\`tikv-importer.duplicate-resolution\` cannot be used together with \`{{other}}\`: ${REFUSES} ("{{other}} cannot be used with tikv-importer.duplicate-resolution")`,
        help: 'keep only `[conflict] strategy` (an empty strategy counts as not set)',
      },
      addIndexWithParallel: {
        message: `\`tikv-importer.add-index-by-sql\` cannot be used with \`tikv-importer.parallel-import\`: ${REFUSES} ("add-index-using-ddl cannot be used with tikv-importer.parallel-import")`,
        help: 'set `add-index-by-sql = false`, or turn off `parallel-import`',
      },
      thresholdWithError: {
        message: `\`conflict.threshold\` cannot be set with \`{{source}}\` = "error": ${THRESHOLD}`,
        help: 'remove the threshold or choose "replace" or "ignore"',
      },
      thresholdWithTidbDefault: {
        message: `\`conflict.threshold\` cannot be set with the tidb backend with no strategy (which means "error"): ${THRESHOLD}`,
        help: 'remove the threshold or choose "replace" or "ignore"',
      },
      ignoreWithLocal: {
        message: `\`{{key}} = "ignore"\` is not supported by the local (physical) backend: ${REFUSES}`,
        help: 'use "replace" or "error", or the tidb backend',
      },
      precheckConflictWithTidb: {
        message: `\`conflict.precheck-conflict-before-import = true\` cannot be used with \`backend = "tidb"\`: ${REFUSES}`,
        help: 'remove it: it applies to physical import only',
      },
      keyCaseTwice: {
        message:
          '`{{key}}` is written twice in different letter case: Lightning matches keys in any case and reads the two in random order, so either value may win',
        help: 'keep one spelling',
      },
      badFilter: {
        message: 'Lightning refuses to start with this `[mydumper] filter` rule: {{error}}',
        help: 'fix the rule (table-filter syntax: `db.table`, `*`, `?`, `[...]`, `!` to exclude)',
      },
      // Judged per cluster (`checkJob`): a key or backend the cluster's Lightning no longer has.
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
      if (p.verdict !== 'invalid') continue;
      out.push(report(rule, p.kind, p.data, { span: p.span, fingerprintKey: fingerprintText(p) }));
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
  // Removed keys and backends make Lightning refuse to start from the release that removed them
  // (docs/policy.md); before it, `deprecated-lightning-key` reports them when the docs deprecated them.
  checkJob({ job, cluster }): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const f of job.versionedFeatures) {
      if (f.unreleased || f.deprecatedSince || !f.removedIn) continue;
      const on = featureOnCluster(f, { cluster });
      if (atLeast(on.have, f.removedIn)) out.push(report(rule, 'removed', on.data, on.fields));
    }
    return out;
  },
};

/**
 * Frozen: the text the validator gave each problem before its wording moved to the templates
 * above. Fingerprints are built from it (baselines record them), so it never changes when a
 * message is reworded (test/engine/fingerprint-stability.test.ts).
 */
function fingerprintText(p: Extract<LightningProblem, { verdict: 'invalid' }>): string {
  const d = (name: string): string => p.data[name] ?? '';
  const refuses = 'Lightning refuses to start';
  const unknown = `unknown key \`${d('key')}\`: ${refuses} on unknown keys ("config file contained unknown configuration options")`;
  const threshold = (why: string) =>
    `\`conflict.threshold\` cannot be set with ${why}: ${refuses} ("conflict.threshold cannot be set when use conflict.strategy = \\"error\\""); remove the threshold or choose "replace" or "ignore"`;
  const backend = (state: string) =>
    `\`tikv-importer.backend\` is ${state}: ${refuses} ("tikv-importer.backend must not be empty!"), although the docs call \`local\` (physical import) the default. Set \`backend = "tidb"\` for logical import, or \`"local"\` for physical import`;
  switch (p.kind) {
    case 'unknownKey':
      return unknown;
    case 'unknownKeyNear':
      return `${unknown}; did you mean \`${d('near')}\`?`;
    case 'unknownKeyElsewhere':
      return `${unknown}; did you mean \`${d('near')}\`? (\`${d('name')}\` belongs in ${d('section')})`;
    case 'unknownKeyLegacy':
      return `${unknown}; ${d('hint')}`;
    case 'maxErrorKey':
      return `${unknown}; only \`type\` is read from the table form`;
    case 'wrongType':
      return `\`${d('key')}\` must be ${d('expected')}, not ${d('actual')}: ${refuses} when a value has the wrong type`;
    case 'badValue':
      return `\`${d('key')}\` = "${d('value')}" is not a valid value: ${refuses}; use one of ${d('allowed')}`;
    case 'backendMissing':
      return backend('missing');
    case 'backendEmpty':
      return backend('empty');
    case 'unknownBackend':
      return `\`backend = "${d('backend')}"\` is not a Lightning backend: ${refuses} ("unsupported \`tikv-importer.backend\`"); use \`local\` (physical import) or \`tidb\` (logical import)`;
    case 'routeIncomplete':
      return `route \`${d('route')}\` has no ${d('missing')}: ${refuses} ("file route rule is invalid")`;
    case 'routesWithFiles':
      return `\`[[routes]]\` cannot be combined with \`[[mydumper.files]]\`: ${refuses} ("table route is deprecated, can't config both [routes] and [mydumper.files]"); rename tables with the \`schema\`/\`table\` of the file rules instead`;
    case 'duplicateResolutionWith':
      return `\`tikv-importer.duplicate-resolution\` cannot be used together with \`${d('other')}\`: ${refuses} ("${d('other')} cannot be used with tikv-importer.duplicate-resolution"); keep only \`[conflict] strategy\` (an empty strategy counts as not set)`;
    case 'addIndexWithParallel':
      return `\`tikv-importer.add-index-by-sql\` cannot be used with \`tikv-importer.parallel-import\`: ${refuses} ("add-index-using-ddl cannot be used with tikv-importer.parallel-import")`;
    case 'thresholdWithError':
      return threshold(`\`${d('source')}\` = "error"`);
    case 'thresholdWithTidbDefault':
      return threshold('the tidb backend with no strategy (which means "error")');
    case 'ignoreWithLocal':
      return `\`${d('key')} = "ignore"\` is not supported by the local (physical) backend: ${refuses}; use "replace" or "error", or the tidb backend`;
    case 'precheckConflictWithTidb':
      return `\`conflict.precheck-conflict-before-import = true\` cannot be used with \`backend = "tidb"\`: ${refuses}; it applies to physical import only`;
    case 'keyCaseTwice':
      return `\`${d('key')}\` is written twice in different letter case`;
  }
}

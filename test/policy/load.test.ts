import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { discoverPolicy, loadPolicy } from '../../src/model/policy/load.js';
import type { Policy, PolicyProblem } from '../../src/model/policy/types.js';
import { fcParams } from '../helpers/properties.js';

/** An in-memory repository: the loader only sees what `read` returns. */
function reader(files: Record<string, string>): (path: string) => string | undefined {
  return (path) => files[path];
}

function load(text: string, extra: Record<string, string> = {}) {
  return loadPolicy('policy.yml', reader({ 'policy.yml': text, ...extra }));
}

function policyOf(text: string, extra: Record<string, string> = {}): Policy {
  const result = load(text, extra);
  if (!result.ok) throw new Error(`expected a valid policy, got:\n${result.problems.map(show).join('\n')}`);
  return result.policy;
}

function problemsOf(text: string, extra: Record<string, string> = {}): PolicyProblem[] {
  const result = load(text, extra);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

function show(p: PolicyProblem): string {
  return `${p.file}:${p.line}:${p.column}-${p.endLine}:${p.endColumn}: ${p.message}`;
}

const MINIMAL = `version: 1
clusters:
  prod:
    tidb_version: "8.5.1"
    match: { paths: ["deploy/prod/**"] }
    log_backup: { enabled: true }
`;

describe('valid policies', () => {
  it('loads the example policy clean', () => {
    const text = readFileSync(new URL('../../policies/example.yml', import.meta.url), 'utf8');
    const result = loadPolicy('policies/example.yml', reader({ 'policies/example.yml': text }));
    if (!result.ok) throw new Error(result.problems.map(show).join('\n'));
    const policy = result.policy;
    expect(policy.clusters.map((c) => c.name)).toEqual(['prod', 'dr', 'legacy']);
    const prod = policy.clusters[0]!;
    expect(prod.tidbVersion).toBe('8.5.1');
    expect(prod.logBackup).toMatchObject({ enabled: true, task: 'pitr-prod' });
    expect(prod.match).toEqual({ paths: ['deploy/prod/**', 'migrations/prod/**'], hosts: ['tidb.prod.internal'] });
    expect(prod.changefeeds.map((f) => [f.id, f.rules?.map((r) => r.rule), f.config, f.downstream])).toEqual([
      ['prod-to-dr', ['app.*', 'billing.*', '!app.tmp_*'], undefined, { cluster: 'dr' }],
      ['prod-to-kafka', undefined, 'cdc/prod-to-kafka.toml', { kind: 'kafka' }],
    ]);
    expect(prod.exemptions[0]?.tables.map((t) => t.rule)).toEqual(['scratch.*', 'app.tmp_*']);
    expect(prod.exemptions[0]?.skip).toEqual(['log_backup', 'changefeeds']);
    expect(policy.clusters[1]).toMatchObject({ name: 'dr', logBackup: { enabled: false }, changefeeds: [] });
    expect(policy.clusters[2]).toMatchObject({ name: 'legacy', tidbVersion: '7.1.0', logBackup: { enabled: true, task: 'pitr-legacy' } });
    expect(policy.waivers).toHaveLength(1);
    expect(policy.waivers[0]).toMatchObject({ rule: 'log-backup-gap', expires: '2026-12-31' });
    expect(policy.waivers[0]?.reason).toMatch(/CHG-1234/);
    expect(policy.scan.maxFileBytes).toBe(10 * 1024 * 1024);
    // the example documents its schema for editors
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
  });

  it('fills defaults from the schema and keeps positions', () => {
    const policy = policyOf(`version: 1
clusters:
  prod:
    tidb_version: "v8.5"
    match: { hosts: ["tidb.prod.internal"] }
    log_backup: { enabled: true }
    changefeeds:
      - id: feed-1
      - id: feed-2
        config: ./cdc/feed-2.toml
        downstream: { cluster: dr }
  dr:
    tidb_version: "8.5.1"
    lightning_version: "8.1.0"
    match: { paths: ["deploy/dr/**"] }
    log_backup: { enabled: false }
`);
    expect(policy.version).toBe(1);
    expect(policy.file).toBe('policy.yml');
    expect(policy.files).toEqual(['policy.yml']);
    expect(policy.scan).toEqual({
      include: ['**/*.sql', '**/*.toml'],
      exclude: ['**/node_modules/**', '**/vendor/**'],
      maxFileBytes: 10485760,
    });
    expect(policy.unmapped).toBe('error');
    expect(policy.rules).toEqual({});
    expect(policy.waivers).toEqual([]);
    const [prod, dr] = policy.clusters;
    expect(prod?.lightningVersion).toBe('v8.5');
    expect(prod?.match.paths).toEqual([]);
    expect(dr?.lightningVersion).toBe('8.1.0');
    expect(prod?.location).toEqual({ file: 'policy.yml', line: 3, column: 3, endLine: 3, endColumn: 7 });
    expect(prod?.logBackup.location).toMatchObject({ line: 6, column: 28 });
    const [feed1, feed2] = prod!.changefeeds;
    // no rules and no config: TiCDC's default, every table
    expect(feed1?.rules?.map((r) => r.rule)).toEqual(['*.*']);
    expect(feed1).toMatchObject({ forceReplicate: false, downstream: {} });
    expect(feed1?.caseSensitive).toBeUndefined();
    expect(feed1?.location).toMatchObject({ line: 8, column: 13, endLine: 8, endColumn: 19 });
    expect(feed2).toMatchObject({ config: 'cdc/feed-2.toml', downstream: { cluster: 'dr' } });
    expect(feed2?.rules).toBeUndefined();
  });

  it('returns deep-frozen data', () => {
    const policy = policyOf(MINIMAL);
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.clusters)).toBe(true);
    expect(Object.isFrozen(policy.clusters[0]!.match.paths)).toBe(true);
    expect(Object.isFrozen(policy.scan.include)).toBe(true);
  });

  it('reads size strings and byte counts', () => {
    const sizes: [string, number][] = [
      ['10MiB', 10485760],
      ['1 KB', 1000],
      ['2kB', 2000],
      ['3GiB', 3 * 1024 ** 3],
      ['512', 512],
      ['4096B', 4096],
    ];
    for (const [size, bytes] of sizes) {
      expect(policyOf(`${MINIMAL}scan: { max_file_bytes: "${size}" }\n`).scan.maxFileBytes).toBe(bytes);
    }
    expect(policyOf(`${MINIMAL}scan: { max_file_bytes: 2048 }\n`).scan.maxFileBytes).toBe(2048);
  });

  it('locates table-filter rules, rule overrides and waivers', () => {
    const policy = policyOf(`${MINIMAL}    exemptions:
      - tables: ["scratch.*"]
        skip: [log_backup]
        reason: staging
rules:
  unnecessary-override: off
  invalid-policy: error
waivers:
  - rule: changefeed-gap
    paths: ["deploy/prod/x.toml"]
    tables: [app.orders]
    reason: CHG-1
`);
    const exemption = policy.clusters[0]!.exemptions[0]!;
    expect(exemption.tables[0]?.location).toMatchObject({ line: 8, column: 18, endLine: 8, endColumn: 29 });
    expect(policy.rules).toEqual({ 'unnecessary-override': 'off', 'invalid-policy': 'error' });
    expect(policy.ruleLocations['unnecessary-override']).toMatchObject({ line: 12, column: 3 });
    const waiver = policy.waivers[0]!;
    expect(waiver.location).toMatchObject({ line: 15, column: 5 });
    expect(waiver.tables?.[0]).toMatchObject({ rule: 'app.orders', location: { line: 17, column: 14, endColumn: 24 } });
    expect(waiver.expires).toBeUndefined();
  });

  it('accepts CRLF line endings with the same positions', () => {
    const policy = policyOf(MINIMAL.replace(/\n/g, '\r\n'));
    expect(policy.clusters[0]?.location).toMatchObject({ line: 3, column: 3 });
  });
});

describe('invalid policies: one positioned problem in plain words', () => {
  it('unknown key with a suggestion', () => {
    const problems = problemsOf(MINIMAL.replace('log_backup: { enabled: true }', 'log_backup: { enabled: true, taks: pitr }'));
    expect(problems.map(show)).toEqual(['policy.yml:6:34-6:38: clusters.prod.log_backup: unknown key `taks`; did you mean `task`?']);
  });

  it('unknown top-level key and misspelt required key report the typo only', () => {
    const problems = problemsOf(`version: 1
clustres:
  prod: {}
`);
    expect(problems.map(show)).toEqual(['policy.yml:2:1-2:9: unknown key `clustres`; did you mean `clusters`?']);
  });

  it('unknown key without a close match lists the allowed keys', () => {
    const problems = problemsOf(MINIMAL.replace('match: {', 'zzzzzzzz: 1\n    match: {'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 5, column: 5 });
    expect(problems[0]?.message).toMatch(/^clusters\.prod: unknown key `zzzzzzzz`; expected one of `description`, `tidb_version`/);
  });

  it('missing required key', () => {
    const problems = problemsOf(MINIMAL.replace('log_backup: { enabled: true }', 'log_backup: { task: pitr }'));
    expect(problems.map(show)).toEqual(['policy.yml:6:5-6:15: clusters.prod.log_backup: missing required key `enabled` (true or false)']);
  });

  it('missing version and missing clusters', () => {
    expect(problemsOf('unmapped: warning\n').map((p) => p.message)).toEqual([
      'missing required key `clusters` (a mapping of cluster names to cluster definitions, with at least one cluster)',
      'missing required key `version` (the number 1)',
    ]);
  });

  it('wrong type: an unquoted version is a number', () => {
    const problems = problemsOf(MINIMAL.replace('"8.5.1"', '8.5'));
    expect(problems.map(show)).toEqual([
      'policy.yml:4:19-4:22: clusters.prod.tidb_version: expected a TiDB version string such as "8.5.1" (quote it so YAML keeps it a string), found the number 8.5',
    ]);
  });

  it('wrong type: a string where true/false is expected', () => {
    const problems = problemsOf(MINIMAL.replace('enabled: true', 'enabled: "yes"'));
    expect(problems.map(show)).toEqual(['policy.yml:6:28-6:33: clusters.prod.log_backup.enabled: expected true or false, found "yes"']);
  });

  it('bad enum value with a suggestion', () => {
    const problems = problemsOf(`${MINIMAL}unmapped: warn\n`);
    expect(problems.map(show)).toEqual([
      'policy.yml:7:11-7:15: unmapped: expected one of error, warning, notice, off, found "warn"; did you mean `warning`?',
    ]);
  });

  it('unknown rule id in rules', () => {
    const problems = problemsOf(`${MINIMAL}rules:\n  log-backup-gapp: warning\n`);
    expect(problems.map(show)).toEqual([
      'policy.yml:8:3-8:18: rules: `log-backup-gapp` is not a rule id of the rule catalog; did you mean `log-backup-gap`?',
    ]);
  });

  it('invalid-policy cannot be turned off', () => {
    const problems = problemsOf(`${MINIMAL}rules:\n  invalid-policy: off\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 8, column: 19 });
    expect(problems[0]?.message).toMatch(/invalid-policy cannot be off/);
  });

  it('bad date: pattern and calendar', () => {
    const waiver = (expires: string) =>
      `${MINIMAL}waivers:\n  - rule: log-backup-gap\n    paths: ["x"]\n    reason: r\n    expires: ${expires}\n`;
    expect(problemsOf(waiver('2026-02-30')).map(show)).toEqual([
      'policy.yml:11:14-11:24: waivers[0].expires: "2026-02-30" is not a real date; expected a date written YYYY-MM-DD',
    ]);
    expect(problemsOf(waiver('31/12/2026')).map(show)).toEqual([
      'policy.yml:11:14-11:24: waivers[0].expires: expected a date written YYYY-MM-DD, found "31/12/2026"',
    ]);
    expect(load(waiver('2028-02-29')).ok).toBe(true);
  });

  it('empty reason', () => {
    const problems = problemsOf(`${MINIMAL}waivers:\n  - rule: log-backup-gap\n    paths: ["x"]\n    reason: "  "\n`);
    expect(problems.map(show)).toEqual(['policy.yml:10:13-10:17: waivers[0].reason: expected a non-empty reason, found "  "']);
  });

  it('unknown downstream cluster', () => {
    const problems = problemsOf(`${MINIMAL}    changefeeds:
      - id: to-dr
        downstream: { cluster: dr }
`);
    expect(problems.map(show)).toEqual([
      'policy.yml:9:32-9:34: clusters.prod: downstream cluster `dr` is not defined in the policy; expected one of `prod`, or `kind` for a sink outside the policy',
    ]);
  });

  it('a changefeed into its own cluster', () => {
    const problems = problemsOf(`${MINIMAL}    changefeeds:\n      - id: loop\n        downstream: { cluster: prod }\n`);
    expect(problems.map((p) => p.message)).toEqual([
      'clusters.prod.changefeeds[0].downstream.cluster: a changefeed cannot replicate cluster `prod` into itself',
    ]);
  });

  it('downstream with both cluster and kind, or neither', () => {
    const both = problemsOf(`${MINIMAL}    changefeeds:\n      - id: f\n        downstream: { cluster: prod, kind: kafka }\n`);
    expect(both.map((p) => p.message)).toEqual([
      'clusters.prod.changefeeds[0].downstream: too many keys; expected a mapping with either `cluster` (a cluster of this policy) or `kind` (such as kafka)',
    ]);
    expect(both[0]).toMatchObject({ line: 9, column: 9 });
    const none = problemsOf(`${MINIMAL}    changefeeds:\n      - id: f\n        downstream: {}\n`);
    expect(none.map((p) => p.message)[0]).toMatch(/downstream: must not be empty/);
  });

  it('duplicate changefeed ids', () => {
    const problems = problemsOf(`${MINIMAL}    changefeeds:\n      - id: feed\n      - id: feed\n`);
    expect(problems.map(show)).toEqual([
      'policy.yml:9:13-9:17: clusters.prod.changefeeds[1].id: duplicate changefeed id `feed` (already defined at line 8)',
    ]);
  });

  it('exemption skip must name log_backup, changefeeds or a changefeed of the cluster', () => {
    const problems = problemsOf(`${MINIMAL}    changefeeds:
      - id: to-kafka
        downstream: { kind: kafka }
    exemptions:
      - tables: ["scratch.*"]
        skip: [log_backup, to-kafak, cdc]
        reason: staging
`);
    expect(problems.map(show)).toEqual([
      'policy.yml:12:28-12:36: clusters.prod.exemptions[0].skip[1]: `to-kafak` is not something to skip; expected log_backup, changefeeds, or a changefeed id of `prod` (to-kafka); did you mean `to-kafka`?',
      'policy.yml:12:38-12:41: clusters.prod.exemptions[0].skip[2]: `cdc` is not something to skip; expected log_backup, changefeeds, or a changefeed id of `prod` (to-kafka)',
    ]);
  });

  it('changefeed config with rules', () => {
    const problems = problemsOf(`${MINIMAL}    changefeeds:\n      - id: f\n        rules: ["a.*"]\n        config: cdc/f.toml\n`);
    expect(problems.map(show)).toEqual([
      'policy.yml:10:9-10:15: clusters.prod.changefeeds[0]: `config` cannot be combined with `rules`, `case_sensitive` or `force_replicate`: they are read from the changefeed config file',
    ]);
  });

  it('version must be 1', () => {
    const problems = problemsOf(MINIMAL.replace('version: 1', 'version: 2'));
    expect(problems.map(show)).toEqual(['policy.yml:1:10-1:11: version: expected the number 1, found the number 2']);
  });

  it('clusters must not be empty', () => {
    const problems = problemsOf('version: 1\nclusters: {}\n');
    expect(problems.map(show)).toEqual([
      'policy.yml:2:1-2:9: clusters: must not be empty; expected a mapping of cluster names to cluster definitions, with at least one cluster',
    ]);
  });

  it('match needs paths or hosts', () => {
    const problems = problemsOf(MINIMAL.replace('match: { paths: ["deploy/prod/**"] }', 'match: {}'));
    expect(problems.map(show)).toEqual([
      'policy.yml:5:5-5:10: clusters.prod.match: must not be empty; expected a mapping with `paths` and/or `hosts`',
    ]);
  });

  it('invalid cluster name', () => {
    const problems = problemsOf(MINIMAL.replace('  prod:', '  "prod east":'));
    expect(problems.map((p) => p.message)).toEqual([
      'clusters: `prod east` is not a cluster name (letters, digits, `_`, `.`, `-`; starting with a letter or digit)',
    ]);
    expect(problems[0]).toMatchObject({ line: 3, column: 3 });
  });

  it('YAML syntax error', () => {
    const problems = problemsOf('version: 1\nclusters:\n  prod: [unclosed\n');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: 'policy.yml', line: 4, column: 1 });
    expect(problems[0]?.message).toMatch(/^YAML syntax error: Flow sequence .* end with a \]$/);
    expect(problems[0]?.message).not.toMatch(/at line/);
  });

  it('YAML duplicate key', () => {
    const problems = problemsOf(`${MINIMAL}unmapped: off\nunmapped: error\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 8, column: 1 });
    expect(problems[0]?.message).toMatch(/^YAML syntax error: .*unique/i);
  });

  it('YAML with several documents', () => {
    const problems = problemsOf(`${MINIMAL}---\nversion: 1\n`);
    expect(problems[0]?.message).toMatch(/^YAML syntax error:/);
  });

  it('empty file, and a file of comments only', () => {
    for (const text of ['', '# nothing here\n', '\n\n']) {
      expect(problemsOf(text).map(show)).toEqual([
        'policy.yml:1:1-1:1: the policy file is empty; expected a mapping with `version: 1` and `clusters`',
      ]);
    }
  });

  it('a file that is not a mapping', () => {
    expect(problemsOf('- version: 1\n- clusters: {}\n').map(show)).toEqual([
      'policy.yml:1:1-1:13: the policy must be a mapping of keys such as `version`, `clusters` and `rules`',
    ]);
    expect(problemsOf('just text\n').map(show)).toEqual([
      'policy.yml:1:1-1:10: the policy must be a mapping of keys such as `version`, `clusters` and `rules`',
    ]);
  });

  it('a policy file that cannot be read', () => {
    const result = loadPolicy('missing.yml', () => undefined);
    expect(result.ok).toBe(false);
    expect(result.problems.map(show)).toEqual(['missing.yml:1:1-1:1: policy file `missing.yml` does not exist or cannot be read']);
  });

  it('reports several problems sorted by position', () => {
    const problems = problemsOf(`version: 1
unmapped: loud
clusters:
  prod:
    tidb_version: "8.5.1"
    match: { paths: ["x"] }
    log_backup: { enabled: maybe }
`);
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [2, 11],
      [7, 28],
    ]);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = loadPolicy('p.yml', () => text);
        if (!result.ok) for (const p of result.problems) expect(p.line).toBeGreaterThanOrEqual(1);
      }),
      fcParams('policy load: arbitrary text', 300),
    );
    // and YAML-ish garbage built from policy words
    const words = fc.constantFrom(
      'version: 1\n',
      'clusters:\n',
      '  prod:\n',
      '    tidb_version: "8.5"\n',
      '    match: { paths: [x] }\n',
      '    log_backup: { enabled: true }\n',
      '  - a\n',
      '&a [*a]\n',
      '{',
      ': :\n',
      'extends: [policy.yml]\n',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), (parts) => {
        const result = loadPolicy('policy.yml', reader({ 'policy.yml': parts.join('') }));
        expect(typeof result.ok).toBe('boolean');
      }),
      fcParams('policy load: policy words', 300),
    );
  });

  it('survives an alias bomb', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const result = loadPolicy('p.yml', () => `${bomb.join('\n')}\n`);
    expect(result.ok).toBe(false);
  });
});

describe('extends', () => {
  const SHARED = `version: 1
scan: { include: ["**/*.sql"], max_file_bytes: 1MiB }
unmapped: warning
clusters:
  prod:
    tidb_version: "7.5.0"
    match: { paths: ["old/**"] }
    log_backup: { enabled: false }
  dr:
    tidb_version: "8.5.1"
    match: { paths: ["deploy/dr/**"] }
    log_backup: { enabled: false }
rules:
  deprecated-lightning-key: notice
  unnecessary-override: off
waivers:
  - rule: log-backup-gap
    paths: ["a/**"]
    reason: base waiver
`;

  it('merges in order, this file last', () => {
    const policy = policyOf(
      `version: 1
extends: [./shared/base.yml]
scan: { exclude: [] }
clusters:
  prod:
    tidb_version: "8.5.1"
    match: { paths: ["deploy/prod/**"] }
    log_backup: { enabled: true }
    changefeeds:
      - id: prod-to-dr
        downstream: { cluster: dr }
rules:
  unnecessary-override: warning
waivers:
  - rule: changefeed-gap
    paths: ["b/**"]
    reason: top waiver
`,
      { 'shared/base.yml': SHARED },
    );
    expect(policy.files).toEqual(['shared/base.yml', 'policy.yml']);
    // clusters replaced whole by name, first-definition order kept
    expect(policy.clusters.map((c) => [c.name, c.tidbVersion, c.logBackup.enabled, c.match.paths[0]])).toEqual([
      ['prod', '8.5.1', true, 'deploy/prod/**'],
      ['dr', '8.5.1', false, 'deploy/dr/**'],
    ]);
    // positions stay in the file that defines the value
    expect(policy.clusters[0]?.location.file).toBe('policy.yml');
    expect(policy.clusters[1]?.location).toMatchObject({ file: 'shared/base.yml', line: 9, column: 3 });
    // rules merged key by key, later wins
    expect(policy.rules).toEqual({ 'deprecated-lightning-key': 'notice', 'unnecessary-override': 'warning' });
    expect(policy.ruleLocations['deprecated-lightning-key']?.file).toBe('shared/base.yml');
    expect(policy.ruleLocations['unnecessary-override']?.file).toBe('policy.yml');
    // waivers concatenated, base first
    expect(policy.waivers.map((w) => [w.reason, w.location.file])).toEqual([
      ['base waiver', 'shared/base.yml'],
      ['top waiver', 'policy.yml'],
    ]);
    // scan keys: the last file that sets one wins
    expect(policy.scan).toEqual({ include: ['**/*.sql'], exclude: [], maxFileBytes: 1024 * 1024 });
    expect(policy.unmapped).toBe('warning');
  });

  it('a file that extends may leave out clusters; the merged one must have them', () => {
    const policy = policyOf('version: 1\nextends: [base.yml]\nrules: { syntax-error: warning }\n', { 'base.yml': SHARED });
    expect(policy.clusters.map((c) => c.name)).toEqual(['prod', 'dr']);
    const problems = problemsOf('version: 1\nextends: [base.yml]\n', { 'base.yml': 'version: 1\nextends: []\n' });
    expect(problems.map((p) => p.message)).toEqual([
      'no clusters: the policy (with the files it extends) must define at least one cluster under `clusters`',
    ]);
  });

  it('resolves paths relative to the extending file', () => {
    const policy = loadPolicy(
      '.github/policy.yml',
      reader({
        '.github/policy.yml': 'version: 1\nextends: [../shared/a.yml]\n',
        'shared/a.yml': 'version: 1\nextends: [b.yml]\n',
        'shared/b.yml': MINIMAL,
      }),
    );
    expect(policy.ok && policy.policy.files).toEqual(['shared/b.yml', 'shared/a.yml', '.github/policy.yml']);
  });

  it('merges a file reached twice once (diamond)', () => {
    const policy = policyOf('version: 1\nextends: [a.yml, b.yml]\n', {
      'a.yml': 'version: 1\nextends: [base.yml]\n',
      'b.yml': 'version: 1\nextends: [base.yml]\n',
      'base.yml': SHARED,
    });
    expect(policy.files).toEqual(['base.yml', 'a.yml', 'b.yml', 'policy.yml']);
    expect(policy.waivers).toHaveLength(1);
  });

  it('a downstream cluster may be defined in another file', () => {
    const policy = policyOf(`${MINIMAL}    changefeeds:\n      - id: to-dr\n        downstream: { cluster: dr }\nextends: [base.yml]\n`, {
      'base.yml': SHARED.replace(/ {2}prod:\n( {4}.*\n){3}/, ''),
    });
    expect(policy.clusters.map((c) => c.name)).toEqual(['dr', 'prod']);
  });

  it('missing extends file: problem at the entry', () => {
    const problems = problemsOf(`version: 1\nextends:\n  - ./shared.yml\n  - ./missing.yml\n`, { 'shared.yml': MINIMAL });
    expect(problems.map(show)).toEqual(['policy.yml:4:5-4:18: extends: policy file `missing.yml` does not exist or cannot be read']);
  });

  it('extends cycle: problem at the entry that closes it', () => {
    const problems = problemsOf(`version: 1\nextends: [a.yml]\n${MINIMAL.slice('version: 1\n'.length)}`, {
      'a.yml': 'version: 1\nextends:\n  - policy.yml\n',
    });
    expect(problems.map(show)).toEqual(['a.yml:3:5-3:15: extends cycle: policy.yml → a.yml → policy.yml']);
  });

  it('a file extending itself', () => {
    expect(problemsOf(`${MINIMAL}extends: [./policy.yml]\n`).map(show)).toEqual([
      'policy.yml:7:11-7:23: extends cycle: policy.yml → policy.yml',
    ]);
  });

  it('only local relative paths', () => {
    const cases: [string, RegExp][] = [
      ['https://example.com/p.yml', /is not a local path/],
      ['/etc/policy.yml', /is not a relative path/],
      ['~/policy.yml', /is not a relative path/],
      ['../outside.yml', /points outside the repository/],
      ['shared\\\\p.yml', /write paths with `\/`/],
    ];
    for (const [entry, message] of cases) {
      const problems = problemsOf(`${MINIMAL}extends: ["${entry}"]\n`);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ line: 7, column: 11 });
      expect(problems[0]?.message).toMatch(message);
    }
  });

  it('problems in an extended file are reported in that file', () => {
    const problems = problemsOf('version: 1\nextends: [base.yml]\n', { 'base.yml': MINIMAL.replace('enabled: true', 'enabeld: true') });
    expect(problems.map(show)).toEqual(['base.yml:6:19-6:26: clusters.prod.log_backup: unknown key `enabeld`; did you mean `enabled`?']);
  });
});

describe('discoverPolicy', () => {
  it('prefers .github/ and .yml', () => {
    const has =
      (...files: string[]) =>
      (path: string) =>
        files.includes(path);
    expect(discoverPolicy(has('.github/tidb-import-guard.yml', 'tidb-import-guard.yml'))).toBe('.github/tidb-import-guard.yml');
    expect(discoverPolicy(has('tidb-import-guard.yml', '.github/tidb-import-guard.yaml'))).toBe('.github/tidb-import-guard.yaml');
    expect(discoverPolicy(has('tidb-import-guard.yaml', 'tidb-import-guard.yml'))).toBe('tidb-import-guard.yml');
    expect(discoverPolicy(has('tidb-import-guard.yaml'))).toBe('tidb-import-guard.yaml');
    expect(discoverPolicy(has('policy.yml'))).toBeUndefined();
  });
});

describe('values left empty', () => {
  it('a cluster with nothing under it', () => {
    const problems = problemsOf('version: 1\nclusters:\n  prod:\n');
    expect(problems.map(show)).toEqual([
      'policy.yml:3:3-3:7: clusters.prod: expected a mapping with `tidb_version`, `match` and `log_backup`, found nothing',
    ]);
  });

  it('a string where a list is expected', () => {
    const problems = problemsOf(MINIMAL.replace('paths: ["deploy/prod/**"]', 'paths: deploy/prod/**'));
    expect(problems.map(show)).toEqual([
      'policy.yml:5:21-5:35: clusters.prod.match.paths: expected a non-empty list of globs, found "deploy/prod/**"',
    ]);
  });
});

describe('reading', () => {
  it('a reader that throws makes the file unreadable, not a crash', () => {
    const result = loadPolicy('p.yml', () => {
      throw new Error('EACCES');
    });
    expect(result.problems.map((p) => p.message)).toEqual(['policy file `p.yml` does not exist or cannot be read']);
  });
});

describe('scan', () => {
  it('an empty include list would lint nothing: rejected', () => {
    expect(problemsOf(`${MINIMAL}scan: { include: [] }\n`).map((p) => p.message)).toEqual([
      'scan.include: the list is empty; expected a list of globs such as ["**/*.sql", "**/*.toml"]',
    ]);
  });

  it('a bad size', () => {
    expect(problemsOf(`${MINIMAL}scan: { max_file_bytes: 0 }\n`).map((p) => p.message)).toEqual([
      'scan.max_file_bytes: expected a number of bytes or a size such as 10MiB (units B, KB, MB, GB, KiB, MiB, GiB) of at least 1, found the number 0',
    ]);
    expect(policyOf(`${MINIMAL}scan: { max_file_bytes: 10 MB }\n`).scan.maxFileBytes).toBe(10_000_000);
    expect(problemsOf(`${MINIMAL}scan: { max_file_bytes: 10 mb }\n`).map(show)).toEqual([
      'policy.yml:7:25-7:30: scan.max_file_bytes: expected a number of bytes or a size such as 10MiB (units B, KB, MB, GB, KiB, MiB, GiB), found "10 mb"',
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/model/policy/load.js';
import type { Policy } from '../../src/model/policy/types.js';
import { diffPolicies, type DiffOptions, type Weakening } from '../../src/model/policy/weakened.js';
import { rule } from '../../src/lint/rules/policy-weakened.js';
import { ruleMeta } from '../../src/lint/rules/registry.js';
import type { PolicySubject } from '../../src/lint/rules/stages.js';

const FILE = '.github/tidb-import-guard.yml';

function policyOf(text: string, extra: Record<string, string> = {}): Policy {
  const files: Record<string, string> = { [FILE]: text, ...extra };
  const result = loadPolicy(FILE, (path) => files[path]);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n'));
  return result.policy;
}

/**
 * Diffs two policy texts with the registry's default severities, as the shells do; locations come
 * from the head policy's position index, built when it was loaded.
 */
function diff(base: string, head: string, options: { extra?: Record<string, string> } & DiffOptions = {}): Weakening[] {
  return diffPolicies(policyOf(base, options.extra), policyOf(head, options.extra), {
    defaultSeverity: options.defaultSeverity ?? ((id) => ruleMeta(id)?.defaultSeverity),
  });
}

/** The 1-based line of the first line of `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  // A needle starting with a newline must start its line.
  const index = needle.startsWith('\n')
    ? text.split('\n').findIndex((l) => l.startsWith(needle.slice(1)))
    : text.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`no line with ${needle}`);
  return index + 1;
}

function columnOf(text: string, needle: string): number {
  const line = text.split('\n')[lineOf(text, needle) - 1] as string;
  return line.indexOf(needle) + 1;
}

const BASE = `version: 1
scan:
  include: ["**/*.sql", "**/*.toml"]
  exclude: ["**/node_modules/**"]
  max_file_bytes: 10MiB
unmapped: error
clusters:
  prod:
    tidb_version: "8.5.1"
    match:
      paths: ["deploy/prod/**", "migrations/prod/**"]
      hosts: ["tidb.prod.internal"]
    log_backup:
      enabled: true
      task: pitr-prod
    changefeeds:
      - id: prod-to-dr
        rules: ["app.*", "billing.*", "!app.tmp_*"]
        downstream: { cluster: dr }
      - id: prod-to-kafka
        rules: ["billing.*"]
        downstream: { kind: kafka }
    exemptions:
      - tables: ["scratch.*"]
        skip: [log_backup, changefeeds]
        reason: Rebuildable staging data
  dr:
    tidb_version: "8.5.1"
    match: { paths: ["deploy/dr/**"] }
    log_backup: { enabled: false }
rules:
  deprecated-lightning-key: notice
waivers:
  - rule: log-backup-gap
    paths: ["deploy/prod/backfill.toml"]
    tables: ["app.orders"]
    reason: "CHG-1: snapshot right after"
    expires: 2026-12-31
`;

/** BASE with one substring replaced (the replacement must happen). */
function edit(from: string, to: string, text = BASE): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

describe('identical and stricter policies', () => {
  it('identical policies produce nothing', () => {
    expect(diff(BASE, BASE)).toEqual([]);
  });

  it('reformatting and reordering produce nothing', () => {
    const head = edit(
      '    match: { paths: ["deploy/dr/**"] }\n    log_backup: { enabled: false }',
      '    log_backup:\n      enabled: false\n    match:\n      paths: ["deploy/dr/**"]',
    );
    expect(diff(BASE, head)).toEqual([]);
  });

  it('stricter changes produce nothing', () => {
    let head = BASE;
    head = edit('    log_backup: { enabled: false }', '    log_backup: { enabled: true }', head); // dr gains log backup
    head = edit('rules: ["app.*", "billing.*", "!app.tmp_*"]', 'rules: ["app.*", "billing.*", "orders.*"]', head); // widened
    head = edit('      - tables: ["scratch.*"]', '      - tables: ["scratch.tmp_*"]', head); // exemption narrowed
    head = edit('  deprecated-lightning-key: notice', '  deprecated-lightning-key: error', head); // raised
    head = edit('    expires: 2026-12-31', '    expires: 2026-12-01', head); // waiver shortened
    head = edit('        downstream: { cluster: dr }', '        downstream: { kind: mysql }', head); // cluster → kind
    head = edit('  exclude: ["**/node_modules/**"]', '  exclude: []', head);
    head = edit('  max_file_bytes: 10MiB', '  max_file_bytes: 5MiB', head); // lowered: over-limit files are errors
    head = edit('      hosts: ["tidb.prod.internal"]', '      hosts: ["tidb.prod.internal", "10.0.1.*"]', head);
    expect(diff(BASE, head)).toEqual([]);
  });

  it('a new cluster, a new changefeed and a removed waiver or exemption produce nothing', () => {
    let head = BASE.slice(0, BASE.indexOf('waivers:'));
    head = edit(
      '    exemptions:\n      - tables: ["scratch.*"]\n        skip: [log_backup, changefeeds]\n        reason: Rebuildable staging data\n',
      '',
      head,
    );
    head = edit(
      '      - id: prod-to-kafka',
      '      - id: prod-to-s3\n        rules: ["*.*"]\n        downstream: { kind: storage }\n      - id: prod-to-kafka',
      head,
    );
    head = edit(
      'rules:\n',
      '  staging:\n    tidb_version: "8.5.1"\n    match: { paths: ["deploy/staging/**"] }\n    log_backup: { enabled: true }\nrules:\n',
      head,
    );
    expect(diff(BASE, head)).toEqual([]);
  });
});

describe('clusters', () => {
  it('a removed cluster is anchored at the clusters key', () => {
    const head = edit(
      '  dr:\n    tidb_version: "8.5.1"\n    match: { paths: ["deploy/dr/**"] }\n    log_backup: { enabled: false }\n',
      '',
      edit('        downstream: { cluster: dr }', '        downstream: { kind: tidb }'),
    );
    const found = diff(BASE, head);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'cluster-removed', cluster: 'dr', key: 'cluster-removed:dr' });
    expect(found[0]!.message).toContain('Cluster `dr` was removed');
    expect(found[0]!.location).toMatchObject({ file: FILE, line: lineOf(head, 'clusters:'), column: 1 });
  });

  it('a removed guarded cluster says what it had, anchored at the clusters key', () => {
    const head = `version: 1
clusters:
  dr:
    tidb_version: "8.5.1"
    match: { paths: ["deploy/dr/**"] }
    log_backup: { enabled: false }
`;
    const found = diff(BASE, head).filter((w) => w.kind === 'cluster-removed');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('log backup `pitr-prod` and changefeeds `prod-to-dr`, `prod-to-kafka`');
    expect(found[0]!.location).toEqual({ file: FILE, line: 2, column: 1, endLine: 2, endColumn: 9 });
  });

  it('log backup switched off is anchored at the enabled value', () => {
    const head = edit('    log_backup:\n      enabled: true', '    log_backup:\n      enabled: false');
    const found = diff(BASE, head);
    expect(found.map((w) => w.kind)).toEqual(['log-backup-disabled']);
    expect(found[0]!.message).toContain(
      'Log backup of cluster `prod` (task `pitr-prod`) was switched off (log_backup.enabled: true → false)',
    );
    const line = lineOf(head, 'enabled: false');
    expect(found[0]!.location).toMatchObject({
      line,
      column: columnOf(head, 'false'),
      endLine: line,
      endColumn: columnOf(head, 'false') + 5,
    });
  });

  it('a Lightning version lowered below v6.5.0 on a guarded cluster', () => {
    const head = edit('    tidb_version: "8.5.1"\n    match:\n', '    tidb_version: "8.5.1"\n    lightning_version: "6.1.0"\n    match:\n');
    const found = diff(BASE, head);
    expect(found.map((w) => w.kind)).toEqual(['lightning-precheck-lost']);
    expect(found[0]!.message).toContain('lowered from v8.5.1 to v6.1.0, below v6.5.0');
    expect(found[0]!.location).toMatchObject({ line: lineOf(head, 'lightning_version'), column: columnOf(head, '"6.1.0"') });
  });

  it('version changes that stay on one side of v6.5.0, or are on an unguarded cluster, produce nothing', () => {
    const lower = edit('    tidb_version: "8.5.1"\n    match:\n', '    tidb_version: "8.1.0"\n    match:\n');
    expect(diff(BASE, lower)).toEqual([]);
    const drLower = edit(
      '    tidb_version: "8.5.1"\n    match: { paths: ["deploy/dr/**"] }',
      '    tidb_version: "6.1.0"\n    match: { paths: ["deploy/dr/**"] }',
    );
    expect(diff(BASE, drLower)).toEqual([]);
  });

  it('a removed match path glob and host pattern', () => {
    const head = edit(
      '      paths: ["deploy/prod/**", "migrations/prod/**"]\n      hosts: ["tidb.prod.internal"]',
      '      paths: ["deploy/prod/**"]',
    );
    const found = diff(BASE, head);
    // Sorted by location: the hosts key is gone, so that one is anchored at its parent `match`.
    expect(found.map((w) => [w.kind, w.key, w.location.line])).toEqual([
      ['match-narrowed', 'match-narrowed:prod:hosts:tidb.prod.internal', lineOf(head, '    match:')],
      ['match-narrowed', 'match-narrowed:prod:paths:migrations/prod/**', lineOf(head, '      paths:')],
    ]);
    expect(found[1]!.message).toContain('`migrations/prod/**` was removed from clusters.prod.match.paths');
    expect(found[0]!.message).toContain('The host pattern `tidb.prod.internal` was removed from clusters.prod.match.hosts');
  });
});

describe('changefeeds', () => {
  it('a removed changefeed is anchored at the changefeeds key of its cluster', () => {
    const head = edit('      - id: prod-to-kafka\n        rules: ["billing.*"]\n        downstream: { kind: kafka }\n', '');
    const found = diff(BASE, head);
    expect(found.map((w) => w.kind)).toEqual(['changefeed-removed']);
    expect(found[0]!.message).toBe(
      'Changefeed `prod-to-kafka` of cluster `prod` (to kafka) was removed: imports into `prod` are no longer checked for replication gaps through it.',
    );
    expect(found[0]!.location.line).toBe(lineOf(head, 'changefeeds:'));
  });

  it('the last changefeed removed: anchored at the cluster, which no longer writes `changefeeds`', () => {
    const head = edit(
      '    changefeeds:\n      - id: prod-to-dr\n        rules: ["app.*", "billing.*", "!app.tmp_*"]\n        downstream: { cluster: dr }\n      - id: prod-to-kafka\n        rules: ["billing.*"]\n        downstream: { kind: kafka }\n',
      '',
    ).replace('skip: [log_backup, changefeeds]', 'skip: [log_backup]');
    const found = diff(BASE, head);
    expect(found.map((w) => w.key)).toEqual(['changefeed-removed:prod:prod-to-dr', 'changefeed-removed:prod:prod-to-kafka']);
    expect(found[0]!.location).toMatchObject({ line: lineOf(head, '  prod:'), column: 3 });
  });

  it('rules narrowed: a witness table from the filter algebra, anchored at the added rule', () => {
    const head = edit('rules: ["app.*", "billing.*", "!app.tmp_*"]', 'rules: ["app.*", "billing.*", "!app.tmp_*", "!billing.audit_*"]');
    const found = diff(BASE, head);
    expect(found.map((w) => w.kind)).toEqual(['changefeed-narrowed']);
    expect(found[0]!.message).toContain('Changefeed `prod-to-dr` of cluster `prod` no longer replicates `billing.audit_');
    expect(found[0]!.message).toContain('(for example; it matches `billing.*`)');
    expect(found[0]!.message).toContain(
      `changed from ['app.*', 'billing.*', '!app.tmp_*'] to ['app.*', 'billing.*', '!app.tmp_*', '!billing.audit_*']`,
    );
    expect(found[0]!.location).toMatchObject({ line: lineOf(head, '!billing.audit_*'), column: columnOf(head, '"!billing.audit_*"') });
  });

  it('a removed rule is a narrowing anchored at the id', () => {
    const head = edit('rules: ["app.*", "billing.*", "!app.tmp_*"]', 'rules: ["app.*", "!app.tmp_*"]');
    const found = diff(BASE, head);
    expect(found.map((w) => w.kind)).toEqual(['changefeed-narrowed']);
    expect(found[0]!.message).toMatch(/no longer replicates `billing\.\w+` \(for example; it matches `billing\.\*`\)/);
    expect(found[0]!.location).toMatchObject({ line: lineOf(head, 'id: prod-to-dr'), column: columnOf(head, 'prod-to-dr') });
  });

  it('rewriting rules to the same set is not a narrowing (sets, not strings)', () => {
    const head = edit('rules: ["app.*", "billing.*", "!app.tmp_*"]', 'rules: ["billing.*", "app.*", "!app.tmp_*", "billing.x"]');
    expect(diff(BASE, head)).toEqual([]);
    const regex = edit('rules: ["billing.*"]', 'rules: ["/^billing$/.*"]');
    expect(diff(BASE, regex)).toEqual([]);
  });

  it('removing from the rules only tables that were exempt anyway is not a narrowing', () => {
    const base = edit('rules: ["app.*", "billing.*", "!app.tmp_*"]', 'rules: ["app.*", "billing.*", "scratch.*"]');
    const head = edit('rules: ["app.*", "billing.*", "!app.tmp_*"]', 'rules: ["app.*", "billing.*"]');
    // base: scratch.* replicated by rules but exempt; head drops it from the rules. app.tmp_* is
    // added back to head (wider). Nothing the base protected is lost.
    expect(diff(base, head)).toEqual([]);
  });

  it('case sensitivity switched on narrows (App.x no longer matches app.*)', () => {
    const head = edit('        downstream: { cluster: dr }', '        case_sensitive: true\n        downstream: { cluster: dr }');
    const found = diff(BASE, head);
    expect(found.map((w) => w.kind)).toEqual(['changefeed-narrowed']);
    expect(found[0]!.message).toContain('its case sensitivity changed from false to true.');
    expect(found[0]!.message).not.toContain('its rules changed');
    // The witness differs from a lowercase name only in case.
    const witness = /no longer replicates `([^`]+)`/.exec(found[0]!.message)?.[1] ?? '';
    expect(witness.toLowerCase()).toMatch(/^(app|billing)\./);
    expect(witness).not.toBe(witness.toLowerCase());
  });

  it('the TiCDC default case sensitivity follows tidb_version: lowering 8.5.1 to 6.5.0 narrows', () => {
    const head = edit('    tidb_version: "8.5.1"\n    match:\n', '    tidb_version: "6.5.0"\n    match:\n');
    const found = diff(BASE, head);
    expect(found.map((w) => w.key)).toEqual(['changefeed-narrowed:prod:prod-to-dr', 'changefeed-narrowed:prod:prod-to-kafka']);
    expect(found[0]!.message).toContain("its case sensitivity changed from false to true (TiCDC's default for tidb_version 6.5.0)");
  });

  it('force_replicate true → false', () => {
    const base = edit('        downstream: { kind: kafka }', '        force_replicate: true\n        downstream: { kind: kafka }');
    const found = diff(base, BASE);
    expect(found.map((w) => w.kind)).toEqual(['changefeed-force-replicate-off']);
    expect(found[0]!.message).toContain('`prod-to-kafka` of cluster `prod` no longer sets force_replicate (true → false)');
    expect(diff(BASE, base)).toEqual([]);
  });

  it('rules replaced by a config file cannot be compared and are reported', () => {
    const head = edit(
      '        rules: ["billing.*"]\n        downstream: { kind: kafka }',
      '        config: cdc/kafka.toml\n        downstream: { kind: kafka }',
    );
    const found = diff(BASE, head);
    expect(found.map((w) => w.kind)).toEqual(['changefeed-config-changed']);
    expect(found[0]!.message).toContain("now takes its tables from config `cdc/kafka.toml` instead of rules ['billing.*']");
  });

  it('downstream changed to another cluster', () => {
    const head = edit('        downstream: { kind: kafka }', '        downstream: { cluster: dr }');
    const found = diff(BASE, head);
    expect(found.map((w) => w.kind)).toEqual(['changefeed-downstream-changed']);
    expect(found[0]!.message).toContain('now names cluster `dr` as its downstream (was kind `kafka`)');
    expect(found[0]!.location.line).toBe(lineOf(head, 'id: prod-to-kafka'));
  });
});

describe('exemptions', () => {
  it('a new exemption names a witness table and what it is exempted from', () => {
    const head = edit(
      '        reason: Rebuildable staging data\n',
      '        reason: Rebuildable staging data\n      - tables: ["billing.audit_*"]\n        skip: [log_backup]\n        reason: Audit copies live elsewhere\n',
    );
    const found = diff(BASE, head);
    expect(found.map((w) => w.kind)).toEqual(['exemption-widened']);
    expect(found[0]!.message).toMatch(
      /^A new exemption of cluster `prod` \(tables `billing\.audit_\*`; skip log_backup\) now exempts `billing\.audit_\w*` \(for example; it matches `billing\.audit_\*`\) from log backup `pitr-prod`, which the base policy protected\.$/,
    );
    expect(found[0]!.location).toMatchObject({
      line: lineOf(head, 'billing.audit_*'),
      column: columnOf(head, '- tables: ["billing.audit_*"]') + 2,
    });
  });

  it('widened tables of an existing exemption, across log backup and changefeeds', () => {
    const head = edit('      - tables: ["scratch.*"]', '      - tables: ["scratch.*", "billing.tmp"]');
    const found = diff(BASE, head);
    expect(found.map((w) => w.kind)).toEqual(['exemption-widened']);
    expect(found[0]!.message).toContain('A widened exemption of cluster `prod`');
    expect(found[0]!.message).toContain(
      'now exempts `billing.tmp` from log backup `pitr-prod`, changefeed `prod-to-dr` and changefeed `prod-to-kafka`',
    );
  });

  it('skip gaining an entry', () => {
    const base = edit(
      '      - tables: ["scratch.*"]\n        skip: [log_backup, changefeeds]',
      '      - tables: ["billing.archive_*"]\n        skip: [log_backup]',
    );
    const head = edit(
      '      - tables: ["scratch.*"]\n        skip: [log_backup, changefeeds]',
      '      - tables: ["billing.archive_*"]\n        skip: [log_backup, prod-to-kafka]',
    );
    const found = diff(base, head);
    expect(found.map((w) => w.kind)).toEqual(['exemption-widened']);
    expect(found[0]!.message).toMatch(
      /^A widened exemption .* now exempts `billing\.archive_\w*` \(for example; it matches `billing\.archive_\*`\) from changefeed `prod-to-kafka`, which/,
    );
  });

  it('exempting from changefeeds tables no changefeed replicates is not a weakening', () => {
    // scratch.* is in neither changefeed's rules: skipping changefeeds for it loses nothing.
    const base = edit('        skip: [log_backup, changefeeds]', '        skip: [log_backup]');
    expect(diff(base, BASE)).toEqual([]);
  });

  it('moving a table between exemptions is not a weakening', () => {
    const base = edit('      - tables: ["scratch.*"]', '      - tables: ["scratch.*", "app.tmp_x"]');
    const head = edit(
      '        reason: Rebuildable staging data\n',
      '        reason: Rebuildable staging data\n      - tables: ["app.tmp_x"]\n        skip: [log_backup, changefeeds]\n        reason: moved\n',
    );
    expect(diff(base, head)).toEqual([]);
  });

  it('exemptions match case-insensitively: re-casing a rule is not a widening', () => {
    const head = edit('      - tables: ["scratch.*"]', '      - tables: ["SCRATCH.*"]');
    expect(diff(BASE, head)).toEqual([]);
  });
});

describe('waivers', () => {
  const waiver = (body: string): string => BASE.slice(0, BASE.indexOf('waivers:')) + 'waivers:\n' + body;
  const BASE_WAIVER = `  - rule: log-backup-gap
    paths: ["deploy/prod/backfill.toml"]
    tables: ["app.orders"]
    reason: "CHG-1: snapshot right after"
    expires: 2026-12-31
`;

  it('a new waiver', () => {
    const head = waiver(
      BASE_WAIVER + '  - rule: changefeed-gap\n    paths: ["deploy/prod/**"]\n    reason: "CHG-2: downstream reloaded"\n',
    );
    const found = diff(BASE, head);
    expect(found.map((w) => w.kind)).toEqual(['waiver-widened']);
    expect(found[0]!.message).toBe(
      'A new waiver of `changefeed-gap` for `deploy/prod/**` (all tables; no expiry): these findings are no longer reported as failures.',
    );
    expect(found[0]!.location.line).toBe(lineOf(head, 'rule: changefeed-gap'));
    expect(found[0]!.key).toBe('waiver-widened:changefeed-gap:deploy/prod/**');
  });

  it('paths added, tables widened and expiry extended', () => {
    const head = waiver(`  - rule: log-backup-gap
    paths: ["deploy/prod/backfill.toml", "deploy/prod/backfill-2.toml"]
    tables: ["app.orders", "app.order_*"]
    reason: "CHG-1: snapshot right after"
    expires: 2027-06-30
`);
    const found = diff(BASE, head);
    expect(found).toHaveLength(1);
    const m = found[0]!.message;
    expect(m).toContain('A waiver of `log-backup-gap` for `deploy/prod/backfill.toml`, `deploy/prod/backfill-2.toml`');
    expect(m).toContain('paths gained `deploy/prod/backfill-2.toml`');
    expect(m).toMatch(/it now covers `app\.order_\w*` \(for example; it matches `app\.order_\*`\)/);
    expect(m).toContain('its expiry was extended from 2026-12-31 to 2027-06-30');
    // Anchored at the table rule that widened it.
    expect(found[0]!.location).toMatchObject({ line: lineOf(head, 'app.order_*'), column: columnOf(head, '"app.order_*"') });
  });

  it('tables limit and expiry removed', () => {
    const head = waiver(`  - rule: log-backup-gap
    paths: ["deploy/prod/backfill.toml"]
    reason: "CHG-1: snapshot right after"
`);
    const found = diff(BASE, head);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('its `tables` limit (`app.orders`) was removed, so it covers every table');
    expect(found[0]!.message).toContain('its expiry was removed (was 2026-12-31)');
    expect(found[0]!.location.line).toBe(lineOf(head, '- rule: log-backup-gap'));
  });

  it('a narrower or equal waiver, or one with a new reason, is not a weakening', () => {
    const head = waiver(`  - rule: log-backup-gap
    paths: ["deploy/prod/backfill.toml"]
    tables: ["APP.orders"]
    reason: "CHG-1b: reworded"
    expires: 2026-11-30
`);
    expect(diff(BASE, head)).toEqual([]);
  });

  it('two base waivers merged into one is not a widening', () => {
    const base = waiver(BASE_WAIVER + BASE_WAIVER.replace('backfill.toml', 'backfill-2.toml'));
    const head = waiver(
      BASE_WAIVER.replace('["deploy/prod/backfill.toml"]', '["deploy/prod/backfill.toml", "deploy/prod/backfill-2.toml"]'),
    );
    expect(diff(base, head)).toEqual([]);
    // ... but merged under the later expiry of the other it is: backfill.toml is now waived for a
    // month longer. Described against the closest base waiver (the one for backfill-2.toml).
    const later = waiver(BASE_WAIVER + BASE_WAIVER.replace('backfill.toml', 'backfill-2.toml').replace('2026-12-31', '2027-01-31'));
    const merged = waiver(
      BASE_WAIVER.replace('["deploy/prod/backfill.toml"]', '["deploy/prod/backfill.toml", "deploy/prod/backfill-2.toml"]').replace(
        '2026-12-31',
        '2027-01-31',
      ),
    );
    expect(diff(later, merged).map((w) => w.message)).toEqual([
      'A waiver of `log-backup-gap` for `deploy/prod/backfill.toml`, `deploy/prod/backfill-2.toml` (`app.orders`; until 2027-01-31) was widened: paths gained `deploy/prod/backfill.toml`.',
    ]);
  });

  it('a waiver moved to another rule is a new waiver', () => {
    const head = waiver(BASE_WAIVER.replace('log-backup-gap', 'changefeed-gap'));
    const found = diff(BASE, head);
    expect(found.map((w) => w.key)).toEqual(['waiver-widened:changefeed-gap:deploy/prod/backfill.toml']);
    expect(found[0]!.message).toMatch(/^A new waiver of `changefeed-gap`/);
  });
});

describe('severities', () => {
  it('a rule turned off (default error) is anchored at its rules key', () => {
    const head = edit('  deprecated-lightning-key: notice', '  deprecated-lightning-key: notice\n  log-backup-gap: off');
    const found = diff(BASE, head);
    expect(found.map((w) => w.kind)).toEqual(['severity-lowered']);
    expect(found[0]!.message).toBe(
      'The severity of rule `log-backup-gap` was lowered from error (the default) to off: its findings are no longer reported.',
    );
    expect(found[0]!.location).toMatchObject({
      line: lineOf(head, 'log-backup-gap: off'),
      column: 3,
      endColumn: 3 + 'log-backup-gap'.length,
    });
  });

  it('an override lowered, and an override removed that drops to a lower default', () => {
    const base = edit('  deprecated-lightning-key: notice', '  deprecated-lightning-key: notice\n  unused-suppression: error');
    const head = edit('  deprecated-lightning-key: notice', '  deprecated-lightning-key: off');
    const found = diff(base, head);
    // Sorted by location: the removed override is anchored at the `rules` key, above the other.
    expect(found.map((w) => w.key)).toEqual(['severity-lowered:unused-suppression', 'severity-lowered:deprecated-lightning-key']);
    expect(found[0]!.message).toContain('from error to warning (the default; the override was removed)');
    expect(found[0]!.location).toMatchObject({ line: lineOf(head, '\nrules:'), column: 1 });
    expect(found[1]!.message).toContain('from notice to off');
    expect(found[1]!.location.line).toBe(lineOf(head, 'deprecated-lightning-key: off'));
  });

  it('policy-weakened itself turned off is reported (its default is known before it is registered)', () => {
    const head = edit('  deprecated-lightning-key: notice', '  deprecated-lightning-key: notice\n  policy-weakened: off');
    const found = diff(BASE, head, { defaultSeverity: (id) => (id === 'policy-weakened' ? 'warning' : undefined) });
    expect(found.map((w) => w.message)).toEqual([
      'The severity of rule `policy-weakened` was lowered from warning (the default) to off: its findings are no longer reported.',
    ]);
  });

  it('a severity set to the default it already had is not a weakening', () => {
    const head = edit('  deprecated-lightning-key: notice', '  deprecated-lightning-key: notice\n  changefeed-gap: error');
    expect(diff(BASE, head)).toEqual([]);
  });

  it('unmapped lowered', () => {
    const head = edit('unmapped: error', 'unmapped: notice');
    const found = diff(BASE, head);
    expect(found.map((w) => w.kind)).toEqual(['unmapped-lowered']);
    expect(found[0]!.message).toContain('`unmapped` was lowered from error to notice');
    expect(found[0]!.location).toMatchObject({ line: lineOf(head, 'unmapped:'), column: columnOf(head, 'notice') });
  });
});

describe('scan', () => {
  it('an include glob removed, an exclude glob added, max_file_bytes raised', () => {
    const head = edit(
      '  include: ["**/*.sql", "**/*.toml"]\n  exclude: ["**/node_modules/**"]\n  max_file_bytes: 10MiB',
      '  include: ["**/*.sql"]\n  exclude: ["**/node_modules/**", "deploy/**"]\n  max_file_bytes: 64MiB',
    );
    const found = diff(BASE, head);
    expect(found.map((w) => [w.key, w.location.line])).toEqual([
      ['scan-include-removed:**/*.toml', 3],
      ['scan-exclude-added:deploy/**', 4],
      ['scan-max-file-bytes-raised', 5],
    ]);
    expect(found[2]!.message).toBe(
      "scan.max_file_bytes was raised from 10 MiB to 64 MiB: files that large are now read whole, at the runner's cost in memory and time.",
    );
  });

  it('a scan block removed falls back to the defaults: compared, anchored at line 1', () => {
    const base = edit('  include: ["**/*.sql", "**/*.toml"]', '  include: ["**/*.sql", "**/*.toml", "**/*.lightning"]');
    const head = edit('scan:\n  include: ["**/*.sql", "**/*.toml"]\n  exclude: ["**/node_modules/**"]\n  max_file_bytes: 10MiB\n', '');
    const found = diff(base, head);
    const include = found.find((w) => w.key === 'scan-include-removed:**/*.lightning');
    expect(include?.location).toMatchObject({ file: FILE, line: 1, column: 1 });
  });
});

describe('posture snapshots', () => {
  const bound = edit(
    '    log_backup:\n      enabled: true\n      task: pitr-prod\n',
    '    posture: posture/prod.json\n    posture_max_age: 7d\n    log_backup:\n      enabled: true\n      task: pitr-prod\n',
  );

  it("unbinding a cluster's snapshot is a weakening, anchored at the cluster", () => {
    const head = edit('    posture: posture/prod.json\n    posture_max_age: 7d\n', '', bound);
    const found = diff(bound, head).filter((w) => w.kind.startsWith('posture'));
    expect(found.map((w) => w.key)).toEqual(['posture-unbound:prod']);
    expect(found[0]!.message).toContain('`posture: posture/prod.json` was removed');
  });

  it('accepting an older snapshot is a weakening at posture_max_age; a shorter one is not', () => {
    const older = diff(bound, edit('posture_max_age: 7d', 'posture_max_age: 30d', bound)).filter((w) => w.kind.startsWith('posture'));
    expect(older.map((w) => [w.key, w.location.line])).toEqual([['posture-max-age-raised:prod', lineOf(bound, 'posture_max_age')]]);
    expect(older[0]!.message).toBe(
      "Cluster `prod`'s `posture_max_age` was raised from 7d to 30d: an older snapshot of the real posture is accepted without a warning.",
    );
    expect(diff(bound, edit('posture_max_age: 7d', 'posture_max_age: 1d', bound)).filter((w) => w.kind.startsWith('posture'))).toEqual([]);
  });
});

describe('extends', () => {
  it('locations point into the file that defines the changed cluster', () => {
    const shared = `version: 1
clusters:
  prod:
    tidb_version: "8.5.1"
    match: { paths: ["deploy/prod/**"] }
    log_backup: { enabled: true }
`;
    const sharedHead = shared.replace('enabled: true', 'enabled: false');
    const main = 'version: 1\nextends: [./shared.yml]\n';
    const base = policyOf(main, { '.github/shared.yml': shared });
    const head = policyOf(main, { '.github/shared.yml': sharedHead });
    const found = diffPolicies(base, head);
    expect(found.map((w) => w.kind)).toEqual(['log-backup-disabled']);
    expect(found[0]!.location).toMatchObject({ file: '.github/shared.yml', line: 6 });
  });
});

describe('the rule', () => {
  // What it reports, where and at which severity: its RuleTester table, test/rules/policy-weakened.test.ts.
  // The rule reads only the weakenings of its stage's subject.
  const check = (weakenings: readonly Weakening[]) => rule.check!({ weakenings } as unknown as PolicySubject);
  it('keys each finding by what was relaxed, not by its line', () => {
    const head = edit('    log_backup:\n      enabled: true', '    log_backup:\n      enabled: false');
    const diagnostics = check(diff(BASE, head));
    expect(diagnostics.map((d) => [d.span, d.fingerprintKey])).toEqual([[{ start: 0, end: 0 }, 'log-backup-disabled:prod']]);
  });
});

describe('the doc page examples (base → head)', () => {
  // The shared docs harness cannot express a base policy yet; until it can, check the pairs here.
  const page = readFileSync(new URL('../../docs/rules/policy-weakened.md', import.meta.url), 'utf8');
  const sections = page.split(/^### /m).slice(1);
  const examples = sections.map((section) => {
    const files: Record<string, string> = {};
    for (const m of section.matchAll(/^```\w*\s+file=(\S+)\n([\s\S]*?)^```$/gm)) files[m[1]!] = m[2]!;
    return { title: section.slice(0, section.indexOf('\n')), files };
  });

  it('has an Unsafe and a Safe pair', () => {
    expect(examples.map((e) => e.title.split(':')[0])).toEqual(['Unsafe', 'Safe']);
  });

  for (const example of examples) {
    it(`${example.title}`, () => {
      const base = example.files[`base:${FILE}`];
      const head = example.files[FILE];
      expect(base).toBeDefined();
      expect(head).toBeDefined();
      const found = diff(base!, head!);
      expect(found).toHaveLength(example.title.startsWith('Unsafe') ? 1 : 0);
      if (found[0]) expect(page).toContain(`no longer replicates\n\`${/no longer replicates `([^`]+)`/.exec(found[0].message)?.[1]}\``);
    });
  }
});

describe('robustness', () => {
  it('the head policy is parsed once: each file read once by the load, none by the diff', () => {
    const head = edit('unmapped: error', 'unmapped: off');
    const files = new Map([[FILE, head]]);
    const reads: string[] = [];
    const loaded = loadPolicy(FILE, (path) => {
      reads.push(path);
      return files.get(path);
    });
    if (!loaded.ok) throw new Error('the head policy does not load');
    files.clear();
    const found = diffPolicies(policyOf(BASE), loaded.policy);
    expect(reads).toEqual([FILE]);
    expect(found.map((w) => [w.kind, w.location.line, w.location.column])).toEqual([
      ['unmapped-lowered', lineOf(head, 'unmapped:'), columnOf(head, 'off')],
    ]);
  });

  it('a setting the head does not write falls back to its parent key, else line 1', () => {
    const rest = 'clusters:\n  prod:\n    tidb_version: "8.5.1"\n    match: { paths: ["a/**"] }\n    log_backup: { enabled: true }\n';
    const base = `version: 1\nscan:\n  include: ["**/*.sql", "extra/**"]\n  max_file_bytes: 1MiB\n${rest}`;
    const withScan = `version: 1\nscan:\n  exclude: ["vendor/**"]\n${rest}`;
    const withoutScan = `version: 1\n${rest}`;
    const at = (head: string) => diffPolicies(policyOf(base), policyOf(head)).map((w) => [w.key, w.location.line]);
    expect(at(withScan)).toEqual([
      ['scan-include-removed:extra/**', 2],
      ['scan-max-file-bytes-raised', 2],
      ['scan-exclude-added:vendor/**', 3],
    ]);
    expect(at(withoutScan)).toEqual([
      ['scan-include-removed:extra/**', 1],
      ['scan-max-file-bytes-raised', 1],
    ]);
  });

  it('a top-level setting written in an extended file is anchored there', () => {
    const cluster = 'clusters:\n  prod:\n    tidb_version: "8.5.1"\n    match: { paths: ["a/**"] }\n    log_backup: { enabled: true }\n';
    const main = 'version: 1\nextends: [./shared.yml]\n';
    const baseFiles = { '.github/shared.yml': `version: 1\nunmapped: error\n${cluster}` };
    const headFiles: Record<string, string> = { [FILE]: main, '.github/shared.yml': `version: 1\nunmapped: warning\n${cluster}` };
    const found = diffPolicies(policyOf(main, baseFiles), policyOf(main, headFiles));
    expect(found.map((w) => [w.kind, w.location.file, w.location.line])).toEqual([['unmapped-lowered', '.github/shared.yml', 2]]);
  });

  it('table-filter rules that do not parse are not compared (invalid-policy reports them)', () => {
    const head = edit('rules: ["app.*", "billing.*", "!app.tmp_*"]', 'rules: ["@rules.txt"]');
    expect(() => diff(BASE, head)).not.toThrow();
    expect(diff(BASE, head).filter((w) => w.kind === 'changefeed-narrowed')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import AjvModule from 'ajv/dist/2020.js';
import schema from '../../policies/policy.schema.json' with { type: 'json' };
import { loadPolicy } from '../../src/model/policy/load.js';
import { suggest } from '../../src/model/policy/schema.js';

type Node = Record<string, unknown>;

/** Every schema object node, with its JSON pointer. */
function walk(node: unknown, pointer: string, out: [string, Node][]): [string, Node][] {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${pointer}/${i}`, out));
  else if (node && typeof node === 'object') {
    out.push([pointer, node as Node]);
    for (const [k, v] of Object.entries(node)) walk(v, `${pointer}/${k}`, out);
  }
  return out;
}

describe('policies/policy.schema.json', () => {
  it('is a valid JSON Schema 2020-12 that ajv compiles strictly', () => {
    const ajv = new AjvModule.default({ strict: true, strictRequired: false, allowUnionTypes: true });
    ajv.addVocabulary(['x-expected', 'x-conflict']);
    expect(() => ajv.compile(schema)).not.toThrow();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('closes every mapping: unknown keys are errors everywhere', () => {
    const open = walk(schema, '#', [])
      .filter(([, n]) => n['type'] === 'object' && n['additionalProperties'] !== false)
      // maps keyed by user names (clusters, rule ids) constrain their keys with propertyNames
      .filter(([, n]) => !n['propertyNames'])
      .map(([p]) => p);
    expect(open).toEqual([]);
  });

  it('documents every property for editors', () => {
    const undocumented: string[] = [];
    for (const [pointer, node] of walk(schema, '#', [])) {
      const properties = node['properties'];
      if (!properties || typeof properties !== 'object' || pointer.endsWith('/properties')) continue;
      for (const [key, value] of Object.entries(properties as Record<string, Node>)) {
        if (typeof value['description'] !== 'string') undocumented.push(`${pointer}/properties/${key}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  // The rule-id enum is written from the registry (npm run gen:rules): test/docs/generated-rules.test.ts.
});

describe('the policy.md example', () => {
  // The example of the specification's policy page, verbatim, with the file it extends.
  const POLICY_MD = `# yaml-language-server: $schema=../node_modules/tidb-import-guard/policies/policy.schema.json
version: 1
extends: [./clusters-shared.yml]      # optional; local files only, merged in order, this file last

scan:                                  # optional; these are the defaults
  include: ["**/*.sql", "**/*.toml"]
  exclude: ["**/node_modules/**", "**/vendor/**"]
  max_file_bytes: 10MiB                # larger files are skipped with a notice (data dumps)

unmapped: error                        # severity of unmapped-target: error | warning | notice | off

clusters:
  prod:
    description: Production, us-east
    tidb_version: "8.5.1"              # required; decides version-gated behaviour
    lightning_version: "8.5.1"         # optional; defaults to tidb_version
    match:                             # how jobs are mapped to this cluster (at least one)
      paths: ["deploy/prod/**", "migrations/prod/**"]
      hosts: ["tidb.prod.internal", "10.0.1.*"]   # Lightning [tidb] host, and hosts of pd-addr
    log_backup:
      enabled: true                    # required
      task: pitr-prod                  # optional; named in messages
    changefeeds:
      - id: prod-to-dr
        rules: ["app.*", "billing.*", "!app.tmp_*"]   # TiCDC [filter] rules; default ['*.*']
        case_sensitive: false          # default depends on tidb_version (domain.md section 6)
        force_replicate: false
        downstream: { cluster: dr }    # a cluster of this policy (TiDB downstream)
      - id: prod-to-kafka
        config: cdc/prod-to-kafka.toml # read rules, case-sensitive, force-replicate and
                                       # event filters from the real changefeed config in the repo
        downstream: { kind: kafka }    # non-TiDB sink: only an exemption or waiver can clear a gap
    exemptions:                        # the owners' statement that these tables need no protection
      - tables: ["scratch.*", "app.tmp_*"]      # table-filter syntax
        skip: [log_backup, changefeeds]         # or: [log_backup], [prod-to-kafka], ...
        reason: Rebuildable staging data        # required
  dr:
    tidb_version: "8.5.1"
    match: { paths: ["deploy/dr/**"] }
    log_backup: { enabled: false }

rules:                                 # optional severity overrides
  deprecated-lightning-key: notice
  unnecessary-override: off

waivers:                               # reviewed exceptions for specific findings
  - rule: log-backup-gap
    paths: ["deploy/prod/backfill-2026-11.toml"]
    tables: ["app.orders"]             # optional; narrows the waiver
    reason: "CHG-1234: snapshot backup scheduled right after the import"   # required
    expires: 2026-12-31                # optional; after it, expired-waiver
`;
  const SHARED = `version: 1
clusters:
  analytics:
    tidb_version: "7.5.0"
    match: { paths: ["deploy/analytics/**"] }
    log_backup: { enabled: false }
`;

  it('loads', () => {
    const files: Record<string, string> = { '.github/tidb-import-guard.yml': POLICY_MD, '.github/clusters-shared.yml': SHARED };
    const result = loadPolicy('.github/tidb-import-guard.yml', (p) => files[p]);
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
    const { policy } = result;
    expect(policy.clusters.map((c) => c.name)).toEqual(['analytics', 'prod', 'dr']);
    const [toDr, toKafka] = policy.clusters[1]!.changefeeds;
    expect(toDr).toMatchObject({ caseSensitive: false, forceReplicate: false, downstream: { cluster: 'dr' } });
    expect(toKafka).toMatchObject({ config: 'cdc/prod-to-kafka.toml', downstream: { kind: 'kafka' } });
    expect(toKafka?.rules).toBeUndefined();
    expect(policy.rules['unnecessary-override']).toBe('off');
    expect(policy.waivers[0]?.expires).toBe('2026-12-31');
  });
});

describe('suggest', () => {
  it('offers close words only', () => {
    expect(suggest('enabeld', ['enabled', 'task'])).toBe('enabled');
    expect(suggest('warn', ['error', 'warning', 'notice', 'off'])).toBe('warning');
    expect(suggest('log-backup', ['log_backup', 'changefeeds'])).toBe('log_backup');
    expect(suggest('Clusters', ['clusters', 'rules'])).toBe('clusters');
    expect(suggest('zzzzzz', ['clusters', 'rules'])).toBeUndefined();
    expect(suggest('x', [])).toBeUndefined();
  });
});

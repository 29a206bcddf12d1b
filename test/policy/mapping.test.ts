import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/model/policy/load.js';
import { hostsOf, mapToClusters, parseClusterDirective, parseClusterDirectiveNames } from '../../src/model/policy/mapping.js';
import type { Policy } from '../../src/model/policy/types.js';

function policyOf(text: string): Policy {
  const result = loadPolicy('p.yml', () => text);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n'));
  return result.policy;
}

const POLICY = policyOf(`version: 1
clusters:
  prod:
    tidb_version: "8.5.1"
    match:
      paths: ["deploy/prod/**", "migrations/prod/**"]
      hosts: ["tidb.prod.internal", "10.0.1.*", "fd00::1"]
    log_backup: { enabled: true }
  dr:
    tidb_version: "8.5.1"
    match: { paths: ["deploy/dr/**", "deploy/*/shared/**"], hosts: ["*.dr.internal"] }
    log_backup: { enabled: false }
  staging:
    tidb_version: "8.5.1"
    match: { paths: ["deploy/prod/shared/**", "**/.hidden/**"] }
    log_backup: { enabled: false }
`);

const names = (m: ReturnType<typeof mapToClusters>) => m.clusters.map((c) => c.name);

describe('mapToClusters', () => {
  it('a directive wins over paths and hosts', () => {
    const m = mapToClusters(POLICY, {
      path: 'deploy/prod/job.toml',
      hosts: ['x.dr.internal'],
      directiveClusters: [{ name: 'dr', span: { start: 10, end: 12 } }],
    });
    expect(names(m)).toEqual(['dr']);
    expect(m.via).toBe('directive');
    expect(m.unknown).toEqual([]);
  });

  it('a directive naming unknown clusters reports them and keeps the known ones', () => {
    const m = mapToClusters(POLICY, {
      path: 'deploy/prod/job.toml',
      directiveClusters: [
        { name: 'prod', span: { start: 20, end: 24 } },
        { name: 'qa', span: { start: 25, end: 27 } },
        { name: 'prod', span: { start: 28, end: 32 } },
      ],
    });
    expect(names(m)).toEqual(['prod']);
    expect(m.via).toBe('directive');
    expect(m.unknown).toEqual([{ name: 'qa', span: { start: 25, end: 27 } }]);
  });

  it('a directive with only unknown names maps to nothing (no fallback to paths)', () => {
    const m = mapToClusters(POLICY, { path: 'deploy/prod/job.toml', directiveClusters: [{ name: 'Prod', span: { start: 0, end: 4 } }] });
    expect(m).toEqual({ clusters: [], via: 'directive', unknown: [{ name: 'Prod', span: { start: 0, end: 4 } }] });
  });

  it('by path: every matching cluster, in policy order', () => {
    expect(names(mapToClusters(POLICY, { path: 'migrations/prod/2026/01-init.sql' }))).toEqual(['prod']);
    const m = mapToClusters(POLICY, { path: 'deploy/prod/shared/job.toml', hosts: ['tidb.prod.internal'] });
    expect(names(m)).toEqual(['prod', 'dr', 'staging']);
    expect(m.via).toBe('path');
    expect(names(mapToClusters(POLICY, { path: './deploy/dr/a.toml' }))).toEqual(['dr']);
  });

  it('path globs match dot files and folders', () => {
    expect(names(mapToClusters(POLICY, { path: 'x/.hidden/job.sql' }))).toEqual(['staging']);
    expect(names(mapToClusters(POLICY, { path: 'deploy/prod/.job.toml' }))).toEqual(['prod']);
  });

  it('by host when no path matches', () => {
    const byHost = (hosts: string[]) => {
      const m = mapToClusters(POLICY, { path: 'jobs/x.toml', hosts });
      return [m.via, names(m)];
    };
    expect(byHost(['tidb.prod.internal'])).toEqual(['host', ['prod']]);
    expect(byHost(['TIDB.Prod.Internal:4000'])).toEqual(['host', ['prod']]);
    expect(byHost(['10.0.1.7'])).toEqual(['host', ['prod']]);
    expect(byHost(['10.0.2.7'])).toEqual(['none', []]);
    expect(byHost(['pd1.dr.internal:2379,pd2.dr.internal:2379'])).toEqual(['host', ['dr']]);
    expect(byHost(['[fd00::1]:2379'])).toEqual(['host', ['prod']]);
    expect(byHost(['http://pd.dr.internal:2379'])).toEqual(['host', ['dr']]);
    expect(byHost(['127.0.0.1', 'pd.dr.internal:2379'])).toEqual(['host', ['dr']]);
  });

  it('none', () => {
    expect(mapToClusters(POLICY, { path: 'scripts/load.sql' })).toEqual({ clusters: [], via: 'none', unknown: [] });
    expect(mapToClusters(POLICY, { path: 'scripts/load.sql', hosts: [], directiveClusters: [] }).via).toBe('none');
  });
});

describe('hostsOf', () => {
  it('strips ports, schemes, brackets and splits lists', () => {
    expect(hostsOf('tidb.prod.internal:4000')).toEqual(['tidb.prod.internal']);
    expect(hostsOf(' a:2379, b:2379 ,c ')).toEqual(['a', 'b', 'c']);
    expect(hostsOf('[::1]:2379')).toEqual(['::1']);
    expect(hostsOf('[fd00::1]')).toEqual(['fd00::1']);
    expect(hostsOf('fd00::1')).toEqual(['fd00::1']);
    expect(hostsOf('https://PD.example.com:2379/pd')).toEqual(['pd.example.com']);
    expect(hostsOf('')).toEqual([]);
  });
});

describe('parseClusterDirective', () => {
  it('reads a comma list', () => {
    expect(parseClusterDirective(' tidb-import-guard: cluster=prod')).toEqual(['prod']);
    expect(parseClusterDirective(' tidb-import-guard: cluster=prod,dr')).toEqual(['prod', 'dr']);
  });

  it('tolerates spaces around `:`, `=` and commas, and any case of the keywords', () => {
    expect(parseClusterDirective('tidb-import-guard : cluster = prod , dr ')).toEqual(['prod', 'dr']);
    expect(parseClusterDirective(' TIDB-IMPORT-GUARD: Cluster=prod dr')).toEqual(['prod', 'dr']);
  });

  it('is not fooled by other comments and suppressions', () => {
    expect(parseClusterDirective(' tidb-import-guard-ignore log-backup-gap: reason')).toBeUndefined();
    expect(parseClusterDirective(' tidb-import-guard: something=else')).toBeUndefined();
    expect(parseClusterDirective(' see tidb-import-guard: cluster=prod')).toBeUndefined();
    expect(parseClusterDirective(' plain comment')).toBeUndefined();
  });

  it('returns an empty list for a directive without names', () => {
    expect(parseClusterDirective(' tidb-import-guard: cluster=')).toEqual([]);
    expect(parseClusterDirective(' tidb-import-guard: cluster= , ')).toEqual([]);
  });

  it('gives each name its offsets in the comment text', () => {
    const text = ' tidb-import-guard: cluster=prod, dr';
    const found = parseClusterDirectiveNames(text)!;
    expect(found.map((n) => [n.name, text.slice(n.start, n.end)])).toEqual([
      ['prod', 'prod'],
      ['dr', 'dr'],
    ]);
    expect(found[0]?.start).toBe(28);
  });
});

/** `unmapped-target` lists what mapping tried, and why each cluster did not match (issue 15, item 3). */
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/repo.js';

const POLICY = `version: 1
clusters:
  prod:
    tidb_version: "8.5.1"
    match: { paths: ["deploy/prod/**", "migrations/prod/**"], hosts: ["tidb.prod.internal", "10.0.1.*"] }
    log_backup: { enabled: false }
  dr:
    tidb_version: "8.5.1"
    match: { paths: ["deploy/dr/**"] }
    log_backup: { enabled: false }
rules:
  unmatched-glob: off
`;

/** The headline and its help, as text output shows them together. */
const messageOf = (findings: readonly { rule: string; file: string; message: string; help?: string }[], file: string) => {
  const f = findings.find((x) => x.rule === 'unmapped-target' && x.file === file);
  return f ? `${f.message}; ${f.help ?? ''}` : undefined;
};

describe('unmapped-target says what it tried', () => {
  it('for SQL: each cluster with its match.paths globs', async () => {
    const { findings } = await lint({ 'migration/prod/x.sql': "IMPORT INTO a.b FROM 's3://x/y.csv';\n" }, POLICY);
    expect(messageOf(findings, 'migration/prod/x.sql')).toBe(
      'No cluster of the policy matches `migration/prod/x.sql`, so this import cannot be checked; ' +
        "add the path to a cluster's `match.paths`, or name the cluster in the file: `-- tidb-import-guard: cluster=<name>`. " +
        'Tried `prod` (match.paths `deploy/prod/**`, `migrations/prod/**` do not match the path), `dr` (match.paths `deploy/dr/**` does not match the path)',
    );
  });

  it("for Lightning: the hosts too, the config's own hosts (no credential), and the near miss", async () => {
    const toml = '[tikv-importer]\nbackend = "tidb"\n[tidb]\nhost = "tidb.prd.internal"\npd-addr = "root:hunter2@pd-0.prod:2379"\n';
    const { findings } = await lint({ 'tools/l.toml': toml }, POLICY);
    const message = messageOf(findings, 'tools/l.toml');
    expect(message).toContain(
      'Tried `prod` (match.paths `deploy/prod/**`, `migrations/prod/**` do not match the path; match.hosts `tidb.prod.internal`, `10.0.1.*` do not match), `dr` (match.paths `deploy/dr/**` does not match the path; no match.hosts). ' +
        "The config's hosts: `tidb.prd.internal`, `pd-0.prod`. Did you mean `tidb.prod.internal` (cluster `prod`) for `tidb.prd.internal`",
    );
    expect(message).not.toContain('hunter2');
  });

  it('names at most five clusters and three globs each, then counts', async () => {
    const many = Array.from(
      { length: 8 },
      (_, i) =>
        `  c${i}:\n    tidb_version: "8.5.1"\n    match: { paths: ["a${i}/**", "b${i}/**", "c${i}/**", "d${i}/**"] }\n    log_backup: { enabled: false }\n`,
    ).join('');
    const { findings } = await lint(
      { 'x/y.sql': "IMPORT INTO a.b FROM 's3://x/y.csv';\n" },
      `version: 1\nclusters:\n${many}rules:\n  unmatched-glob: off\n`,
    );
    const message = messageOf(findings, 'x/y.sql')!;
    expect(message).toContain('`c0` (match.paths `a0/**`, `b0/**`, `c0/**` and 1 more do not match the path)');
    expect(message).toContain('`c4` (match.paths `a4/**`, `b4/**`, `c4/**` and 1 more do not match the path) and 3 more clusters');
    expect(message).not.toContain('`c5`');
  });
});

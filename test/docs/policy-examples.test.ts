/**
 * The examples of docs/policy.md's "Suppressions and waivers" section work as written (issue 15
 * item 5): every ```lang file=PATH block is written into a repository with the section's own
 * policy, and each directive suppresses every rule it names, on the whole import job: nothing is
 * left above a notice, and no directive is an unused-suppression.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempRepo } from '../helpers/repo.js';

const PAGE = readFileSync(new URL('../../docs/policy.md', import.meta.url), 'utf8');

function section(title: string): Record<string, string> {
  const start = PAGE.indexOf(`## ${title}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = PAGE.slice(start + 3);
  const body = rest.slice(0, rest.search(/^## /m) === -1 ? undefined : rest.search(/^## /m));
  const files: Record<string, string> = {};
  for (const m of body.matchAll(/^```\w*\s+file=(\S+)\n([\s\S]*?)^```$/gm)) files[m[1]!] = m[2]!;
  return files;
}

describe('docs/policy.md, Suppressions and waivers', () => {
  it('each directive suppresses every rule it names, on the whole job', async () => {
    const { ['.github/tidb-import-guard.yml']: policy, ...files } = section('Suppressions and waivers');
    expect(policy).toBeDefined();
    expect(Object.keys(files).sort()).toEqual(['deploy/analytics/orders.toml', 'migrations/prod/2026-11-20-scratch.sql']);
    const repo = tempRepo(files, policy!);
    try {
      const { result, fatal } = await repo.check();
      expect(fatal).toBeUndefined();
      const findings = result.report.findings;
      const dump = JSON.stringify(findings, null, 2);
      // The TOML job: both rules the directive names are suppressed, the gap at `backend` too.
      const toml = findings.filter((f) => f.file === 'deploy/analytics/orders.toml');
      expect(
        toml.map((f) => [f.rule, f.line, f.suppressed]),
        dump,
      ).toEqual([
        ['precheck-override', 3, true],
        ['changefeed-gap', 6, true],
      ]);
      // The SQL imports: the gap suppressed (on its own line, and at the end of the statement's
      // line), the override then a notice that names the suppression.
      const sql = findings.filter((f) => f.file === 'migrations/prod/2026-11-20-scratch.sql');
      expect(
        sql.map((f) => [f.rule, f.line, f.suppressed, f.severity]),
        dump,
      ).toEqual([
        ['log-backup-gap', 2, true, 'error'],
        ['precheck-override', 2, false, 'notice'],
        ['log-backup-gap', 4, true, 'error'],
        ['precheck-override', 4, false, 'notice'],
      ]);
      expect(
        findings.filter((f) => !f.suppressed && f.severity !== 'notice'),
        dump,
      ).toEqual([]);
    } finally {
      repo.remove();
    }
  });
});

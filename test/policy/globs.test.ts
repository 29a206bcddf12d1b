/**
 * Honest scope (issue 15, item 3): a policy glob that selects no file is `unmatched-glob` in a
 * whole-repository run (its RuleTester table: test/rules/unmatched-glob.test.ts); a glob that does
 * not parse is `invalid-policy` at the glob.
 */
import { describe, expect, it } from 'vitest';
import { globProblem } from '../../src/model/policy/glob-syntax.js';
import type { Policy } from '../../src/model/policy/types.js';
import { globTally } from '../../src/lint/rules/unmatched-glob.js';
import { tempRepo } from '../helpers/repo.js';

const IMPORT = "IMPORT INTO app.orders FROM 's3://dumps/orders/orders.*.csv' WITH skip_rows = 1;\n";

const POLICY = [
  'version: 1', //                                          1
  'scan:', //                                               2
  '  include: ["**/*.sql", "extra/**/*.toml"]', //          3
  'clusters:', //                                           4
  '  dr:', //                                               5
  '    tidb_version: "8.5.1"', //                           6
  '    match: { paths: ["deploy/dr/**", "deploy/disaster-recovery/**"] }', // 7
  '    log_backup: { enabled: false }', //                  8
  'waivers:', //                                            9
  '  - rule: log-backup-gap', //                            10
  '    paths: ["deploy/dr/*.sql", "old/**"]', //           11
  '    reason: "CHG-1: reloaded nightly"', //               12
  '',
].join('\n');

describe('the tally unmatched-glob is fed as files pass', () => {
  const policyOf = (...globs: string[]): Policy =>
    ({ globs: globs.map((glob) => ({ key: 'match.paths', glob, location: { file: 'p.yml', line: 1, column: 1 } })) }) as unknown as Policy;

  it('sets a bit per distinct glob, keeping no path', () => {
    const tally = globTally(policyOf('a/**', 'b/*.sql', 'a/**', 'c/**'));
    for (const p of ['a/1.sql', 'b/2.sql', 'x/3.sql']) tally.see(p);
    expect(['a/**', 'b/*.sql', 'c/**'].map((g) => tally.matched(g))).toEqual([true, true, false]);
    expect(globTally(policyOf('a/**')).matched('a/**')).toBe(false);
  });

  it('tries each glob until it matches, and judges no glob it could not try against every path once the budget is spent', () => {
    // Budget 4: the first path costs 2 tries (both open), the next two 1 each (a/** has matched), then none is left.
    const tally = globTally(policyOf('a/**', 'z/**'), 4);
    for (const p of ['a/1.sql', 'b/1.sql', 'b/2.sql']) tally.see(p);
    expect([tally.matched('a/**'), tally.matched('z/**')]).toEqual([true, false]);
    tally.see('b/3.sql');
    tally.see('b/4.sql');
    expect([tally.matched('a/**'), tally.matched('z/**')]).toEqual([true, undefined]);
  });
});

describe('a glob that does not parse', () => {
  it('is invalid-policy at the glob, for an unclosed [ or {', async () => {
    const policy = POLICY.replace('"deploy/disaster-recovery/**"', '"deploy/[dr/**"').replace('"old/**"', '"old/{a,b/**"');
    const repo = tempRepo({ 'deploy/dr/a.sql': IMPORT }, policy);
    try {
      const outcome = await repo.check();
      expect(outcome.fatal).toBe('the policy .github/tidb-import-guard.yml is invalid (2 problems)');
      expect(outcome.result.report.findings.map((f) => [f.rule, f.line, f.column, f.message])).toEqual([
        [
          'invalid-policy',
          7,
          38,
          'clusters.dr.match.paths[1]: `deploy/[dr/**` is not a valid glob: the `[` at column 8 is never closed with `]`',
        ],
        ['invalid-policy', 11, 32, 'waivers[0].paths[1]: `old/{a,b/**` is not a valid glob: a `{` is never closed with `}`'],
      ]);
    } finally {
      repo.remove();
    }
  });

  it('the bracket and brace check accepts what picomatch means and refuses what it would take literally', () => {
    for (const ok of ['**/*.sql', 'deploy/{prod,dr}/**', 'a/[abc].sql', 'a/[!x]*.sql', 'a/[]]x', 'a/\\[literal', '{a,{b,c}}'])
      expect(globProblem(ok), ok).toBeUndefined();
    expect(globProblem('a/[bc')).toBe('the `[` at column 3 is never closed with `]`');
    expect(globProblem('a/{b,c')).toBe('a `{` is never closed with `}`');
    expect(globProblem('a/b}')).toBe('the `}` at column 4 closes no `{`');
  });
});

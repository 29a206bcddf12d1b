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
import { loadPolicy } from '../../src/model/policy/load.js';
import { compilePosture } from '../../src/model/posture/compile.js';
import { changefeedConfigFiles } from '../../src/parse/ticdc/changefeed.js';
import { createChecker } from '../../src/lint/engine/check.js';

const POLICY_PATH = '.github/tidb-import-guard.yml';

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

  it('judges a scan.include glob in any letter case, as the scan selects files, and a match.paths glob as written', () => {
    // The scan reads `m/A.SQL` through `**/*.sql` (src/files/walk.ts, any case); a cluster maps by the path as written.
    const policy = {
      globs: [
        { key: 'scan.include', glob: '**/*.sql', location: { file: 'p.yml', line: 1, column: 1 } },
        { key: 'match.paths', glob: '**/*.sql', location: { file: 'p.yml', line: 2, column: 1 } },
      ],
    } as unknown as Policy;
    const tally = globTally(policy);
    tally.see('m/A.SQL');
    expect([tally.matched('**/*.sql', 'scan.include'), tally.matched('**/*.sql', 'match.paths')]).toEqual([true, false]);
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

describe('past the budget of tries, unjudged globs are said, never silently clean', () => {
  it('one notice at the first glob not judged, naming how many were not, through the engine', () => {
    const loaded = loadPolicy(POLICY_PATH, (p) => (p === POLICY_PATH ? POLICY : undefined));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const { policy } = loaded;
    const posture = compilePosture(
      policy,
      changefeedConfigFiles(() => undefined),
      new Map(),
    );
    const run = (globTries?: number) => {
      const checker = createChecker({
        policy,
        posture: posture.posture,
        today: '2026-11-24',
        fullScope: true,
        ...(globTries !== undefined ? { globTries } : {}),
      });
      // Six distinct globs: `**/*.sql` matches the first path; deploy/dr/a.sql matches two more.
      for (let i = 0; i < 6; i++) checker.add({ path: `other/${i}.sql`, bytes: Buffer.from('SELECT 1;\n') });
      checker.add({ path: 'deploy/dr/a.sql', bytes: Buffer.from(IMPORT) });
      return checker.finish().report.findings.filter((f) => f.rule === 'unmatched-glob');
    };
    // With the default budget, the three globs that match nothing are warnings.
    expect(run().map((f) => [f.severity, f.line, f.message])).toEqual([
      ['warning', 3, 'This `scan.include` glob `extra/**/*.toml` matches no file in the repository'],
      ['warning', 7, 'This `match.paths` glob `deploy/disaster-recovery/**` matches no file in the repository'],
      ['warning', 11, "This waiver's `paths` glob `old/**` matches no file in the repository"],
    ]);
    // 6 tries for the first path, then 5 a path: a budget of 20 runs out at the fourth path, before
    // the matching file is seen, leaving five globs unjudged (none is called unmatched).
    const spent = run(20);
    expect(spent.map((f) => [f.severity, f.file, f.line])).toEqual([['notice', POLICY_PATH, 3]]);
    expect(spent[0]!.message).toBe(
      '5 of the policy globs, from `extra/**/*.toml` on, were not checked for matching no file: trying every glob against every file of this repository would take more than 20 tries',
    );
  });
});

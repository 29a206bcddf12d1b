/**
 * Issue 8 item 13: about 2,000 alternating filter rules overflowed the stack ("internal error:
 * RangeError: Maximum call stack size exceeded", exit 2) in a Lightning filter, under
 * `[[routes]]`, and in the policy's changefeed rules. Each now lints to findings.
 */
import { describe, expect, it } from 'vitest';
import { SIMPLE_POLICY, lint } from '../helpers/repo.js';

/** Alternating accept/exclude rules over a few names: deep nesting without thousands of automata. */
function alternating(n: number): string[] {
  return Array.from({ length: n }, (_, i) => (i % 2 === 0 ? `app.*` : `!app.t${i % 5}`));
}

const config = (rules: readonly string[], extra = ''): string =>
  `[tikv-importer]\nbackend = "local"\n[mydumper]\ndata-source-dir = "s3://b/x"\nfilter = ${JSON.stringify(rules)}\n${extra}`;

describe('thousands of alternating filter rules lint to findings', () => {
  it('in a Lightning filter', async () => {
    const { findings, fatal } = await lint({ 'deploy/prod/a.toml': config(alternating(4_000)) }, SIMPLE_POLICY);
    expect(fatal).toBeUndefined();
    expect(findings.map((f) => f.rule)).toContain('precheck-blocks-import');
  });

  it('in a Lightning filter with [[routes]]', async () => {
    const routes = '[[routes]]\nschema-pattern = "app"\ntarget-schema = "merged"\n';
    const { findings, fatal } = await lint({ 'deploy/prod/a.toml': config(alternating(4_000), routes) }, SIMPLE_POLICY);
    expect(fatal).toBeUndefined();
    expect(findings.map((f) => f.rule)).toContain('precheck-blocks-import');
  });

  it("in a changefeed's rules in the policy", async () => {
    const rules = JSON.stringify(['*.*', ...alternating(4_000)]);
    const policy = SIMPLE_POLICY.replace('rules: ["app.*", "billing.*", "!app.tmp_*"]', `rules: ${rules}`);
    expect(policy).not.toBe(SIMPLE_POLICY);
    const { findings, fatal } = await lint({ 'deploy/prod/a.toml': config(['app.*']) }, policy);
    expect(fatal).toBeUndefined();
    const blocked = findings.find((f) => f.rule === 'precheck-blocks-import');
    expect(`${blocked?.message} ${blocked?.help ?? ''}`).toContain('prod-to-dr');
  });

  // Before the bound on schema conditions in src/model/jobs/routes.ts `projectTables`, 600 distinct
  // rules and 20 routes (9 KB) took 97 s of CPU and 2,000 rules with 50 routes over two minutes:
  // this test's timeout is the generous kill bound. Past the bound the job writes "any table".
  it('with many distinct rules and many [[routes]], within bounded work, conservatively', async () => {
    const rules = Array.from({ length: 2_000 }, (_, i) => (i % 2 === 0 ? `db${i}.*` : `!db${i - 1}.t${i}`));
    const routes = Array.from({ length: 50 }, (_, i) => `[[routes]]\nschema-pattern = "db${i}*"\ntarget-schema = "app${i}"\n`).join('');
    const { findings, fatal } = await lint({ 'deploy/prod/a.toml': config(rules, routes) }, SIMPLE_POLICY);
    expect(fatal).toBeUndefined();
    expect(findings.map((f) => f.rule)).toContain('precheck-blocks-import');
  });
});

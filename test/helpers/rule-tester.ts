/**
 * RuleTester, as ESLint's: a rule's `valid` and `invalid` tables, each case a few repository
 * files (and optionally a policy), run through the real checker (test/helpers/repo.ts).
 *
 * - A valid case fails when the rule reports anything (unsuppressed, at any severity unless
 *   `allowNotices`).
 * - An invalid case lists what the rule must report, in order (file, line, column): rule findings
 *   are compared one to one by `messageId`, line and, where given, column, severity, cluster,
 *   file, end, tables and suggested fix. A case that expects nothing is itself an error, and so is a case the rule reports
 *   nothing for.
 * - Every reported message must come from the rule's `meta.messages` with every placeholder
 *   filled, and carries the template's `help`.
 *
 * Besides files and a policy, a case can say what the run knows beyond the files: the pull
 * request's base policy (`policy-weakened`), the date (`expired-waiver`, snapshot ages of
 * `posture-drift`, whose snapshots are files of the case), and a partial scope (`unmatched-glob`
 * and unused waivers are judged only in whole-repository runs). Findings anchored in the policy
 * file are compared like any other; give `file: POLICY_FILE` to say so.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/core/types.js';
import type { Rule } from '../../src/lint/rules/types.js';
import type { CheckOptions } from '../../src/shells/check-repository.js';
import { EXAMPLE_POLICY, FIXED_TODAY, tempRepo } from './repo.js';

/** Where the case's policy is written, and so where policy-level findings are anchored. */
export const POLICY_FILE = '.github/tidb-import-guard.yml';

export interface RuleTestCase {
  /** Defaults to the first file's path. */
  readonly name?: string;
  readonly files: Record<string, string>;
  /** The policy text; default: policies/example.yml (test/helpers/repo.ts). */
  readonly policy?: string;
  /** The pull request base's policy text (`--base-policy`); without it `policy-weakened` does not run. */
  readonly basePolicy?: string;
  /** Today, YYYY-MM-DD (UTC); default FIXED_TODAY, 2026-11-24. Snapshot ages count from its start. */
  readonly today?: string;
  /** Lint only these repository-relative paths, not the whole repository (a partial run). */
  readonly paths?: readonly string[];
  /** Pull-request scope: lint only these changed files (also a partial run). */
  readonly changedFiles?: readonly string[];
  /** `--stdin --stdin-filename`: the content the shell is handed instead of a file (or why it could not be read). */
  readonly stdin?: CheckOptions['stdin'];
}

export interface ValidCase extends RuleTestCase {
  /** A notice of the rule is fine (e.g. `precheck-override` saying the procedure was followed). */
  readonly allowNotices?: boolean;
}

export interface ExpectedFinding {
  readonly messageId: string;
  readonly line: number;
  readonly column?: number;
  readonly file?: string;
  readonly severity?: Severity;
  readonly cluster?: string;
  readonly endLine?: number;
  readonly endColumn?: number;
  /** The finding's `tables`, in order. */
  readonly tables?: readonly string[];
  /** The suggested change. */
  readonly fix?: Finding['fix'];
  /** Strings the headline or help must contain (a table, a command). */
  readonly mentions?: readonly string[];
}

export interface InvalidCase extends RuleTestCase {
  readonly errors: readonly ExpectedFinding[];
}

// biome-ignore lint/suspicious/noExplicitAny: rules of every subject type share this signature
type AnyRule = Rule<any, string>;

function nameOf(c: RuleTestCase): string {
  return c.name ?? Object.keys(c.files)[0] ?? '(no files)';
}

async function run(c: RuleTestCase): Promise<readonly Finding[]> {
  const repo = tempRepo(c.files, c.policy ?? EXAMPLE_POLICY);
  try {
    const outcome = await repo.check({
      today: c.today ?? FIXED_TODAY,
      ...(c.basePolicy !== undefined ? { basePolicyText: c.basePolicy } : {}),
      ...(c.paths !== undefined ? { paths: c.paths } : {}),
      ...(c.changedFiles !== undefined ? { changedFiles: c.changedFiles } : {}),
      ...(c.stdin !== undefined ? { stdin: c.stdin } : {}),
    });
    return outcome.result.report.findings;
  } finally {
    repo.remove();
  }
}

async function findingsOf(rule: AnyRule, c: RuleTestCase): Promise<Finding[]> {
  const findings = await run(c);
  const mine = findings.filter((f) => f.rule === rule.id && !f.suppressed);
  for (const f of mine) assertWorded(rule, f);
  return mine;
}

/** The finding's words come from the rule's templates, filled. */
function assertWorded(rule: AnyRule, f: Finding): void {
  const id = f.messageId;
  if (id === undefined) throw new Error(`${rule.id}: a finding has no messageId (it was not built with report()): ${f.message}`);
  const template = rule.meta.messages[id];
  if (!template) throw new Error(`${rule.id}: messageId "${id}" is not in meta.messages`);
  for (const text of [f.message, f.help ?? '']) {
    if (/\{\{\s*\w+\s*\}\}/.test(text)) throw new Error(`${rule.id}/${id}: a placeholder is left unfilled: ${text}`);
  }
  if (template.help !== undefined && !f.help) throw new Error(`${rule.id}/${id}: the template has a help, the finding none`);
}

function show(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.messageId ?? '?'} ${f.message}`).join('\n') || '(nothing)';
}

export async function checkValid(rule: AnyRule, c: ValidCase): Promise<void> {
  const found = (await findingsOf(rule, c)).filter((f) => !(c.allowNotices && f.severity === 'notice'));
  if (found.length) throw new Error(`${rule.id}: valid case "${nameOf(c)}" reports:\n${show(found)}`);
}

export async function checkInvalid(rule: AnyRule, c: InvalidCase): Promise<void> {
  if (!c.errors.length)
    throw new Error(`${rule.id}: invalid case "${nameOf(c)}" expects nothing; an invalid case must list what the rule reports`);
  const found = await findingsOf(rule, c);
  if (!found.length) throw new Error(`${rule.id}: invalid case "${nameOf(c)}" reports nothing; expected ${c.errors.length} finding(s)`);
  const actual = found.map((f, i) => {
    const want = c.errors[i];
    return {
      messageId: f.messageId,
      line: f.line,
      ...(want?.column !== undefined ? { column: f.column } : {}),
      ...(want?.file !== undefined ? { file: f.file } : {}),
      ...(want?.severity !== undefined ? { severity: f.severity } : {}),
      ...(want?.cluster !== undefined ? { cluster: f.cluster } : {}),
      ...(want?.endLine !== undefined ? { endLine: f.endLine } : {}),
      ...(want?.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
      ...(want?.tables !== undefined ? { tables: f.tables } : {}),
      ...(want?.fix !== undefined ? { fix: f.fix } : {}),
    };
  });
  const expected = c.errors.map(({ mentions: _mentions, ...rest }) => rest);
  expect(actual, `${rule.id}: invalid case "${nameOf(c)}" reports:\n${show(found)}`).toEqual(expected);
  c.errors.forEach((want, i) => {
    const f = found[i]!;
    for (const m of want.mentions ?? [])
      expect(`${f.message}\n${f.help ?? ''}`, `${rule.id}: finding ${i + 1} of "${nameOf(c)}"`).toContain(m);
  });
}

/** Registers one vitest test per case. */
export function ruleTester(
  rule: AnyRule,
  tables: { readonly valid: readonly ValidCase[]; readonly invalid: readonly InvalidCase[] },
): void {
  describe(`${rule.id} (RuleTester)`, () => {
    it('has a valid and an invalid case', () => {
      expect(tables.valid.length).toBeGreaterThan(0);
      expect(tables.invalid.length).toBeGreaterThan(0);
    });
    for (const c of tables.valid) it(`valid: ${nameOf(c)}`, () => checkValid(rule, c));
    for (const c of tables.invalid) it(`invalid: ${nameOf(c)}`, () => checkInvalid(rule, c));
  });
}

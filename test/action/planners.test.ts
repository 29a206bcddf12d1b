import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../../src/shells/action/annotations.js';
import { parsePatch } from '../../src/shells/action/patch.js';
import { parseInputs, splitList } from '../../src/shells/action/inputs.js';
import { planScope, LIST_FILES_CAP } from '../../src/shells/action/scope.js';
import { retryDelay, DEFAULT_RETRY_POLICY } from '../../src/shells/action/github-api.js';
import { finding } from './helpers.js';

describe('planAnnotations', () => {
  it('shows at most 10 per severity, findings on changed lines first, and counts the rest', () => {
    const errors = Array.from({ length: 14 }, (_, i) => finding({ file: 'a.sql', line: i + 1 }));
    const warnings = Array.from({ length: 3 }, (_, i) => finding({ file: 'b.sql', line: i + 1, severity: 'warning' }));
    const suppressed = finding({ file: 'a.sql', line: 99, suppressed: true });
    // Only lines 12-14 of a.sql were added by the PR.
    const patches = new Map([
      ['a.sql', parsePatch('@@ -1,11 +1,14 @@\n' + Array.from({ length: 11 }, () => ' ctx').join('\n') + '\n+x\n+y\n+z')],
    ]);
    const plan = planAnnotations([...errors, ...warnings, suppressed], patches);
    const shownErrors = plan.shown.filter((f) => f.severity === 'error');
    expect(shownErrors.map((f) => f.line)).toEqual([12, 13, 14, 1, 2, 3, 4, 5, 6, 7]);
    expect(plan.shown.filter((f) => f.severity === 'warning')).toHaveLength(3);
    expect(plan.shown).not.toContain(suppressed);
    expect(plan.omitted).toEqual({ error: 4, warning: 0, notice: 0 });
  });
});

describe('parseInputs', () => {
  const getter = (values: Record<string, string>) => (name: string) => values[name] ?? '';
  it('applies the documented defaults', () => {
    const parsed = parseInputs(getter({ 'github-token': 't' }));
    expect(parsed).toEqual({ ok: true, inputs: { paths: [], failOn: 'error', comment: 'review', token: 't' } });
  });
  it('reads every input', () => {
    const parsed = parseInputs(
      getter({ policy: 'p.yml', paths: 'a/**\nb.sql, c.toml', scope: 'ALL', 'fail-on': 'warning', comment: 'none', sarif: 'out.sarif' }),
    );
    expect(parsed.ok && parsed.inputs).toMatchObject({
      policy: 'p.yml',
      paths: ['a/**', 'b.sql', 'c.toml'],
      scope: 'all',
      failOn: 'warning',
      comment: 'none',
      sarif: 'out.sarif',
    });
  });
  it('rejects bad values with a message naming the input', () => {
    const parsed = parseInputs(getter({ 'fail-on': 'critical', comment: 'inline' }));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/`fail-on`.*`critical`.*`comment`.*`inline`/);
  });
  it('splits lists on lines and commas, dropping comments and blanks', () => {
    expect(splitList('# lint these\n a.sql ,b.sql\n\n')).toEqual(['a.sql', 'b.sql']);
  });
});

describe('planScope', () => {
  const policy = '.github/tidb-import-guard.yml';
  it('lints the changed files, excluding removed ones, and parses their patches', () => {
    const plan = planScope(
      [
        { filename: 'a.sql', status: 'modified', patch: '@@ -1 +1 @@\n-x\n+y' },
        { filename: 'gone.sql', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' },
        { filename: 'huge.sql', status: 'added' },
      ],
      [policy],
      7,
    );
    expect(plan.changedFiles).toEqual(['a.sql', 'huge.sql']);
    expect(plan.policyChanged).toBe(false);
    expect(plan.patches.get('a.sql')?.added.has(1)).toBe(true);
    expect(plan.patches.get('huge.sql')?.commentable.size).toBe(0);
    expect(plan.description).toBe('the 2 files changed in #7');
  });
  it('lints everything when the policy or a file it extends changed, or was renamed away', () => {
    expect(planScope([{ filename: policy, status: 'modified' }], [policy], 1).changedFiles).toBeUndefined();
    expect(planScope([{ filename: 'shared.yml', status: 'modified' }], [policy, 'shared.yml'], 1).policyChanged).toBe(true);
    expect(planScope([{ filename: 'x.yml', previous_filename: policy, status: 'renamed' }], [policy], 1).policyChanged).toBe(true);
  });
  it('lints everything at the 3000-file cap', () => {
    const files = Array.from({ length: LIST_FILES_CAP }, (_, i) => ({ filename: `f${i}.sql`, status: 'added' }));
    const plan = planScope(files, [policy], 1);
    expect(plan.changedFiles).toBeUndefined();
    expect(plan.atFileCap).toBe(true);
  });
});

describe('retryDelay', () => {
  const p = DEFAULT_RETRY_POLICY;
  it('backs off exponentially on 5xx, a bounded number of times', () => {
    expect([0, 1, 2].map((attempt) => retryDelay({ status: 502, headers: {}, message: '' }, attempt, p))).toEqual([1000, 2000, 4000]);
    expect(retryDelay({ status: 502, headers: {}, message: '' }, 3, p)).toBeUndefined();
  });
  it('honours retry-after on secondary rate limits, up to a cap', () => {
    expect(retryDelay({ status: 403, headers: { 'retry-after': '3' }, message: 'x' }, 0, p)).toBe(3000);
    expect(retryDelay({ status: 429, headers: { 'retry-after': 2 }, message: '' }, 0, p)).toBe(2000);
    expect(retryDelay({ status: 403, headers: { 'retry-after': '3600' }, message: '' }, 0, p)).toBeUndefined();
    expect(retryDelay({ status: 403, headers: {}, message: 'You have exceeded a secondary rate limit' }, 0, p)).toBe(60_000);
  });
  it('never retries client errors such as a read-only token or a bad line', () => {
    for (const status of [400, 401, 403, 404, 422])
      expect(retryDelay({ status, headers: {}, message: 'Resource not accessible by integration' }, 0, p)).toBeUndefined();
  });
});

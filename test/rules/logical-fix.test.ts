/**
 * The one-click `backend = "tidb"` fix is complete (issue 15 item 7, github.md): on a job with
 * `check-requirements = false` it also removes the override (which would otherwise become an
 * `unnecessary-override`), as `fix.edits` in the JSON report; applying every edit and checking
 * again leaves no finding in the file. Review comments suggest a change only when every edit is
 * on the commented line, and otherwise spell the edits out.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, FixEdit } from '../../src/core/types.js';
import { formatJson } from '../../src/report/json.js';
import { renderReviewComment } from '../../src/report/github-comments.js';
import { SIMPLE_POLICY, tempRepo } from '../helpers/repo.js';

/** Applies a fix's edits (1-based, end-exclusive line/column ranges) to a text, last first. */
function applyEdits(text: string, edits: readonly FixEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (line: number, column: number) => (starts[line - 1] ?? text.length) + column - 1;
  let out = text;
  for (const e of [...edits].sort((a, b) => b.line - a.line || b.column - a.column)) {
    out = out.slice(0, offset(e.line, e.column)) + e.text + out.slice(offset(e.endLine, e.endColumn));
  }
  return out;
}

const CONFIG = (lightning: string) =>
  `[lightning]\n${lightning}\nlevel = "info"\n\n[tikv-importer]\nbackend = "local"\nsorted-kv-dir = "/mnt/sorted"\n\n[mydumper]\ndata-source-dir = "s3://dumps/app/2026-11-19"\nfilter = ['app.orders']\n\n[tidb]\nhost = "tidb.prod.internal"\n`;

async function fixedOnce(file: string, text: string) {
  const repo = tempRepo({ [file]: text }, SIMPLE_POLICY);
  try {
    const before = (await repo.check()).result.report.findings.filter((f) => f.file === file);
    const fix = before.find((f) => f.fix?.title === 'Use logical import mode')?.fix;
    expect(fix, JSON.stringify(before, null, 2)).toBeDefined();
    const edits: readonly FixEdit[] = fix!.edits ?? [{ line: 0, column: 0, endLine: 0, endColumn: 0, text: '' }];
    const applied = applyEdits(text, edits);
    repo.write(file, applied);
    const after = (await repo.check()).result.report.findings.filter((f) => f.file === file);
    return { before, fix: fix!, applied, after };
  } finally {
    repo.remove();
  }
}

describe('the logical-mode fix', () => {
  it('also removes check-requirements = false: applied whole, it leaves no finding', async () => {
    const { before, fix, applied, after } = await fixedOnce('deploy/prod/app.toml', CONFIG('check-requirements = false'));
    expect(before.some((f) => f.rule === 'log-backup-gap')).toBe(true);
    expect(fix.replacement).toBeUndefined();
    expect(fix.edits).toEqual([
      { line: 2, column: 1, endLine: 3, endColumn: 1, text: '' },
      { line: 6, column: 1, endLine: 6, endColumn: 18, text: 'backend = "tidb"' },
    ]);
    expect(applied).not.toContain('check-requirements');
    expect(applied).toContain('[tikv-importer]\nbackend = "tidb"\n');
    expect(after).toEqual([]);
  });

  it('keeps a trailing comment out of the way, and a value on a shared line becomes true', async () => {
    const trailing = await fixedOnce('deploy/prod/app.toml', CONFIG('check-requirements = false   # disk check fails on NFS'));
    expect(trailing.after).toEqual([]);
    expect(trailing.applied).not.toContain('disk check');
    // An inline table: the line holds more than the override, so only its value changes.
    const inline = CONFIG('').replace('[lightning]\n\nlevel = "info"\n', 'lightning = { check-requirements = false, level = "info" }\n');
    const shared = await fixedOnce('deploy/prod/app.toml', inline);
    expect(shared.applied).toContain('lightning = { check-requirements = true, level = "info" }');
    expect(shared.after).toEqual([]);
  });

  it('without an override it stays the one-line replacement', async () => {
    const text = CONFIG('level2 = 1').replace('level2 = 1\n', '');
    const repo = tempRepo({ 'deploy/prod/app.toml': text }, SIMPLE_POLICY);
    try {
      const { result } = await repo.check();
      const f = result.report.findings.find((x) => x.fix)!;
      expect(f.fix).toEqual({ title: 'Use logical import mode', replacement: 'backend = "tidb"' });
      const json = JSON.parse(formatJson(result.report));
      expect(json.findings.find((x: { fix?: unknown }) => x.fix).fix).toEqual({
        title: 'Use logical import mode',
        replacement: 'backend = "tidb"',
      });
    } finally {
      repo.remove();
    }
  });

  it('the JSON report carries fix.edits', async () => {
    const repo = tempRepo({ 'deploy/prod/app.toml': CONFIG('check-requirements = false') }, SIMPLE_POLICY);
    try {
      const json = JSON.parse(formatJson((await repo.check()).result.report));
      const fixes = json.findings
        .filter((x: { fix?: { title: string } }) => x.fix?.title === 'Use logical import mode')
        .map((x: { fix: unknown }) => x.fix);
      expect(fixes.length).toBeGreaterThan(0);
      for (const fix of fixes) {
        expect(Object.keys(fix)).toEqual(['title', 'edits']);
        expect(fix.edits[1]).toEqual({ line: 6, column: 1, endLine: 6, endColumn: 18, text: 'backend = "tidb"' });
      }
    } finally {
      repo.remove();
    }
  });
});

describe('the fix in a review comment', () => {
  const lines = CONFIG('check-requirements = false').split('\n');
  const context = { lineText: (_file: string, line: number) => lines[line - 1] };
  const base: Finding = {
    rule: 'log-backup-gap',
    severity: 'error',
    file: 'deploy/prod/app.toml',
    line: 6,
    column: 1,
    endLine: 6,
    endColumn: 18,
    message: 'gap',
    suppressed: false,
    fingerprint: 'f'.repeat(24),
  };

  it('edits on several lines are spelled out, never one suggestion', () => {
    const body = renderReviewComment(
      [
        {
          ...base,
          fix: {
            title: 'Use logical import mode',
            edits: [
              { line: 2, column: 1, endLine: 3, endColumn: 1, text: '' },
              { line: 6, column: 1, endLine: 6, endColumn: 18, text: 'backend = "tidb"' },
            ],
          },
        },
      ],
      context,
    );
    expect(body).not.toContain('```suggestion');
    expect(body).toContain(
      'Use logical import mode, in one change: remove line 2 (`check-requirements = false`), and change line 6 to `backend = "tidb"`.',
    );
  });

  it('edits all on the commented line are one suggestion', () => {
    const body = renderReviewComment(
      [{ ...base, fix: { title: 'Use logical import mode', edits: [{ line: 6, column: 12, endLine: 6, endColumn: 17, text: 'tidb' }] } }],
      context,
    );
    expect(body).toContain('```suggestion\nbackend = "tidb"\n```');
  });

  it('a one-line replacement is a suggestion as before', () => {
    const body = renderReviewComment([{ ...base, fix: { title: 'Use logical import mode', replacement: 'backend = "tidb"' } }], context);
    expect(body).toContain('```suggestion\nbackend = "tidb"\n```');
  });
});

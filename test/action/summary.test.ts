import { describe, expect, it } from 'vitest';
import { renderSummary, renderPostureTable, tableCell } from '../../src/report/github-summary.js';
import type { CheckResult } from '../../src/lint/result.js';
import type { Finding } from '../../src/core/types.js';
import { summaryMarker } from '../../src/report/markers.js';
import { finding } from './helpers.js';

function resultOf(findings: Finding[]): CheckResult {
  const count = (s: string) => findings.filter((f) => !f.suppressed && f.severity === s).length;
  return {
    report: {
      version: 1,
      tool: { name: 'tidb-import-guard', version: '1.0.0' },
      policy: '.github/tidb-import-guard.yml',
      findings,
      summary: {
        files: 3,
        jobs: 2,
        errors: count('error'),
        warnings: count('warning'),
        notices: count('notice'),
        suppressed: findings.filter((f) => f.suppressed).length,
      },
    },
    clusters: [
      {
        cluster: 'prod',
        description: 'Production | us-east',
        tidbVersion: '8.5.1',
        logBackup: { enabled: true, task: 'pitr-prod' },
        changefeeds: [{ id: 'prod-to-dr', downstream: 'cluster dr' }],
        jobs: 2,
        findings: { error: 1, warning: 0, notice: 0 },
      },
      {
        cluster: 'dr',
        tidbVersion: '8.5.1',
        logBackup: { enabled: false },
        changefeeds: [],
        jobs: 0,
        findings: { error: 0, warning: 0, notice: 0 },
      },
    ],
  };
}

describe('renderSummary', () => {
  it('has the marker, the verdict, the counts and the posture table', () => {
    const result = resultOf([finding({ file: 'deploy/prod/a.toml', line: 7 }), finding({ file: 'b.sql', line: 1, suppressed: true })]);
    const md = renderSummary({
      result,
      scope: 'the 2 files changed in #3',
      failOn: 'error',
      marker: summaryMarker('.github/tidb-import-guard.yml'),
      sections: [{ title: 'Findings', findings: result.report.findings.filter((f) => !f.suppressed) }],
    });
    expect(md.startsWith(summaryMarker('.github/tidb-import-guard.yml'))).toBe(true);
    expect(md).toContain('❌ **This check fails** (fail-on: `error`): 1 error, 0 warnings, 0 notices, 1 suppressed');
    expect(md).toContain('| Cluster | TiDB | Log backup | Changefeeds | Jobs | Findings | What to do |');
    expect(md).toMatch(
      /\| \*\*prod\*\*<br>Production \\\| us-east \| v8\.5\.1 \| on \(`pitr-prod`\) \| `prod-to-dr` → cluster dr \| 2 \| 1 error \| Fix the errors/,
    );
    expect(md).toMatch(/\| \*\*dr\*\* \| v8\.5\.1 \| off \| none \| 0 \| none \| No import jobs in scope \|/);
    expect(md).toContain('`deploy/prod/a.toml:7`');
    expect(renderSummary({ result, scope: 'all files', failOn: 'never', sections: [] })).toContain('✅ **This check passes**');
  });

  it('stays under the size limit and says how many findings were cut', () => {
    const many = Array.from({ length: 2000 }, (_, i) => finding({ file: `migrations/${i}.sql`, line: 1, message: 'x'.repeat(200) }));
    const md = renderSummary({
      result: resultOf(many),
      scope: 'all files',
      failOn: 'error',
      sections: [{ title: 'Findings', findings: many }],
      notes: ['a note'],
    });
    expect(md.length).toBeLessThan(65_536);
    const cut = /…and (\d+) more findings not listed/.exec(md);
    expect(cut).not.toBeNull();
    const listed = md.split('\n').filter((line) => line.startsWith('| 🛑')).length;
    expect(listed + Number(cut?.[1])).toBe(2000);
    expect(md).toContain('> a note');
  });

  it('reports annotations not shown and inline comment counts', () => {
    const md = renderSummary({
      result: resultOf([]),
      scope: 'all files',
      failOn: 'error',
      sections: [],
      annotationsOmitted: { error: 4, warning: 0, notice: 1 },
      inline: { posted: 2, alreadyPosted: 1, removed: 1, resolved: 0 },
    });
    expect(md).toContain('Not shown as annotations (GitHub shows at most 10 of each severity per step): 4 errors, 1 notice.');
    expect(md).toContain('Inline review comments: 2 new, 1 already posted, 1 removed (fixed), 0 marked resolved.');
  });

  it('escapes table cells', () => {
    // A newline is escaped visibly, as everywhere (cli.md): it cannot end the row.
    expect(tableCell('a|b\nc')).toBe('a\\|b\\\\nc');
    expect(renderPostureTable([])).toContain('no clusters');
  });
});

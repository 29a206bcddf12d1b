/**
 * The text, compact, GitHub and GitLab formats written piece by piece (`textChunks`,
 * `compactChunks`, `githubCommandChunks`, `gitlabChunks`, through the CLI's `renderReportPieces`):
 * joined, the pieces are the text these formats made whole before (reproduced here for the three
 * whose old form is one expression; the text format's layout is held by the golden files), with
 * no finding, suppressed ones only, and many; and a large report comes in many pieces.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import type { Report } from '../../src/lint/result.js';
import { gitlabIssue } from '../../src/report/gitlab.js';
import { formatFindingLine } from '../../src/report/text.js';
import { workflowCommand } from '../../src/report/workflow-commands.js';
import { type ReportFormat, renderReport, renderReportPieces } from '../../src/shells/cli/render.js';

const base: Finding = {
  rule: 'log-backup-gap',
  severity: 'error',
  file: 'a.sql',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 7,
  message: 'headline `x`',
  help: 'run "this"\nthen\u2028that',
  suppressed: false,
  fingerprint: '0'.repeat(24),
};

function reportOf(findings: Finding[]): Report {
  const shown = findings.filter((f) => !f.suppressed).length;
  return {
    version: 1,
    tool: { name: 'tidb-import-guard', version: '1.2.3' },
    policy: 'policy.yml',
    findings,
    summary: { files: 3, jobs: 2, errors: shown, warnings: 0, notices: 0, suppressed: findings.length - shown },
  };
}

const many = Array.from({ length: 3000 }, (_, i) => ({
  ...base,
  file: `m/${String(Math.floor(i / 3)).padStart(4, '0')}.sql`,
  line: (i % 3) + 1,
  message: `finding ${i} on \`t_${i}\``,
  ...(i % 7 === 0 ? { suppressed: true, suppression: { kind: 'waiver' as const, reason: 'r' } } : {}),
  ...(i % 5 === 0 ? { job: `${i}` } : {}),
}));

const shapes: Finding[][] = [[], [{ ...base, suppressed: true }], [base], many];

/** The formats as they were made whole, before they were written in pieces. */
const whole: Partial<Record<ReportFormat, (report: Report) => string>> = {
  compact: (report) => {
    const lines = report.findings.filter((f) => !f.suppressed).map((f) => formatFindingLine(f, false));
    const s = report.summary;
    lines.push(
      `${s.errors} error${s.errors === 1 ? '' : 's'}, 0 warnings, 0 notices${s.suppressed ? ` (${s.suppressed} suppressed)` : ''} in 3 files, 2 import jobs.`,
    );
    return `${lines.join('\n')}\n`;
  },
  github: (report) =>
    report.findings
      .filter((f) => !f.suppressed)
      .map(workflowCommand)
      .join('\n') + (report.findings.some((f) => !f.suppressed) ? '\n' : ''),
  gitlab: (report) => `${JSON.stringify(report.findings.filter((f) => !f.suppressed).map(gitlabIssue), null, 2)}\n`,
};

describe('the text formats in pieces', () => {
  it('join to the text each format made whole', () => {
    for (const findings of shapes) {
      const report = reportOf(findings);
      for (const [format, make] of Object.entries(whole) as [ReportFormat, (r: Report) => string][]) {
        const expected = make(report);
        expect([...renderReportPieces(format, report, { colour: false }, 100)].join('')).toBe(expected);
        expect(renderReport(format, report, { colour: false })).toBe(expected);
      }
    }
  });

  it('join to the text report, with and without the count line', () => {
    for (const findings of shapes) {
      const report = reportOf(findings);
      for (const options of [{ colour: false }, { colour: true, counts: false }]) {
        expect([...renderReportPieces('text', report, options, 100)].join('')).toBe(renderReport('text', report, options));
      }
    }
  });

  it('come in many pieces for a large report, not as one text', () => {
    const report = reportOf(many);
    for (const format of ['text', 'compact', 'github', 'gitlab'] as const) {
      const pieces = [...renderReportPieces(format, report, { colour: false }, 4096)];
      expect(pieces.length, format).toBeGreaterThan(20);
      for (const piece of pieces) expect(piece.length, format).toBeLessThan(2 * 4096);
    }
  });
});

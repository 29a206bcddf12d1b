/**
 * The JSON report written piece by piece (src/report/json.ts `jsonChunks`, the CLI's
 * `renderReportPieces`): the pieces joined are byte for byte the report stringified whole, with
 * no findings, one, and many with awkward text (quotes, line breaks, U+2028, non-BMP characters,
 * fixes of one and several edits, suppressions), and every piece is bounded by the batch size
 * plus one finding.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import type { Report } from '../../src/lint/result.js';
import { formatJson, jsonChunks } from '../../src/report/json.js';
import { formatSarif, sarifChunks } from '../../src/report/sarif.js';
import { readRuleDoc } from '../../src/shells/rule-docs.js';
import { renderReportPieces } from '../../src/shells/cli/render.js';

const base: Finding = {
  rule: 'log-backup-gap',
  severity: 'error',
  file: 'a.sql',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 7,
  message: 'headline',
  suppressed: false,
  fingerprint: '0'.repeat(24),
};

/** The report as it was made before it was written in pieces: one `JSON.stringify` of the whole. */
function whole(report: Report): string {
  const finding = (f: Finding): Record<string, unknown> => ({
    rule: f.rule,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    message: f.message,
    ...(f.help !== undefined ? { help: f.help } : {}),
    ...(f.cluster !== undefined ? { cluster: f.cluster } : {}),
    ...(f.tables?.length ? { tables: f.tables } : {}),
    suppressed: f.suppressed,
    ...(f.suppression ? { suppression: { kind: f.suppression.kind, reason: f.suppression.reason } } : {}),
    fingerprint: f.fingerprint,
    ...(f.fix
      ? {
          fix: f.fix.edits
            ? {
                title: f.fix.title,
                edits: f.fix.edits.map((e) => ({
                  line: e.line,
                  column: e.column,
                  endLine: e.endLine,
                  endColumn: e.endColumn,
                  text: e.text,
                })),
              }
            : { title: f.fix.title, replacement: f.fix.replacement },
        }
      : {}),
  });
  const out = {
    version: report.version,
    tool: { name: report.tool.name, version: report.tool.version },
    policy: report.policy,
    findings: report.findings.map(finding),
    summary: { ...report.summary },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

function reportOf(findings: Finding[]): Report {
  return {
    version: 1,
    tool: { name: 'tidb-import-guard', version: '1.2.3' },
    policy: 'policy "x"\n.yml',
    findings,
    summary: { files: 3, jobs: 2, errors: findings.length, warnings: 0, notices: 0, suppressed: 1 },
  };
}

const awkward: Finding[] = [
  { ...base, help: 'run "this"\nthen\u2028that \u{1f600}', cluster: 'prod', tables: ['db.t', 'd\\b.`u`'] },
  { ...base, file: 'b/c.toml', suppressed: true, suppression: { kind: 'waiver', reason: 'because\t"so"' } },
  { ...base, fix: { title: 'replace it', replacement: 'new\ntext' } },
  {
    ...base,
    fix: {
      title: 'two edits',
      edits: [
        { line: 1, column: 1, endLine: 1, endColumn: 2, text: 'a' },
        { line: 3, column: 4, endLine: 5, endColumn: 6, text: '' },
      ],
    },
  },
  { ...base, tables: [] },
];

describe('the JSON report in pieces', () => {
  it('joins to the whole report with no finding, one, and several of every shape', () => {
    for (const findings of [[], [base], awkward]) {
      const report = reportOf(findings);
      expect([...jsonChunks(report)].join('')).toBe(whole(report));
      expect(formatJson(report)).toBe(whole(report));
      expect([...renderReportPieces('json', report, { colour: false }, 100)].join('')).toBe(whole(report));
    }
  });

  it('comes in pieces of about the batch size, not as one text', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ ...base, line: i + 1, message: `finding ${i}` }));
    const report = reportOf(many);
    const pieces = [...renderReportPieces('json', report, { colour: false }, 4096)];
    const longestFinding = Math.max(...[...jsonChunks(report)].map((c) => c.length));
    expect(pieces.length).toBeGreaterThan(50);
    for (const piece of pieces) expect(piece.length).toBeLessThan(4096 + longestFinding);
    expect(pieces.join('')).toBe(whole(report));
  });

  it('joins SARIF pieces to the log stringified whole, with and without results', () => {
    for (const findings of [[], [base], awkward]) {
      const report = reportOf(findings);
      const options = { warnings: ['x.sql is not linted'], helpMarkdown: () => 'help **md**' };
      const joined = [...sarifChunks(report, options)].join('');
      // The log is plain data (no -0, no undefined in arrays): parsing and stringifying again is the whole text.
      expect(joined).toBe(`${JSON.stringify(JSON.parse(joined), null, 2)}\n`);
      expect(formatSarif(report, options)).toBe(joined);
      expect(JSON.parse(joined).runs[0].results).toHaveLength(findings.length);
      const pieces = [...renderReportPieces('sarif', report, { colour: false, warnings: ['x.sql is not linted'] }, 100)];
      expect(pieces.join('')).toBe(formatSarif(report, { warnings: ['x.sql is not linted'], helpMarkdown: readRuleDoc }));
    }
  });
});

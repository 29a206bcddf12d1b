/** The JSON report (docs/json-report.md): a contract. Key order is fixed so the same input gives the same bytes. */
import type { Finding, FindingFix } from '../core/types.js';
import type { Report } from '../lint/result.js';

/** `{ title, replacement }` for a one-edit fix, `{ title, edits: [...] }` for a fix of several (cli.md, github.md). */
function fixJson(fix: FindingFix): Record<string, unknown> {
  if (!fix.edits) return { title: fix.title, replacement: fix.replacement };
  return {
    title: fix.title,
    edits: fix.edits.map((e) => ({ line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn, text: e.text })),
  };
}

function findingJson(f: Finding): Record<string, unknown> {
  return {
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
    ...(f.fix ? { fix: fixJson(f.fix) } : {}),
  };
}

export function formatJson(report: Report): string {
  const out = {
    version: report.version,
    tool: { name: report.tool.name, version: report.tool.version },
    policy: report.policy,
    findings: report.findings.map(findingJson),
    summary: {
      files: report.summary.files,
      jobs: report.summary.jobs,
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      notices: report.summary.notices,
      suppressed: report.summary.suppressed,
    },
  };
  return JSON.stringify(out, null, 2) + '\n';
}

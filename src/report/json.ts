/** The JSON report (docs/json-report.md): a contract. Key order is fixed so the same input gives the same bytes. */
import type { Finding, FindingFix } from '../core/types.js';
import type { Report } from '../lint/result.js';
import { arrayItemPieces } from './json-pieces.js';

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
  return [...jsonChunks(report)].join('');
}

/**
 * The JSON report in pieces, one finding at a time, so a shell can write it as it goes instead of
 * holding the whole text (28 MB for 36,000 findings). Joined, the pieces are exactly
 * `JSON.stringify(report, null, 2)` and a line break: the head, the summary and each finding are
 * stringified alone and indented to their depth (a JSON text has no line break inside a string).
 */
export function* jsonChunks(report: Report): Generator<string> {
  const head = {
    version: report.version,
    tool: { name: report.tool.name, version: report.tool.version },
    policy: report.policy,
  };
  const summary = {
    files: report.summary.files,
    jobs: report.summary.jobs,
    errors: report.summary.errors,
    warnings: report.summary.warnings,
    notices: report.summary.notices,
    suppressed: report.summary.suppressed,
  };
  const headText = JSON.stringify(head, null, 2);
  const tail = `\n  "summary": ${indent(JSON.stringify(summary, null, 2), '  ')}\n}\n`;
  // `{\n  "version": ...,\n  "policy": "..."` without its closing line.
  const open = headText.slice(0, headText.lastIndexOf('\n'));
  if (report.findings.length === 0) {
    yield `${open},\n  "findings": [],${tail}`;
    return;
  }
  yield `${open},\n  "findings": [`;
  yield* arrayItemPieces(report.findings, '    ', findingJson);
  yield `\n  ],${tail}`;
}

function indent(json: string, by: string): string {
  return json.replace(/\n/g, `\n${by}`);
}

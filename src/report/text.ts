/**
 * Text output: one line per finding, `path:line:col: severity: message [rule-id]`, sorted, then a
 * one-line count. Suppressed findings are counted, not listed. Colour only when asked (the shell
 * decides: a TTY and no NO_COLOR).
 */
import type { Finding } from '../core/types.js';
import type { Report } from '../lint/result.js';
import { plainText } from '../core/plain-text.js';

const COLOURS = { error: '\u001b[31m', warning: '\u001b[33m', notice: '\u001b[36m' } as const;
const RESET = '\u001b[0m';
const DIM = '\u001b[2m';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatFindingLine(f: Finding, colour: boolean): string {
  const sev = colour ? `${COLOURS[f.severity]}${f.severity}${RESET}` : f.severity;
  const rule = colour ? `${DIM}[${f.rule}]${RESET}` : `[${f.rule}]`;
  // Repository text (the path, names quoted in the message) is escaped: nothing starts a new line.
  return `${plainText(f.file)}:${f.line}:${f.column}: ${sev}: ${plainText(f.message)} ${rule}`;
}

/** `counts: false` when the run failed (exit 2): a count line would read as "clean". */
export function formatText(report: Report, options: { colour: boolean; counts?: boolean }): string {
  const lines = report.findings.filter((f) => !f.suppressed).map((f) => formatFindingLine(f, options.colour));
  if (options.counts === false) return lines.length ? lines.join('\n') + '\n' : '';
  const s = report.summary;
  lines.push(
    `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notices, 'notice')}` +
      `${s.suppressed ? ` (${s.suppressed} suppressed)` : ''} in ${plural(s.files, 'file')}, ${plural(s.jobs, 'import job')}.`,
  );
  return lines.join('\n') + '\n';
}

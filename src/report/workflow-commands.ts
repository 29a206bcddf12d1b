/**
 * `--format github` for running the CLI inside any GitHub workflow step without the action: one
 * workflow command per unsuppressed finding (`::error file=…,line=…::message`). Escaping follows
 * GitHub's rules for workflow commands (the same as @actions/core's): `%`, CR and LF in the message;
 * additionally `:` and `,` in property values. Before that, control characters of repository text
 * are escaped visibly (plain-text.ts): GitHub's escaping keeps a newline from ending the command,
 * but an ESC sequence or a Unicode line separator would still reach the log.
 */
import type { Finding } from '../core/types.js';
import type { Report } from '../lint/result.js';
import { plainText } from '../core/plain-text.js';

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function workflowCommand(f: Finding): string {
  const command = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
  const props = [
    `file=${escapeProperty(plainText(f.file))}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `endLine=${f.endLine}`,
    ...(f.endLine === f.line ? [`endColumn=${f.endColumn}`] : []),
    `title=${escapeProperty(`tidb-import-guard: ${f.rule}`)}`,
  ];
  return `::${command} ${props.join(',')}::${escapeData(plainText(f.message))}`;
}

export function formatGithubCommands(report: Report): string {
  return [...githubCommandChunks(report)].join('');
}

/** One workflow command per line, as they are made (joined, `formatGithubCommands`). */
export function* githubCommandChunks(report: Report): Generator<string> {
  for (const f of report.findings) if (!f.suppressed) yield `${workflowCommand(f)}\n`;
}

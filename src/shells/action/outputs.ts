/**
 * What the action leaves on the runner, through the I/O port: step outputs, the report files
 * (JSON, SARIF), annotations and the job summary. Written before the comment API is used, so later
 * steps have them even when GitHub is down; a file that cannot be written is a warning, never a
 * different verdict.
 */
import { join, resolve } from 'node:path';
import type { Finding, Severity } from '../../core/types.js';
import { buildLineIndex } from '../../core/lines.js';
import { decodeSource } from '../../core/text.js';
import type { Report } from '../../lint/result.js';
import { formatJson } from '../../report/json.js';
import { formatSarif } from '../../report/sarif.js';
import { plainText } from '../../core/plain-text.js';
import type { CommentContext } from '../../report/github-comments.js';
import { ruleDocUrl } from '../../report/doc-links.js';
import { readRuleDoc } from '../rule-docs.js';
import { createConfinedReader } from '../../files/confined.js';
import type { Environment } from './environment.js';
import { describeError } from './github-api.js';
import type { Annotation, ActionIo } from './io.js';

/** Where the action writes its report files and the fork-mode hand-over. */
export function outputDirectory(env: Environment): string {
  return join(env.runnerTemp, 'tidb-import-guard');
}

export function setCountOutputs(io: ActionIo, summary: Report['summary']): void {
  io.setOutput('errors', summary.errors);
  io.setOutput('warnings', summary.warnings);
  io.setOutput('notices', summary.notices);
  io.setOutput('suppressed', summary.suppressed);
}

/** The counts, `report-json` and (when asked) `sarif-file`. */
export function writeReportOutputs(
  io: ActionIo,
  env: Environment,
  report: Report,
  sarif: string | undefined,
  warn: (message: string) => void,
): void {
  setCountOutputs(io, report.summary);
  const writeOutput = (name: string, path: string, render: () => string): void => {
    try {
      io.writeText(path, render());
      io.setOutput(name, path);
    } catch (error) {
      warn(`Could not write ${path} (${describeError(error)}); the \`${name}\` output is empty.`);
      io.setOutput(name, '');
    }
  };
  writeOutput('report-json', join(outputDirectory(env), 'report.json'), () => formatJson(report));
  if (sarif) {
    writeOutput('sarif-file', resolve(env.workspace, sarif), () =>
      // Doc links (helpUri) and informationUri: the project's, at this release (report/doc-links.ts).
      formatSarif(report, { helpMarkdown: readRuleDoc }),
    );
  } else io.setOutput('sarif-file', '');
}

export function annotate(io: ActionIo, finding: Finding): void {
  const where: Annotation = {
    title: plainText(`${finding.rule}${finding.cluster ? ` (${finding.cluster})` : ''}`),
    file: plainText(finding.file),
    startLine: finding.line,
    endLine: finding.endLine,
    // GitHub refuses columns on a multi-line annotation.
    ...(finding.line === finding.endLine ? { startColumn: finding.column, endColumn: finding.endColumn } : {}),
  };
  const annotateAs: Record<Severity, (message: string, where: Annotation) => void> = {
    error: (message, at) => io.error(message, at),
    warning: (message, at) => io.warning(message, at),
    notice: (message, at) => io.notice(message, at),
  };
  // @actions/core escapes `%`, CR and LF; the plain-text layer escapes every other control
  // character (ESC, C1, line separators), also for findings read from a fork's artifact.
  annotateAs[finding.severity](plainText(finding.message), where);
}

export async function writeJobSummary(io: ActionIo, markdown: string): Promise<void> {
  try {
    await io.appendSummary(markdown);
  } catch (error) {
    io.warning(`Could not write the job summary: ${describeError(error)}`);
  }
}

/** Source lines for comments are read only from files this small (larger ones get no quoted line). */
const COMMENT_SOURCE_MAX_BYTES = 16 * 1024 * 1024;

/** Line texts for comments and suggestions, read from the workspace (confined), and rule doc links. */
export function commentContext(env: Environment): CommentContext {
  const cache = new Map<string, ReturnType<typeof buildLineIndex> | undefined>();
  const reader = createConfinedReader(env.workspace);
  return {
    lineText(file, line) {
      if (!cache.has(file)) {
        const read = reader.read(file, COMMENT_SOURCE_MAX_BYTES);
        const decoded = read.ok ? decodeSource(read.bytes) : undefined;
        cache.set(file, decoded?.ok ? buildLineIndex(decoded.text) : undefined);
      }
      return cache.get(file)?.lineText(line);
    },
    // Every rule id links to its doc page at this release (report/doc-links.ts).
    docsUrl: (ruleId) => ruleDocUrl(ruleId),
  };
}

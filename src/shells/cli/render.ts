/**
 * The report in the format the user asked for: the one switch `check` and `posture verify` share,
 * with the `--format` and `--fail-on` words both accept.
 */
import type { Report } from '../../lint/result.js';
import { formatGitlab, gitlabChunks } from '../../report/gitlab.js';
import { formatJson, jsonChunks } from '../../report/json.js';
import { formatSarif, type SarifOptions, sarifChunks } from '../../report/sarif.js';
import { compactChunks, formatCompact, formatText, textChunks, type TextOptions } from '../../report/text.js';
import { formatGithubCommands, githubCommandChunks } from '../../report/workflow-commands.js';
import { readRuleDoc } from '../rule-docs.js';

export const FORMATS = ['text', 'compact', 'json', 'sarif', 'github', 'gitlab'] as const;
export type ReportFormat = (typeof FORMATS)[number];
export const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;

export interface RenderOptions extends TextOptions {
  /** The run's warnings, as SARIF tool notifications. */
  readonly warnings?: readonly string[];
  /** Set when the tool could not do its job (exit 2). */
  readonly fatal?: string;
}

function sarifOptions(options: RenderOptions): SarifOptions {
  return {
    helpMarkdown: readRuleDoc,
    ...(options.warnings !== undefined ? { warnings: options.warnings } : {}),
    ...(options.fatal !== undefined ? { fatal: options.fatal } : {}),
  };
}

export function renderReport(format: ReportFormat, report: Report, options: RenderOptions): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, sarifOptions(options));
    case 'github':
      return formatGithubCommands(report);
    case 'gitlab':
      return formatGitlab(report);
    case 'compact':
      return formatCompact(report, { colour: options.colour, ...(options.counts !== undefined ? { counts: options.counts } : {}) });
    default:
      return formatText(report, options);
  }
}

/** The report in the pieces its format makes it in: a finding, a group of findings, a line. */
function reportChunks(format: ReportFormat, report: Report, options: RenderOptions): Iterable<string> {
  switch (format) {
    case 'json':
      return jsonChunks(report);
    case 'sarif':
      return sarifChunks(report, sarifOptions(options));
    case 'github':
      return githubCommandChunks(report);
    case 'gitlab':
      return gitlabChunks(report);
    case 'compact':
      return compactChunks(report, { colour: options.colour, ...(options.counts !== undefined ? { counts: options.counts } : {}) });
    default:
      return textChunks(report, options);
  }
}

/**
 * The report in pieces of about `batch` characters, for writing as it is made: every format is
 * made a finding (or, in text, a group of findings) at a time, so the whole text of a large run
 * (tens of megabytes) is never held. Joined, the pieces are `renderReport`'s text.
 */
export function* renderReportPieces(format: ReportFormat, report: Report, options: RenderOptions, batch = 1 << 16): Generator<string> {
  const chunks = reportChunks(format, report, options);
  let pending: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= batch) {
      yield pending.join('');
      pending = [];
      size = 0;
    }
  }
  if (pending.length) yield pending.join('');
}

/**
 * The report in the format the user asked for: the one switch `check` and `posture verify` share,
 * with the `--format` and `--fail-on` words both accept.
 */
import type { Report } from '../../lint/result.js';
import { formatGitlab } from '../../report/gitlab.js';
import { formatJson } from '../../report/json.js';
import { formatSarif } from '../../report/sarif.js';
import { formatCompact, formatText, type TextOptions } from '../../report/text.js';
import { formatGithubCommands } from '../../report/workflow-commands.js';
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

export function renderReport(format: ReportFormat, report: Report, options: RenderOptions): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, {
        helpMarkdown: readRuleDoc,
        ...(options.warnings !== undefined ? { warnings: options.warnings } : {}),
        ...(options.fatal !== undefined ? { fatal: options.fatal } : {}),
      });
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

/** The command-line conventions users bring from ESLint and friends: --quiet, --max-warnings, colour. */
import type { Finding } from '../../core/types.js';
import type { Report } from '../../lint/result.js';

/** `--quiet`: errors only in what is printed; the summary still counts everything. */
export function quietReport(report: Report): Report {
  return { ...report, findings: report.findings.filter((f) => f.severity === 'error') };
}

/** `--max-warnings N`: more than N unsuppressed warnings fail the run, as in ESLint. */
export function tooManyWarnings(findings: readonly Finding[], max: number): boolean {
  return findings.filter((f) => !f.suppressed && f.severity === 'warning').length > max;
}

/**
 * Colour: `--color`/`--no-color` win; then NO_COLOR (any non-empty value) turns it off and
 * FORCE_COLOR (anything but `0`/`false`) on; otherwise only on a terminal, never into a file.
 */
export function wantsColour(options: {
  readonly flag: boolean | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
  readonly toFile: boolean;
}): boolean {
  if (options.flag !== undefined) return options.flag;
  if (options.env['NO_COLOR']) return false;
  const force = options.env['FORCE_COLOR'];
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  return options.isTTY && !options.toFile;
}

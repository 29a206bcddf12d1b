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

/**
 * Hyperlinks (OSC 8) on rule ids in text output, decided conservatively: a terminal that does not
 * know the sequence may print it as garbage, so links are on only when
 * - `FORCE_HYPERLINK` is set (anything but `0`/`false` turns them on, `0`/`false` off; the
 *   convention of the supports-hyperlinks package), or
 * - output goes to a terminal (not a file or pipe), colour is on, not in CI, `TERM` is not `dumb`,
 *   and the terminal is one known to support them: iTerm2 (`TERM_PROGRAM=iTerm.app`), WezTerm,
 *   VS Code's terminal (`vscode`), Ghostty, Windows Terminal (`WT_SESSION`), kitty
 *   (`KITTY_WINDOW_ID` or `TERM=xterm-kitty`), and VTE terminals 0.50 or later (GNOME Terminal,
 *   Tilix: `VTE_VERSION` >= 5000).
 * Anything else (tmux and screen included, which may not pass the sequence through) gets plain ids.
 */
export function wantsHyperlinks(options: {
  readonly colour: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
  readonly toFile: boolean;
}): boolean {
  const { env } = options;
  const force = env['FORCE_HYPERLINK'];
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (!options.colour || !options.isTTY || options.toFile) return false;
  if (env['CI'] || env['TERM'] === 'dumb' || env['TMUX'] || (env['TERM'] ?? '').startsWith('screen')) return false;
  const program = env['TERM_PROGRAM'];
  if (program === 'iTerm.app' || program === 'WezTerm' || program === 'vscode' || program === 'ghostty') return true;
  if (env['WT_SESSION'] || env['KITTY_WINDOW_ID'] || env['TERM'] === 'xterm-kitty') return true;
  const vte = Number(env['VTE_VERSION']);
  return Number.isInteger(vte) && vte >= 5000;
}

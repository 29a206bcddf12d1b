/**
 * Text output for people (`--format text`, the default; README.md "Command line"), in the layout of rustc and
 * squawk: findings grouped by file, the findings of one import job as one block (groups.ts), each
 * block a one-sentence headline, the source line(s) with the spans underlined, `help:` lines with
 * the fix, then a one-line count. `--format compact` is the one-line form
 * `path:line:col: severity: message [rule-id]` (for editors and grep), unchanged since 1.0.
 *
 *   error[log-backup-gap]: headline
 *     --> deploy/prod/orders.toml:7:1
 *      |
 *    7 | backend = "local"
 *      | ^^^^^^^^^^^^^^^^^
 *      = help: take a snapshot right after it: BACKUP TABLE app.orders TO '<storage>';
 *        or use logical mode: backend = "tidb"
 *
 * Suppressed findings are counted, not listed. Colour and hyperlinks only when the shell says so
 * (cli/conventions.ts decides from the flags, the environment and the terminal). Repository text
 * is escaped (plain-text.ts) and source lines are redacted (code-frame.ts).
 */
import type { Finding, Location, Severity } from '../core/types.js';
import type { Report } from '../lint/result.js';
import { plainText } from '../core/plain-text.js';
import { codeFrame } from './code-frame.js';
import { groupFindings, type FindingGroup } from './groups.js';
import { groupHelp } from './help.js';
import { splitCodeSpans } from './markdown.js';
import { ruleDocUrl } from './doc-links.js';

const COLOURS = { error: '\u001b[31m', warning: '\u001b[33m', notice: '\u001b[36m' } as const;
const RESET = '\u001b[0m';
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';
const BLUE = '\u001b[34m';
const CYAN = '\u001b[36m';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The one-line form of a finding (`--format compact`). */
export function formatFindingLine(f: Finding, colour: boolean): string {
  const sev = colour ? `${COLOURS[f.severity]}${f.severity}${RESET}` : f.severity;
  const rule = colour ? `${DIM}[${f.rule}]${RESET}` : `[${f.rule}]`;
  // Repository text (the path, names quoted in the message) is escaped: nothing starts a new line.
  return `${plainText(f.file)}:${f.line}:${f.column}: ${sev}: ${plainText(f.message)} ${rule}`;
}

function countLine(report: Report): string {
  const s = report.summary;
  return (
    `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notices, 'notice')}` +
    `${s.suppressed ? ` (${s.suppressed} suppressed)` : ''} in ${plural(s.files, 'file')}, ${plural(s.jobs, 'import job')}.`
  );
}

/** `--format compact`. `counts: false` when the run failed (exit 2): a count line would read as "clean". */
export function formatCompact(report: Report, options: { colour: boolean; counts?: boolean }): string {
  return [...compactChunks(report, options)].join('');
}

/** `--format compact` one line at a time (joined, `formatCompact`), for writing as it is made. */
export function* compactChunks(report: Report, options: { colour: boolean; counts?: boolean }): Generator<string> {
  for (const f of report.findings) if (!f.suppressed) yield `${formatFindingLine(f, options.colour)}\n`;
  if (options.counts !== false) yield `${countLine(report)}\n`;
}

export interface TextOptions {
  readonly colour: boolean;
  /** OSC 8 hyperlinks on rule ids (cli/conventions.ts decides when a terminal shows them). */
  readonly hyperlinks?: boolean;
  /** `false` when the run failed (exit 2): no count line. */
  readonly counts?: boolean;
  /** Text of a 1-based line of a repository file, for the code frames; none when absent. */
  readonly lineText?: (file: string, line: number) => string | undefined;
  /**
   * Where secrets are written (`plaintext-secret` findings), masked in every quoted line. Default:
   * those of `report`; the shell passes the full report's when `--quiet` filtered it.
   */
  readonly secrets?: readonly Location[];
  /** A rule's doc URL for hyperlinks; default: the doc page at this release. */
  readonly docsUrl?: (ruleId: string) => string | undefined;
}

interface Style {
  readonly colour: boolean;
  readonly link: (ruleId: string, text: string) => string;
}

function paint(style: Style, codes: string, text: string): string {
  return style.colour ? `${codes}${text}${RESET}` : text;
}

/**
 * A message or help for the terminal. Help lines drop the code-span delimiters (a command is copied
 * from them); headlines keep them without colour (names stand out), and highlight code with it.
 */
function terminalText(text: string, style: Style, keepTicks = false): string {
  if (keepTicks && !style.colour) return plainText(text);
  return splitCodeSpans(plainText(text))
    .map((segment) => (segment.code ? paint(style, CYAN, segment.text) : segment.text))
    .join('');
}

/** A help with alternatives (`a; or b`) as an indented block: `a;` then `or b` on the next lines. */
function helpLines(parts: readonly string[], style: Style): string[] {
  return parts.map((part, i) => {
    const text = terminalText(part, style);
    // A statement that ends with its own `;` needs no separator after it.
    return `${i > 0 ? 'or ' : ''}${text}${i < parts.length - 1 && !part.replace(/`+$/, '').endsWith(';') ? ';' : ''}`;
  });
}

function heading(f: Finding, style: Style): string {
  const sev = paint(style, `${BOLD}${COLOURS[f.severity]}`, f.severity);
  const rule = style.link(f.rule, f.rule);
  return `${sev}${paint(style, BOLD, '[')}${rule}${paint(style, BOLD, ']')}${paint(style, BOLD, ':')} ${terminalText(f.message, style, true)}`;
}

function renderGroup(group: FindingGroup, options: TextOptions, secrets: readonly Location[], style: Style): string[] {
  const [lead, ...rest] = group.findings as [Finding, ...Finding[]];
  const frame = options.lineText ? codeFrame(group.findings, (n) => options.lineText?.(group.anchor.file, n), secrets) : [];
  const width = Math.max(1, ...frame.map((l) => String(l.line ?? '').length));
  const pad = ' '.repeat(width + 1);
  const gutter = (n?: number): string => paint(style, `${BOLD}${BLUE}`, n === undefined ? `${pad} |` : ` ${String(n).padStart(width)} |`);
  const out: string[] = [heading(lead, style)];
  out.push(`${pad}${paint(style, `${BOLD}${BLUE}`, '-->')} ${plainText(lead.file)}:${lead.line}:${lead.column}`);
  if (frame.length) {
    out.push(gutter());
    let previous: number | undefined;
    for (const line of frame) {
      if (previous !== undefined && line.line !== undefined && line.line > previous + 1)
        out.push(paint(style, `${BOLD}${BLUE}`, `${' '.repeat(width)}...`));
      out.push(`${gutter(line.line)}${line.text ? ` ${line.text}` : ''}`);
      if (line.underline) {
        const label = line.label ? ` ${line.label}` : '';
        const sev = group.findings.find((f) => f.line === line.line)?.severity ?? lead.severity;
        out.push(`${gutter()} ${paint(style, `${BOLD}${COLOURS[sev]}`, `${line.underline}${label}`)}`);
      }
      previous = line.line;
    }
  }
  const helps = groupHelp(group.findings);
  // `=` under the gutter's `|`; continuation lines under the text after `= `.
  const eq = `${pad} ${paint(style, `${BOLD}${BLUE}`, '=')} `;
  const cont = `${pad}   `;
  const block = (first: string, lines: readonly string[]): void => {
    lines.forEach((line, i) => out.push(i === 0 ? `${first}${line}` : `${cont}${line}`));
  };
  const own = helps.own.get(lead) ?? [];
  if (own.length) block(`${eq}${paint(style, BOLD, 'help')}: `, helpLines(own, style));
  for (const f of rest) {
    // Where it is shows in the frame's labels (or, past its first lines, in the line number).
    const inFrame = frame.some((l) => l.line === f.line);
    out.push(`${eq}${heading(f, style)}${inFrame ? '' : ` ${paint(style, DIM, `(line ${f.line})`)}`}`);
    const parts = helps.own.get(f) ?? [];
    if (parts.length) {
      const lines = helpLines(parts, style);
      lines.forEach((line, i) => out.push(i === 0 ? `${cont}${paint(style, BOLD, 'help')}: ${line}` : `${cont}  ${line}`));
    }
  }
  if (helps.shared.length)
    block(
      `${eq}${paint(style, BOLD, 'or instead, for all of the above')}: `,
      helps.shared.map((p, i) => `${i > 0 ? 'or ' : ''}${terminalText(p, style)}`),
    );
  return out;
}

const OSC8 = (url: string, text: string): string => `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\`;

/** `--format text`. */
export function formatText(report: Report, options: TextOptions): string {
  return [...textChunks(report, options)].join('');
}

/**
 * `--format text` one block at a time (joined, `formatText`), for writing as it is made: a large
 * run's text is never held whole, nor every block of it.
 */
export function* textChunks(report: Report, options: TextOptions): Generator<string> {
  const colour = options.colour;
  const docsUrl = options.docsUrl ?? ((id: string) => ruleDocUrl(id));
  const style: Style = {
    colour,
    link: (ruleId, text) => {
      const url = options.hyperlinks ? docsUrl(ruleId) : undefined;
      // The URL is ours (doc-links.ts) but checked anyway: no control character may end the sequence.
      return url && /^https?:\/\/[\x21-\x7e]+$/.test(url) ? OSC8(url, text) : text;
    },
  };
  const shown = report.findings.filter((f) => !f.suppressed);
  const secrets = options.secrets ?? report.findings.filter((f) => f.rule === 'plaintext-secret');
  const groups = groupFindings(shown);
  for (let i = 0; i < groups.length; i++) yield `${i ? '\n' : ''}${renderGroup(groups[i]!, options, secrets, style).join('\n')}\n`;
  if (options.counts === false) return;
  const count = countLine(report);
  const worst: Severity | undefined = report.summary.errors
    ? 'error'
    : report.summary.warnings
      ? 'warning'
      : report.summary.notices
        ? 'notice'
        : undefined;
  yield `${groups.length ? '\n' : ''}${worst ? paint(style, `${BOLD}${COLOURS[worst]}`, count) : count}\n`;
}

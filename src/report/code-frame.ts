/**
 * The source excerpt of text output (rustc/squawk layout): the lines a group of findings sits on,
 * each span underlined, labelled with its rule ids when there is more than one.
 *
 *    |
 *  7 | backend = "local"
 *    | ^^^^^^^^^^^^^^^^^
 *
 * Repository text is hostile and may hold secrets, so a quoted line is never echoed as is:
 * - the spans of `plaintext-secret` findings on it are replaced by `***` (whatever the rule's
 *   severity, even when `--quiet` hides the finding itself);
 * - then credentials by shape (`redactSecrets`: storage URI parameters, userinfo, DSN passwords);
 * - and, in case the `plaintext-secret` rule is off, the value of any `password`/`secret`/`token`/
 *   `...key` assignment (`key = "value"`, `key: value`) that is not a placeholder;
 * - control characters are escaped visibly (`\x1b`), tabs shown as four spaces;
 * - long lines are cut to a window around the span, so a minified file prints a screen, not a
 *   megabyte.
 * Pure: the shell passes the line reader.
 */
import { REDACTED, isPlaceholder, redactSecrets } from '../core/redact.js';
import type { Finding, Location } from '../core/types.js';
import { escapeChar, hasControl } from '../core/plain-text.js';

/** Widest source text shown on one frame line (display columns). */
export const MAX_FRAME_WIDTH = 120;
/** Lines longer than this are read only around the span. */
const LONG_LINE = 4_000;
/** At most this many distinct source lines in one frame. */
export const MAX_FRAME_LINES = 4;

export interface FrameLine {
  /** 1-based line number, or undefined for a gutter-only line. */
  readonly line?: number;
  /** Source text shown (already safe). */
  readonly text: string;
  /** Underline under `text`: spaces then carets, or undefined when nothing is underlined. */
  readonly underline?: string;
  /** Rule ids the underline stands for (shown after it when the frame has several findings). */
  readonly label?: string;
}

const SECRET_ASSIGNMENT =
  /\b([A-Za-z0-9_.-]*(?:password|passwd|pwd|secret|token|credential|private[-_]?key|access[-_]?key|account[-_]?key)[A-Za-z0-9_.-]*)(["']?\s*[=:]\s*)(["']?)([^"'\s#,;}]+)/gi;

function maskAssignments(text: string): string {
  return text.replace(SECRET_ASSIGNMENT, (all, key: string, sep: string, quote: string, value: string) =>
    isPlaceholder(value) || value === REDACTED ? all : `${key}${sep}${quote}${REDACTED}`,
  );
}

interface Display {
  readonly text: string;
  /** Display column (0-based) of a 0-based UTF-16 index into the raw line. */
  readonly at: (index: number) => number;
}

/** The raw line as shown: secret spans masked, tabs expanded, control characters escaped. */
function display(raw: string, masks: readonly { start: number; end: number }[]): Display {
  const offsets: number[] = new Array(raw.length + 1);
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const mask = masks.find((m) => m.start <= i && i < m.end);
    if (mask) {
      for (let k = i; k < mask.end && k <= raw.length; k++) offsets[k] = out.length;
      out += REDACTED;
      i = Math.max(mask.end, i + 1);
      continue;
    }
    offsets[i] = out.length;
    const c = raw[i] as string;
    out += c === '\t' ? '    ' : hasControl(c) ? escapeChar(c) : c;
    i++;
  }
  offsets[raw.length] = out.length;
  for (let k = 0; k <= raw.length; k++) if (offsets[k] === undefined) offsets[k] = out.length;
  let safe = maskAssignments(redactSecrets(out));
  // A redaction changed the length: columns after it are approximate, never out of the line.
  const at = (index: number): number => Math.min(offsets[Math.max(0, Math.min(index, raw.length))] as number, safe.length);
  if (hasControl(safe)) safe = safe.replace(/[\u0000-\u001f\u007f-\u009f]/g, escapeChar);
  return { text: safe, at };
}

/**
 * The frame lines of `findings` (one file), with the text of each line from `lineText` and the
 * spans of secrets (`plaintext-secret` findings of the same file) masked. Lines that cannot be
 * read are left out; an empty result means "no excerpt".
 */
export function codeFrame(
  findings: readonly Finding[],
  lineText: (line: number) => string | undefined,
  secrets: readonly Location[],
): FrameLine[] {
  const file = findings[0]?.file;
  const byLine = new Map<number, Finding[]>();
  for (const f of findings) {
    if (f.file !== file) continue;
    const list = byLine.get(f.line);
    if (list) list.push(f);
    else byLine.set(f.line, [f]);
  }
  const lines = [...byLine.keys()].sort((a, b) => a - b).slice(0, MAX_FRAME_LINES);
  const labelled = findings.length > 1;
  const out: FrameLine[] = [];
  for (const n of lines) {
    const whole = lineText(n);
    if (whole === undefined) continue;
    const here = byLine.get(n) as Finding[];
    // A line of a minified file may be megabytes: only a piece around the first span is read.
    const first = Math.min(...here.map((f) => f.column - 1));
    const base = whole.length > LONG_LINE ? Math.max(0, first - 200) : 0;
    const raw = base || whole.length > LONG_LINE ? whole.slice(base, base + LONG_LINE) : whole;
    const masks = secrets
      .filter((s) => s.file === file && s.line <= n && n <= s.endLine)
      .map((s) => ({ start: (s.line === n ? s.column - 1 : 0) - base, end: (s.endLine === n ? s.endColumn - 1 : whole.length) - base }))
      .filter((m) => m.end > 0 && m.start < raw.length)
      .map((m) => ({ start: Math.max(0, m.start), end: Math.min(raw.length, m.end) }));
    const shown = display(raw, masks);
    let from = Infinity;
    let to = 0;
    for (const f of here) {
      const s = shown.at(f.column - 1 - base);
      const e = f.endLine === n ? shown.at(f.endColumn - 1 - base) : shown.text.length;
      from = Math.min(from, s);
      to = Math.max(to, Math.max(e, s + 1));
    }
    to = Math.min(to, Math.max(shown.text.length, from + 1));
    // A window of MAX_FRAME_WIDTH columns around the underline's start.
    let text = shown.text;
    let shift = 0;
    if (text.length > MAX_FRAME_WIDTH || base > 0) {
      const start = Math.max(0, Math.min(from - 20, text.length - MAX_FRAME_WIDTH));
      const end = Math.min(text.length, start + MAX_FRAME_WIDTH);
      const cut = start > 0 || base > 0;
      text = `${cut ? '…' : ''}${text.slice(start, end)}${end < shown.text.length || base + raw.length < whole.length ? '…' : ''}`;
      shift = (cut ? 1 : 0) - start;
      from = Math.max(0, from + shift);
      to = Math.min(text.length, Math.max(from + 1, to + shift));
    }
    const rules = [...new Set(here.map((f) => f.rule))].join(', ');
    out.push({
      line: n,
      text: text.trimEnd(),
      underline: `${' '.repeat(from)}${'^'.repeat(Math.max(1, to - from))}`,
      ...(labelled ? { label: rules } : {}),
    });
  }
  return out;
}

/**
 * The plain-text escaping layer: text output, compact lines, workflow-command annotations, and the
 * messages themselves (every finding's message is plain text with `code spans`).
 *
 * Repository text may hold newlines, ESC sequences, C1 controls (`\x9b` is a CSI on many
 * terminals), Unicode line separators and bidirectional overrides. Echoed raw, a newline inside a
 * table name starts a new log line, so a name can begin a workflow command (`::add-mask::`,
 * `::error::`) or drive a terminal. Every such character is written as a visible escape instead
 * (`\n`, `\r`, `\t`, `\x1b`, `\u202e`). Backslashes are left alone: the escaping is idempotent
 * (escaped text has no control characters left), so layers may apply it twice safely.
 *
 * Used by: report/text.ts (text output), report/workflow-commands.ts (`--format github`),
 * shells/action/run.ts (annotations), lint/sanitize.ts (every finding's text), report/markdown.ts
 * (before Markdown escaping).
 */

import { redactSecrets } from './redact.js';

/** C0, DEL, C1, and the invisible format characters that reorder or hide text. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;
const CONTROL_G = new RegExp(CONTROL.source, 'g');

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The visible escape of one control character. */
export function escapeChar(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control character escaped visibly; nothing else changes. */
export function escapeControl(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROL_G, escapeChar) : text;
}

/** Whether `text` holds a character `escapeControl` would escape. */
export function hasControl(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * `escapeControl(text)`, cut to at most `max` characters when longer: the cut falls between two
 * whole escapes and never inside a surrogate pair, and a tail says how much was left out. Work is
 * bounded by `max`, not by the length of `text`. `alreadyLeftOut` counts characters a caller
 * dropped before (they are added to the count in the tail).
 */
export function escapeAndBound(text: string, max: number, alreadyLeftOut = 0): string {
  if (alreadyLeftOut === 0 && text.length <= max && !CONTROL.test(text)) return text;
  const escaped = alreadyLeftOut === 0 && text.length <= max ? escapeControl(text) : undefined;
  if (escaped !== undefined && escaped.length <= max) return escaped;
  const reserve = 60;
  const budget = Math.max(0, max - reserve);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    const code = c.charCodeAt(0);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : c;
    const piece = CONTROL.test(pair) ? escapeChar(pair) : pair;
    if (out.length + piece.length > budget) break;
    out += piece;
    i += pair.length;
  }
  const left = text.length - i + alreadyLeftOut;
  return `${out.trimEnd()} … [${left.toLocaleString('en-US')} more character${left === 1 ? '' : 's'} not shown]`;
}

/**
 * Repository text (a path, a name, a message) as safe plain output: credentials redacted (the one
 * redaction function, src/core/redact.ts; a no-op on text that already crossed the finding
 * boundary) and control characters escaped visibly.
 */
export function plainText(text: string): string {
  return escapeControl(redactSecrets(text));
}

/**
 * Markdown bodies of inline review comments. Pure: a comment is a function of the findings on one
 * line, the text of that line (for a suggested change) and where the rule docs live.
 */
import type { Finding, Severity } from '../core/types.js';
import { fingerprintMarker, policyMarker, resolvedMarker } from './markers.js';
import { holdsSecret } from '../lint/sanitize.js';
import { codeSpan, fenceFor, inlineMarkdown, linkTarget, safeInFence } from './markdown.js';

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  error: '🛑 error',
  warning: '⚠️ warning',
  notice: 'ℹ️ notice',
};

/** Rules whose finding would echo a secret if the source line were quoted in a suggestion. */
const NEVER_QUOTE_LINE = new Set(['plaintext-secret']);

export interface CommentContext {
  /** Text of a 1-based line of a file in the head revision, or undefined when unknown. */
  readonly lineText?: (file: string, line: number) => string | undefined;
  /** Where a rule's doc page is, for a link; undefined means "no link". */
  readonly docsUrl?: (ruleId: string) => string | undefined;
  /** The policy the comments are written for (a hidden marker, so two policies keep apart). */
  readonly policyPath?: string;
}

/**
 * The replacement line(s) for a one-line fix, as a GitHub suggested change replaces the whole
 * commented line: the line with the finding's columns swapped for the fix's replacement.
 * Columns are the finding's own 1-based UTF-16 columns, the same unit as JavaScript strings.
 */
export function suggestedLine(finding: Finding, lineText: string | undefined): string | undefined {
  if (!finding.fix || lineText === undefined) return undefined;
  if (finding.line !== finding.endLine || NEVER_QUOTE_LINE.has(finding.rule)) return undefined;
  const start = finding.column - 1;
  const end = finding.endColumn - 1;
  if (start < 0 || end < start || end > lineText.length) return undefined;
  const line = lineText.slice(0, start) + finding.fix.replacement + lineText.slice(end);
  // A suggestion quotes the source line verbatim: never when it holds a credential, a control
  // character or something that reads as the tool's hidden marker.
  if (holdsSecret(lineText) || holdsSecret(line) || !safeInFence(line)) return undefined;
  return line;
}

export function renderFindingMarkdown(finding: Finding, context: CommentContext): string {
  const docs = linkTarget(context.docsUrl?.(finding.rule));
  const rule = docs ? `[${codeSpan(finding.rule)}](${docs})` : codeSpan(finding.rule);
  const cluster = finding.cluster ? ` · cluster ${codeSpan(finding.cluster)}` : '';
  return `**${SEVERITY_LABEL[finding.severity]}** ${rule}${cluster}\n\n${inlineMarkdown(finding.message, { blockStart: true })}`;
}

/** One review comment for all findings on one line; markers for every finding it reports. */
export function renderReviewComment(findings: readonly Finding[], context: CommentContext): string {
  const parts = findings.map((finding) => renderFindingMarkdown(finding, context));
  // Only one suggested change per comment: two on the same line would conflict when applied.
  for (const finding of findings) {
    const line = suggestedLine(finding, context.lineText?.(finding.file, finding.line));
    if (line === undefined) continue;
    const f = fenceFor(line);
    parts.push(`${inlineMarkdown(finding.fix?.title ?? 'Suggested fix', { blockStart: true })}:\n\n${f}suggestion\n${line}\n${f}`);
    break;
  }
  const markers = findings.map((finding) => fingerprintMarker(finding.fingerprint));
  if (context.policyPath !== undefined) markers.push(policyMarker(context.policyPath));
  parts.push(markers.join('\n'));
  return parts.join('\n\n');
}

/**
 * The body of one of the tool's comments whose findings are gone but which a person replied to:
 * the conversation stays, the text says it is resolved, and the markers change so a later run
 * neither counts it as posted nor touches it again.
 */
export function renderResolvedComment(previousBody: string, fingerprints: readonly string[], headSha: string | undefined): string {
  const withoutMarkers = previousBody.replace(/<!-- tidb-import-guard:fp=[^\s>]{1,512} -->/g, '').trimEnd();
  const quoted = withoutMarkers
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  const at = headSha ? ` as of ${headSha.slice(0, 12)}` : '';
  return [
    `✅ **Resolved**${at}: tidb-import-guard no longer reports this. Kept because of the replies below.`,
    quoted,
    fingerprints.map((fp) => resolvedMarker(fp)).join('\n'),
  ].join('\n\n');
}

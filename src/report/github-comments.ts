/**
 * Markdown bodies of inline review comments. Pure: a comment is a function of the findings on one
 * line, the text of that line (for a suggested change) and where the rule docs live.
 */
import type { Finding, Severity } from '../core/types.js';
import { fingerprintMarker, policyMarker, resolvedMarker, severitiesMarker } from './markers.js';
import { holdsSecret } from '../lint/sanitize.js';
import { codeSpan, fenceFor, inlineMarkdown, linkTarget, safeInFence } from './markdown.js';
import { groupHelp } from './help.js';
import { SEVERITY_RANK } from '../core/types.js';

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
  // A fix of several edits is a suggestion only when every edit lies on the commented line (a
  // suggestion replaces that line alone); otherwise the comment says what to change instead.
  const edits = finding.fix.edits ?? [
    { line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn, text: finding.fix.replacement },
  ];
  if (edits.some((e) => e.line !== finding.line || e.endLine !== finding.line)) return undefined;
  let line = lineText;
  let previousStart = Number.MAX_SAFE_INTEGER;
  // Right to left, so earlier columns stay valid; overlapping edits are not a fix.
  for (const e of [...edits].sort((a, b) => b.column - a.column)) {
    const start = e.column - 1;
    const end = e.endColumn - 1;
    if (start < 0 || end < start || end > lineText.length || end > previousStart) return undefined;
    line = line.slice(0, start) + e.text + line.slice(end);
    previousStart = start;
  }
  // A suggestion quotes the source line verbatim: never when it holds a credential, a control
  // character or something that reads as the tool's hidden marker.
  if (holdsSecret(lineText) || holdsSecret(line) || !safeInFence(line)) return undefined;
  return line;
}

/**
 * A fix of several edits in words: each edited line as it should read, or as removed. Undefined
 * when a line cannot be quoted safely (a credential, a control character) or is unknown.
 */
export function fixSteps(finding: Finding, context: CommentContext): string | undefined {
  const edits = finding.fix?.edits;
  if (!edits?.length) return undefined;
  const steps: string[] = [];
  for (const e of edits) {
    const text = context.lineText?.(finding.file, e.line);
    if (text === undefined || holdsSecret(text) || !safeInFence(text)) return undefined;
    const wholeLines = e.column === 1 && e.endColumn === 1 && e.endLine > e.line && e.text === '';
    if (wholeLines) {
      steps.push(e.endLine - e.line === 1 ? `remove line ${e.line} (${codeSpan(text)})` : `remove lines ${e.line} to ${e.endLine - 1}`);
      continue;
    }
    if (e.endLine !== e.line || e.column - 1 > text.length || e.endColumn - 1 > text.length || e.text.includes('\n')) return undefined;
    const after = text.slice(0, e.column - 1) + e.text + text.slice(e.endColumn - 1);
    if (holdsSecret(after) || !safeInFence(after)) return undefined;
    steps.push(`change line ${e.line} to ${codeSpan(after)}`);
  }
  return steps.join(', and ');
}

/** A rule id as inline Markdown, linked to its doc page when the context knows where docs live. */
export function ruleLink(ruleId: string, context: CommentContext): string {
  const docs = linkTarget(context.docsUrl?.(ruleId));
  return docs ? `[${codeSpan(ruleId)}](${docs})` : codeSpan(ruleId);
}

/** Alternatives of a help as one Markdown sentence: `a; or b; or c`. */
function helpMarkdown(parts: readonly string[]): string {
  return parts.map((part, i) => `${i > 0 ? 'or ' : ''}${inlineMarkdown(part)}`).join('; ');
}

export function renderFindingMarkdown(finding: Finding, context: CommentContext): string {
  const cluster = finding.cluster ? ` · cluster ${codeSpan(finding.cluster)}` : '';
  const help = groupHelp([finding]).own.get(finding) ?? [];
  const fix = help.length ? `\n\n**Fix:** ${helpMarkdown(help)}` : '';
  return `**${SEVERITY_LABEL[finding.severity]}** ${ruleLink(finding.rule, context)}${cluster}\n\n${inlineMarkdown(finding.message, { blockStart: true })}${fix}`;
}

/** Members of a group shown before the rest fold into a `<details>`. */
export const GROUP_LINES_SHOWN = 5;

/**
 * The findings of one import job (or one line) as one message (report/groups.ts): the lead says
 * what is wrong once, with its fix; then one line per other finding (each gap: log backup, each
 * changefeed) with its own fix; then the fixes they share, once. Past `GROUP_LINES_SHOWN` lines
 * the rest are folded in a `<details>` with a count.
 */
export function renderGroupMarkdown(findings: readonly Finding[], context: CommentContext, line = findings[0]?.line): string {
  const [lead, ...rest] = findings as [Finding, ...Finding[]];
  // Findings not on the commented line say where they are.
  const at = (f: Finding): string => (f.line !== line ? ` (line ${f.line})` : '');
  if (rest.length === 0) return renderFindingMarkdown(lead, context);
  const helps = groupHelp(findings);
  const clusters = [...new Set(findings.map((f) => f.cluster).filter((c): c is string => c !== undefined))];
  const cluster = clusters.length ? ` · cluster ${clusters.map((c) => codeSpan(c)).join(', ')}` : '';
  const worst = findings.reduce((w, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[w] ? f.severity : w), lead.severity);
  const parts: string[] = [`**${SEVERITY_LABEL[worst]}** · ${findings.length} findings about this import${cluster}`];
  const leadHelp = helps.own.get(lead) ?? [];
  parts.push(
    `${ruleLink(lead.rule, context)}${at(lead)}: ${inlineMarkdown(lead.message)}${leadHelp.length ? `<br>\n**Fix:** ${helpMarkdown(leadHelp)}` : ''}`,
  );
  const item = (f: Finding): string => {
    const own = helps.own.get(f) ?? [];
    return `- ${SEVERITY_LABEL[f.severity].split(' ')[0]} ${ruleLink(f.rule, context)}${at(f)}: ${inlineMarkdown(f.message)}${own.length ? `<br>\n  **Fix:** ${helpMarkdown(own)}` : ''}`;
  };
  const shown = rest.length > GROUP_LINES_SHOWN + 1 ? rest.slice(0, GROUP_LINES_SHOWN) : rest;
  const folded = rest.slice(shown.length);
  parts.push(shown.map(item).join('\n'));
  if (folded.length) {
    parts.push(
      `<details><summary>${folded.length} more findings about this import</summary>\n\n${folded.map(item).join('\n')}\n\n</details>`,
    );
  }
  if (helps.shared.length) parts.push(`**Or instead, for all of the above:** ${helpMarkdown(helps.shared)}`);
  return parts.join('\n\n');
}

/**
 * One review comment for the findings of one group (one import job, or one line); markers for
 * every finding it reports. A suggested change is offered only for findings on `line` (the line
 * the comment is on; default: the first finding's).
 */
export function renderReviewComment(findings: readonly Finding[], context: CommentContext, line = findings[0]?.line): string {
  const parts = [renderGroupMarkdown(findings, context, line)];
  // Only one suggested change per comment: two on the same line would conflict when applied.
  let offered = false;
  for (const finding of findings) {
    if (finding.line !== line || finding.file !== findings[0]?.file) continue;
    const suggested = suggestedLine(finding, context.lineText?.(finding.file, finding.line));
    if (suggested === undefined) continue;
    const f = fenceFor(suggested);
    parts.push(`${inlineMarkdown(finding.fix?.title ?? 'Suggested fix', { blockStart: true })}:\n\n${f}suggestion\n${suggested}\n${f}`);
    offered = true;
    break;
  }
  // A fix across lines cannot be one suggestion: it is spelled out, once per comment.
  if (!offered) {
    const spread = findings.find(
      (finding) => finding.fix?.edits && finding.file === findings[0]?.file && !NEVER_QUOTE_LINE.has(finding.rule),
    );
    const steps = spread ? fixSteps(spread, context) : undefined;
    if (spread && steps) parts.push(`${inlineMarkdown(spread.fix?.title ?? 'Fix', { blockStart: true })}, in one change: ${steps}.`);
  }
  parts.push(commentMarkers(findings, context.policyPath));
  return parts.join('\n\n');
}

/**
 * The hidden markers of a review comment: a fingerprint per finding, the severities it shows them
 * with (one per distinct fingerprint, in the same order), and the policy it was written for.
 */
export function commentMarkers(findings: readonly Finding[], policyPath: string | undefined): string {
  const markers = findings.map((finding) => fingerprintMarker(finding.fingerprint));
  const seen = new Set<string>();
  const severities: Severity[] = [];
  for (const finding of findings) {
    if (seen.has(finding.fingerprint)) continue;
    seen.add(finding.fingerprint);
    severities.push(finding.severity);
  }
  if (severities.length) markers.push(severitiesMarker(severities));
  if (policyPath !== undefined) markers.push(policyMarker(policyPath));
  return markers.join('\n');
}

/**
 * The body of one of the tool's comments whose findings are gone but which a person replied to:
 * the conversation stays, the text says it is resolved, and the markers change so a later run
 * neither counts it as posted nor touches it again.
 */
export function renderResolvedComment(previousBody: string, fingerprints: readonly string[], headSha: string | undefined): string {
  const withoutMarkers = previousBody
    .replace(/<!-- tidb-import-guard:fp=[^\s>]{1,512} -->/g, '')
    .replace(/<!-- tidb-import-guard:severities=[ewn]{1,1000} -->/g, '')
    .trimEnd();
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

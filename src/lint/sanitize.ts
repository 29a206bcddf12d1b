/**
 * The boundary every finding crosses before any report sees it: from here on a finding's text is
 * safe plain text, whatever the repository held. The engine and the shell's own findings
 * (`invalid-policy`, files it could not read) all pass through `sanitizeFindings`, so every
 * surface (text, JSON, SARIF, workflow commands, annotations, comments, summaries, the fork-mode
 * artifact) starts from the same redacted, escaped, bounded text; each surface then applies its own
 * escaping (plain-text.ts, markdown.ts).
 *
 * - Secrets: `redactSecrets` (credentials by shape) and `redactKnown` (the exact values the scan
 *   reported as `plaintext-secret`).
 * - Control characters: escaped visibly (`\n`, `\x1b`).
 * - Length: a message holds at most `MAX_MESSAGE_LENGTH` characters (rules already list at most a
 *   few items with a count of the rest; this is the backstop), cut between whole escapes.
 */
import type { Finding, FindingFix } from '../core/types.js';
import type { ClusterPosture } from './result.js';
import { redactKnown, redactSecrets } from '../core/redact.js';
import { escapeAndBound } from '../core/plain-text.js';

/**
 * The longest message a finding may have. The longest rule message in the test corpus is about
 * 1,100 characters (a gap naming several changefeeds, tables and the fix); 4,000 leaves room for
 * every honest message while keeping 30 inline comments and a full summary far below GitHub's
 * 65,536-character comment limit.
 */
export const MAX_MESSAGE_LENGTH = 4_000;
/** Fix titles, suppression reasons: one short sentence each. */
export const MAX_SHORT_TEXT_LENGTH = 500;

/** Free text from a rule or the repository, made safe for any surface. */
export function safeText(text: string, secrets: readonly string[] = [], max = MAX_MESSAGE_LENGTH): string {
  // Text past `max + CONTEXT` is never shown; a credential before the cut is recognised from at
  // most a few hundred characters around it (the patterns are bounded), so the rest is dropped
  // before redaction to keep the work proportional to what is shown.
  const shown = text.length > max + CONTEXT ? text.slice(0, max + CONTEXT) : text;
  const redacted = redactKnown(redactSecrets(shown), secrets);
  return shown === text ? escapeAndBound(redacted, max) : escapeAndBound(redacted, max, text.length - shown.length);
}

const CONTEXT = 4_096;

/** Whether `text` carries a secret (then it must not be echoed at all, e.g. as a suggested change). */
export function holdsSecret(text: string, secrets: readonly string[] = []): boolean {
  return redactKnown(redactSecrets(text), secrets) !== text;
}

export function sanitizeFinding(finding: Finding, secrets: readonly string[] = []): Finding {
  const message = safeText(finding.message, secrets);
  const help = finding.help !== undefined ? safeText(finding.help, secrets) : undefined;
  const reason = finding.suppression ? safeText(finding.suppression.reason, secrets, MAX_SHORT_TEXT_LENGTH) : undefined;
  // A fix is source text to paste: it is dropped rather than altered when it would echo a secret.
  const fix = finding.fix && !fixTexts(finding.fix).some((t) => holdsSecret(t, secrets)) ? finding.fix : undefined;
  const changed =
    message !== finding.message ||
    help !== finding.help ||
    reason !== finding.suppression?.reason ||
    fix !== finding.fix ||
    (fix !== undefined && safeText(fix.title, secrets, MAX_SHORT_TEXT_LENGTH) !== fix.title);
  if (!changed) return finding;
  const { fix: _fix, suppression: _suppression, help: _help, ...rest } = finding;
  return {
    ...rest,
    message,
    ...(help !== undefined ? { help } : {}),
    ...(finding.suppression ? { suppression: { kind: finding.suppression.kind, reason: reason as string } } : {}),
    ...(fix ? { fix: { ...fix, title: safeText(fix.title, secrets, MAX_SHORT_TEXT_LENGTH) } } : {}),
  };
}

/** The source texts a fix would paste. */
function fixTexts(fix: FindingFix): string[] {
  return fix.edits ? fix.edits.map((e) => e.text) : [fix.replacement];
}

export function sanitizeFindings(findings: readonly Finding[], secrets: readonly string[] = []): Finding[] {
  return findings.map((finding) => sanitizeFinding(finding, secrets));
}

/**
 * A row of the posture table: policy values (description, task, changefeed ids, downstream) are
 * quoted by the summaries and stored in the fork-mode artifact, so they cross the same boundary.
 */
export function sanitizeCluster(cluster: ClusterPosture): ClusterPosture {
  const t = (text: string): string => safeText(text, [], MAX_SHORT_TEXT_LENGTH);
  return {
    ...cluster,
    cluster: t(cluster.cluster),
    ...(cluster.description !== undefined ? { description: t(cluster.description) } : {}),
    tidbVersion: t(cluster.tidbVersion),
    logBackup: { enabled: cluster.logBackup.enabled, ...(cluster.logBackup.task !== undefined ? { task: t(cluster.logBackup.task) } : {}) },
    changefeeds: cluster.changefeeds.map((feed) => ({ id: t(feed.id), downstream: t(feed.downstream) })),
  };
}

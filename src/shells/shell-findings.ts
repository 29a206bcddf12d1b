/**
 * The findings the shells report themselves, before or beside the engine: a policy that does not
 * load (`invalid-policy`) and a file in scope that could not be read whole (`syntax-error`, per
 * rules.md: "cannot be read whole"). Each is worded by its rule's `meta.messages` through
 * `report()` and placed by the engine's placer; the fingerprints keep the parts they always had.
 */
import type { Finding } from '../core/types.js';
import type { PolicyLocation } from '../model/policy/types.js';
import { placeShellFinding } from '../lint/engine/place.js';
import { report, type MessageData } from '../lint/rules/report.js';
import { rule as invalidPolicy } from '../lint/rules/invalid-policy.js';
import { rule as syntaxError, type UnreadMessageId } from '../lint/rules/syntax-error.js';
import { safeText } from '../lint/sanitize.js';

const NO_SPAN = { start: 0, end: 0 };

type PolicyProblem = PolicyLocation & { readonly message: string };

/**
 * One problem of the policy, at its place in the policy. A value quoted in it (an `extends` URL
 * with credentials) is redacted and escaped before the finding exists, the same boundary the
 * engine's findings cross.
 */
export function policyFinding(p: PolicyProblem): Finding {
  return worded(p, safeText(p.message));
}

/** `posture verify`'s findings keep the problem's text as the loader gave it (their fingerprints are built from it). */
export function policyFindingVerbatim(p: PolicyProblem): Finding {
  return worded(p, p.message);
}

function worded(p: PolicyProblem, text: string): Finding {
  const at = { file: p.file, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn };
  return placeShellFinding(report(invalidPolicy, 'problem', { problem: text }, { span: NO_SPAN }), at, ['invalid-policy', p.file, text]);
}

/** A file (or directory) in scope the linter could not read whole, at its first line. */
export function unreadFinding(path: string, messageId: UnreadMessageId, data: MessageData = {}): Finding {
  const at = { file: path, line: 1, column: 1, endLine: 1, endColumn: 1 };
  return placeShellFinding(report(syntaxError, messageId, data, { span: NO_SPAN }), at, ['syntax-error', path, 'not read']);
}

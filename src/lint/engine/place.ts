/**
 * The one place a diagnostic becomes a finding: its position resolved (offsets to 1-based
 * line/column, once), and its fingerprint. Fingerprints are a contract (baselines and
 * suppressions record them): built from the rule, the path, the cluster, the text under the span
 * with white space folded and the rule's `fingerprintKey`, never from a line number or the
 * message, so rewording a message or editing above a finding keeps it.
 */
import { fingerprint } from '../../core/fingerprint.js';
import { createInterner, type Interner } from '../../core/intern.js';
import { redactSecrets } from '../../core/redact.js';
import type { Diagnostic, Finding, FindingFix, Fix, Location, Span } from '../../core/types.js';
import { jobIdentity } from '../../model/jobs/model.js';
import type { Pending } from './pending.js';
import type { FileState } from './read-file.js';

/** Fingerprints hash the text as it was redacted when baselines recorded them: an access key id (no secret) stays in. */
const KEEP_KEY_IDS = { keyIds: false } as const;

function spanText(file: FileState, span: Span): string {
  return file.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}

export type Placer = (p: Pending, suppression?: Finding['suppression']) => Finding;

/**
 * A placer for one run: findings with the same fingerprint base (the same rule on the same text
 * twice) are told apart by their order of occurrence.
 */
export function createPlacer(): Placer {
  const occurrences = new Map<string, number>();
  // A file's findings share its path; the same message, help and fix title recur across files.
  const shared = createInterner(16384);
  return (p, suppression) => {
    let location: Location;
    let content: string;
    if (p.file && !p.d.at) {
      const s = p.file.lines.position(p.d.span.start);
      const e = p.file.lines.position(p.d.span.end);
      location = { file: shared(p.file.path), line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
      content = p.d.secretSpan ? '' : spanText(p.file, p.d.span);
    } else if (p.d.at) {
      location = p.d.at;
      content = '';
    } else {
      throw new Error(`finding of ${p.d.rule} has neither a file nor a place in the policy`);
    }
    // Not even a hash of a credential: a short one could be guessed back from the fingerprint.
    // A finding about an import job tells the job apart by its tables and source (jobIdentity).
    const key = p.job ? `${jobIdentity(p.job)}|${p.d.fingerprintKey ?? ''}` : (p.d.fingerprintKey ?? '');
    const base = fingerprint([
      p.d.rule,
      location.file,
      p.d.cluster ?? '',
      redactSecrets(content, KEEP_KEY_IDS),
      redactSecrets(key, KEEP_KEY_IDS),
    ]);
    const seen = occurrences.get(base) ?? 0;
    occurrences.set(base, seen + 1);
    return buildFinding(p, location, seen ? fingerprint([base, String(seen)]) : base, suppression, shared);
  };
}

/**
 * A finding the shell reports itself (the policy cannot be loaded, a file cannot be read),
 * built with its rule's `report()` and placed at `at`. Its fingerprint is `fingerprintParts`
 * hashed, the parts these findings have always had (baselines record them).
 */
export function placeShellFinding(d: Diagnostic, at: Location, fingerprintParts: readonly string[]): Finding {
  return buildFinding({ d: { ...d, at } }, at, fingerprint(fingerprintParts), undefined, (text) => text);
}

/** A fix of several edits is resolved to positions, in file order (cli.md `fix.edits`). */
function resolveFix(p: Pending, fix: Fix, shared: Interner): FindingFix {
  const file = p.file;
  if (!fix.alsoEdits?.length || !file || p.d.at) return { title: shared(fix.title), replacement: shared(fix.replacement) };
  const edits = [{ span: fix.span ?? p.d.span, text: fix.replacement }, ...fix.alsoEdits]
    .sort((a, b) => a.span.start - b.span.start)
    .map((e) => {
      const s = file.lines.position(e.span.start);
      const end = file.lines.position(e.span.end);
      return { line: s.line, column: s.column, endLine: end.line, endColumn: end.column, text: e.text };
    });
  return { title: shared(fix.title), edits };
}

function buildFinding(p: Pending, location: Location, print: string, suppression: Finding['suppression'], shared: Interner): Finding {
  const d = p.d;
  const fix = d.fix ? resolveFix(p, d.fix, shared) : undefined;
  const help = shared(d.help);
  return {
    rule: d.rule,
    severity: d.severity,
    file: location.file,
    line: location.line,
    column: location.column,
    endLine: location.endLine,
    endColumn: location.endColumn,
    message: shared(d.message),
    ...(help !== undefined ? { help } : {}),
    ...(d.messageId !== undefined ? { messageId: d.messageId } : {}),
    ...(d.cluster ? { cluster: shared(d.cluster) } : {}),
    ...(d.tables?.length ? { tables: d.tables } : {}),
    suppressed: suppression !== undefined,
    ...(suppression ? { suppression } : {}),
    fingerprint: print,
    ...(fix ? { fix } : {}),
    ...(p.file && !d.at && d.job !== undefined ? { job: d.job } : {}),
  };
}

/**
 * Hidden HTML-comment markers that let a later run recognise the tool's own comments. A review
 * comment carries one marker per finding it reports, holding the finding's fingerprint (rule,
 * path and normalized content, not the line number, so it survives edits above it). The summary
 * comment carries one marker naming the tool and the policy path, so two policies in one
 * repository keep two summaries.
 *
 * Values are percent-encoded, so a marker can never contain `-->` and end the HTML comment early.
 */
const TOOL = 'tidb-import-guard';

export function fingerprintMarker(fingerprint: string): string {
  return `<!-- ${TOOL}:fp=${encodeURIComponent(fingerprint)} -->`;
}

/**
 * Which policy a review comment was written for: two jobs (two policies) on one pull request each
 * manage only their own comments, and never delete the other's as "fixed".
 */
export function policyMarker(policyPath: string): string {
  return `<!-- ${TOOL}:policy=${encodeURIComponent(policyPath)} -->`;
}

const POLICY_MARKER = /<!-- tidb-import-guard:policy=([^\s>]{1,1024}) -->/;

/** The policy a comment names, or undefined when it names none. */
export function policyOfBody(body: string | null | undefined): string | undefined {
  const match = body ? POLICY_MARKER.exec(body) : null;
  return match ? decode(match[1] as string) : undefined;
}

/**
 * The severities a review comment showed its findings with, one letter each (`e`, `w`, `n`) in
 * the order of its fingerprint markers: a later run whose finding has another severity now (a
 * weakening an owner approved is a notice) edits the comment instead of leaving it stale.
 */
export function severitiesMarker(severities: readonly string[]): string {
  return `<!-- ${TOOL}:severities=${severities.map((s) => s.charAt(0)).join('')} -->`;
}

const SEVERITIES_MARKER = /<!-- tidb-import-guard:severities=([ewn]{1,1000}) -->/;

/** The severity letters a comment recorded, or undefined when it recorded none (older comments). */
export function severitiesInBody(body: string | null | undefined): string | undefined {
  const match = body ? SEVERITIES_MARKER.exec(body) : null;
  return match ? (match[1] as string) : undefined;
}

/** The marker a comment gets once its finding is gone but a person replied, so it is kept. */
export function resolvedMarker(fingerprint: string): string {
  return `<!-- ${TOOL}:resolved-fp=${encodeURIComponent(fingerprint)} -->`;
}

export function summaryMarker(policyPath: string): string {
  return `<!-- ${TOOL}:summary policy=${encodeURIComponent(policyPath)} -->`;
}

// Character classes exclude space and '>', and the quantifier is bounded: linear, cannot hang.
const FINGERPRINT_MARKER = /<!-- tidb-import-guard:fp=([^\s>]{1,512}) -->/g;
const RESOLVED_MARKER = /<!-- tidb-import-guard:resolved-fp=([^\s>]{1,512}) -->/;

function decode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** The fingerprints a comment body reports (empty for other tools' and people's comments). */
export function fingerprintsInBody(body: string | null | undefined): string[] {
  if (!body) return [];
  const found: string[] = [];
  for (const match of body.matchAll(FINGERPRINT_MARKER)) {
    const value = decode(match[1] as string);
    if (value !== undefined && !found.includes(value)) found.push(value);
  }
  return found;
}

export function isResolvedBody(body: string | null | undefined): boolean {
  return !!body && RESOLVED_MARKER.test(body);
}

export function isSummaryBody(body: string | null | undefined, policyPath: string): boolean {
  return !!body && body.includes(summaryMarker(policyPath));
}

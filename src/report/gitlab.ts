/**
 * `--format gitlab`: a GitLab Code Quality report (a JSON array, one issue per unsuppressed
 * finding), for `artifacts: reports: codequality:` in a GitLab CI job. GitLab's documented fields
 * (docs.gitlab.com, ci/testing/code_quality, "Code Quality report format"), all required:
 *
 * - `description`: the finding's headline (plain text; GitLab shows it in the merge request);
 * - `check_name`: the rule id;
 * - `fingerprint`: unique per issue (GitLab keeps only the first issue of a fingerprint and uses it
 *   to tell new issues from old between the base and head pipelines): the finding's content-based
 *   fingerprint, which survives edits above the line;
 * - `severity`: `info`, `minor`, `major`, `critical` or `blocker`. Decision: error → `major`,
 *   warning → `minor`, notice → `info`, as ESLint's GitLab formatters do; `plaintext-secret`
 *   errors → `critical` (a leaked credential outranks an unsafe import that has not run yet);
 * - `location.path` (repository-relative) and `location.lines.begin` (1-based).
 *
 * Suppressed findings are left out: Code Quality has no notion of a reviewed exception.
 */
import type { Finding, Severity } from '../core/types.js';
import type { Report } from '../lint/result.js';
import { plainText } from '../core/plain-text.js';
import { arrayItemPieces } from './json-pieces.js';

export type GitLabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

const SEVERITY: Readonly<Record<Severity, GitLabSeverity>> = { error: 'major', warning: 'minor', notice: 'info' };
const CRITICAL_RULES: ReadonlySet<string> = new Set(['plaintext-secret']);

export interface GitLabIssue {
  readonly description: string;
  readonly check_name: string;
  readonly fingerprint: string;
  readonly severity: GitLabSeverity;
  readonly location: { readonly path: string; readonly lines: { readonly begin: number } };
}

export function gitlabIssue(finding: Finding): GitLabIssue {
  return {
    description: plainText(finding.message),
    check_name: finding.rule,
    fingerprint: finding.fingerprint,
    severity: finding.severity === 'error' && CRITICAL_RULES.has(finding.rule) ? 'critical' : SEVERITY[finding.severity],
    location: { path: finding.file, lines: { begin: finding.line } },
  };
}

export function formatGitlab(report: Report): string {
  return [...gitlabChunks(report)].join('');
}

/**
 * The report one issue at a time (joined, `formatGitlab`): exactly `JSON.stringify(issues, null, 2)`
 * and a line break, without holding the issues or their text whole.
 */
export function* gitlabChunks(report: Report): Generator<string> {
  if (!report.findings.some((f) => !f.suppressed)) {
    yield '[]\n';
    return;
  }
  yield '[';
  yield* arrayItemPieces(unsuppressed(report.findings), '  ', gitlabIssue);
  yield '\n]\n';
}

function* unsuppressed(findings: readonly Finding[]): Generator<Finding> {
  for (const f of findings) if (!f.suppressed) yield f;
}

/**
 * Approving a weakened policy (docs/github/README.md, "A pull request's whole life"): `policy-weakened` fails
 * the check, and an approving review of the head commit by an owner of the policy file, per the
 * BASE branch's CODEOWNERS, clears it for that pull request to a notice naming the approver.
 *
 * Pure: the shell reads the reviews, the base branch's CODEOWNERS and team memberships, and this
 * module decides. What counts, and why:
 * - **The latest decisive review of each person** (APPROVED, CHANGES_REQUESTED or DISMISSED, in
 *   the order GitHub lists them); COMMENTED and PENDING reviews change nothing, as on GitHub.
 * - **Only an approval of the head commit** (`commit_id` = `pull_request.head.sha`): approving an
 *   older commit approved another policy. A dismissed approval does not count.
 * - **Never the author** of the pull request, even if GitHub let their review through.
 * - **Owners per the base branch's CODEOWNERS only**: the pull request cannot name its own
 *   owners by editing CODEOWNERS.
 * - **A team owner needs a readable, active membership**: the membership API answers 404 both
 *   for "not a member" and for "this token may not see the team" (GITHUB_TOKEN cannot read
 *   organisation teams), so anything but `active` does not clear, and the message says the token
 *   could not confirm it (a token with organisation read access can).
 * - **E-mail owners** cannot be matched to a reviewer's login, so they never clear.
 */
import type { Finding } from '../../core/types.js';
import type { CheckResult } from '../../lint/result.js';
import { ownerText, ownersOf, type CodeOwners, type Owner } from './codeowners.js';

export interface Review {
  readonly login: string;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING. */
  readonly state: string;
  readonly commitId: string | null;
}

/** Logins (as GitHub spells them) whose latest decisive review approves `headSha`; never the author. */
export function approversOf(reviews: readonly Review[], headSha: string, author: string | undefined): string[] {
  const latest = new Map<string, Review>();
  for (const review of reviews) {
    if (!['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(review.state)) continue;
    latest.set(review.login.toLowerCase(), review);
  }
  const authorKey = author?.toLowerCase();
  return [...latest.entries()]
    .filter(([key, review]) => key !== authorKey && review.state === 'APPROVED' && review.commitId === headSha)
    .map(([, review]) => review.login);
}

/** A team membership as the API answered it. */
export type Membership =
  | { readonly kind: 'active' }
  | { readonly kind: 'not-active' }
  | { readonly kind: 'unreadable'; readonly why: string };

export type MembershipOf = (org: string, slug: string, login: string) => Promise<Membership>;

export type FileApproval =
  | { readonly cleared: true; readonly approver: string; readonly as: string }
  | { readonly cleared: false; readonly why: string };

/** Whether one of `approvers` owns `file` per `codeOwners` (read at the base as `codeOwnersPath`). */
export async function approvalOf(
  file: string,
  codeOwners: { readonly path: string; readonly owners: CodeOwners } | undefined,
  approvers: readonly string[],
  membershipOf: MembershipOf,
): Promise<FileApproval> {
  if (!codeOwners)
    return { cleared: false, why: 'the base branch has no CODEOWNERS file (.github/, root or docs/), so nobody can approve it' };
  const { owners } = ownersOf(codeOwners.owners, file);
  const usable = owners.filter((owner): owner is Exclude<Owner, { kind: 'email' }> => owner.kind !== 'email');
  if (!usable.length) {
    return {
      cleared: false,
      why: `the base branch's ${codeOwners.path} names no owner of ${file}${owners.length ? ' other than e-mail addresses, which cannot be matched to a reviewer' : ''}, so nobody can approve it`,
    };
  }
  const ownersText = usable.map(ownerText).join(', ');
  if (!approvers.length)
    return {
      cleared: false,
      why: `no owner of ${file} (${ownersText}, per the base branch's ${codeOwners.path}) has approved the head commit`,
    };
  const unconfirmed: string[] = [];
  for (const login of approvers) {
    const key = login.toLowerCase();
    const user = usable.find((owner) => owner.kind === 'user' && owner.login === key);
    if (user) return { cleared: true, approver: login, as: ownerText(user) };
    for (const team of usable) {
      if (team.kind !== 'team') continue;
      const membership = await membershipOf(team.org, team.slug, login);
      if (membership.kind === 'active') return { cleared: true, approver: login, as: ownerText(team) };
      if (membership.kind === 'unreadable') unconfirmed.push(`@${login} in ${ownerText(team)} (${membership.why})`);
    }
  }
  if (unconfirmed.length) {
    return {
      cleared: false,
      why: `the token could not confirm team membership of ${unconfirmed.join(', ')}; GitHub answers the same for a non-member and for a team the token may not see, so an unconfirmed approval does not count. Give the action a token that can read the organisation's teams (GITHUB_TOKEN cannot), or name the owners as users in CODEOWNERS`,
    };
  }
  return {
    cleared: false,
    why: `the approvals of the head commit (${approvers.map((a) => `@${a}`).join(', ')}) are not from an owner of ${file} (${ownersText}, per the base branch's ${codeOwners.path})`,
  };
}

/** The findings `approvalOf` applies to: unsuppressed `policy-weakened` findings that can fail a check. */
export function needsApproval(finding: Finding): boolean {
  return finding.rule === 'policy-weakened' && !finding.suppressed && finding.severity !== 'notice';
}

/**
 * The result with each cleared `policy-weakened` finding turned into a notice naming its approver,
 * and each other one saying what would clear it; counts recomputed. The fingerprint stays: it is
 * the same weakening, so its comment is not posted again.
 */
export function applyApprovals(result: CheckResult, approvals: ReadonlyMap<string, FileApproval>, headSha: string): CheckResult {
  const moved = new Map<string, number>();
  const findings = result.report.findings.map((finding) => {
    const approval = needsApproval(finding) ? approvals.get(finding.file) : undefined;
    if (!approval) return finding;
    if (!approval.cleared) return { ...finding, message: `${finding.message} Not approved: ${approval.why}.` };
    if (finding.cluster !== undefined) {
      moved.set(`${finding.cluster}\u0000${finding.severity}`, (moved.get(`${finding.cluster}\u0000${finding.severity}`) ?? 0) + 1);
    }
    return {
      ...finding,
      severity: 'notice' as const,
      message: `${finding.message} Approved by @${approval.approver} (an owner of ${finding.file} as ${approval.as}, per the base branch's CODEOWNERS) on the head commit ${headSha.slice(0, 7)}.`,
    };
  });
  return {
    ...withFindings(result, findings),
    clusters: result.clusters.map((cluster) => {
      const errors = moved.get(`${cluster.cluster}\u0000error`) ?? 0;
      const warnings = moved.get(`${cluster.cluster}\u0000warning`) ?? 0;
      if (!errors && !warnings) return cluster;
      const f = cluster.findings;
      return { ...cluster, findings: { error: f.error - errors, warning: f.warning - warnings, notice: f.notice + errors + warnings } };
    }),
  };
}

/** Where applyApprovals' sentence about an approval begins in a message. */
const APPROVAL_SENTENCE = / (?:Approved by @|Not approved: )[\s\S]*$/;

/**
 * Fork mode's publisher does not take the lint run's artifact at its word about approvals (a
 * forged artifact could say "Approved by @owner"): each unsuppressed `policy-weakened` finding
 * loses any approval sentence, and one the artifact lowered to a notice is an error again (the
 * rule's default), until the publisher's own reading of the reviews and the base branch's
 * CODEOWNERS (approveWeakenings) clears it. Counts recomputed.
 */
export function withoutClaimedApprovals(result: CheckResult): CheckResult {
  let changed = false;
  // Per cluster, how many notices the artifact had lowered that are errors again.
  const raised = new Map<string, number>();
  const findings = result.report.findings.map((finding) => {
    if (finding.rule !== 'policy-weakened' || finding.suppressed) return finding;
    const message = finding.message.replace(APPROVAL_SENTENCE, '');
    const severity = finding.severity === 'notice' ? ('error' as const) : finding.severity;
    if (message === finding.message && severity === finding.severity) return finding;
    changed = true;
    if (severity !== finding.severity && finding.cluster !== undefined) raised.set(finding.cluster, (raised.get(finding.cluster) ?? 0) + 1);
    return { ...finding, message, severity };
  });
  if (!changed) return result;
  return {
    ...withFindings(result, findings),
    clusters: result.clusters.map((cluster) => {
      const n = raised.get(cluster.cluster) ?? 0;
      if (!n) return cluster;
      const f = cluster.findings;
      return { ...cluster, findings: { ...f, error: f.error + n, notice: Math.max(0, f.notice - n) } };
    }),
  };
}

/** The result with `findings` in its report, and the report's counts recomputed from them. */
function withFindings(result: CheckResult, findings: readonly Finding[]): CheckResult {
  const count = (severity: Finding['severity']): number => findings.filter((f) => !f.suppressed && f.severity === severity).length;
  return {
    ...result,
    report: {
      ...result.report,
      findings,
      summary: { ...result.report.summary, errors: count('error'), warnings: count('warning'), notices: count('notice') },
    },
  };
}

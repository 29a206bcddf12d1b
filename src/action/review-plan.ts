/**
 * Plans the inline review comments of one run, as pure data, from the findings, the parsed
 * patches of the pull request and the review comments already on it:
 *
 * - a comment goes only on a commentable RIGHT-side line (see patch.ts); other findings are listed
 *   in the summary comment instead;
 * - findings on the same line share one comment;
 * - a finding whose fingerprint is already in one of the tool's comments is not posted again;
 * - a tool comment whose findings are all gone is deleted, unless a person replied to it: then it
 *   is edited to say it is resolved (the conversation stays);
 * - at most `maxComments` new comments per review (GitHub's abuse limits); the rest are listed in
 *   the summary.
 *
 * Comments of other tools and of people (no fingerprint marker, or a reply) are never touched.
 */
import type { Finding } from '../core/types.js';
import type { CommentableLines } from './patch.js';
import { fingerprintsInBody, isResolvedBody, policyOfBody } from './markers.js';
import { renderResolvedComment, renderReviewComment, type CommentContext } from '../report/github-comments.js';

export const MAX_INLINE_COMMENTS = 30;

/** The fields of a `pulls.listReviewComments` item the plan needs. */
export interface ExistingReviewComment {
  readonly id: number;
  readonly body: string;
  readonly path: string;
  readonly in_reply_to_id?: number | null;
  /** Written by a bot account (the action's token). A person's comment is never the tool's own, whatever it quotes. */
  readonly fromBot?: boolean;
}

export interface PlannedComment {
  readonly path: string;
  readonly line: number;
  readonly body: string;
  readonly findings: readonly Finding[];
}

export interface ReviewPlan {
  /** New comments to post in one review, at most `maxComments`. */
  readonly create: readonly PlannedComment[];
  /** Commentable findings left out by the per-review limit: listed in the summary. */
  readonly overflow: readonly Finding[];
  /** Findings not on a commentable line (outside the hunks, no patch, file not in the PR). */
  readonly outsideDiff: readonly Finding[];
  /** Findings already shown by an existing comment of the tool. */
  readonly alreadyPosted: readonly Finding[];
  /** The tool's comments whose findings are gone and nobody replied to. */
  readonly delete: readonly number[];
  /** The tool's comments whose findings are gone but that have replies: new body. */
  readonly resolve: readonly { readonly id: number; readonly body: string }[];
}

export interface ReviewPlanInput {
  /** Findings of this run; suppressed ones are ignored. */
  readonly findings: readonly Finding[];
  /** Parsed patch per changed file path (files absent here have no commentable line). */
  readonly patches: ReadonlyMap<string, CommentableLines>;
  readonly existing: readonly ExistingReviewComment[];
  readonly context: CommentContext;
  readonly headSha?: string;
  readonly maxComments?: number;
}

function lineKey(finding: Finding): string {
  return `${finding.file}\u0000${finding.line}`;
}

export function planReview(input: ReviewPlanInput): ReviewPlan {
  const maxComments = input.maxComments ?? MAX_INLINE_COMMENTS;
  const findings = input.findings.filter((finding) => !finding.suppressed);

  const repliedTo = new Set<number>();
  for (const comment of input.existing) {
    if (comment.in_reply_to_id != null) repliedTo.add(comment.in_reply_to_id);
  }
  // The tool's own live comments: by a bot, top-level, carrying fingerprint markers, not yet
  // resolved, and written for this policy (a comment naming no policy is taken as this one's).
  const policy = input.context.policyPath;
  const own = input.existing.filter((comment) => {
    if (comment.fromBot === false || comment.in_reply_to_id != null || isResolvedBody(comment.body)) return false;
    if (!fingerprintsInBody(comment.body).length) return false;
    const named = policyOfBody(comment.body);
    return named === undefined || policy === undefined || named === policy;
  });
  const posted = new Set(own.flatMap((comment) => fingerprintsInBody(comment.body)));
  const current = new Set(findings.map((finding) => finding.fingerprint));

  const remove: number[] = [];
  const resolve: { id: number; body: string }[] = [];
  for (const comment of own) {
    const fingerprints = fingerprintsInBody(comment.body);
    if (fingerprints.some((fp) => current.has(fp))) continue;
    if (repliedTo.has(comment.id)) resolve.push({ id: comment.id, body: renderResolvedComment(comment.body, fingerprints, input.headSha) });
    else remove.push(comment.id);
  }

  const alreadyPosted: Finding[] = [];
  const outsideDiff: Finding[] = [];
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (posted.has(finding.fingerprint)) {
      alreadyPosted.push(finding);
      continue;
    }
    if (!input.patches.get(finding.file)?.commentable.has(finding.line)) {
      outsideDiff.push(finding);
      continue;
    }
    const key = lineKey(finding);
    const group = groups.get(key);
    if (group) {
      // Two findings with one fingerprint on one line are one thing to say.
      if (!group.some((other) => other.fingerprint === finding.fingerprint)) group.push(finding);
    } else groups.set(key, [finding]);
  }

  const create: PlannedComment[] = [];
  const overflow: Finding[] = [];
  // Errors first, so the per-review limit drops the least severe comments.
  const ordered = [...groups.values()].sort((a, b) => groupRank(b) - groupRank(a));
  for (const group of ordered) {
    const first = group[0] as Finding;
    if (create.length >= maxComments) {
      overflow.push(...group);
      continue;
    }
    create.push({ path: first.file, line: first.line, findings: group, body: renderReviewComment(group, input.context) });
  }
  create.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  return { create, overflow, outsideDiff, alreadyPosted, delete: remove, resolve };
}

const RANK = { error: 3, warning: 2, notice: 1 } as const;
function groupRank(group: readonly Finding[]): number {
  return Math.max(...group.map((finding) => RANK[finding.severity]));
}

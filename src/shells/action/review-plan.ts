/**
 * Plans the inline review comments of one run, as pure data, from the findings, the parsed
 * patches of the pull request and the review comments already on it:
 *
 * - a comment goes only on a commentable RIGHT-side line (see patch.ts); other findings are listed
 *   in the summary comment instead;
 * - the findings of one import job, and findings on the same line, share one comment
 *   (report/groups.ts), on the job's main anchor;
 * - a finding whose fingerprint is already in one of the tool's LIVE comments is not posted again.
 *   A comment GitHub returns with `line: null` is outdated (collapsed, no longer on the code after
 *   a push or rebase): it does not count as posted, and it is deleted (or marked resolved when a
 *   person replied) like a comment whose finding is gone;
 * - a comment goes only where the workspace's line has the text the patch shows for the head: a
 *   checkout that is not the head commit (a merge commit) can shift lines, and a comment or a
 *   one-click suggestion must never land on another line's text;
 * - a tool comment whose findings are all gone is deleted, unless a person replied to it: then it
 *   is edited to say it is resolved (the conversation stays);
 * - at most `maxComments` live tool comments on the pull request (GitHub's abuse limits), counting
 *   the ones already there: re-runs and new pushes do not post another batch each; the rest are
 *   listed in the summary.
 *
 * Comments of other tools and of people (no fingerprint marker, or a reply) are never touched.
 */
import type { Finding } from '../../core/types.js';
import type { CommentableLines } from './patch.js';
import { fingerprintsInBody, isResolvedBody, policyOfBody, severitiesInBody } from '../../report/markers.js';
import {
  commentMarkers,
  renderFindingMarkdown,
  renderResolvedComment,
  renderReviewComment,
  type CommentContext,
} from '../../report/github-comments.js';
import { groupFindings } from '../../report/groups.js';

export const MAX_INLINE_COMMENTS = 30;

/** The fields of a `pulls.listReviewComments` item the plan needs. */
export interface ExistingReviewComment {
  readonly id: number;
  readonly body: string;
  readonly path: string;
  readonly in_reply_to_id?: number | null;
  /** Written by a bot account (the action's token). A person's comment is never the tool's own, whatever it quotes. */
  readonly fromBot?: boolean;
  /** The comment's line on the current diff; `null` when GitHub shows it as outdated. */
  readonly line?: number | null;
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
  /** Commentable findings left out by the per-pull-request limit: listed in the summary. */
  readonly overflow: readonly Finding[];
  /** Findings on a line whose text in the workspace differs from the head's (a moved line): listed in the summary. */
  readonly lineMismatch: readonly Finding[];
  /** Findings not on a commentable line (outside the hunks, no patch, file not in the PR). */
  readonly outsideDiff: readonly Finding[];
  /** Findings already shown by an existing comment of the tool. */
  readonly alreadyPosted: readonly Finding[];
  /** The tool's comments whose findings are gone and nobody replied to. */
  readonly delete: readonly number[];
  /** The tool's comments whose findings are gone but that have replies: new body. */
  readonly resolve: readonly { readonly id: number; readonly body: string }[];
  /**
   * The tool's live comments whose findings are still there with another severity than the
   * comment shows (a weakening an owner approved is now a notice, or no longer approved on a new
   * head): the comment rewritten from the current findings, in place.
   */
  readonly update: readonly { readonly id: number; readonly body: string }[];
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
  // "Already posted" means a live comment: an outdated one (line null) is on no line any more.
  const live = own.filter((comment) => comment.line !== null);
  const posted = new Set(live.flatMap((comment) => fingerprintsInBody(comment.body)));
  const current = new Set(findings.map((finding) => finding.fingerprint));

  const remove: number[] = [];
  const resolve: { id: number; body: string }[] = [];
  const update: { id: number; body: string }[] = [];
  const byFingerprint = new Map<string, Finding>();
  for (const finding of findings) if (!byFingerprint.has(finding.fingerprint)) byFingerprint.set(finding.fingerprint, finding);
  let liveKept = 0;
  for (const comment of own) {
    const fingerprints = fingerprintsInBody(comment.body);
    if (comment.line !== null && fingerprints.some((fp) => current.has(fp))) {
      liveKept++;
      const rewritten = severityUpdate(comment, fingerprints, byFingerprint, input);
      if (rewritten !== undefined) update.push({ id: comment.id, body: rewritten });
      continue;
    }
    if (repliedTo.has(comment.id)) resolve.push({ id: comment.id, body: renderResolvedComment(comment.body, fingerprints, input.headSha) });
    else remove.push(comment.id);
  }

  const alreadyPosted: Finding[] = [];
  const outsideDiff: Finding[] = [];
  const lineMismatch: Finding[] = [];
  const fresh: Finding[] = [];
  const seenFingerprints = new Set<string>();
  for (const finding of findings) {
    if (posted.has(finding.fingerprint)) alreadyPosted.push(finding);
    // Two findings with one fingerprint are one thing to say.
    else if (!seenFingerprints.has(finding.fingerprint)) {
      seenFingerprints.add(finding.fingerprint);
      fresh.push(finding);
    }
  }
  // Whether a comment may go on a finding's line: commentable in the patch, and the workspace
  // shows the head's text there.
  const placeable = (finding: Finding): 'ok' | 'outside' | 'mismatch' => {
    const patch = input.patches.get(finding.file);
    if (!patch?.commentable.has(finding.line)) return 'outside';
    const headText = patch.text?.get(finding.line);
    const workspaceText = input.context.lineText?.(finding.file, finding.line);
    if (headText !== undefined && workspaceText !== undefined && stripCr(headText) !== stripCr(workspaceText)) return 'mismatch';
    return 'ok';
  };
  // One import, one comment (report/groups.ts): the findings of one job (or one line) go into one
  // comment, on the job's main anchor when that line can take one, else on another of its lines.
  const groups: { line: number; findings: Finding[] }[] = [];
  for (const group of groupFindings(fresh)) {
    const candidates = [group.anchor, ...group.findings.filter((f) => f.line !== group.anchor.line)];
    const states = candidates.map(placeable);
    const at = states.indexOf('ok');
    if (at < 0) {
      for (const finding of group.findings) (placeable(finding) === 'mismatch' ? lineMismatch : outsideDiff).push(finding);
      continue;
    }
    groups.push({ line: (candidates[at] as Finding).line, findings: [...group.findings] });
  }
  // The summary lists them in the run's order (file, line, column, rule).
  const order = new Map(findings.map((finding, index) => [finding, index] as const));
  const byOrder = (a: Finding, b: Finding): number => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  outsideDiff.sort(byOrder);
  lineMismatch.sort(byOrder);

  const create: PlannedComment[] = [];
  const overflow: Finding[] = [];
  // Errors first, so the per-review limit drops the least severe comments.
  const ordered = [...groups].sort((a, b) => groupRank(b.findings) - groupRank(a.findings));
  for (const { line, findings: group } of ordered) {
    const first = group[0] as Finding;
    if (create.length >= Math.max(0, maxComments - liveKept)) {
      overflow.push(...group);
      continue;
    }
    // One comment carries a marker per finding; past a few hundred the markers alone would not
    // fit in a body, so the rest of such a line goes to the summary.
    const carried = group.slice(0, MAX_FINDINGS_PER_COMMENT);
    overflow.push(...group.slice(MAX_FINDINGS_PER_COMMENT));
    create.push({ path: first.file, line, findings: carried, body: boundedReviewComment(carried, input.context, MAX_INLINE_BODY, line) });
  }
  create.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  return { create, overflow, outsideDiff, lineMismatch, alreadyPosted, delete: remove, resolve, update };
}

/**
 * A live comment's new body when a finding it still carries has another severity now than the
 * comment recorded (its severities marker); undefined when nothing changed, or when the comment
 * recorded no severities (written by an older version: left as it is). The body is rendered from
 * the current findings of its fingerprints on the comment's line; a suggestion only where the
 * workspace's line is the head's.
 */
function severityUpdate(
  comment: ExistingReviewComment,
  fingerprints: readonly string[],
  current: ReadonlyMap<string, Finding>,
  input: ReviewPlanInput,
): string | undefined {
  const recorded = severitiesInBody(comment.body);
  if (recorded === undefined || recorded.length !== fingerprints.length || typeof comment.line !== 'number') return undefined;
  const changed = fingerprints.some((fp, i) => {
    const finding = current.get(fp);
    return finding !== undefined && finding.severity.charAt(0) !== recorded.charAt(i);
  });
  if (!changed) return undefined;
  const findings = fingerprints.flatMap((fp) => current.get(fp) ?? []);
  const line = comment.line;
  const patch = input.patches.get(comment.path);
  const headText = patch?.text?.get(line);
  const workspaceText = input.context.lineText?.(comment.path, line);
  const sameLine = headText !== undefined && workspaceText !== undefined && stripCr(headText) === stripCr(workspaceText);
  const { lineText: _lineText, ...withoutLines } = input.context;
  return boundedReviewComment(findings.slice(0, MAX_FINDINGS_PER_COMMENT), sameLine ? input.context : withoutLines, MAX_INLINE_BODY, line);
}

/** GitHub rejects a comment body of 65,536 characters or more (and with it the whole review). */
export const MAX_INLINE_BODY = 60_000;
const MAX_FINDINGS_PER_COMMENT = 200;

/**
 * The comment for one line, under GitHub's body limit: when the findings of one line do not fit
 * (110 changefeeds on one `filter` line), the first ones are shown in full and the rest folded in
 * a `<details>` with a count; the markers still name every finding, so the next run knows they are
 * posted. The body never exceeds `limit`.
 */
export function boundedReviewComment(
  group: readonly Finding[],
  context: CommentContext,
  limit = MAX_INLINE_BODY,
  line = group[0]?.line,
): string {
  const full = renderReviewComment(group, context, line);
  if (full.length < limit) return full;
  const markers = commentMarkers(group, context.policyPath);
  const budget = limit - markers.length - 400;
  const shown: string[] = [];
  let used = 0;
  let index = 0;
  for (; index < group.length; index++) {
    const part = renderFindingMarkdown(group[index] as Finding, context);
    if (used + part.length + 2 > budget / 2 && index > 0) break;
    if (part.length + 2 > budget / 2) break;
    shown.push(part);
    used += part.length + 2;
  }
  const folded: string[] = [];
  let left = 0;
  for (; index < group.length; index++) {
    const part = renderFindingMarkdown(group[index] as Finding, context);
    if (left > 0 || used + part.length + 2 > budget) {
      left++;
      continue;
    }
    folded.push(part);
    used += part.length + 2;
  }
  const hidden = folded.length + left;
  const details = hidden
    ? [
        `<details><summary>${hidden} more finding(s) on this line</summary>`,
        '',
        ...folded,
        ...(left ? [`…and ${left} more, listed in the job summary.`] : []),
        '',
        '</details>',
      ]
    : [];
  const body = [...shown, ...(details.length ? [details.join('\n\n')] : []), markers].join('\n\n');
  return body.length < limit ? body : `${body.slice(0, Math.max(0, limit - markers.length - 2))}\n\n${markers}`.slice(0, limit - 1);
}

function stripCr(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}

const RANK = { error: 3, warning: 2, notice: 1 } as const;
function groupRank(group: readonly Finding[]): number {
  return Math.max(...group.map((finding) => RANK[finding.severity]));
}

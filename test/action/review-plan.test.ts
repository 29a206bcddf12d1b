import { describe, expect, it } from 'vitest';
import { planReview, type ExistingReviewComment } from '../../src/shells/action/review-plan.js';
import { parsePatch } from '../../src/shells/action/patch.js';
import { fingerprintMarker, fingerprintsInBody, isResolvedBody, policyMarker } from '../../src/report/markers.js';
import { renderReviewComment, suggestedLine } from '../../src/report/github-comments.js';
import { finding } from './helpers.js';

const patches = new Map([
  ['deploy/prod/a.toml', parsePatch('@@ -0,0 +1,10 @@\n' + Array.from({ length: 10 }, (_, i) => `+line ${i + 1}`).join('\n'))],
  ['big.sql', parsePatch(undefined)],
]);
const context = {};

describe('planReview', () => {
  it('leaves the comments written for another policy alone', () => {
    const other = `other job\n${fingerprintMarker('fp-b')}\n${policyMarker('policies/b.yml')}`;
    const mine = `stale\n${fingerprintMarker('fp-a')}\n${policyMarker('.github/tidb-import-guard.yml')}`;
    const plan = planReview({
      findings: [],
      patches,
      existing: [
        { id: 1, path: 'deploy/prod/a.toml', body: other, fromBot: true },
        { id: 2, path: 'deploy/prod/a.toml', body: mine, fromBot: true },
      ],
      context: { policyPath: '.github/tidb-import-guard.yml' },
    });
    expect(plan.delete).toEqual([2]);
    const created = planReview({
      findings: [finding({ file: 'deploy/prod/a.toml', line: 3 })],
      patches,
      existing: [],
      context: { policyPath: 'p.yml' },
    });
    expect(created.create[0]!.body).toContain(policyMarker('p.yml'));
  });

  it("never takes a person's comment for its own, even one that quotes a marker", () => {
    const quoted = `> earlier bot text\n${fingerprintMarker('fp-old')}`;
    const plan = planReview({
      findings: [],
      patches,
      existing: [
        { id: 7, path: 'deploy/prod/a.toml', body: quoted, fromBot: false },
        { id: 8, path: 'deploy/prod/a.toml', body: `stale\n${fingerprintMarker('fp-stale')}`, fromBot: true },
      ],
      context,
    });
    expect(plan.delete).toEqual([8]);
    expect(plan.resolve).toEqual([]);
  });

  it('groups findings on one line into one comment with one marker each', () => {
    const a = finding({ file: 'deploy/prod/a.toml', line: 3, rule: 'log-backup-gap' });
    const b = finding({ file: 'deploy/prod/a.toml', line: 3, rule: 'changefeed-gap' });
    const plan = planReview({ findings: [a, b], patches, existing: [], context });
    expect(plan.create).toHaveLength(1);
    expect(plan.create[0]?.line).toBe(3);
    // In the group's reading order (report/groups.ts), which sorts rules of one rank by id.
    expect(fingerprintsInBody(plan.create[0]?.body)).toEqual([b.fingerprint, a.fingerprint]);
  });

  it('puts the findings of one import job into one comment on its main anchor, with the fix there', () => {
    const fix = { title: 'Use logical import mode', replacement: 'backend = "tidb"' };
    const override = finding({ file: 'deploy/prod/a.toml', line: 1, rule: 'precheck-override', job: '42' });
    const gap = finding({ file: 'deploy/prod/a.toml', line: 3, rule: 'log-backup-gap', job: '42', fix, endColumn: 18 });
    const feed = finding({ file: 'deploy/prod/a.toml', line: 3, rule: 'changefeed-gap', job: '42', fix, endColumn: 18 });
    const other = finding({ file: 'deploy/prod/a.toml', line: 2, rule: 'log-backup-gap', job: '7' });
    const lines = ['check-requirements = false', 'filter = ["x.*"]', 'backend = "local"'];
    const own = new Map([['deploy/prod/a.toml', parsePatch(`@@ -0,0 +1,3 @@\n${lines.map((l) => `+${l}`).join('\n')}`)]]);
    const plan = planReview({
      findings: [override, other, gap, feed],
      patches: own,
      existing: [],
      context: { lineText: (_file, n) => lines[n - 1] },
    });
    expect(plan.create.map((c) => [c.line, c.findings.length])).toEqual([
      [2, 1],
      [3, 3],
    ]);
    const body = plan.create[1]!.body;
    expect(fingerprintsInBody(body).sort()).toEqual([override.fingerprint, gap.fingerprint, feed.fingerprint].sort());
    expect(body).toContain('3 findings about this import');
    expect(body).toContain('```suggestion\nbackend = "tidb"\n```');
  });

  it('sends findings outside the hunks, in files without a patch, or in other files to the summary', () => {
    const outside = finding({ file: 'deploy/prod/a.toml', line: 40 });
    const noPatch = finding({ file: 'big.sql', line: 1 });
    const otherFile = finding({ file: 'untouched.sql', line: 1 });
    const plan = planReview({ findings: [outside, noPatch, otherFile], patches, existing: [], context });
    expect(plan.create).toEqual([]);
    expect(plan.outsideDiff).toEqual([outside, noPatch, otherFile]);
  });

  it('skips suppressed findings entirely', () => {
    const plan = planReview({
      findings: [finding({ file: 'deploy/prod/a.toml', line: 2, suppressed: true })],
      patches,
      existing: [],
      context,
    });
    expect(plan.create).toEqual([]);
    expect(plan.outsideDiff).toEqual([]);
  });

  it('does not repost a fingerprint already in one of its comments, even on another line', () => {
    const a = finding({ file: 'deploy/prod/a.toml', line: 5, fingerprint: 'fp-a' });
    const existing: ExistingReviewComment[] = [{ id: 1, path: 'deploy/prod/a.toml', body: `old\n${fingerprintMarker('fp-a')}` }];
    const plan = planReview({ findings: [a], patches, existing, context });
    expect(plan.create).toEqual([]);
    expect(plan.alreadyPosted).toEqual([a]);
    expect(plan.delete).toEqual([]);
  });

  it('deletes its own comments whose findings are gone, resolves replied-to ones, never touches others', () => {
    const existing: ExistingReviewComment[] = [
      { id: 1, path: 'x', body: `gone\n${fingerprintMarker('fp-gone')}` },
      { id: 2, path: 'x', body: `gone too\n${fingerprintMarker('fp-replied')}` },
      { id: 3, path: 'x', body: 'we will take a snapshot first', in_reply_to_id: 2 },
      { id: 4, path: 'x', body: 'a human review comment' },
      { id: 5, path: 'x', body: `> quoted\n${fingerprintMarker('fp-gone')}`, in_reply_to_id: 4 },
    ];
    const plan = planReview({ findings: [], patches, existing, context, headSha: 'abcdef1234567890' });
    expect(plan.delete).toEqual([1]);
    expect(plan.resolve.map((r) => r.id)).toEqual([2]);
    const body = plan.resolve[0]?.body ?? '';
    expect(body).toContain('Resolved');
    expect(body).toContain('abcdef123456');
    expect(isResolvedBody(body)).toBe(true);
    expect(fingerprintsInBody(body)).toEqual([]);
    // Already resolved: left alone on the next run.
    const again = planReview({ findings: [], patches, existing: [{ id: 2, path: 'x', body }, existing[2]!], context });
    expect(again.resolve).toEqual([]);
    expect(again.delete).toEqual([]);
  });

  it('keeps a comment while any of its grouped findings remains', () => {
    const existing: ExistingReviewComment[] = [{ id: 9, path: 'x', body: `${fingerprintMarker('fp-1')}\n${fingerprintMarker('fp-2')}` }];
    const plan = planReview({
      findings: [finding({ file: 'deploy/prod/a.toml', line: 1, fingerprint: 'fp-2' })],
      patches,
      existing,
      context,
    });
    expect(plan.delete).toEqual([]);
  });

  it('posts at most 30 comments, errors first, and lists the rest as overflow', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      finding({ file: `f${String(i).padStart(2, '0')}.sql`, line: 1, severity: i < 35 ? 'warning' : 'error' }),
    );
    const wide = new Map(many.map((f) => [f.file, parsePatch('@@ -0,0 +1 @@\n+x')] as const));
    const plan = planReview({ findings: many, patches: wide, existing: [], context });
    expect(plan.create).toHaveLength(30);
    expect(plan.overflow).toHaveLength(10);
    expect(plan.overflow.every((f) => f.severity === 'warning')).toBe(true);
    expect(plan.create.filter((c) => c.findings[0]?.severity === 'error')).toHaveLength(5);
  });
});

describe('review comment bodies', () => {
  const fix = { title: 'Use logical import mode', replacement: 'backend = "tidb"' };
  it('offers a one-line fix as a suggestion replacing the finding columns on that line', () => {
    const f = finding({ file: 'a.toml', line: 2, column: 1, endColumn: 18, fix });
    expect(suggestedLine(f, 'backend = "local" # fast')).toBe('backend = "tidb" # fast');
    const body = renderReviewComment([f], { lineText: () => 'backend = "local"' });
    expect(body).toContain('```suggestion\nbackend = "tidb"\n```');
    // The hidden markers close the body: the fingerprint, then the severity it is shown with.
    expect(body.trimEnd().endsWith(`${fingerprintMarker(f.fingerprint)}\n<!-- tidb-import-guard:severities=e -->`)).toBe(true);
  });

  it('offers no suggestion for multi-line findings, unknown line text, or secrets', () => {
    expect(suggestedLine(finding({ file: 'a', line: 1, endLine: 2, fix }), 'x')).toBeUndefined();
    expect(suggestedLine(finding({ file: 'a', line: 1, fix }), undefined)).toBeUndefined();
    expect(suggestedLine(finding({ file: 'a', line: 1, fix, rule: 'plaintext-secret' }), 'password = "hunter2"')).toBeUndefined();
    expect(renderReviewComment([finding({ file: 'a', line: 1 })], { lineText: () => 'x' })).not.toContain('suggestion');
  });

  it('links the rule doc when it knows where docs live', () => {
    const body = renderReviewComment([finding({ file: 'a', line: 1, cluster: 'prod' })], { docsUrl: (id) => `https://docs/${id}.md` });
    expect(body).toContain('[`log-backup-gap`](https://docs/log-backup-gap.md)');
    expect(body).toContain('cluster `prod`');
  });
});

describe('a live comment whose finding changed severity (an approved weakening)', () => {
  const file = 'deploy/prod/a.toml';
  const lines = parsePatch('@@ -0,0 +1,3 @@\n+a\n+backend = "local"\n+c');
  const patchesOf = new Map([[file, lines]]);
  const ctx = { policyPath: 'p.yml', lineText: (_: string, line: number) => (line === 2 ? 'backend = "local"' : 'x') };
  const fix = { title: 'Use logical import mode', replacement: 'backend = "tidb"' };
  const posted = (severity: 'error' | 'notice') => renderReviewComment([finding({ file, line: 2, endColumn: 18, severity, fix })], ctx);
  const existing = (body: string, line: number | null = 2): ExistingReviewComment[] => [{ id: 5, path: file, body, fromBot: true, line }];

  it('is rewritten in place from the current findings, and left alone when nothing changed', () => {
    const now = finding({ file, line: 2, endColumn: 18, severity: 'notice', fix });
    const plan = planReview({ findings: [now], patches: patchesOf, existing: existing(posted('error')), context: ctx });
    expect(plan.create).toEqual([]);
    expect(plan.update).toEqual([{ id: 5, body: posted('notice') }]);
    expect(plan.update[0]!.body).toContain('```suggestion');
    const same = planReview({ findings: [now], patches: patchesOf, existing: existing(posted('notice')), context: ctx });
    expect(same.update).toEqual([]);
  });

  it('a comment of an older version (no severities marker), a forged marker of the wrong length, or an outdated one is not rewritten', () => {
    const now = [finding({ file, line: 2, endColumn: 18, severity: 'notice', fix })];
    const older = posted('error').replace(/\n<!-- tidb-import-guard:severities=e -->/, '');
    expect(planReview({ findings: now, patches: patchesOf, existing: existing(older), context: ctx }).update).toEqual([]);
    const forged = posted('error').replace('severities=e', 'severities=ee');
    expect(planReview({ findings: now, patches: patchesOf, existing: existing(forged), context: ctx }).update).toEqual([]);
    const outdated = planReview({ findings: now, patches: patchesOf, existing: existing(posted('error'), null), context: ctx });
    expect(outdated.update).toEqual([]);
    expect(outdated.delete).toEqual([5]);
  });

  it('where the workspace line is not the head line, the rewritten comment offers no suggestion', () => {
    const moved = { ...ctx, lineText: () => 'something else' };
    const now = finding({ file, line: 2, endColumn: 18, severity: 'notice', fix });
    const plan = planReview({ findings: [now], patches: patchesOf, existing: existing(posted('error')), context: moved });
    expect(plan.update).toHaveLength(1);
    expect(plan.update[0]!.body).not.toContain('```suggestion');
    expect(plan.update[0]!.body).toContain('<!-- tidb-import-guard:severities=n -->');
  });
});

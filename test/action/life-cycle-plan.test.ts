/** A pull request's whole life, planned in-process (issue 10, items 1, 2, 7 and 11). */
import { describe, expect, it } from 'vitest';
import { boundedReviewComment, MAX_INLINE_BODY, planReview } from '../../src/shells/action/review-plan.js';
import { parsePatch } from '../../src/shells/action/patch.js';
import { fingerprintMarker, fingerprintsInBody } from '../../src/report/markers.js';
import { finding } from './helpers.js';

const FILE = 'deploy/prod/a.toml';
const lines = Array.from({ length: 10 }, (_, i) => `line ${i + 1}`);
const patches = new Map([[FILE, parsePatch('@@ -0,0 +1,10 @@\n' + lines.map((l) => `+${l}`).join('\n'))]]);
const own = (id: number, fp: string, line: number | null) => ({
  id,
  path: FILE,
  body: `old\n${fingerprintMarker(fp)}`,
  fromBot: true,
  line,
});

describe('outdated comments (line: null) are not "already posted"', () => {
  it('a finding whose only comment is outdated gets a live one, and the outdated one is deleted', () => {
    const f = finding({ file: FILE, line: 3, fingerprint: 'fp-a' });
    const plan = planReview({ findings: [f], patches, existing: [own(1, 'fp-a', null)], context: {} });
    expect(plan.alreadyPosted).toEqual([]);
    expect(plan.create.map((c) => c.line)).toEqual([3]);
    expect(plan.delete).toEqual([1]);
  });

  it('a live comment still counts as posted', () => {
    const f = finding({ file: FILE, line: 3, fingerprint: 'fp-a' });
    const plan = planReview({ findings: [f], patches, existing: [own(1, 'fp-a', 3)], context: {} });
    expect(plan.alreadyPosted).toEqual([f]);
    expect(plan.create).toEqual([]);
    expect(plan.delete).toEqual([]);
  });
});

describe("never a comment on a line whose text differs from the head's", () => {
  it('a checkout where lines moved (a merge commit): the finding goes to the summary, no suggestion is offered', () => {
    const f = finding({ file: FILE, line: 5, fix: { title: 'Use logical mode', replacement: 'backend = "tidb"' } });
    // The workspace's line 5 is what the head has at line 2: three lines arrived above it.
    const context = { lineText: (_file: string, line: number) => (line === 5 ? 'data-source-dir = "/data"' : undefined) };
    const plan = planReview({ findings: [f], patches, existing: [], context });
    expect(plan.create).toEqual([]);
    expect(plan.lineMismatch).toEqual([f]);
  });

  it('the same text on both sides is commented as before', () => {
    const f = finding({ file: FILE, line: 5 });
    const plan = planReview({ findings: [f], patches, existing: [], context: { lineText: (_f: string, l: number) => `line ${l}` } });
    expect(plan.create.map((c) => c.line)).toEqual([5]);
  });
});

describe('at most 30 live tool comments per pull request', () => {
  it('a re-run with 30 live comments posts no further batch', () => {
    const big = new Map([[FILE, parsePatch('@@ -0,0 +1,100 @@\n' + Array.from({ length: 100 }, (_, i) => `+l${i}`).join('\n'))]]);
    const findings = Array.from({ length: 100 }, (_, i) => finding({ file: FILE, line: i + 1, fingerprint: `fp-${i}` }));
    const existing = Array.from({ length: 30 }, (_, i) => own(100 + i, `fp-${i}`, i + 1));
    const plan = planReview({ findings, patches: big, existing, context: {} });
    expect(plan.create).toEqual([]);
    expect(plan.alreadyPosted).toHaveLength(30);
    expect(plan.overflow).toHaveLength(70);
    // One fixed: one slot frees up.
    const after = planReview({ findings: findings.slice(1), patches: big, existing, context: {} });
    expect(after.delete).toEqual([100]);
    expect(after.create).toHaveLength(1);
  });
});

describe('inline comment bodies stay under 65,536 characters', () => {
  it('110 findings on one line: folded with a count in <details>, every fingerprint still marked', () => {
    const group = Array.from({ length: 110 }, (_, i) =>
      finding({
        file: FILE,
        line: 1,
        rule: 'changefeed-gap',
        fingerprint: `fp-${i}`,
        message: `changefeed feed-${i} misses the rows. ${'x'.repeat(900)}`,
      }),
    );
    const body = boundedReviewComment(group, { policyPath: '.github/tidb-import-guard.yml' });
    expect(body.length).toBeLessThan(65_536);
    expect(body.length).toBeLessThanOrEqual(MAX_INLINE_BODY);
    expect(body).toMatch(/<details><summary>\d+ more finding\(s\) on this line<\/summary>/);
    expect(fingerprintsInBody(body)).toHaveLength(110);
    const plan = planReview({ findings: group, patches, existing: [], context: {} });
    expect(plan.create[0]!.body.length).toBeLessThan(65_536);
  });
});

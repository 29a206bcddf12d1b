/**
 * Hostile input for the inline directive parser (`tidb-import-guard-ignore ...`,
 * `tidb-import-guard: cluster=...`): never throws, every problem and suppression points at its
 * comment, what a suppression covers lies inside the file, and work is linear in the comments.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comment, Span } from '../../src/core/types.js';
import { readDirectives } from '../../src/lint/engine/directives.js';
import { RULE_IDS } from '../../src/lint/rules/registry.js';
import { rule as invalidSuppression } from '../../src/lint/rules/invalid-suppression.js';
import type { FileSubject } from '../../src/lint/rules/stages.js';
import { fcParams } from '../helpers/properties.js';
import { badSpans, hostileText } from './checks.js';
import { doublingRatio } from './work-meter.js';

const PIECES = [
  'tidb-import-guard',
  'TIDB-IMPORT-GUARD',
  'tidb-import-guard-ignore',
  'tidb-import-guard-ignore-file',
  '-ignore',
  '-ignore-files',
  ':',
  '::',
  ',',
  ', ,',
  ' ',
  '\t',
  '\n',
  'cluster',
  'cluster=',
  '=',
  'prod',
  'prod,dr',
  'log-backup-gap',
  'changefeed-gap',
  'no-such-rule',
  'reason text',
  'until=',
  'until=2026-12-31',
  'until=2026-02-30',
  'until=9999-99-99',
  'until=2026-12-31 until=2027-01-01',
  '`',
  '<!--',
  '-->',
  '\u0000',
  '\ud800',
  'é',
];
const directiveText = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((p) => p.join('')),
  hostileText(60),
);

/** A file of `length` characters with comments and targets at random places inside it. */
const file = fc
  .tuple(
    fc.integer({ min: 0, max: 400 }),
    fc.array(fc.tuple(directiveText, fc.nat(), fc.nat(40)), { maxLength: 8 }),
    fc.array(fc.tuple(fc.nat(), fc.nat(40)), { maxLength: 8 }),
  )
  .map(([length, comments, targets]) => {
    const place = (at: number, size: number): Span => {
      const start = length === 0 ? 0 : at % (length + 1);
      return { start, end: Math.min(length, start + size) };
    };
    const sorted = (spans: Span[]): Span[] => spans.sort((a, b) => a.start - b.start || a.end - b.end);
    const commentList: Comment[] = comments
      .map(([text, at, size]) => ({ text, span: place(at, size) }))
      .sort((a, b) => a.span.start - b.span.start);
    return { length, comments: commentList, targets: sorted(targets.map(([at, size]) => place(at, size))) };
  });

describe('directive parser on hostile comments', () => {
  it('never throws; problems and suppressions point at their comment; coverage lies inside the file', () => {
    fc.assert(
      fc.property(file, ({ length, comments, targets }) => {
        const result = readDirectives(comments, targets, length, RULE_IDS);
        const commentSpans = new Set(comments.map((c) => `${c.span.start}:${c.span.end}`));
        const wrong: string[] = [];
        for (const p of result.problems) {
          if (!commentSpans.has(`${p.span.start}:${p.span.end}`)) wrong.push(`problem at ${p.span.start}-${p.span.end}`);
          // Worded by invalid-suppression: a headline and a help, every placeholder filled.
          for (const d of invalidSuppression.check!({ directiveProblems: [p] } as unknown as FileSubject)) {
            if (!d.message || !d.help || /\{\{/.test(`${d.message}${d.help}`)) wrong.push(`problem worded ${JSON.stringify(d)}`);
          }
        }
        for (const s of result.suppressions) {
          if (!commentSpans.has(`${s.span.start}:${s.span.end}`)) wrong.push(`suppression at ${s.span.start}-${s.span.end}`);
          if (s.covers.start > s.span.start) wrong.push('covers starts after its directive');
          if (!s.rules.length || s.rules.some((r) => !RULE_IDS.has(r))) wrong.push(`suppression of ${s.rules.join(',')}`);
          if (!s.reason.trim()) wrong.push('suppression without a reason');
          if (s.until !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(s.until)) wrong.push(`until ${s.until}`);
        }
        expect(wrong).toEqual([]);
        expect(
          badSpans([...result.suppressions.flatMap((s) => [s.span, s.covers]), ...(result.clusters ? [result.clusters.span] : [])], length),
        ).toEqual([]);
        // Every comment that starts with the prefix is understood or reported, never dropped.
        const directives = comments.filter((c) => c.text.trim().toLowerCase().startsWith('tidb-import-guard'));
        const accounted =
          result.problems.length +
          result.suppressions.length +
          (result.clusters ? directives.filter((c) => /^tidb-import-guard:/i.test(c.text.trim())).length : 0);
        expect(accounted).toBe(directives.length);
      }),
      fcParams('directives: hostile comments', 600),
    );
  });

  it('thousands of directives: twice the comments, at most about twice the work', () => {
    const make = (n: number): string => String(n);
    const run = (text: string): unknown => {
      const n = Number(text);
      const comments: Comment[] = Array.from({ length: n }, (_, i) => ({
        text:
          i % 3 === 0
            ? ' tidb-import-guard-ignore log-backup-gap, changefeed-gap: reviewed until=2026-12-31'
            : i % 3 === 1
              ? ' tidb-import-guard: cluster=prod,dr'
              : ' tidb-import-guard-ignore nope: x',
        span: { start: i * 100, end: i * 100 + 90 },
      }));
      const targets = Array.from({ length: n }, (_, i) => ({ start: i * 100 + 95, end: i * 100 + 99 }));
      return readDirectives(comments, targets, n * 100, RULE_IDS);
    };
    const { ratio } = doublingRatio(make, 1000, run);
    expect(ratio).toBeLessThan(2.6);
  });

  it('a directive of a megabyte is read in linear work', () => {
    const make = (n: number): string => `tidb-import-guard-ignore log-backup-gap: ${'x '.repeat(n)} until=2026-12-31`;
    const run = (text: string): unknown => readDirectives([{ text, span: { start: 0, end: text.length } }], [], text.length, RULE_IDS);
    expect(doublingRatio(make, 20_000, run).ratio).toBeLessThan(2.6);
    const rules = (n: number): string => `tidb-import-guard-ignore ${Array(n).fill('log-backup-gap').join(',')}: ok`;
    expect(doublingRatio(rules, 2_000, run).ratio).toBeLessThan(2.6);
  });
});

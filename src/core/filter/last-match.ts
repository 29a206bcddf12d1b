/**
 * TiDB's "the last matching rule decides" as a formula of logarithmic depth.
 *
 * Folding the rules one by one (`accepted = rule.positive ? matched ∪ accepted : accepted \ matched`)
 * nests one level per change of polarity, and every walk over such a formula recurses that deep:
 * about 2,000 alternating rules overflowed the stack (issue 8). Here the rules are split in halves:
 * a rule of the later half decides wherever one matches, the earlier half elsewhere,
 *
 *   accepted(A ++ B) = accepted(B) ∪ (accepted(A) \ matched(B)),   matched(A ++ B) = matched(A) ∪ matched(B)
 *
 * so the depth is O(log n) and the size O(n log n), whatever the rules.
 */
export interface LastMatchAlgebra<T> {
  /** The empty set. */
  readonly none: T;
  union(a: T, b: T): T;
  subtract(a: T, b: T): T;
}

export interface DecidingRule<T> {
  readonly positive: boolean;
  /** What the rule matches. */
  readonly matched: T;
}

interface Segment<T> {
  readonly matched: T;
  readonly accepted: T;
  readonly allPositive: boolean;
}

export function lastMatchWins<T>(rules: readonly DecidingRule<T>[], algebra: LastMatchAlgebra<T>): T {
  const segment = (lo: number, hi: number): Segment<T> => {
    if (hi - lo === 1) {
      const rule = rules[lo]!;
      return { matched: rule.matched, accepted: rule.positive ? rule.matched : algebra.none, allPositive: rule.positive };
    }
    const mid = (lo + hi) >>> 1;
    const before = segment(lo, mid);
    const after = segment(mid, hi);
    return {
      matched: algebra.union(before.matched, after.matched),
      // When every later rule accepts, what they match is what they accept: a plain union.
      accepted: after.allPositive
        ? algebra.union(before.accepted, after.accepted)
        : algebra.union(after.accepted, algebra.subtract(before.accepted, after.matched)),
      allPositive: before.allPositive && after.allPositive,
    };
  };
  return rules.length === 0 ? algebra.none : segment(0, rules.length).accepted;
}

// Property test: the balanced last-match-wins formula means what folding the rules one by one means,
// with a depth that grows with the logarithm of the number of rules (issue 8 item 13).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastMatchWins, type LastMatchAlgebra } from '../../src/core/filter/last-match.js';
import { fcParams } from '../helpers/properties.js';

// Sets of the 16 names 0..15 as bit masks: the algebra evaluated exactly.
const BITS: LastMatchAlgebra<number> = { none: 0, union: (a, b) => a | b, subtract: (a, b) => a & ~b };

/** Formulas as trees, to measure depth. */
type Tree = { k: 'none' } | { k: 'leaf'; mask: number } | { k: 'or' | 'minus'; a: Tree; b: Tree };
const TREES: LastMatchAlgebra<Tree> = {
  none: { k: 'none' },
  union: (a, b) => ({ k: 'or', a, b }),
  subtract: (a, b) => ({ k: 'minus', a, b }),
};
const depth = (t: Tree): number => (t.k === 'or' || t.k === 'minus' ? 1 + Math.max(depth(t.a), depth(t.b)) : 0);

function sequential(rules: readonly { positive: boolean; matched: number }[]): number {
  let accepted = 0;
  for (let name = 0; name < 16; name++) {
    for (let i = rules.length - 1; i >= 0; i--) {
      if (rules[i]!.matched & (1 << name)) {
        if (rules[i]!.positive) accepted |= 1 << name;
        break;
      }
    }
  }
  return accepted;
}

const rule = fc.record({ positive: fc.boolean(), matched: fc.integer({ min: 0, max: 0xffff }) });

describe('lastMatchWins', () => {
  it('accepts exactly what the last matching rule accepts', () => {
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 40 }), (rules) => {
        expect(lastMatchWins(rules, BITS)).toBe(sequential(rules));
      }),
      fcParams('last-match: agrees with the sequential rule', 2000),
    );
  });

  it('nests O(log n) deep, however the polarities alternate', () => {
    for (const n of [1, 2, 3, 100, 2_000, 100_000]) {
      const rules = Array.from({ length: n }, (_, i) => ({ positive: i % 2 === 0, matched: { k: 'leaf', mask: i } as Tree }));
      expect(depth(lastMatchWins(rules, TREES))).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(n + 1)) + 2);
    }
  });
});

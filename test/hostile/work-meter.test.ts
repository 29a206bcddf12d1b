import { describe, expect, it } from 'vitest';
import { doublingRatio, measureWork } from './work-meter.js';

const linear = (text: string): number => {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 59) n++;
  return n;
};
// The classic quadratic scanner: looks for the next terminator from every position.
const quadratic = (text: string): number => {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.indexOf(';', i) >= 0) n++;
  return n;
};

describe('the work meter', () => {
  it('tells a linear scan from a quadratic one by counting', () => {
    const make = (n: number): string => 'x'.repeat(n);
    expect(doublingRatio(make, 1000, linear).ratio).toBeCloseTo(2, 1);
    expect(doublingRatio(make, 1000, quadratic).ratio).toBeGreaterThan(3.5);
  });

  it('counts regular expressions, and restores every primitive afterwards', () => {
    const charCodeAt = String.prototype.charCodeAt;
    const exec = RegExp.prototype.exec;
    const { result, work } = measureWork(() => /b/.test('a'.repeat(99) + 'b'));
    expect(result).toBe(true);
    expect(work).toBeGreaterThanOrEqual(100);
    expect(String.prototype.charCodeAt).toBe(charCodeAt);
    expect(RegExp.prototype.exec).toBe(exec);
    expect(() =>
      measureWork(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(String.prototype.charCodeAt).toBe(charCodeAt);
  });
});

describe('the work meter on arrays', () => {
  it('sees a lookup by linear search repeated per key (the quadratic the policy loader had)', () => {
    const keys = (n: number): string => Array.from({ length: n }, (_, i) => `k${i}`).join(',');
    const lookupEach = (text: string): number => {
      const items = text.split(',').map((key) => ({ key }));
      return items.filter((item) => items.find((other) => other.key === item.key) === item).length;
    };
    const indexed = (text: string): number => {
      const items = text.split(',').map((key) => ({ key }));
      const byKey = new Map(items.map((item) => [item.key, item]));
      return items.filter((item) => byKey.get(item.key) === item).length;
    };
    expect(doublingRatio(keys, 500, lookupEach).ratio).toBeGreaterThan(3.5);
    expect(doublingRatio(keys, 500, indexed).ratio).toBeLessThan(2.3);
    expect(Array.prototype.find.name).toBe('find');
  });
});

import { describe, expect, it } from 'vitest';
import {
  ANY_CHAR,
  foldByTables,
  foldChars,
  lowerPreimage,
  normalizeRanges,
  preimageOf,
  type CharSet,
} from '../../src/core/filter/charset.js';

/** Every range inside ASCII, and a few hundred sets of several ranges (a fixed sequence). */
function asciiSets(): CharSet[] {
  const out: CharSet[] = [[]];
  for (let lo = 0; lo < 0x80; lo++) for (let hi = lo; hi < 0x80; hi++) out.push([lo, hi]);
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let k = 0; k < 400; k++) {
    const flat: number[] = [];
    const ranges = 1 + next(5);
    for (let r = 0; r < ranges; r++) {
      const lo = next(0x80);
      flat.push(lo, Math.min(0x7f, lo + next(6)));
    }
    out.push(normalizeRanges(flat));
  }
  return out;
}

describe('the ASCII shortcuts of case folding and lowercase preimages', () => {
  // The shortcuts answer without the Unicode case tables; these are the answers the tables give.
  it('fold every ASCII set as the case tables do (Kelvin sign with k, long s with s)', () => {
    let checked = 0;
    for (const set of asciiSets()) {
      expect(foldChars(set), JSON.stringify(set)).toEqual(foldByTables(set));
      checked++;
    }
    expect(checked).toBeGreaterThan(8000);
    expect(foldChars([0x6b, 0x6b])).toEqual([0x4b, 0x4b, 0x6b, 0x6b, 0x212a, 0x212a]);
    expect(foldChars([0x53, 0x53])).toEqual([0x53, 0x53, 0x73, 0x73, 0x17f, 0x17f]);
  });

  it('give the lowercase preimage of every ASCII set as the pass over the mapping does (U+0130 with i)', () => {
    for (const set of asciiSets()) expect(lowerPreimage(set), JSON.stringify(set)).toEqual(preimageOf(set));
    expect(lowerPreimage([0x69, 0x69])).toEqual([0x49, 0x49, 0x69, 0x69, 0x130, 0x130]);
    expect(lowerPreimage([0x41, 0x5a])).toEqual([]);
  });

  it('leave the set of every character as it is', () => {
    expect(foldChars(ANY_CHAR)).toEqual(foldByTables(ANY_CHAR));
    expect(lowerPreimage(ANY_CHAR)).toEqual(preimageOf(ANY_CHAR));
    expect(lowerPreimage(ANY_CHAR)).toEqual(ANY_CHAR);
  });
});

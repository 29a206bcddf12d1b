import { describe, expect, it } from 'vitest';
import { lowerCodePoint, lowerPreimage, preimageOf } from '../../src/core/filter/charset.js';

describe("one character's lowercase preimage", () => {
  it('is the set the pass over the whole mapping gives, for every character near a case mapping', () => {
    // ASCII, Latin-1, and every character that lowercases to another, with what it lowercases to
    // and their neighbours (the Kelvin sign and dotted capital I lowercase to ASCII letters).
    const points = new Set<number>();
    for (let c = 0; c < 0x250; c++) points.add(c);
    for (let c = 0x250; c < 0x20000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const lower = lowerCodePoint(c);
      if (lower !== c) for (const p of [c - 1, c, c + 1, lower - 1, lower, lower + 1]) points.add(p);
    }
    let checked = 0;
    for (const c of points) {
      expect(lowerPreimage([c, c]), `U+${c.toString(16)}`).toEqual(preimageOf([c, c]));
      checked++;
    }
    expect(checked).toBeGreaterThan(2000);
    expect(lowerPreimage([0x6b, 0x6b])).toEqual([0x4b, 0x4b, 0x6b, 0x6b, 0x212a, 0x212a]);
  });
});

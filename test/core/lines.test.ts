import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLineIndex, textPositions } from '../../src/core/lines.js';
import { fcParams } from '../helpers/properties.js';
import { decodeSource } from '../../src/core/text.js';

describe('line index', () => {
  it('counts \\n, \\r\\n and lone \\r as line ends', () => {
    const idx = buildLineIndex('a\nbc\r\nd\re');
    expect(idx.position(0)).toEqual({ line: 1, column: 1 });
    expect(idx.position(2)).toEqual({ line: 2, column: 1 });
    expect(idx.position(3)).toEqual({ line: 2, column: 2 });
    expect(idx.position(6)).toEqual({ line: 3, column: 1 });
    expect(idx.position(8)).toEqual({ line: 4, column: 1 });
    expect(idx.lineText(2)).toBe('bc');
    expect(idx.lineCount).toBe(4);
  });
  it('textPositions places every offset where the index does, counted or indexed', () => {
    const text = fc.array(fc.constantFrom('a', '\n', '\r', '\r\n', '😀'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 40 }), (t, pad) => {
        const idx = buildLineIndex(t);
        const counted = textPositions(t);
        // A text over 16 KiB builds the index: the same answers shifted by the padding's one line.
        const long = textPositions(`${'x'.repeat(20_000)}\n${t}`);
        for (let o = -1; o <= t.length + 1; o++) {
          expect(counted.position(o)).toEqual(idx.position(o));
          const p = idx.position(o);
          if (o >= 0 && o <= t.length) expect(long.position(20_001 + o)).toEqual({ line: p.line + 1, column: p.column });
        }
        expect(counted.position(t.length + pad)).toEqual(idx.position(t.length + pad));
      }),
      fcParams('textPositions agrees with buildLineIndex', 200),
    );
  });
  it('reports the node version it runs on', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
  });
});

describe('decodeSource', () => {
  it('drops a BOM', () => {
    const r = decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]));
    expect(r).toEqual({ ok: true, text: 'a' });
  });
  it('locates invalid UTF-8 and NUL bytes', () => {
    const bad = decodeSource(new Uint8Array([0x61, 0x0a, 0x62, 0xff, 0x63]));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.offset).toBe(3);
    const bin = decodeSource(new Uint8Array([0x61, 0x00, 0x62]));
    expect(bin.ok).toBe(false);
    if (!bin.ok) expect(bin.message).toMatch(/binary/);
  });
  it('accepts multi-byte characters', () => {
    const r = decodeSource(new TextEncoder().encode('中文 é 😀'));
    expect(r).toEqual({ ok: true, text: '中文 é 😀' });
  });
});

/**
 * Assertions the hostile properties share: every position a parser gives lies inside its input,
 * and offsets turn into line/column consistently. Plain loops collect what is wrong and one
 * `expect` compares it with `[]`: per-item `expect` calls would dominate the run time.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { buildLineIndex } from '../../src/core/lines.js';
import { decodeSource } from '../../src/core/text.js';
import type { Span } from '../../src/core/types.js';
import { readFile } from '../../src/lint/engine/read-file.js';

/** Every object with numeric `start` and `end` anywhere inside `value` (iterative: inputs may be deep). */
export function spansIn(value: unknown): Span[] {
  const out: Span[] = [];
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
      continue;
    }
    const record = v as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number') out.push(record as unknown as Span);
    for (const child of Object.values(record)) stack.push(child);
  }
  return out;
}

export function badSpans(spans: readonly Span[], length: number): Span[] {
  return spans.filter(
    (s) => !(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= length),
  );
}

export function expectSpansInside(value: unknown, text: string): void {
  expect(badSpans(spansIn(value), text.length)).toEqual([]);
}

/**
 * The line index agrees with the text: each offset's line starts at or before it, its column
 * counts from that start, and the line's text holds no line terminator.
 */
export function lineColumnProblems(text: string, offsets: Iterable<number>): string[] {
  const lines = buildLineIndex(text);
  const wrong: string[] = [];
  for (const offset of offsets) {
    const { line, column } = lines.position(offset);
    const start = lines.lineStart(line);
    const next = line < lines.lineCount ? lines.lineStart(line + 1) : text.length;
    if (line < 1 || line > lines.lineCount) wrong.push(`${offset}: line ${line} of ${lines.lineCount}`);
    else if (start + column - 1 !== offset) wrong.push(`${offset}: line ${line} starts at ${start}, column ${column}`);
    else if (offset > next) wrong.push(`${offset}: past the end of line ${line} (${next})`);
    else if (/[\r\n]/.test(lines.lineText(line))) wrong.push(`line ${line}'s text holds a terminator`);
  }
  return wrong;
}

/** Stage one of the engine on one file: never throws, every diagnostic is positioned inside it. */
export function expectFileDiagnosticsInside(path: string, text: string): void {
  const bytes = new TextEncoder().encode(text);
  const state = readFile({ path, bytes });
  if (state === undefined) return;
  // The engine decodes the bytes itself (BOM, invalid UTF-8): positions are in its text.
  const positions = [...state.diagnostics.map((d) => d.span), ...state.directives.problems.map((p) => p.span)];
  // A SQL file with jobs keeps only the parts findings point into (read-file.ts), so the positions
  // are checked against the text the engine decoded, and every span must lie in a kept part.
  const decoded = decodeSource(bytes);
  const whole = typeof state.text === 'string' ? state.text : decoded.ok ? decoded.text : undefined;
  if (whole === undefined) throw new Error(`${path}: parts kept of a file that does not decode`);
  if (typeof state.text !== 'string') {
    for (const s of positions) expect(state.text.slice(s.start, s.end)).toBe(whole.slice(s.start, s.end));
  }
  expect(badSpans(positions, whole.length)).toEqual([]);
  expect(
    lineColumnProblems(
      whole,
      positions.flatMap((s) => [s.start, s.end]),
    ),
  ).toEqual([]);
  for (const d of state.diagnostics) expect(typeof d.message === 'string' && d.message.length > 0).toBe(true);
}

const codeUnit = (min: number, max: number): fc.Arbitrary<string> => fc.integer({ min, max }).map((c) => String.fromCharCode(c));

/**
 * Arbitrary UTF-16 text weighted towards what breaks scanners: line terminators, NUL, lone
 * surrogates, a BOM, astral characters, quotes and brackets. (fast-check's `unit: 'binary'` is far
 * slower to generate.)
 */
export function hostileText(maxLength = 200): fc.Arbitrary<string> {
  const unit = fc.oneof(
    { weight: 6, arbitrary: codeUnit(0x20, 0x7e) },
    { weight: 3, arbitrary: fc.constantFrom('\n', '\r', '\r\n', '\t', '\u0000', '\u001b', '\ufeff', '\u2028', '\u0085') },
    {
      weight: 2,
      arbitrary: fc.constantFrom("'", '"', '`', '\\', '[', ']', '{', '}', '(', ')', '/', '*', '#', '-', '=', ';', '.', '@', '!', ',', ':'),
    },
    { weight: 1, arbitrary: fc.constantFrom('\ud800', '\udfff', '\ud83d\ude00', 'é', 'İ', 'K', 'ß') },
    { weight: 1, arbitrary: codeUnit(0, 0xffff) },
  );
  return fc.string({ unit, maxLength, size: 'medium' });
}

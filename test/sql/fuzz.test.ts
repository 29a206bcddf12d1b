import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/core/types.js';
import type { SqlDocument } from '../../src/parse/sql/ast.js';
import { parseSql } from '../../src/parse/sql/parse.js';
import { validateImportInto } from '../../src/parse/sql/validate-import-into.js';
import { fcParams } from '../helpers/properties.js';
import { sqlFragment as fragment } from '../helpers/sql-fragments.js';
import { hostileText } from '../hostile/checks.js';
import { doublingRatio } from '../hostile/work-meter.js';

function spansOf(doc: SqlDocument): Span[] {
  const spans: Span[] = [];
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number') spans.push(record as unknown as Span);
    for (const child of Object.values(record)) visit(child);
  };
  visit(doc);
  return spans;
}

function checkDocument(text: string): void {
  const doc = parseSql(text);
  // Plain comparisons: one `expect` per span would dominate the run time on big inputs.
  const outside = spansOf(doc).filter((span) => !(span.start >= 0 && span.end >= span.start && span.end <= text.length));
  expect(outside).toEqual([]);
  for (const statement of doc.statements) {
    if (statement.kind === 'import-into') {
      for (const problem of validateImportInto(statement)) expect(problem.span.end).toBeLessThanOrEqual(text.length);
    }
  }
}

describe('parseSql on arbitrary input', () => {
  it('never throws and keeps every span inside the text (random strings)', () => {
    fc.assert(fc.property(hostileText(300), checkDocument), fcParams('fuzz: random strings', 1500));
  });

  it('never throws and keeps every span inside the text (SQL-shaped fragments)', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }), fc.array(fc.constantFrom(' ', ''), { maxLength: 60 }), (parts, gaps) => {
        checkDocument(parts.map((p, i) => p + (gaps[i] ?? ' ')).join(''));
      }),
      fcParams('fuzz: SQL-shaped fragments', 3000),
    );
  });

  // Counted, not timed: twice the input must cost at most about twice the work (a quadratic scan
  // gives four times), on any machine however loaded.
  it.each([
    ['quotes', (n: number) => "'".repeat(n)],
    ['open comments', (n: number) => '/*'.repeat(n)],
    ['backslashes', (n: number) => '\\'.repeat(n)],
    ['backquotes', (n: number) => '`'.repeat(n + 1)],
    ['parentheses', (n: number) => 'IMPORT INTO t FROM SELECT ' + '('.repeat(n)],
    ['an unused delimiter', (n: number) => 'DELIMITER x\n' + 'x'.repeat(n)],
    ['dash comments', (n: number) => '-- \n'.repeat(n)],
    ['executable comments', (n: number) => '/*!'.repeat(n) + '*/'.repeat(n)],
  ] as const)('pathological input (%s) costs work linear in its length', (_name, make) => {
    const { ratio } = doublingRatio(make, 10_000, parseSql);
    expect(ratio).toBeLessThan(2.6);
    checkDocument(make(20_000));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/core/types.js';
import type { SqlDocument } from '../../src/sql/ast.js';
import { parseSql } from '../../src/sql/parse.js';
import { validateImportInto } from '../../src/sql/validate-import-into.js';

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

// Fragments that stress the lexer and the statement parsers when shuffled together.
const fragment = fc.constantFrom(
  'IMPORT', 'INTO', 'import into t', 'FROM', 'SELECT', 'WITH', 'SET', 'FORMAT', "'", '"', '`', '\\', ';', ',', '(', ')', '=',
  '@', '@@', '-- ', '--', '#', '/*', '*/', '/*!', '/*!50110', '/*T!', '/*T![x]', 'DELIMITER', 'DELIMITER //', '//', '\n', '\r\n',
  ' ', "'/a.csv'", 'thread=1', 'x', '1', '-', '.', 'USE', 'BEGIN', 'START TRANSACTION', 'COMMIT', 'ROLLBACK', 'TO', 'BACKUP',
  'TABLE', 'DATABASE', '*', 'LOAD DATA', 'INFILE', 'N', "X'", '0x', '1e', 'é', '\u0000', '\ud800',
);

describe('parseSql on arbitrary input', () => {
  it('never throws and keeps every span inside the text (random strings)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), checkDocument), { numRuns: 1500 });
  });

  it('never throws and keeps every span inside the text (SQL-shaped fragments)', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }), fc.array(fc.constantFrom(' ', ''), { maxLength: 60 }), (parts, gaps) => {
        checkDocument(parts.map((p, i) => p + (gaps[i] ?? ' ')).join(''));
      }),
      { numRuns: 3000 },
    );
  });

  it('terminates quickly on pathological input', () => {
    const inputs = [
      "'".repeat(200_000),
      '/*'.repeat(100_000),
      '\\'.repeat(200_000),
      '`'.repeat(200_001),
      'IMPORT INTO t FROM SELECT ' + '('.repeat(100_000),
      'DELIMITER x\n' + 'x'.repeat(100_000),
      '-- \n'.repeat(100_000),
      '/*!'.repeat(50_000) + '*/'.repeat(50_000),
    ];
    for (const input of inputs) {
      const started = performance.now();
      parseSql(input);
      expect(performance.now() - started).toBeLessThan(1000);
      checkDocument(input);
    }
  });
});

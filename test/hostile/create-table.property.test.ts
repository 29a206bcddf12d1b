/**
 * A table schema file is repository content like any other: `parseTableSchema` never throws on
 * it, and every span it returns lies inside the text (fixed seeds, test/helpers/properties.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTableSchema } from '../../src/parse/sql/create-table.js';
import { fcParams } from '../helpers/properties.js';

const PIECES = [
  'CREATE TABLE t (',
  'create temporary table if not exists `d`.`t` (',
  'a INT',
  ' NOT NULL',
  ' PRIMARY KEY',
  ' UNIQUE',
  ', ',
  'CONSTRAINT c UNIQUE KEY (a, b(3), ((a+1)))',
  'PRIMARY KEY (`a`)',
  "'it''s, )'",
  '"q"',
  '`x``y`',
  '/*!40101 SET NAMES binary*/;',
  '/*T![clustered_index] CLUSTERED */',
  '-- , )\n',
  '# (\n',
  '/* ( */',
  '(',
  ')',
  ';',
  'DELIMITER //\n',
  '\\',
];

describe('parseTableSchema on hostile text', () => {
  it('never throws, and every span lies inside the text', () => {
    const text = fc.oneof(
      fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join('')),
      fc.string({ maxLength: 200 }),
    );
    fc.assert(
      fc.property(text, (sql) => {
        const table = parseTableSchema(sql);
        if (!table) return;
        const spans = [
          table.span,
          table.keywordSpan,
          ...table.columns.flatMap((c) => [c.span, c.name.span]),
          ...table.keys.flatMap((k) => [k.span, ...k.columns.flatMap((c) => (c ? [c.span] : []))]),
        ];
        for (const s of spans) expect(0 <= s.start && s.start <= s.end && s.end <= sql.length, JSON.stringify(s)).toBe(true);
      }),
      fcParams('parseTableSchema hostile', 500),
    );
  });

  it('reads a CREATE TABLE of 20,000 columns and deep parentheses without recursion', () => {
    const columns = Array.from({ length: 20_000 }, (_, i) => `c${i} INT NOT NULL`).join(', ');
    const deep = `${'('.repeat(50_000)}1${')'.repeat(50_000)}`;
    const table = parseTableSchema(`CREATE TABLE t (${columns}, d INT DEFAULT ${deep}, UNIQUE (c0))`);
    expect(table?.columns).toHaveLength(20_001);
    expect(table?.keys.map((k) => k.kind)).toEqual(['unique']);
  });
});

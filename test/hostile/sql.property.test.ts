/**
 * Hostile input for the SQL reader (splitter, lexer, statement parsers, IMPORT INTO validator):
 * never throws, every span inside the text, statements in order, bounded work.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../src/parse/sql/split.js';
import { parseSql } from '../../src/parse/sql/parse.js';
import { tokenize } from '../../src/parse/sql/lexer.js';
import { validateImportInto } from '../../src/parse/sql/validate-import-into.js';
import { fcParams } from '../helpers/properties.js';
import { sqlFragment as fragment } from '../helpers/sql-fragments.js';
import { badSpans, expectFileDiagnosticsInside, expectSpansInside, hostileText, lineColumnProblems, spansIn } from './checks.js';
import { doublingRatio, measureWork } from './work-meter.js';
import { importIntoText } from '../helpers/wording.js';

const sqlShaped = fc
  .array(fc.tuple(fragment, fc.constantFrom(' ', '', '\n')), { maxLength: 60 })
  .map((parts) => parts.map(([p, gap]) => p + gap).join(''));

/** Valid IMPORT INTO statements, then damaged: a character deleted, doubled or replaced. */
const importStatement = fc
  .record({
    table: fc.constantFrom('t', 'db.t', '`d``b`.`t`', '"t"'),
    columns: fc.constantFrom('', '(a, b)', '(a, @v, @1)', '()'),
    set: fc.constantFrom('', ' SET a = @v + 1', " SET b = concat(@v, ';')"),
    source: fc.constantFrom(
      "'s3://b/x.csv'",
      "'/data/*.csv' FORMAT 'csv'",
      "'gs://b/x.parquet' FORMAT 'parquet'",
      'SELECT * FROM s.t',
      '(SELECT 1) WITH ROLLUP',
    ),
    options: fc.constantFrom(
      '',
      ' WITH thread = 8',
      ' WITH detached, disable_precheck',
      " WITH cloud_storage_uri = 's3://k?secret-access-key=z', skip_rows = 1",
      ' WITH max_write_speed = "10MiB", split_file',
    ),
  })
  .map((r) => `IMPORT INTO ${r.table}${r.columns}${r.set} FROM ${r.source}${r.options};\n`);
const damaged = fc
  .tuple(
    fc.array(importStatement, { minLength: 1, maxLength: 4 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('delete', 'double', 'quote', 'newline', 'semicolon', 'comment'))),
  )
  .map(([statements, edits]) => {
    let text = statements.join('');
    for (const [at, edit] of edits) {
      const i = text.length === 0 ? 0 : at % text.length;
      const insert = { delete: '', double: text[i] ?? '', quote: "'", newline: '\n', semicolon: ';', comment: '/*' }[edit];
      text = text.slice(0, i) + insert + text.slice(edit === 'double' ? i : i + 1);
    }
    return text;
  });

function checkSql(text: string): void {
  const doc = parseSql(text);
  expectSpansInside(doc, text);
  // Statements come in order and never overlap; each comment's text is inside its span.
  const order: string[] = [];
  doc.statements.forEach((s, i) => {
    const prev = doc.statements[i - 1];
    if (prev && s.span.start < prev.span.end) order.push(`statement ${i} starts inside statement ${i - 1}`);
  });
  for (const c of doc.comments)
    if (!text.slice(c.span.start, c.span.end).includes(c.text)) order.push(`comment ${JSON.stringify(c.text)} outside its span`);
  expect(order).toEqual([]);
  for (const statement of doc.statements) {
    if (statement.kind !== 'import-into') continue;
    const problems = validateImportInto(statement);
    expect(
      badSpans(
        problems.map((p) => p.span),
        text.length,
      ),
    ).toEqual([]);
    for (const p of problems) expect(importIntoText(p)).not.toMatch(/\{\{|^$/);
  }
  expect(
    lineColumnProblems(
      text,
      spansIn(doc.errors).flatMap((s) => [s.start, s.end]),
    ),
  ).toEqual([]);
}

describe('SQL reader on hostile text', () => {
  it('never throws; spans stay inside the text (arbitrary UTF-16, lone surrogates included)', () => {
    fc.assert(fc.property(hostileText(), checkSql), fcParams('sql: arbitrary text', 400));
  });

  it('never throws; spans stay inside the text (SQL-shaped fragments)', () => {
    fc.assert(fc.property(sqlShaped, checkSql), fcParams('sql: fragments', 800));
  });

  it('never throws on damaged IMPORT INTO statements; every problem is positioned inside', () => {
    fc.assert(fc.property(damaged, checkSql), fcParams('sql: damaged imports', 400));
  });

  it('stage one (syntax-error, invalid-import-into, directives) positions every diagnostic inside the file', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText(), sqlShaped, damaged), (text) => expectFileDiagnosticsInside('m.sql', text)),
      fcParams('sql: file diagnostics', 300),
    );
  });

  it('the splitter and the lexer agree on where statements are: every token lies inside one statement', () => {
    fc.assert(
      fc.property(fc.oneof(sqlShaped, damaged), (text) => {
        const split = splitStatements(text);
        const outside: string[] = [];
        for (const s of split.statements) {
          for (const token of tokenize(text, s.start, s.end, s.executableDepth)) {
            if (token.start < s.start || token.end > s.end) outside.push(`${token.start}-${token.end} outside ${s.start}-${s.end}`);
          }
        }
        expect(outside).toEqual([]);
      }),
      fcParams('sql: tokens inside statements', 300),
    );
  });
});

/** Inputs that break naive scanners: each family is run at a size and at twice that size. */
const PATHOLOGICAL: readonly [string, (n: number) => string][] = [
  ['single quotes', (n) => "'".repeat(n)],
  ['open comments', (n) => '/*'.repeat(n)],
  ['backslashes', (n) => '\\'.repeat(n)],
  ['backquotes', (n) => '`'.repeat(n + 1)],
  ['open parentheses in a query source', (n) => 'IMPORT INTO t FROM SELECT ' + '('.repeat(n)],
  ['a custom delimiter never used', (n) => 'DELIMITER x\n' + 'y'.repeat(n)],
  ['empty dash comments', (n) => '-- \n'.repeat(n)],
  ['nested executable comments', (n) => '/*!'.repeat(n) + '*/'.repeat(n)],
  ['many statements', (n) => 'SELECT 1;'.repeat(n)],
  ['many IMPORT INTO statements', (n) => "IMPORT INTO t FROM 's3://b/x.csv' WITH thread=1;\n".repeat(Math.ceil(n / 20))],
  [
    'one IMPORT INTO with many options',
    (n) => "IMPORT INTO t FROM 's3://b/x.csv' WITH " + Array.from({ length: Math.ceil(n / 10) }, (_, i) => `o${i}=1`).join(', '),
  ],
  [
    'one IMPORT INTO with many columns',
    (n) => 'IMPORT INTO t (' + Array.from({ length: Math.ceil(n / 5) }, (_, i) => `c${i}`).join(',') + ") FROM 's3://b/x.csv'",
  ],
  ['many directives', (n) => '-- tidb-import-guard-ignore log-backup-gap: fine\nSELECT 1;\n'.repeat(Math.ceil(n / 40))],
  ['DELIMITER lines', (n) => 'DELIMITER ;;\nSELECT 1;;\nDELIMITER ;\n'.repeat(Math.ceil(n / 30))],
  ['an unterminated string after many statements', (n) => 'SELECT 1;\n'.repeat(Math.ceil(n / 10)) + "SELECT '"],
  ['a long line of one word', (n) => 'IMPORT' + 'x'.repeat(n)],
  ['CR-only line ends', (n) => 'SELECT 1;\r'.repeat(Math.ceil(n / 10))],
];

describe('SQL reader: bounded work (counted, not timed)', () => {
  it.each(PATHOLOGICAL)('%s: twice the input, at most about twice the work', (_name, make) => {
    const { small, large, ratio } = doublingRatio(make, 4000, (text) => {
      const doc = parseSql(text);
      for (const s of doc.statements) if (s.kind === 'import-into') validateImportInto(s);
      return doc;
    });
    expect({ small, large, ratio: Math.round(ratio * 100) / 100, linear: ratio < 2.6 }).toMatchObject({ linear: true });
    // and the work is a small multiple of the input's length
    expect(large / make(8000).length).toBeLessThan(200);
    // the result of the large input is still well-formed
    expectSpansInside(parseSql(make(8000)), make(8000));
  });

  it('random SQL-shaped text: work stays a small multiple of the length', () => {
    fc.assert(
      fc.property(fc.oneof(sqlShaped, damaged), (text) => {
        const { work } = measureWork(() => parseSql(text));
        expect(work).toBeLessThanOrEqual(200 * (text.length + 10));
      }),
      fcParams('sql: work per character', 200),
    );
  });
});

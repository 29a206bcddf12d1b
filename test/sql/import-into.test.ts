import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportIntoStatement } from '../../src/parse/sql/ast.js';
import { parseSql } from '../../src/parse/sql/parse.js';

const at = (sql: string, span: { start: number; end: number } | undefined): string =>
  span === undefined ? '<none>' : sql.slice(span.start, span.end);

function importOf(sql: string): {
  stmt: ImportIntoStatement;
  errors: readonly { message: string; span: { start: number; end: number } }[];
} {
  const doc = parseSql(sql);
  const stmt = doc.statements.find((s): s is ImportIntoStatement => s.kind === 'import-into');
  if (stmt === undefined) throw new Error(`no IMPORT INTO in ${sql}`);
  return { stmt, errors: doc.errors };
}

describe('IMPORT INTO from a file', () => {
  it('reads every part with spans', () => {
    const sql =
      "IMPORT INTO `db`.t (id, name, @1) SET val = @1*100, b = concat(@1, '-x') FROM 's3://b/f.csv?x=1' FORMAT 'CSV' WITH skip_rows=1, DETACHED, thread = -2, x = TRUE, y = null, z = _utf8mb4'q'";
    const { stmt, errors } = importOf(sql);
    expect(errors).toEqual([]);
    expect(at(sql, stmt.importKeywordSpan)).toBe('IMPORT');
    expect([stmt.table?.schema?.value, stmt.table?.name.value]).toEqual(['db', 't']);
    expect(at(sql, stmt.table?.span)).toBe('`db`.t');
    expect(at(sql, stmt.table?.name.span)).toBe('t');
    expect(stmt.columns?.map((c) => `${c.isVariable ? '@' : ''}${c.name}`)).toEqual(['id', 'name', '@1']);
    expect(at(sql, stmt.columns?.[2]?.span)).toBe('@1');
    expect(at(sql, stmt.setKeywordSpan)).toBe('SET');
    expect(stmt.assignments.map((a) => [a.column.value, a.expressionText])).toEqual([
      ['val', '@1*100'],
      ['b', "concat(@1, '-x')"],
    ]);
    expect(stmt.source?.kind).toBe('file');
    if (stmt.source?.kind !== 'file') return;
    expect(stmt.source.location.value).toBe('s3://b/f.csv?x=1');
    expect(at(sql, stmt.source.location.span)).toBe("'s3://b/f.csv?x=1'");
    expect(stmt.format?.value).toBe('CSV');
    expect(at(sql, stmt.format?.span)).toBe("'CSV'");
    expect(at(sql, stmt.withSpan)).toBe('WITH');
    expect(stmt.options.map((o) => [o.name, o.value?.kind, o.value?.value, o.value?.raw])).toEqual([
      ['skip_rows', 'number', 1, '1'],
      ['detached', undefined, undefined, undefined],
      ['thread', 'number', -2, '-2'],
      ['x', 'bool', true, 'TRUE'],
      ['y', 'null', null, 'null'],
      ['z', 'string', 'q', "_utf8mb4'q'"],
    ]);
    expect(at(sql, stmt.options[0]?.span)).toBe('skip_rows=1');
    expect(at(sql, stmt.options[1]?.nameSpan)).toBe('DETACHED');
    expect(at(sql, stmt.options[2]?.value?.span)).toBe('-2');
  });

  it('decodes escapes in option strings', () => {
    const { stmt } = importOf("IMPORT INTO t FROM '/a.tsv' WITH fields_terminated_by='\\t', lines_terminated_by = '\\r\\n'");
    expect(stmt.options.map((o) => o.value?.value)).toEqual(['\t', '\r\n']);
  });

  it('reports a non-literal option value and keeps reading options', () => {
    const sql = "IMPORT INTO t FROM '/a.csv' WITH thread = abs(-1), detached";
    const { stmt, errors } = importOf(sql);
    expect(stmt.options.map((o) => [o.name, o.value?.kind])).toEqual([
      ['thread', 'other'],
      ['detached', undefined],
    ]);
    expect(errors).toHaveLength(1);
    expect(at(sql, errors[0]!.span)).toBe('abs(-1)');
    // An expression after a literal is a syntax error at the operator, as in TiDB's grammar.
    const sum = "IMPORT INTO t FROM '/a.csv' WITH thread = 1 + 2";
    expect(at(sum, importOf(sum).errors[0]?.span)).toBe('+');
  });
});

describe('IMPORT INTO from a query', () => {
  const cases: [string, string, string[]][] = [
    [
      'IMPORT INTO t FROM SELECT * FROM src UNION SELECT * FROM src2 WITH THREAD = 8, DISABLE_PRECHECK',
      'SELECT * FROM src UNION SELECT * FROM src2',
      ['thread', 'disable_precheck'],
    ],
    [
      "IMPORT INTO t FROM SELECT * FROM src AS OF TIMESTAMP '2024-02-27 11:38:00'",
      "SELECT * FROM src AS OF TIMESTAMP '2024-02-27 11:38:00'",
      [],
    ],
    ['IMPORT INTO t FROM WITH c AS (SELECT 1 AS a) SELECT * FROM c WITH thread=2', 'WITH c AS (SELECT 1 AS a) SELECT * FROM c', ['thread']],
    [
      'IMPORT INTO t FROM (SELECT a FROM s WHERE b IN (SELECT 1)) WITH disable_precheck',
      '(SELECT a FROM s WHERE b IN (SELECT 1))',
      ['disable_precheck'],
    ],
    [
      'IMPORT INTO t FROM SELECT a, count(*) FROM s GROUP BY a WITH ROLLUP WITH thread=1',
      'SELECT a, count(*) FROM s GROUP BY a WITH ROLLUP',
      ['thread'],
    ],
    [
      'IMPORT INTO t FROM SELECT * FROM (WITH x AS (SELECT 1) SELECT * FROM x) d',
      'SELECT * FROM (WITH x AS (SELECT 1) SELECT * FROM x) d',
      [],
    ],
  ];
  for (const [sql, query, options] of cases) {
    it(`separates the query from its options: ${sql.slice(19, 70)}`, () => {
      const { stmt, errors } = importOf(sql);
      expect(errors).toEqual([]);
      expect(stmt.source?.kind).toBe('select');
      expect(at(sql, stmt.source?.kind === 'select' ? stmt.source.span : undefined)).toBe(query);
      expect(stmt.options.map((o) => o.name)).toEqual(options);
    });
  }

  it('keeps SET and @variables for the validator to reject', () => {
    const { stmt, errors } = importOf('IMPORT INTO t (a, @b) SET c = 1 FROM SELECT 1, 2');
    expect(errors).toEqual([]);
    expect(stmt.columns?.[1]?.isVariable).toBe(true);
    expect(stmt.setKeywordSpan).toBeDefined();
    expect(stmt.source?.kind).toBe('select');
  });
});

describe('IMPORT INTO that does not parse still yields the statement', () => {
  const cases: [string, string, boolean][] = [
    // sql, the text at the problem, whether the table was reached
    ['IMPORT INTO', 'INTO', false],
    ['IMPORT INTO db.t', 't', true],
    ['IMPORT INTO t FROM', 'FROM', true],
    ['IMPORT INTO t FROM 42', '42', true],
    ["IMPORT INTO t (a, FROM '/a.csv'", "'/a.csv'", true],
    ["IMPORT INTO t FROM '/a.csv' FORMAT csv", 'csv', true],
    ["IMPORT INTO t FROM '/a.csv' WITH", 'WITH', true],
    ["IMPORT INTO t FROM '/a.csv' WITH thread=", '=', true],
    ["IMPORT INTO t FROM '/a.csv' WITH thread=1 detached", 'detached', true],
    ["IMPORT INTO t SET FROM '/a.csv'", 'FROM', true],
    ["IMPORT INTO t SET a FROM '/a.csv'", 'FROM', true],
    ["IMPORT INTO t FROM '/a.csv' garbage", 'garbage', true],
  ];
  for (const [sql, where, hasTable] of cases) {
    it(sql, () => {
      const { stmt, errors } = importOf(sql);
      expect(errors).toHaveLength(1);
      expect(stmt.problems).toEqual(errors);
      expect(at(sql, errors[0]!.span)).toBe(where);
      expect(stmt.table !== undefined).toBe(hasTable);
    });
  }
});

describe('import-into-examples.sql (TiDB docs and tests)', () => {
  const text = readFileSync(new URL('../fixtures/tidb/import-into-examples.sql', import.meta.url), 'utf8');
  const doc = parseSql(text);

  it('parses every statement without a problem', () => {
    expect(doc.errors).toEqual([]);
  });

  it('finds every IMPORT INTO and keeps SHOW/CANCEL IMPORT JOB as other', () => {
    const lines = text.split('\n').filter((l) => /^import into/i.test(l));
    const imports = doc.statements.filter((s) => s.kind === 'import-into');
    expect(imports).toHaveLength(lines.length);
    for (const s of imports) {
      expect(s.kind === 'import-into' && s.table !== undefined && s.source !== undefined).toBe(true);
    }
    const jobs = doc.statements.filter((s) => /^(SHOW|CANCEL) IMPORT/i.test(text.slice(s.span.start, s.span.end)));
    expect(jobs.map((s) => s.kind)).toEqual(['other', 'other', 'other', 'other']);
    expect(doc.statements.filter((s) => s.kind === 'load-data')).toHaveLength(1);
  });

  it('keeps %s placeholders as text of the location', () => {
    const withPlaceholder = doc.statements.filter(
      (s) => s.kind === 'import-into' && s.source?.kind === 'file' && s.source.location.value.endsWith('endpoint=%s'),
    );
    expect(withPlaceholder.length).toBeGreaterThan(10);
  });
});

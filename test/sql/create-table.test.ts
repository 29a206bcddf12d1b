/**
 * A table schema file's CREATE TABLE, read by the project's one SQL lexer and splitter
 * (src/parse/sql/create-table.ts): the columns and keys that decide whether TiCDC sees a valid
 * index (docs/rules/changefeed-gap.md). Dumpling's schema files look like the first case: a
 * `SET NAMES` executable comment, then `SHOW CREATE TABLE`'s output.
 */
import { describe, expect, it } from 'vitest';
import { parseTableSchema } from '../../src/parse/sql/create-table.js';

const keysOf = (sql: string) => {
  const table = parseTableSchema(sql);
  if (!table) return undefined;
  return {
    columns: table.columns.map((c) => [c.name.value, c.notNull, c.primaryKey, c.unique]),
    keys: table.keys.map((k) => [k.kind, ...k.columns.map((c) => c?.value ?? '(expr)')]),
  };
};

describe('parseTableSchema', () => {
  it('reads a Dumpling schema file: columns, their NOT NULL, the primary key, with spans into the file', () => {
    const sql = [
      '/*!40101 SET NAMES binary*/;',
      'CREATE TABLE `orders` (',
      '  `id` bigint NOT NULL,',
      "  `note` varchar(20) DEFAULT 'primary key, unique',",
      '  PRIMARY KEY (`id`) /*T![clustered_index] CLUSTERED */',
      ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;',
    ].join('\n');
    const table = parseTableSchema(sql)!;
    expect(table.table?.name.value).toBe('orders');
    expect(sql.slice(table.keywordSpan.start, table.keywordSpan.end)).toBe('CREATE');
    expect(sql.slice(table.columns[0]!.name.span.start, table.columns[0]!.name.span.end)).toBe('`id`');
    expect(keysOf(sql)).toEqual({
      columns: [
        ['id', true, false, false],
        ['note', false, false, false],
      ],
      keys: [['primary', 'id']],
    });
  });

  it('reads inline keys, UNIQUE elements with and without CONSTRAINT, and expression parts', () => {
    expect(keysOf('CREATE TABLE IF NOT EXISTS db.t (a INT NOT NULL UNIQUE KEY, b INT PRIMARY KEY)')).toEqual({
      columns: [
        ['a', true, false, true],
        ['b', false, true, false],
      ],
      keys: [],
    });
    expect(
      keysOf('create temporary table t (a int, constraint uk unique index (a, b(10) desc, ((a + 1))), constraint primary key (a))'),
    ).toEqual({
      columns: [['a', false, false, false]],
      keys: [
        ['unique', 'a', 'b', '(expr)'],
        ['primary', 'a'],
      ],
    });
  });

  it("keeps other elements out, and options inside parentheses are not the column's", () => {
    expect(
      keysOf('CREATE TABLE t (a INT CHECK (a IS NOT NULL), KEY k (a), INDEX i (a), FOREIGN KEY (a) REFERENCES u (id), CHECK (a > 0))'),
    ).toEqual({ columns: [['a', false, false, false]], keys: [] });
  });

  it('skips comments and strings holding commas and parentheses', () => {
    const sql = "CREATE TABLE t ( -- a, b (\n a INT /* ), */ NOT NULL, # UNIQUE\n b VARCHAR(3) DEFAULT ')', UNIQUE (a))";
    expect(keysOf(sql)).toEqual({
      columns: [
        ['a', true, false, false],
        ['b', false, false, false],
      ],
      keys: [['unique', 'a']],
    });
  });

  it('takes the first CREATE TABLE, after other statements; none, LIKE or an unclosed list give undefined', () => {
    expect(keysOf('CREATE DATABASE d; CREATE TABLE t (a INT PRIMARY KEY); CREATE TABLE u (b INT)')?.columns).toEqual([
      ['a', false, true, false],
    ]);
    expect(parseTableSchema('SELECT 1')).toBeUndefined();
    expect(parseTableSchema('')).toBeUndefined();
    expect(parseTableSchema('CREATE TABLE t LIKE u')).toBeUndefined();
    expect(parseTableSchema('CREATE TABLE t (a INT, PRIMARY KEY (a)')).toBeUndefined();
    expect(parseTableSchema("CREATE TABLE t (a VARCHAR(3) DEFAULT 'unterminated)")).toBeUndefined();
  });
});

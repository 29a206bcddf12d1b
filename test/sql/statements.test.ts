import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SqlStatement } from '../../src/parse/sql/ast.js';
import { parseSql } from '../../src/parse/sql/parse.js';

const one = (sql: string): SqlStatement => {
  const doc = parseSql(sql);
  expect(doc.statements).toHaveLength(1);
  return doc.statements[0]!;
};
const at = (sql: string, span: { start: number; end: number } | undefined): string =>
  span === undefined ? '<none>' : sql.slice(span.start, span.end);

describe('USE and transaction control', () => {
  it('reads USE with plain and backquoted names', () => {
    const sql = 'USE `my``db`';
    const s = one(sql);
    expect(s.kind).toBe('use');
    if (s.kind !== 'use') return;
    expect(s.database?.value).toBe('my`db');
    expect(at(sql, s.database?.span)).toBe('`my``db`');
    expect(at(sql, s.keywordSpan)).toBe('USE');
  });

  it('reports USE without a name but keeps the statement', () => {
    const doc = parseSql('USE ;');
    expect(doc.statements[0]?.kind).toBe('use');
    expect(doc.errors).toHaveLength(1);
  });

  it('classifies BEGIN, START TRANSACTION, COMMIT, ROLLBACK', () => {
    const kinds = parseSql(
      'BEGIN; begin pessimistic; BEGIN OPTIMISTIC; START TRANSACTION READ ONLY; START SLAVE; COMMIT; commit work and chain; ROLLBACK; ROLLBACK TO SAVEPOINT s1; rollback work to s2; ROLLBACK AND NO CHAIN',
    ).statements.map((s) => {
      switch (s.kind) {
        case 'begin':
          return `begin:${s.form}:${s.mode ?? ''}`;
        case 'commit':
        case 'rollback':
          return `${s.kind}:${s.andChain}`;
        default:
          return s.kind;
      }
    });
    expect(kinds).toEqual([
      'begin:begin:',
      'begin:begin:pessimistic',
      'begin:begin:optimistic',
      'begin:start-transaction:',
      'other',
      'commit:false',
      'commit:true',
      'rollback:false',
      'other',
      'other',
      'rollback:false',
    ]);
  });
});

describe('BACKUP', () => {
  it('reads tables with optional schemas and the location', () => {
    const sql = "BACKUP TABLE `test`.`sbtest01`, sbtest02 TO 'local:///mnt/backup/sbtest01/' RATE_LIMIT = 120 MB/SECOND";
    const s = one(sql);
    expect(s.kind).toBe('backup');
    if (s.kind !== 'backup') return;
    expect(s.target).toBe('tables');
    expect(s.tables.map((t) => `${t.schema?.value ?? '*'}.${t.name.value}`)).toEqual(['test.sbtest01', '*.sbtest02']);
    expect(at(sql, s.tables[0]?.span)).toBe('`test`.`sbtest01`');
    expect(at(sql, s.tables[0]?.schema?.span)).toBe('`test`');
    expect(s.location?.value).toBe('local:///mnt/backup/sbtest01/');
    expect(at(sql, s.location?.span)).toBe("'local:///mnt/backup/sbtest01/'");
  });

  it('reads databases and *', () => {
    const a = one("BACKUP DATABASE db1, `db2` TO 's3://b/p'");
    expect(a.kind === 'backup' && [a.target, a.allDatabases, a.databases.map((d) => d.value)]).toEqual([
      'databases',
      false,
      ['db1', 'db2'],
    ]);
    const b = one("BACKUP DATABASE * TO 'local:///mnt/backup/full/'");
    expect(b.kind === 'backup' && [b.target, b.allDatabases, b.databases.length, b.location?.value]).toEqual([
      'databases',
      true,
      0,
      'local:///mnt/backup/full/',
    ]);
  });

  it('reports a malformed BACKUP but keeps what it read', () => {
    const doc = parseSql('BACKUP TABLE db.t1 INTO somewhere');
    const s = doc.statements[0]!;
    expect(s.kind === 'backup' && s.tables.map((t) => t.name.value)).toEqual(['t1']);
    expect(doc.errors).toHaveLength(1);
    expect(doc.errors[0]!.message).toMatch(/TO/);
  });

  it('parses every SQL BACKUP line of br-commands.txt', () => {
    const text = readFileSync(new URL('../fixtures/tidb/br-commands.txt', import.meta.url), 'utf8');
    const lines = text.split('\n').filter((l) => /^BACKUP /.test(l));
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      const doc = parseSql(line);
      expect(doc.errors, line).toEqual([]);
      const s = doc.statements[0]!;
      expect(s.kind, line).toBe('backup');
      expect(s.kind === 'backup' && s.location?.value.startsWith('local:///'), line).toBe(true);
    }
  });
});

describe('LOAD DATA', () => {
  it('reads the file and the target table', () => {
    const sql = "LOAD DATA LOCAL INFILE '/tmp/a.csv' IGNORE INTO TABLE `db`.t FIELDS TERMINATED BY ','";
    const s = one(sql);
    expect(s.kind).toBe('load-data');
    if (s.kind !== 'load-data') return;
    expect([s.local, s.file?.value, s.table?.schema?.value, s.table?.name.value]).toEqual([true, '/tmp/a.csv', 'db', 't']);
    expect(at(sql, s.table?.span)).toBe('`db`.t');
  });

  it('leaves other LOAD statements alone', () => {
    expect(one("LOAD STATS '/tmp/stats.json'").kind).toBe('other');
  });
});

/**
 * A bare `@` in IMPORT INTO's column list parses: TiDB's lexer (parser/lexer.go `startWithAt` at
 * commit 20a442fead of June 2023, before v7.2.0 shipped IMPORT INTO; pkg/parser/lexer.go on master
 * to 2025-12) reads a lone `@` as a user variable with an empty name, and TiDB's own IMPORT INTO tests use
 * column lists like `(a, @, c)` (domain.md section 8, "The column list may hold a bare `@`").
 */
import { describe, expect, it } from 'vitest';
import type { ImportIntoStatement } from '../../src/parse/sql/ast.js';
import { parseSql } from '../../src/parse/sql/parse.js';
import { lint } from '../helpers/repo.js';

function parse(sql: string) {
  const doc = parseSql(sql);
  const stmt = doc.statements.find((s): s is ImportIntoStatement => s.kind === 'import-into');
  return { stmt, errors: doc.errors };
}

describe('bare @ in the column list', () => {
  it('parses as a variable with an empty name, with its span', () => {
    const sql = "IMPORT INTO t(a, @, c) FROM '/data/f.csv'";
    const { stmt, errors } = parse(sql);
    expect(errors).toEqual([]);
    expect(stmt?.columns?.map((c) => [c.name, c.isVariable, sql.slice(c.span.start, c.span.end)])).toEqual([
      ['a', false, 'a'],
      ['', true, '@'],
      ['c', false, 'c'],
    ]);
  });
  it('first, last and repeated', () => {
    for (const sql of [
      "IMPORT INTO t(@, b) FROM '/d/f.csv'",
      "IMPORT INTO t(a, @) FROM '/d/f.csv'",
      "IMPORT INTO t(@, @, @) FROM '/d/f.csv'",
    ]) {
      expect(parse(sql).errors, sql).toEqual([]);
    }
  });
  it('is no syntax-error or invalid-import-into finding; with a SELECT source it is a variable, which TiDB forbids', async () => {
    const policy = `version: 1\nclusters:\n  c:\n    tidb_version: "8.5.1"\n    match: { paths: ["**"] }\n    log_backup: { enabled: false }\n`;
    const ok = await lint({ 'a.sql': "IMPORT INTO db.t(a, @, c) FROM 's3://b/f.csv';\n" }, policy);
    expect(ok.findings.map((f) => f.rule)).toEqual([]);
    const select = await lint({ 'a.sql': 'IMPORT INTO db.t(a, @) FROM SELECT 1, 2;\n' }, policy);
    expect(select.findings.map((f) => f.rule)).toEqual(['invalid-import-into']);
  });
});

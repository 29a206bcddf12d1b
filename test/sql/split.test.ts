import { describe, expect, it } from 'vitest';
import { parseSql } from '../../src/parse/sql/parse.js';
import { tokenize } from '../../src/parse/sql/lexer.js';

const texts = (sql: string): string[] => parseSql(sql).statements.map((s) => sql.slice(s.span.start, s.span.end));

describe('statement splitting', () => {
  it('splits on ; and keeps spans from first token to the last token before the terminator', () => {
    const sql = '  SELECT 1 ;\nINSERT INTO t VALUES (1);  UPDATE t SET a=1';
    expect(texts(sql)).toEqual(['SELECT 1', 'INSERT INTO t VALUES (1)', 'UPDATE t SET a=1']);
  });

  it('never splits inside strings, quoted identifiers or comments', () => {
    const sql = 'SELECT \'a;b\', "c;d", `e;f` -- g;h\n/* i;j */ # k;l\nFROM t; SELECT 2';
    const statements = texts(sql);
    expect(statements).toHaveLength(2);
    expect(statements[0]).toMatch(/^SELECT 'a;b'.*FROM t$/s);
  });

  it('handles backslash escapes and doubled quotes in strings', () => {
    expect(texts("SELECT 'it''s; \\' ;'; SELECT 2")).toEqual(["SELECT 'it''s; \\' ;'", 'SELECT 2']);
    expect(texts('SELECT `a``;b`; SELECT 2')).toEqual(['SELECT `a``;b`', 'SELECT 2']);
  });

  it('treats -- as a comment only before a space, control character or the end', () => {
    expect(texts('SELECT 1--1; SELECT 2')).toEqual(['SELECT 1--1', 'SELECT 2']);
    expect(texts('SELECT 1 -- x; SELECT 2\n; SELECT 3')).toEqual(['SELECT 1', 'SELECT 3']);
    // The tab makes `--` a comment, which swallows the `;`: one statement.
    expect(texts('SELECT 1 --\tx;\nSELECT 2')).toEqual(['SELECT 1 --\tx;\nSELECT 2']);
    expect(parseSql('SELECT 1 --').comments).toEqual([{ text: '', span: { start: 9, end: 11 } }]);
  });

  it('collects every comment with its text without markers and the span of the whole comment', () => {
    const sql = '-- tidb-import-guard: cluster=prod\n# hash\n/* block */ SELECT 1; -- after\n';
    const { comments } = parseSql(sql);
    expect(comments.map((c) => c.text)).toEqual([' tidb-import-guard: cluster=prod', ' hash', ' block ', ' after']);
    for (const c of comments) expect(sql.slice(c.span.start, c.span.end)).toMatch(/^(--|#|\/\*)/);
    expect(sql.slice(comments[2]!.span.start, comments[2]!.span.end)).toBe('/* block */');
  });

  it('lexes executable comments as code and does not record them as comments', () => {
    const sql =
      "/*!40101 SET NAMES utf8 */;\n/*T![clustered_index] CREATE TABLE t (a int) */;\n/*!50110 USE db */;\n/*T! IMPORT INTO t FROM '/a.csv' */;";
    const doc = parseSql(sql);
    expect(doc.comments).toEqual([]);
    expect(doc.statements.map((s) => s.kind)).toEqual(['other', 'other', 'use', 'import-into']);
    expect(texts(sql)[0]).toBe('SET NAMES utf8');
    const use = doc.statements[2];
    expect(use?.kind === 'use' && use.database?.value).toBe('db');
    expect(doc.errors).toEqual([]);
  });

  it('handles DELIMITER scripts', () => {
    const sql = [
      'DELIMITER //',
      'CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END //',
      'DELIMITER ;',
      'SELECT 3;',
      'DELIMITER $$',
      'CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN SET @x = 1; END$$',
      'DELIMITER ;',
      'USE app;',
    ].join('\n');
    const doc = parseSql(sql);
    // The client sends each block as one query; TiDB runs it as multi-statements, split at `;`
    // (test/attack/delimiter-multi-statement.test.ts): the statements are the server's.
    expect(texts(sql)).toEqual([
      'CREATE PROCEDURE p() BEGIN SELECT 1',
      'SELECT 2',
      'END',
      'SELECT 3',
      'CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN SET @x = 1',
      'END',
      'USE app',
    ]);
    expect(doc.statements.map((s) => s.kind)).toEqual(['other', 'other', 'other', 'other', 'other', 'other', 'use']);
    expect(doc.errors).toEqual([]);
  });

  it('reports a DELIMITER without a terminator', () => {
    const doc = parseSql('DELIMITER\nSELECT 1;');
    expect(doc.errors).toHaveLength(1);
    expect(doc.errors[0]!.span).toEqual({ start: 0, end: 9 });
  });

  it('reports unterminated strings, identifiers and comments at their opening and still returns the statement', () => {
    for (const [sql, opener] of [
      ["IMPORT INTO t FROM '/a.csv", 19],
      ['SELECT "abc', 7],
      ['SELECT `abc', 7],
      ["SELECT 'abc\\'", 7],
    ] as const) {
      const doc = parseSql(sql);
      expect(doc.errors.length, sql).toBeGreaterThanOrEqual(1);
      expect(doc.errors[0]!.span.start, sql).toBe(opener);
      expect(doc.statements, sql).toHaveLength(1);
      expect(doc.statements[0]!.span.end).toBe(sql.length);
    }
    const comment = parseSql('SELECT 1; /* never closed');
    expect(comment.errors).toEqual([{ message: expect.stringMatching(/Unterminated comment/), span: { start: 10, end: 12 } }]);
    expect(comment.statements).toHaveLength(1);
    expect(comment.comments[0]!.text).toBe(' never closed');
  });

  it('handles empty input, only comments, \\r\\n line ends and a missing final terminator', () => {
    expect(parseSql('')).toEqual({ statements: [], comments: [], errors: [] });
    expect(parseSql(' \n\t ;; ; ')).toEqual({ statements: [], comments: [], errors: [] });
    const onlyComments = parseSql('-- a\r\n# b\r\n/* c */');
    expect(onlyComments.statements).toEqual([]);
    expect(onlyComments.comments.map((c) => c.text)).toEqual([' a', ' b', ' c ']);
    const crlf = "USE a;\r\nIMPORT INTO t\r\nFROM '/x.csv'\r\n";
    const doc = parseSql(crlf);
    expect(doc.statements.map((s) => s.kind)).toEqual(['use', 'import-into']);
    expect(crlf.slice(doc.statements[1]!.span.start, doc.statements[1]!.span.end)).toBe("IMPORT INTO t\r\nFROM '/x.csv'");
  });

  it('gives every statement a keyword span on its first token', () => {
    const sql = "  import INTO t FROM '/a.csv';  (SELECT 1);";
    const doc = parseSql(sql);
    expect(sql.slice(doc.statements[0]!.keywordSpan.start, doc.statements[0]!.keywordSpan.end)).toBe('import');
    expect(sql.slice(doc.statements[1]!.keywordSpan.start, doc.statements[1]!.keywordSpan.end)).toBe('(');
  });

  it('keeps huge single lines in one statement', () => {
    const sql = 'INSERT INTO t VALUES ' + Array.from({ length: 50_000 }, (_, i) => `(${i}, 'v;${i}')`).join(',') + ';SELECT 1';
    expect(parseSql(sql).statements).toHaveLength(2);
  });
});

describe('tokenize', () => {
  const kinds = (sql: string) => tokenize(sql, 0, sql.length).map((t) => `${t.kind}:${t.value}`);

  it('decodes strings, identifiers and variables', () => {
    expect(kinds("'a\\tb' \"x\"\"y\" `c``d` @v @'q v' @@global.sql_mode @1 N'n' X'1F' 0x1f 1.5e3 .5 1abc")).toEqual([
      'string:a\tb',
      'string:x"y',
      'quoted:c`d',
      'variable:v',
      'variable:q v',
      'sysvar:global.sql_mode',
      'variable:1',
      'string:n',
      "hex:X'1F'",
      'hex:0x1f',
      'number:1.5e3',
      'number:.5',
      'word:1abc',
    ]);
  });

  it('lexes operators and skips comments', () => {
    expect(kinds('a<=>b -- c\n# d\n/* e */ :=, f->>"$.x" != 1')).toEqual([
      'word:a',
      'op:<=>',
      'word:b',
      'op::=',
      'op:,',
      'word:f',
      'op:->>',
      'string:$.x',
      'op:!=',
      'number:1',
    ]);
  });

  it('keeps qualified names apart from decimals', () => {
    expect(kinds('db.t1 `d`.`t`')).toEqual(['word:db', 'op:.', 'word:t1', 'quoted:d', 'op:.', 'quoted:t']);
  });
});

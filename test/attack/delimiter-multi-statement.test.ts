/**
 * After `DELIMITER //` the mysql client sends `SELECT 1; IMPORT INTO ... //` to the server as one
 * query; the client asks for multi-statements (CLIENT_MULTI_STATEMENTS, mysql's default), so TiDB
 * parses the query itself, splits it at `;` (pkg/parser: one query, many statements) and runs each
 * one. An IMPORT INTO after a `;` inside a DELIMITER block is therefore run, and must be checked.
 */
import { describe, expect, it } from 'vitest';
import { parseSql } from '../../src/parse/sql/parse.js';
import { lint, SIMPLE_POLICY } from '../helpers/repo.js';

const kinds = (sql: string): string[] => parseSql(sql).statements.map((s) => s.kind);

describe('a semicolon inside a DELIMITER block', () => {
  it('ends a statement for the server', () => {
    expect(kinds("DELIMITER //\nSELECT 1; IMPORT INTO app.b FROM 's3://b/b.csv' //\nDELIMITER ;\n")).toContain('import-into');
    expect(kinds("DELIMITER $$\nSELECT 1;IMPORT INTO app.b FROM 's3://b/b.csv'$$\n")).toContain('import-into');
    // Inside strings and comments it is text, as before.
    expect(kinds("DELIMITER //\nSELECT '; IMPORT INTO app.b FROM ''s3://b/b.csv''' //\n")).not.toContain('import-into');
    expect(kinds("DELIMITER //\nSELECT 1 /* ; IMPORT INTO app.b FROM 's3://b/b.csv' */ //\n")).not.toContain('import-into');
  });
  it('the import is checked end to end', async () => {
    const sql = "DELIMITER //\nSELECT 1; IMPORT INTO app.b FROM 's3://b/b.csv' WITH DISABLE_PRECHECK //\nDELIMITER ;\n";
    const rules = (await lint({ 'migrations/prod/b.sql': sql }, SIMPLE_POLICY)).findings.map((f) => f.rule);
    expect(rules).toContain('precheck-override');
    expect(rules).toContain('log-backup-gap');
  });
});

/**
 * Under sql_mode NO_BACKSLASH_ESCAPES a backslash in a string is an ordinary character (TiDB's lexer
 * reads the mode: pkg/parser/lexer.go, `sqlMode.HasNoBackslashEscapesMode`; the mysql client follows
 * the server's SERVER_STATUS_NO_BACKSLASH_ESCAPES flag when it splits statements). The mode is a
 * session setting the repository need not show (the cluster's global sql_mode, the client's
 * options). So `SELECT 'x\'; IMPORT INTO ...; -- '` hides an IMPORT INTO inside one string under
 * the default mode, and runs it under NO_BACKSLASH_ESCAPES: the gate must see it.
 */
import { describe, expect, it } from 'vitest';
import { lint, SIMPLE_POLICY } from '../helpers/repo.js';

const HIDDEN = "SELECT 'x\\'; IMPORT INTO app.b FROM 's3://bucket/b.csv' WITH DISABLE_PRECHECK; -- '\n";

describe('strings read under both backslash modes', () => {
  it('an import that only NO_BACKSLASH_ESCAPES shows is checked', async () => {
    for (const sql of [`SET sql_mode = 'NO_BACKSLASH_ESCAPES';\n${HIDDEN}`, HIDDEN]) {
      const { findings } = await lint({ 'migrations/prod/hidden.sql': sql }, SIMPLE_POLICY);
      const rules = findings.map((f) => f.rule);
      expect(rules).toContain('precheck-override');
      expect(rules).toContain('log-backup-gap');
    }
  });
  it('an ordinary escaped quote adds nothing and reports nothing', async () => {
    const { findings } = await lint(
      { 'migrations/prod/plain.sql': "INSERT INTO app.notes VALUES ('it\\'s fine');\nIMPORT INTO scratch.t FROM 's3://b/t.csv';\n" },
      SIMPLE_POLICY,
    );
    expect(findings.filter((f) => f.rule !== 'precheck-blocks-import')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'precheck-blocks-import')).toHaveLength(1);
  });
});

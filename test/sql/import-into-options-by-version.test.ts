/**
 * Issue 11 item 9. Sources (pingcap/tidb):
 * - GROUP_KEY: PR #62369 (merged to master July 2025, not cherry-picked to release-8.5); value
 *   checked in pkg/executor/importer/import.go `initOptions` with pkg/util/naming
 *   `CheckWithMaxLen(v, 256)` = `^[a-zA-Z0-9_-]{0,256}$`, and non-empty.
 * - __manual_recovery: PR #59674 (merged to master April 2025, not in release-8.5).
 * - CHARACTER_SET: pkg/lightning/config `ParseCharset` accepts binary, utf8/utf8mb4, gb18030, gbk,
 *   latin1, ascii since PRs #42699 (April 2023) and #44435 (June 2023), before v7.2.0 shipped
 *   IMPORT INTO: every IMPORT INTO release accepts all of them.
 */
import { describe, expect, it } from 'vitest';
import type { ImportIntoStatement } from '../../src/parse/sql/ast.js';
import { parseSql } from '../../src/parse/sql/parse.js';
import { validateImportInto } from '../../src/parse/sql/validate-import-into.js';
import { lint } from '../helpers/repo.js';

const problems = (sql: string) => {
  const stmt = parseSql(sql).statements.find((s): s is ImportIntoStatement => s.kind === 'import-into')!;
  return validateImportInto(stmt).map((p) => p.message);
};

describe('GROUP_KEY naming rule', () => {
  it('accepts letters, digits, _ and - up to 256 characters', () => {
    for (const key of ['user_group', 'nightly-2026-11', 'A'.repeat(256), '0']) {
      expect(problems(`IMPORT INTO t FROM '/d/f.csv' WITH group_key='${key}'`), key).toEqual([]);
    }
  });
  it('rejects spaces, dots, other characters, an empty key and 257 characters (8164)', () => {
    for (const key of ['user group', 'a.b', 'ключ', '', 'A'.repeat(257), 'a/b']) {
      const found = problems(`IMPORT INTO t FROM '/d/f.csv' WITH group_key='${key}'`);
      expect(found, key).toHaveLength(1);
      expect(found[0]).toContain('error 8164');
      expect(found[0]).toContain("TiDB's naming rule");
    }
  });
});

describe('CHARACTER_SET', () => {
  it('accepts the seven charsets of ParseCharset, case-insensitively', () => {
    for (const cs of ['binary', 'utf8mb4', 'UTF8', 'gb18030', 'gbk', 'latin1', 'ascii']) {
      expect(problems(`IMPORT INTO t FROM '/d/f.csv' WITH character_set='${cs}'`), cs).toEqual([]);
    }
    expect(problems("IMPORT INTO t FROM '/d/f.csv' WITH character_set='utf16'")).toHaveLength(1);
  });
});

describe('options newer than v8.5.x are unsupported-on-version before v9.0.0', () => {
  const policy = (v: string) => `version: 1\nclusters:\n  c:\n    tidb_version: "${v}"\n    match: { paths: ["**"] }\n    log_backup: { enabled: false }\n`;
  it('GROUP_KEY and __MANUAL_RECOVERY on v8.5.4 are errors; on v9.0.0 they are fine', async () => {
    const sql = { 'a.sql': "IMPORT INTO db.t FROM 's3://b/f.csv' WITH group_key='g1', __manual_recovery;\n" };
    const old = await lint(sql, policy('8.5.4'));
    expect(old.findings.filter((f) => f.rule === 'unsupported-on-version').map((f) => f.message.split(' needs ')[0])).toEqual([
      '`GROUP_KEY`',
      '`__MANUAL_RECOVERY`',
    ]);
    expect((await lint(sql, policy('9.0.0'))).findings).toEqual([]);
  });
});

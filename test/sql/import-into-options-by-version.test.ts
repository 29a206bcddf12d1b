/**
 * Issue 11 item 9. Sources (pingcap/tidb master history, read in a mirror up to commit ee0a2f8cb8
 * of 2025-12-16; release dates from pingcap/docs releases/_index.md, newest release v8.5.5 of
 * 2026-01-15):
 * - GROUP_KEY: PR #62369 (commit 01bfccb1e8, master 2025-08-15), after the release-8.5 branch;
 *   pingcap/docs PR #21610 documents it for master only (not v9.0, not v8.5), and no v8.5.x
 *   release note up to v8.5.5 names it: no release is known to accept it. Value checked in
 *   pkg/executor/importer/import.go `initOptions`: non-empty and pkg/util/naming
 *   `CheckWithMaxLen(v, 256)` = `^[a-zA-Z0-9_-]{0,256}$`.
 * - __manual_recovery: PR #59674 (commit 813b32f4df, master 2025-04-08), absent from release-8.5
 *   as of 2025-06-27; its first release is not established.
 * - CLOUD_STORAGE_URI: the option came with PR #46998 (commit 4450ae4513, 2023-09-19, v7.4.0)
 *   together with `if b.GetS3() == nil && b.GetGcs() == nil { ErrInvalidOptionVal }` ("only
 *   support s3 and gcs now"), unchanged on master to 2025-12-16 and in every stored import.go;
 *   only a newer import_test.go (TestInitOptionsPositiveCase, with `on_duplicate_key`) accepts
 *   azure:// and azblob://. So Azure is error 8164 on v7.4.0 - v8.5.5; not flagged after.
 * - CHARACTER_SET: `config.ParseCharset` accepts binary, utf8, utf8mb4, gb18030, gbk, latin1,
 *   ascii (case-insensitive) since PR #42699 (commit 71fa84089e, 2023-04-03), before v7.2.0
 *   shipped IMPORT INTO, and is unchanged on master; `initOptions` refuses an empty value first.
 *   Every IMPORT INTO release accepts the same seven.
 */
import { describe, expect, it } from 'vitest';
import type { ImportIntoStatement } from '../../src/parse/sql/ast.js';
import { parseSql } from '../../src/parse/sql/parse.js';
import { validateImportInto } from '../../src/parse/sql/validate-import-into.js';
import { lint } from '../helpers/repo.js';
import { importIntoText } from '../helpers/wording.js';

const problems = (sql: string) => {
  const stmt = parseSql(sql).statements.find((s): s is ImportIntoStatement => s.kind === 'import-into')!;
  return validateImportInto(stmt).map(importIntoText);
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
  const policy = (v: string) =>
    `version: 1\nclusters:\n  c:\n    tidb_version: "${v}"\n    match: { paths: ["**"] }\n    log_backup: { enabled: false }\n`;
  it('GROUP_KEY and __MANUAL_RECOVERY on v8.5.5 are errors that say what is established; on v9.0.0 they are not flagged', async () => {
    const sql = { 'a.sql': "IMPORT INTO db.t FROM 's3://b/f.csv' WITH group_key='g1', __manual_recovery;\n" };
    const old = (await lint(sql, policy('8.5.5'))).findings.filter((f) => f.rule === 'unsupported-on-version');
    expect(old.map((f) => f.severity)).toEqual(['error', 'error']);
    expect(old[0]!.message).toMatch(/^`GROUP_KEY` is refused by TiDB v8\.5\.5/);
    expect(old[0]!.message).toContain('PR #62369');
    expect(old[0]!.message).toContain('not established');
    expect(old[0]!.message).not.toContain('needs TiDB v9.0.0');
    expect(old[1]!.message).toMatch(/^`__MANUAL_RECOVERY` is refused by TiDB v8\.5\.5/);
    expect(old[1]!.message).toContain('PR #59674');
    expect((await lint(sql, policy('9.0.0'))).findings).toEqual([]);
  });
});

describe('CLOUD_STORAGE_URI: S3 and GCS only, v7.4.0 through v8.5.5 (PR #46998)', () => {
  const policy = (v: string) =>
    `version: 1\nclusters:\n  c:\n    tidb_version: "${v}"\n    match: { paths: ["**"] }\n    log_backup: { enabled: false }\n`;
  const sql = (uri: string) => ({ 'a.sql': `IMPORT INTO db.t FROM 's3://b/f.csv' WITH cloud_storage_uri='${uri}';\n` });
  const rules = (findings: readonly { rule: string; severity: string }[]) => findings.map((f) => `${f.rule}:${f.severity}`).sort();

  it('an Azure URI is refused (8164) on v8.1.0 and v8.5.5', async () => {
    for (const [uri, version] of [
      ['azure://container/sort', '8.1.0'],
      ['azblob://container/sort', '8.5.5'],
      ['AZURE://c/p', '8.0.0'],
    ] as const) {
      const { findings } = await lint(sql(uri), policy(version));
      expect(rules(findings), `${uri} ${version}`).toEqual(['unsupported-on-version:error']);
      expect(findings[0]!.message).toContain('only S3 and GCS');
      expect(findings[0]!.message).toContain('8164');
    }
  });
  it('S3 and GCS are accepted there, and Azure is not flagged on versions after v8.5.5', async () => {
    expect((await lint(sql('s3://b/sort'), policy('8.5.5'))).findings).toEqual([]);
    expect((await lint(sql('gs://b/sort'), policy('8.1.0'))).findings).toEqual([]);
    expect((await lint(sql('gcs://b/sort'), policy('8.1.0'))).findings).toEqual([]);
    expect((await lint(sql('azure://c/sort'), policy('9.0.0'))).findings).toEqual([]);
  });
  it('on v7.4.x (experimental Global Sort) the Azure refusal is reported besides the experimental warning', async () => {
    const { findings } = await lint(sql('azure://c/sort'), policy('7.4.0'));
    expect(rules(findings)).toEqual(['unsupported-on-version:error', 'unsupported-on-version:warning', 'unsupported-on-version:warning']);
  });
  it('before v7.4.0 only the missing option is reported, not the scheme as well', async () => {
    const { findings } = await lint(sql('azure://c/sort'), policy('7.3.0'));
    expect(findings.filter((f) => f.message.includes('only S3 and GCS'))).toEqual([]);
  });
});

describe('CHARACTER_SET is the same on every IMPORT INTO release', () => {
  it('an empty value is refused (8164), as initOptions does before ParseCharset', () => {
    const found = problems("IMPORT INTO t FROM '/d/f.csv' WITH character_set=''");
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('8164');
  });
});

/**
 * Bad input gives a positioned finding or a clear error: no crash, no hang, and never "clean" for
 * a file the linter did not understand.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import { closeSync, ftruncateSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { lint, SIMPLE_POLICY, tempRepo } from '../helpers/repo.js';

const at = (f: Finding) => [f.rule, f.severity, f.line, f.column];
const lintSimple = (files: Record<string, string | Uint8Array>) => lint(files, SIMPLE_POLICY);

describe('bad input', () => {
  it('malformed TOML is a syntax-error at the error position', async () => {
    const { findings } = await lintSimple({ 'deploy/prod/a.toml': '[tikv-importer]\nbackend = "local\n' });
    expect(findings.map(at)).toEqual([['syntax-error', 'error', 2, expect.any(Number)]]);
  });

  it('unterminated SQL strings and comments are syntax-errors at the opening character', async () => {
    const { findings } = await lintSimple({
      'migrations/prod/a.sql': "SELECT 1;\nSELECT 'abc;\n",
      'migrations/prod/b.sql': 'SELECT 1;\n  /* never closed\n',
      'migrations/prod/c.sql': 'SELECT `ident;\n',
    });
    expect(findings.map((f) => [f.file, ...at(f)])).toEqual([
      ['migrations/prod/a.sql', 'syntax-error', 'error', 2, 8],
      ['migrations/prod/b.sql', 'syntax-error', 'error', 2, 3],
      ['migrations/prod/c.sql', 'syntax-error', 'error', 1, 8],
    ]);
  });

  it('an IMPORT INTO that does not parse is reported, and is still a job', async () => {
    const { findings, result } = await lintSimple({ 'migrations/prod/a.sql': 'IMPORT INTO app.orders FROM WITH thread=1;\n' });
    expect(findings.some((f) => f.rule === 'syntax-error' && f.line === 1)).toBe(true);
    expect(result.report.summary.jobs).toBe(1);
    expect(findings.some((f) => f.rule === 'precheck-blocks-import')).toBe(true);
  });

  it('empty files and comment-only files are understood (and clean)', async () => {
    const { findings, result } = await lintSimple({
      'migrations/prod/a.sql': '',
      'deploy/prod/a.toml': '',
      'migrations/prod/b.sql': '-- nothing\n',
    });
    expect(findings).toEqual([]);
    expect(result.report.summary.files).toBe(4); // and the example policy's changefeed config
  });

  it('a BOM does not shift columns', async () => {
    const { findings } = await lintSimple({ 'migrations/prod/a.sql': "\uFEFFIMPORT INTO app.t FROM 's3://b/t.csv';\n" });
    expect(findings.filter((f) => f.rule === 'precheck-blocks-import').map(at)).toEqual([['precheck-blocks-import', 'error', 1, 1]]);
  });

  it('CRLF and CR line ends count as one line end each', async () => {
    const crlf = await lintSimple({ 'migrations/prod/a.sql': "SELECT 1;\r\nSELECT 2;\r\n  IMPORT INTO app.t FROM 's3://b/t.csv';\r\n" });
    expect(crlf.findings.filter((f) => f.rule === 'precheck-blocks-import').map(at)).toEqual([['precheck-blocks-import', 'error', 3, 3]]);
    const toml = await lintSimple({
      'deploy/prod/a.toml': '[mydumper]\r\ndata-source-dir = "/d"\r\n\r\n[tikv-importer]\r\nbackend = "local"\r\n',
    });
    expect(toml.findings.filter((f) => f.rule === 'precheck-blocks-import').map(at)).toEqual([['precheck-blocks-import', 'error', 5, 1]]);
  });

  it('invalid UTF-8 is a syntax-error at the bad byte', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("SELECT 1;\nSELECT 'a"), 0xff, 0xfe, ...new TextEncoder().encode("';\n")]);
    const { findings } = await lintSimple({ 'migrations/prod/a.sql': bytes });
    expect(findings.map(at)).toEqual([['syntax-error', 'error', 2, 10]]);
    expect(findings[0]!.message).toMatch(/UTF-8/);
  });

  it('a binary file with a .sql name is a syntax-error, not clean', async () => {
    const { findings } = await lintSimple({ 'migrations/prod/dump.sql': new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00]) });
    expect(findings.map(at)).toEqual([['syntax-error', 'error', 1, 1]]);
    expect(findings[0]!.message).toMatch(/binary/);
  });

  it('a SQL file over max_file_bytes is still scanned: an unsafe import behind a huge comment is found where it is', async () => {
    const policy = SIMPLE_POLICY.replace('max_file_bytes: 10MiB', 'max_file_bytes: 1KiB');
    const sql =
      'SELECT 1;\r\n'.repeat(100) + "IMPORT INTO app.orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\n-- " + 'x'.repeat(5000) + '\n';
    const big = await lint({ 'migrations/prod/big.sql': sql }, policy);
    const small = await lint({ 'migrations/prod/big.sql': sql }, SIMPLE_POLICY);
    expect(big.findings.some((f) => f.rule === 'precheck-override' && f.severity === 'error')).toBe(true);
    // Streamed or read whole, the file gives the same findings at the same places.
    const placed = (fs: typeof big.findings) => fs.map((f) => [f.rule, f.severity, f.line, f.column, f.endLine, f.endColumn, f.message]);
    expect(placed(big.findings)).toEqual(placed(small.findings));
    expect(big.findings.find((f) => f.rule === 'precheck-override')!.line).toBe(101);
  });

  it('any other file over max_file_bytes is a syntax-error: it cannot be shown safe', async () => {
    const policy = SIMPLE_POLICY.replace('max_file_bytes: 10MiB', 'max_file_bytes: 1KiB');
    const { findings } = await lint({ 'deploy/prod/big.toml': '# x\n'.repeat(500) }, policy);
    expect(findings.map(at)).toEqual([['syntax-error', 'error', 1, 1]]);
    expect(findings[0]!.message).toMatch(/max_file_bytes/);
  });

  it('a file beyond what can be held whole is never read whole, whatever max_file_bytes allows: SQL is scanned in pieces, a config is a finding', async () => {
    const policy = SIMPLE_POLICY.replace('max_file_bytes: 10MiB', 'max_file_bytes: 4GiB');
    const repo = tempRepo({ 'migrations/prod/ok.sql': "IMPORT INTO app.t FROM 's3://b/t.csv';\n" }, policy);
    try {
      // Sparse files: 600 MiB of zeros on disk that take no room; a string that long cannot exist.
      for (const path of ['deploy/prod/huge.toml', 'migrations/prod/huge.sql']) {
        mkdirSync(join(repo.root, path, '..'), { recursive: true });
        const fd = openSync(join(repo.root, path), 'w');
        ftruncateSync(fd, 600 * 1024 * 1024);
        closeSync(fd);
      }
      const outcome = await repo.check();
      const byFile = new Map(outcome.result.report.findings.map((f) => [f.file, f]));
      expect(byFile.get('deploy/prod/huge.toml')).toMatchObject({ rule: 'syntax-error', severity: 'error' });
      expect(byFile.get('deploy/prod/huge.toml')!.message).toMatch(/more than the 256\.0 MiB/);
      // Zeros are binary: scanned in pieces, that is what it finds (and nothing else was cut short).
      expect(byFile.get('migrations/prod/huge.sql')).toMatchObject({ rule: 'syntax-error', severity: 'error' });
      expect(byFile.get('migrations/prod/huge.sql')!.message).toMatch(/binary/);
      expect(outcome.result.report.findings.some((f) => f.file === 'migrations/prod/ok.sql' && f.rule === 'precheck-blocks-import')).toBe(
        true,
      );
    } finally {
      repo.remove();
    }
  });

  it('pathological SQL finishes quickly', async () => {
    const huge = "SELECT '" + 'x'.repeat(2_000_000) + "';\n" + '('.repeat(100_000) + ';\n' + '/*'.repeat(50_000);
    const { findings } = await lintSimple({ 'migrations/prod/a.sql': huge });
    expect(findings.every((f) => f.rule === 'syntax-error')).toBe(true);
  });

  it('a malformed policy is exit-2 material with a positioned finding', async () => {
    const outcome = await lint({ 'a.sql': 'SELECT 1;' }, 'version: 1\nclusters: [oops\n');
    expect(outcome.fatal).toBeDefined();
    expect(outcome.findings.map((f) => [f.rule, f.file, f.line])).toEqual([
      ['invalid-policy', '.github/tidb-import-guard.yml', expect.any(Number)],
    ]);
  });
});

/**
 * What a finding is and which files are looked at: fingerprints that follow the import, not the
 * line; linked files; waivers judged only over the whole repository; sources that name one
 * directory differently; fixes that keep a dotted key; the shell's own findings.
 */
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeSource } from '../../src/model/jobs/source.js';
import { lint, SIMPLE_POLICY, tempRepo } from '../helpers/repo.js';

const IMPORT = (table: string) => `IMPORT INTO app.${table} FROM 's3://b/${table}.csv' WITH DISABLE_PRECHECK;`;

describe('fingerprints', () => {
  it('follow each import when another is added above it', async () => {
    const before = await lint({ 'migrations/prod/a.sql': `${IMPORT('t')}\n${IMPORT('u')}\n` }, SIMPLE_POLICY);
    const after = await lint({ 'migrations/prod/a.sql': `${IMPORT('new')}\n${IMPORT('t')}\n${IMPORT('u')}\n` }, SIMPLE_POLICY);
    const byTable = (findings: typeof before.findings) =>
      new Map(findings.filter((f) => f.rule === 'log-backup-gap').map((f) => [f.tables![0], f.fingerprint]));
    const b = byTable(before.findings);
    const a = byTable(after.findings);
    expect(a.get('app.t')).toBe(b.get('app.t'));
    expect(a.get('app.u')).toBe(b.get('app.u'));
    expect(new Set(a.values()).size).toBe(3);
  });

  it('are 24 hex digits for every finding, policy problems included', async () => {
    const bad = await lint({ 'a.sql': 'SELECT 1;' }, 'version: 1\nclusters:\n  c:\n    tidb_version: "8.5.0"\n');
    const prints = bad.findings.map((f) => f.fingerprint);
    expect(prints.length).toBeGreaterThan(1);
    for (const p of prints) expect(p).toMatch(/^[0-9a-f]{24}$/);
    expect(new Set(prints).size).toBe(prints.length);
  });
});

describe('which files, which waivers', () => {
  it('lints a linked file like any other, and survives a link cycle', async () => {
    const repo = tempRepo({ 'shared/z.sql': `${IMPORT('z')}\n` }, SIMPLE_POLICY);
    try {
      mkdirSync(join(repo.root, 'migrations/prod'), { recursive: true });
      symlinkSync('../../shared/z.sql', join(repo.root, 'migrations/prod/z.sql'));
      symlinkSync('..', join(repo.root, 'migrations/loop'));
      const outcome = await repo.check();
      expect(outcome.result.report.findings.some((f) => f.file === 'migrations/prod/z.sql' && f.rule === 'log-backup-gap')).toBe(true);
    } finally {
      repo.remove();
    }
  });

  it('reports waivers that matched nothing only over the whole repository; an expired one as expired', async () => {
    const policy = `${SIMPLE_POLICY}waivers:\n  - rule: log-backup-gap\n    paths: ["x/**"]\n    reason: old\n    expires: 2026-01-01\n  - rule: log-backup-gap\n    paths: ["y/**"]\n    reason: stale\n`;
    const repo = tempRepo({ 'migrations/prod/a.sql': 'SELECT 1;\n' }, policy);
    try {
      const chosen = await repo.check({ paths: ['migrations/prod/a.sql'] });
      expect(chosen.result.report.findings).toEqual([]);
      const whole = await repo.check();
      expect(whole.result.report.findings.map((f) => [f.rule, f.severity])).toEqual([
        ['expired-waiver', 'error'],
        ['unused-suppression', 'warning'],
      ]);
    } finally {
      repo.remove();
    }
  });

  it('findings about unread files follow the policy rules map, and name small sizes exactly', async () => {
    const small = SIMPLE_POLICY.replace('max_file_bytes: 10MiB', 'max_file_bytes: 100');
    const shown = await lint({ 'deploy/prod/big.toml': '# x\n'.repeat(75) }, small);
    const big = shown.findings.filter((f) => f.file === 'deploy/prod/big.toml');
    expect(big.map((f) => [f.rule, f.severity])).toEqual([['syntax-error', 'error']]);
    expect(big[0]!.message).toContain('300 bytes is over `scan.max_file_bytes` (100 bytes)');
    const off = await lint({ 'deploy/prod/big.toml': '# x\n'.repeat(75) }, small.replace('rules:\n', 'rules:\n  syntax-error: "off"\n'));
    expect(off.findings.filter((f) => f.rule === 'syntax-error')).toEqual([]);
  });
});

describe('sources and fixes', () => {
  it('one directory written differently is one source', () => {
    expect(normalizeSource('./data/exp/')).toBe('data/exp');
    expect(normalizeSource('data//exp')).toBe('data/exp');
    expect(normalizeSource('file://./data/exp')).toBe('data/exp');
    expect(normalizeSource('S3://bucket/dir/?access-key=x')).toBe('s3://bucket/dir');
  });

  it('the logical-mode fix keeps a dotted key', async () => {
    const repo = tempRepo({ 'deploy/prod/a.toml': 'tikv-importer.backend = "local"\nmydumper.filter = ["app.x"]\n' }, SIMPLE_POLICY);
    try {
      const f = (await repo.check()).result.report.findings.find((x) => x.rule === 'precheck-blocks-import')!;
      expect(f.fix).toEqual({ title: 'Use logical import mode', replacement: 'tikv-importer.backend = "tidb"' });
      expect([f.column, f.endColumn]).toEqual([1, 32]);
    } finally {
      repo.remove();
    }
  });
});

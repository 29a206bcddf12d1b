/**
 * Fingerprints are a contract (cli.md: baselines and suppressions record them): rewording a
 * message must not change one. This pins the fingerprint of every finding on the example
 * repository and on a corpus touching every file-level rule. The expected values were recorded
 * before the messages were split into headline and `help`; update them only on purpose.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/shells/check-repository.js';
import { FIXED_TODAY, SIMPLE_POLICY, lint, tempRepo } from '../helpers/repo.js';
import { WORDING_CORPUS } from '../helpers/wording-corpus.js';

const FIXTURE = new URL('../fixtures/fingerprints.json', import.meta.url);
/** Recorded before the validators' wording moved to the rules' `meta.messages`, and the shell's findings to report(). */
const WORDING_FIXTURE = new URL('../fixtures/fingerprints-wording.json', import.meta.url);

const CORPUS: Record<string, string> = {
  'migrations/prod/bad-options.sql':
    "IMPORT INTO app.a FROM 's3://b/a.csv' WITH THREAD='x', THREAD=2, SKIP_ROWS=1, FORMAT='parquet';\n" +
    "IMPORT INTO app.b FROM 'relative/b.csv';\n" +
    "BEGIN;\nIMPORT INTO app.c FROM 's3://b/c.csv' WITH DISABLE_PRECHECK;\nCOMMIT;\n" +
    "IMPORT INTO app.d (a, @v) SET b = SLEEP(1) FROM 's3://k:s@b/d.csv?secret-access-key=abcdefgh12345678';\n",
  'migrations/legacy/new-features.sql': "IMPORT INTO reports.x FROM SELECT * FROM t WITH DISABLE_PRECHECK, CLOUD_STORAGE_URI='s3://b/x';\n",
  'deploy/prod/bad.toml':
    '[lightning]\ncheck-requirement = false\n[tidb]\npassword = "hunter2hunter2"\n[tikv-importer]\nbackend = "importer"\n' +
    '[mydumper]\ndata-source-dir = "s3://b/d"\nfilter = ["app.x", "[bad"]\n[post-restore]\nchecksum = true\n',
  'deploy/prod/suppressed.toml':
    '# tidb-import-guard: ignore precheck-blocks-import\n[tikv-importer]\nbackend = "tidb"\n' +
    '# tidb-import-guard: ignore log-backup-gap -- reason: nothing here\n[mydumper]\ndata-source-dir = "/d"\n',
  'migrations/prod/broken.sql': "IMPORT INTO app.e FROM 's3://b/e.csv' WITH (;\n",
  'tools/x.toml': '[tikv-importer]\nbackend = "local"\n',
};

type Listed = readonly { rule: string; file: string; line: number; fingerprint: string }[];
const list = (findings: Listed) => findings.map((f) => `${f.rule} ${f.file}:${f.line} ${f.fingerprint}`);

/** Every problem kind of the validators, and every finding the shell builds itself (invalid policy, files not read). */
async function wordingFingerprints(): Promise<Record<string, string[]>> {
  const validators = await lint(WORDING_CORPUS);
  const duplicateKey = await lint({}, 'version: 1\nfoo: bar\nfoo: baz\n');
  const invalidPolicy = await lint({}, 'version: 1\nclusters: 3\nfoo: bar\n');
  const brokenPosture = await lint({}, SIMPLE_POLICY.replace('tidb_version: "8.5.1"', 'tidb_version: "8.5.1"\n    posture: nowhere.json'));
  const outside = mkdtempSync(join(tmpdir(), 'tig-outside-'));
  const repo = tempRepo(
    { 'deploy/prod/big.toml': `# ${'x'.repeat(200)}\n`, 'deploy/prod/ok.toml': '[tikv-importer]\nbackend = "tidb"\n' },
    SIMPLE_POLICY.replace('max_file_bytes: 10MiB', 'max_file_bytes: 100'),
  );
  try {
    writeFileSync(join(outside, 'x.sql'), 'SELECT 1;\n');
    symlinkSync(join(outside, 'x.sql'), join(repo.root, 'deploy/prod/link.sql'));
    const unreadable = [
      ...(await repo.check()).result.report.findings,
      ...(await repo.check({ changedFiles: ['deploy/prod/gone.sql'] })).result.report.findings,
      ...(await repo.check({ stdin: { path: 'deploy/prod/in.sql', read: () => ({ ok: false, reason: 'was closed' }) } })).result.report
        .findings,
    ];
    return {
      validators: list(validators.findings),
      policy: list([...duplicateKey.findings, ...invalidPolicy.findings, ...brokenPosture.findings]),
      unreadable: list(unreadable),
    };
  } finally {
    repo.remove();
    rmSync(outside, { recursive: true, force: true });
  }
}

async function fingerprints(): Promise<Record<string, string[]>> {
  const examples = await checkRepository({
    root: new URL('../../examples', import.meta.url).pathname,
    cwd: new URL('../../examples', import.meta.url).pathname,
    policyPath: new URL('../../policies/example.yml', import.meta.url).pathname,
    today: FIXED_TODAY,
  });
  const corpus = await lint(CORPUS);
  return { examples: list(examples.result.report.findings), corpus: list(corpus.findings) };
}

describe('fingerprints stay stable', () => {
  it('on the example repository and on a corpus of every file-level rule', async () => {
    const now = await fingerprints();
    if (process.env.UPDATE_FINGERPRINTS) writeFileSync(FIXTURE, JSON.stringify(now, null, 2) + '\n');
    const expected = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    expect(now).toEqual(expected);
    expect(now.examples!.length).toBeGreaterThan(20);
  });

  it('on every problem kind of the validators and on the findings the shell builds', async () => {
    const now = await wordingFingerprints();
    if (process.env.UPDATE_FINGERPRINTS) writeFileSync(WORDING_FIXTURE, JSON.stringify(now, null, 2) + '\n');
    const expected = JSON.parse(readFileSync(WORDING_FIXTURE, 'utf8'));
    expect(now).toEqual(expected);
    expect(now.validators!.length).toBeGreaterThan(100);
    expect(now.policy!.length).toBeGreaterThan(3);
    expect(now.unreadable!.filter((l) => l.startsWith('syntax-error')).length).toBeGreaterThanOrEqual(4);
  });
});

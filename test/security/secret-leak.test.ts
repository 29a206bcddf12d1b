/**
 * No output of the tool ever contains a secret value. Unique secrets are planted in every place a
 * secret can hide (Lightning password, data-source-dir credentials, IMPORT INTO locations,
 * CLOUD_STORAGE_URI, BACKUP targets, userinfo passwords, broken statements and configs) and every
 * output format is searched for them.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../github-server/server.js';
import { addedFile, openPullRequest, runAction } from '../action/harness.js';
import { formatJson } from '../../src/report/json.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatText } from '../../src/report/text.js';
import { formatGithubCommands } from '../../src/report/workflow-commands.js';
import { lint, SIMPLE_POLICY } from '../helpers/repo.js';

const SECRETS = Array.from({ length: 12 }, (_, i) => `S3cr3t${i}Zq${(i * 7919).toString(36)}Xv`);

const FILES: Record<string, string> = {
  'deploy/prod/a.toml': `[lightning]
check-requirements = false
[tikv-importer]
backend = "local"
[mydumper]
data-source-dir = "s3://bucket/dump?access-key=${SECRETS[0]}&secret-access-key=${SECRETS[1]}&session-token=${SECRETS[2]}"
[tidb]
host = "tidb.prod.internal"
password = "${SECRETS[3]}"
`,
  'deploy/prod/b.toml': `[tikv-importer]
backend = "local"
[mydumper]
data-source-dir = 'azure://container/path?sas-token=${SECRETS[4]}'
[tidb]
password = "${SECRETS[5]}"
check-requirement = false
`,
  'migrations/prod/1.sql': `IMPORT INTO app.orders FROM 's3://b/o.csv?access-key=${SECRETS[6]}&secret-access-key=${SECRETS[7]}' WITH DISABLE_PRECHECK, CLOUD_STORAGE_URI = 's3://sort/x?secret-access-key=${SECRETS[8]}';
BACKUP TABLE app.orders TO 's3://bk/?secret-access-key=${SECRETS[9]}';
`,
  'migrations/prod/2.sql': `IMPORT INTO app.t FROM 'azblob://c/x.csv?sig=${SECRETS[10]}' WITH thread = 'x', bogus = 1;
IMPORT INTO app.u FROM 'mysql://root:${SECRETS[11]}@host/db' WITH FORMAT 'csv';
`,
  'migrations/prod/3.sql': `IMPORT INTO app.v FROM 's3://b/v.csv?secret-access-key=${SECRETS[1]}' WITH (;\n`,
  'deploy/prod/broken.toml': `[tidb]\npassword = "${SECRETS[3]}\n`,
};

const EXPECTED_SECRET_LOCATIONS = [
  'deploy/prod/a.toml:6',
  'deploy/prod/a.toml:6',
  'deploy/prod/a.toml:6',
  'deploy/prod/a.toml:9',
  'deploy/prod/b.toml:4',
  'deploy/prod/b.toml:6',
  'migrations/prod/1.sql:1',
  'migrations/prod/1.sql:1',
  'migrations/prod/1.sql:1',
  'migrations/prod/1.sql:2',
  'migrations/prod/2.sql:1',
  'migrations/prod/2.sql:2',
  'migrations/prod/3.sql:1',
];

describe('secrets never reach any output', () => {
  it('finds every planted secret, and no output contains one', async () => {
    const { result } = await lint(FILES, SIMPLE_POLICY);
    const report = result.report;
    const secretFindings = report.findings.filter((f) => f.rule === 'plaintext-secret');
    // Every secret location is reported (the broken TOML cannot be read, so its password is not).
    expect(secretFindings.map((f) => `${f.file}:${f.line}`)).toEqual(EXPECTED_SECRET_LOCATIONS);
    const outputs = {
      text: formatText(report, { colour: false }),
      json: formatJson(report),
      sarif: formatSarif(report, {}),
      github: formatGithubCommands(report),
    };
    for (const [format, out] of Object.entries(outputs)) {
      for (const secret of SECRETS) expect(out.includes(secret), `${format} contains ${secret}`).toBe(false);
    }
  });
});

describe('secrets never reach GitHub', () => {
  let server: FakeGitHub | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('review comments, the summary comment, annotations, job summary, outputs, JSON and SARIF files hold no secret', async () => {
    server = await startFakeGitHub();
    const workspace = join(mkdtempSync(join(tmpdir(), 'tig-secrets-')), 'workspace');
    mkdirSync(join(workspace, '..', 'temp'));
    const write = (p: string, text: string) => {
      mkdirSync(dirname(join(workspace, p)), { recursive: true });
      writeFileSync(join(workspace, p), text);
    };
    write('.github/tidb-import-guard.yml', SIMPLE_POLICY);
    cpSync(new URL('../../examples/cdc/prod-to-kafka.toml', import.meta.url).pathname, join(workspace, 'cdc/prod-to-kafka.toml'));
    for (const [path, text] of Object.entries(FILES)) write(path, text);
    openPullRequest(server, 3, Object.keys(FILES).map((p) => addedFile(workspace, p)));

    const run = await runAction({ server, workspace, pullNumber: 3, inputs: { sarif: 'out.sarif' } });
    expect(run.code).toBe(1);
    expect(server.state.reviewComments.length).toBeGreaterThan(0);
    const everything = [
      ...server.state.reviewComments.map((c) => c.body),
      ...server.state.issueComments.map((c) => c.body),
      ...server.requests.map((r) => JSON.stringify(r)),
      run.stdout,
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
      readFileSync(run.outputs['report-json']!, 'utf8'),
      readFileSync(run.outputs['sarif-file']!, 'utf8'),
    ].join('\n');
    expect(everything).toContain('plaintext-secret');
    for (const secret of SECRETS) expect(everything.includes(secret), `GitHub output contains ${secret}`).toBe(false);
  }, 60_000);
});

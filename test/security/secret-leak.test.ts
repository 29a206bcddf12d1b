/**
 * No output of the tool ever contains a secret value. Unique secrets are planted in every place a
 * secret can hide (Lightning password, data-source-dir credentials, `[checkpoint] dsn`, a Lightning
 * fragment, IMPORT INTO locations, CLOUD_STORAGE_URI, every other IMPORT INTO option, LOAD DATA
 * locations, BACKUP targets, userinfo passwords, Lightning key names and values that messages
 * quote, policy values, broken statements and configs) and every output is searched for them: the
 * CLI in every format it accepts, and the built action (review comments, summary comment, job
 * summary, annotations, outputs, the JSON and SARIF files, and the fork-mode artifact with what the
 * publishing run makes of it).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../github-server/server.js';
import { addedFile, openPullRequest, runAction } from '../action/harness.js';
import { formatJson } from '../../src/report/json.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatText } from '../../src/report/text.js';
import { formatGithubCommands } from '../../src/report/workflow-commands.js';
import { main } from '../../src/shells/cli/main.js';
import { lint, SIMPLE_POLICY, tempRepo } from '../helpers/repo.js';

const secret = (i: number): string => `S3cr3t${i}Zq${(i * 7919).toString(36)}Xv`;
const SECRETS = Array.from({ length: 12 }, (_, i) => secret(i));

/** IMPORT INTO options (TiDB pkg/executor/importer/import.go, v8.5.0): each gets a URI with a credential as its value. */
const IMPORT_OPTIONS = [
  'CHARACTER_SET',
  'FIELDS_TERMINATED_BY',
  'FIELDS_ENCLOSED_BY',
  'FIELDS_ESCAPED_BY',
  'FIELDS_DEFINED_NULL_BY',
  'LINES_TERMINATED_BY',
  'SKIP_ROWS',
  'SPLIT_FILE',
  'DISK_QUOTA',
  'DISABLE_TIKV_IMPORT_MODE',
  'THREAD',
  'MAX_WRITE_SPEED',
  'CHECKSUM_TABLE',
  'RECORD_ERRORS',
  'DETACHED',
  'CLOUD_STORAGE_URI',
  'DISABLE_PRECHECK',
  'GROUP_KEY',
  '__MAX_ENGINE_SIZE',
  '__MANUAL_RECOVERY',
  'NO_SUCH_OPTION',
];
const OPTION_SECRETS = IMPORT_OPTIONS.map((_, i) => secret(100 + i));
/** Secrets in places messages quote but that are not credentials by position (never reported, never echoed). */
const QUOTED = Array.from({ length: 8 }, (_, i) => secret(200 + i));
/** Secrets the plaintext-secret rule reports in the new places: LOAD DATA, [checkpoint] dsn, a fragment. */
const REPORTED = Array.from({ length: 6 }, (_, i) => secret(300 + i));
const ALL_SECRETS = [...SECRETS, ...OPTION_SECRETS, ...QUOTED, ...REPORTED];

const MORE_FILES: Record<string, string> = {
  'migrations/prod/options.sql': IMPORT_OPTIONS.map(
    (option, i) => `IMPORT INTO app.o${i} FROM 's3://b/o${i}.csv' WITH ${option} = 's3://x/y?secret-access-key=${OPTION_SECRETS[i]}';\n`,
  ).join(''),
  'migrations/prod/quoted.sql': `IMPORT INTO app.q FROM 's3://b/q.csv' FORMAT 'mysql://u:${QUOTED[0]}@h/';
IMPORT INTO app.r FROM 's3://b/r.csv' WITH CLOUD_STORAGE_URI = 'ftp://u:${QUOTED[1]}@sort/x?session-token=${QUOTED[2]}';
LOAD DATA INFILE 's3://b/l.csv?access-key=${REPORTED[0]}&secret-access-key=${REPORTED[1]}' INTO TABLE app.l;
`,
  'deploy/prod/keys.toml': `[tikv-importer]
backend = "s3://x?secret-access-key=${QUOTED[3]}"
[mydumper]
data-source-dir = "/data"
[conflict]
strategy = "mysql://u:${QUOTED[4]}@h/"
[post-restore]
checksum = "azure://c?sas-token=${QUOTED[5]}"
[tidb]
"s3://k?secret-access-key=${QUOTED[6]}" = 1
[checkpoint]
enable = true
driver = "mysql"
dsn = "root:${REPORTED[2]}@tcp(127.0.0.1:4000)/"
`,
  // A Lightning task file with only [tidb] and [checkpoint] is still a config (rules.md, "Terms").
  'deploy/prod/task-fragment.toml': `[tidb]
host = "tidb.prod.internal"
password = "${REPORTED[3]}"
[checkpoint]
dsn = "lightning:${REPORTED[4]}@tcp(10.0.0.1:4000)/?tls=true"
[conflict]
strategy = "replace"
`,
  // Placeholders are not secrets, in every key alike.
  'deploy/prod/placeholders.toml': `[tidb]
password = "{YOUR_PASSWORD}"
[checkpoint]
dsn = "root:\${TIDB_PASSWORD}@tcp(127.0.0.1:4000)/"
[tikv-importer]
backend = "tidb"
[mydumper]
data-source-dir = "s3://b/p?access-key={YOUR_KEY}&secret-access-key=<secret>"
`,
};

/** The policy with a credential in a value the summary's posture table quotes. */
const POLICY_WITH_SECRET = SIMPLE_POLICY.replace(
  'description: Production, us-east',
  `description: "Production, dumps at s3://ops?secret-access-key=${QUOTED[7]}"`,
);

/** Every format the CLI accepts (formats added later are searched too), and its output. */
async function cliOutputs(root: string): Promise<Record<string, string>> {
  const outputs: Record<string, string> = {};
  for (const format of ['text', 'compact', 'json', 'sarif', 'github', 'gitlab']) {
    let stdout = '';
    let stderr = '';
    await main(['check', '--format', format, '--fail-on', 'never'], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      cwd: root,
      env: {},
      isTTY: false,
    });
    if (stderr.includes('--format must be one of')) continue;
    outputs[format] = stdout + stderr;
  }
  return outputs;
}

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

  it('secrets in every IMPORT INTO option, LOAD DATA, [checkpoint] dsn, fragments, Lightning keys and policy values: reported where they are credentials, echoed by no CLI format', async () => {
    const repo = tempRepo({ ...FILES, ...MORE_FILES }, POLICY_WITH_SECRET);
    try {
      const { result } = await repo.check();
      const where = (f: { file: string; line: number }) => `${f.file}:${f.line}`;
      const secretFindings = result.report.findings.filter((f) => f.rule === 'plaintext-secret').map(where);
      // LOAD DATA's two parameters, the DSN's password, the fragment's password and DSN password.
      expect(secretFindings).toEqual(
        expect.arrayContaining([
          'migrations/prod/quoted.sql:3',
          'deploy/prod/keys.toml:14',
          'deploy/prod/task-fragment.toml:3',
          'deploy/prod/task-fragment.toml:5',
        ]),
      );
      expect(secretFindings.filter((w) => w === 'migrations/prod/quoted.sql:3')).toHaveLength(2);
      // CLOUD_STORAGE_URI is a location; the other options are not, but messages that quote them are redacted.
      expect(secretFindings).toContain(`migrations/prod/options.sql:${IMPORT_OPTIONS.indexOf('CLOUD_STORAGE_URI') + 1}`);
      // Placeholders are not secrets, in any key; the fragment is a config but not a job.
      expect(result.report.findings.filter((f) => f.file === 'deploy/prod/placeholders.toml' && f.rule === 'plaintext-secret')).toEqual([]);
      expect(result.report.findings.filter((f) => f.file === 'deploy/prod/task-fragment.toml').map((f) => f.rule)).toEqual([
        'plaintext-secret',
        'plaintext-secret',
      ]);
      // Messages quote the values (redacted), so the test is not vacuous.
      expect(result.report.findings.some((f) => f.message.includes('secret-access-key=***'))).toBe(true);

      const outputs = await cliOutputs(repo.root);
      expect(Object.keys(outputs)).toEqual(expect.arrayContaining(['text', 'json', 'sarif', 'github']));
      for (const [format, out] of Object.entries(outputs)) {
        expect(out).toContain('plaintext-secret');
        for (const s of ALL_SECRETS) expect(out.includes(s), `${format} contains ${s}`).toBe(false);
      }
    } finally {
      repo.remove();
    }
  });

  it("RESTORE sources (and RESTORE POINT's FULL_BACKUP_STORAGE) are reported like BACKUP targets, and echoed by no format", async () => {
    const [a, b, c] = [secret(500), secret(501), secret(502)];
    const { result } = await lint(
      {
        'migrations/prod/restore.sql': `RESTORE DATABASE app FROM 's3://bk/2026?access-key=${a}&secret-access-key=${b}';\nRESTORE POINT FROM 's3://log/' FULL_BACKUP_STORAGE = 's3://full/?secret-access-key=${c}';\n`,
      },
      SIMPLE_POLICY,
    );
    const report = result.report;
    expect(report.findings.filter((f) => f.rule === 'plaintext-secret').map((f) => `${f.line}:${f.message}`)).toEqual([
      '1:The `access-key` parameter is written in plain text in the RESTORE source',
      '1:The `secret-access-key` parameter is written in plain text in the RESTORE source',
      '2:The `secret-access-key` parameter is written in plain text in `FULL_BACKUP_STORAGE`',
    ]);
    const outputs = {
      text: formatText(report, { colour: false }),
      json: formatJson(report),
      sarif: formatSarif(report, {}),
      github: formatGithubCommands(report),
    };
    for (const [format, out] of Object.entries(outputs)) {
      for (const s of [a, b, c]) expect(out.includes(s), `${format} contains ${s}`).toBe(false);
    }
  });

  it('the access key id of `s3://KEYID:SECRET@` userinfo is masked with the secret in every CLI format; a database user name stays visible', async () => {
    const keyId = 'AKIAZ7TESTKEYID00042';
    const otherKeyId = 'kid-Q4v9ZyXw';
    const [a, b, c] = [secret(600), secret(601), secret(602)];
    const repo = tempRepo(
      {
        'migrations/prod/keyid.sql': `IMPORT INTO app.k FROM 's3://${keyId}:${a}@bucket/k.csv' WITH DISABLE_PRECHECK;\nIMPORT INTO app.g FROM 'gcs://${otherKeyId}:${b}@bucket/g.csv';\nIMPORT INTO app.m FROM 'mysql://appuser:${c}@db/x' WITH FORMAT 'csv', THREAD = 'x';\n`,
      },
      SIMPLE_POLICY,
    );
    try {
      const outputs = await cliOutputs(repo.root);
      for (const [format, out] of Object.entries(outputs)) {
        for (const s of [keyId, otherKeyId, a, b, c]) expect(out.includes(s), `${format} contains ${s}`).toBe(false);
      }
      // The code frame still shows where the URI is, with the key id and the secret masked.
      expect(outputs['text']).toContain("'s3://***:***@bucket/k.csv'");
      expect(outputs['text']).toContain('mysql://appuser:***@db/x');
    } finally {
      repo.remove();
    }
  });

  it('a secret found in plain text is removed from every other message that happens to quote it bare', async () => {
    const password = secret(400);
    const { findings } = await lint(
      {
        'deploy/prod/reuse.toml': `[tikv-importer]\nbackend = "local"\n[mydumper]\ndata-source-dir = "s3://b/x"\nfilter = ['${password}.*']\n[tidb]\npassword = "${password}"\n`,
      },
      SIMPLE_POLICY,
    );
    expect(findings.map((f) => f.rule)).toContain('plaintext-secret');
    // The precheck finding quotes the filter, whose rule happens to hold the password.
    expect(findings.some((f) => f.rule === 'precheck-blocks-import' && `${f.message} ${f.help}`.includes("['***.*']"))).toBe(true);
    for (const f of findings) expect(`${f.message} ${f.help ?? ''}`).not.toContain(password);
  });

  it('invalid-policy quotes no credential of a policy value (an `extends` URL), in any CLI format', async () => {
    const policy = `${SIMPLE_POLICY.replace('version: 1', `version: 1\nextends: "https://bot:${QUOTED[7]}@example.com/base.yml?sig=${QUOTED[6]}"`)}`;
    const repo = tempRepo({}, policy);
    try {
      const outcome = await repo.check();
      expect(outcome.fatal).toBeDefined();
      const policyFindings = outcome.result.report.findings.filter((f) => f.rule === 'invalid-policy');
      expect(policyFindings.some((f) => f.message.includes('example.com'))).toBe(true);
      const outputs = await cliOutputs(repo.root);
      for (const [format, out] of Object.entries(outputs)) {
        expect(out).toContain('invalid-policy');
        for (const s of [QUOTED[6]!, QUOTED[7]!]) expect(out.includes(s), `${format} contains ${s}`).toBe(false);
      }
    } finally {
      repo.remove();
    }
  });
});

describe('secrets never reach GitHub', () => {
  let server: FakeGitHub | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  function workspaceWithSecrets(): string {
    const workspace = join(mkdtempSync(join(tmpdir(), 'tig-secrets-')), 'workspace');
    mkdirSync(join(workspace, '..', 'temp'));
    const write = (p: string, text: string) => {
      mkdirSync(dirname(join(workspace, p)), { recursive: true });
      writeFileSync(join(workspace, p), text);
    };
    write('.github/tidb-import-guard.yml', POLICY_WITH_SECRET);
    cpSync(new URL('../../examples/cdc/prod-to-kafka.toml', import.meta.url).pathname, join(workspace, 'cdc/prod-to-kafka.toml'));
    for (const [path, text] of Object.entries({ ...FILES, ...MORE_FILES })) write(path, text);
    return workspace;
  }
  const changed = (workspace: string) => Object.keys({ ...FILES, ...MORE_FILES }).map((p) => addedFile(workspace, p));

  it('review comments, the summary comment, annotations, job summary, outputs, JSON and SARIF files hold no secret', async () => {
    server = await startFakeGitHub();
    const workspace = workspaceWithSecrets();
    openPullRequest(server, 3, changed(workspace));

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
    expect(everything).toContain('secret-access-key=');
    for (const secret of ALL_SECRETS) expect(everything.includes(secret), `GitHub output contains ${secret}`).toBe(false);
  }, 60_000);

  it('fork mode: the artifact the lint run leaves, and the comments the publishing run posts, hold no secret', async () => {
    server = await startFakeGitHub();
    server.readOnlyTokens.add('read-only');
    const workspace = workspaceWithSecrets();
    openPullRequest(server, 4, changed(workspace));
    const lintRun = await runAction({ server, workspace, pullNumber: 4, token: 'read-only', fork: true, inputs: { comment: 'none' } });
    expect(lintRun.code).toBe(1);
    const artifactDir = join(dirname(workspace), 'temp', 'tidb-import-guard');
    const artifact = readdirSync(artifactDir)
      .map((name) => readFileSync(join(artifactDir, name), 'utf8'))
      .join('\n');
    expect(artifact).toContain('plaintext-secret');
    rmSync(workspace, { recursive: true });
    mkdirSync(workspace);
    const workflowRun = {
      action: 'completed',
      workflow_run: { id: 1, head_sha: 'a'.repeat(40), event: 'pull_request', conclusion: 'failure', pull_requests: [] },
    };
    const publish = await runAction({ server, workspace, eventName: 'workflow_run', payload: workflowRun });
    expect(publish.code).toBe(0);
    expect(server.state.issueComments.length).toBe(1);
    const everything = [
      artifact,
      lintRun.stdout,
      lintRun.stderr,
      lintRun.summary,
      ...server.state.reviewComments.map((c) => c.body),
      ...server.state.issueComments.map((c) => c.body),
      ...server.requests.map((r) => JSON.stringify(r)),
      publish.stdout,
      publish.stderr,
      publish.summary,
      JSON.stringify(publish.outputs),
    ].join('\n');
    for (const secret of ALL_SECRETS) expect(everything.includes(secret), `fork-mode output contains ${secret}`).toBe(false);
  }, 60_000);
});

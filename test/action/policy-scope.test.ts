/**
 * What counts as a policy change on a pull request, and which base policy it is compared with:
 * a moved policy, a relaxation made in a file it extends, a changefeed config it reads, and a
 * policy named by an absolute path.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FakeGitHub } from '../github-server/server.js';
import { addedFile, BASE_SHA, openPullRequest, readWorkspaceFile, runAction, writeFile, withFakeGitHub } from './harness.js';

const POLICY = '.github/tidb-import-guard.yml';

let server: FakeGitHub;
let workspace: string;
withFakeGitHub((started, made) => ([server, workspace] = [started, made]));

const weakenings = (reportPath: string) =>
  (JSON.parse(readFileSync(reportPath, 'utf8')) as { findings: { rule: string; message: string }[] }).findings.filter(
    (f) => f.rule === 'policy-weakened',
  );

describe('the base policy', () => {
  it('is found where it was before a move to a location discovery prefers', async () => {
    const head = readWorkspaceFile(workspace, POLICY).replace('enabled: true', 'enabled: false');
    writeFile(workspace, POLICY, head);
    server.state.contents.set(
      `${BASE_SHA}:tidb-import-guard.yml`,
      readFileSync(new URL('./fixtures/repo/.github/tidb-import-guard.yml', import.meta.url), 'utf8'),
    );
    openPullRequest(server, 21, [addedFile(workspace, POLICY)]);
    const run = await runAction({ server, workspace, pullNumber: 21 });
    expect(
      weakenings(run.outputs['report-json']!)
        .map((w) => w.message)
        .join('\n'),
    ).toMatch(/log backup/i);
  });

  it('compares the base versions of the files the policy extends', async () => {
    const shared =
      'version: 1\nclusters:\n  prod:\n    tidb_version: "8.5.1"\n    match: { paths: ["deploy/prod/**", "migrations/prod/**"] }\n    log_backup: { enabled: ENABLED, task: pitr-prod }\n';
    const main = 'version: 1\nextends: [./shared.yml]\n';
    writeFile(workspace, POLICY, main);
    writeFile(workspace, '.github/shared.yml', shared.replace('ENABLED', 'false'));
    server.state.contents.set(`${BASE_SHA}:${POLICY}`, main);
    server.state.contents.set(`${BASE_SHA}:.github/shared.yml`, shared.replace('ENABLED', 'true'));
    openPullRequest(server, 22, [addedFile(workspace, '.github/shared.yml')]);
    const run = await runAction({ server, workspace, pullNumber: 22 });
    expect(weakenings(run.outputs['report-json']!)).toHaveLength(1);
  });
});

describe('what counts as a policy change', () => {
  it('a changefeed config the policy reads: every file is linted again', async () => {
    const policy = `${readWorkspaceFile(workspace, POLICY)}    changefeeds:\n      - id: to-kafka\n        config: cdc/feed.toml\n        downstream: { kind: kafka }\n`;
    writeFile(workspace, POLICY, policy);
    writeFile(workspace, 'cdc/feed.toml', "[filter]\nrules = ['billing.*']\n");
    server.state.contents.set(`${BASE_SHA}:${POLICY}`, policy);
    openPullRequest(server, 23, [addedFile(workspace, 'cdc/feed.toml')]);
    const run = await runAction({ server, workspace, pullNumber: 23 });
    const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as { summary: { jobs: number } };
    expect(report.summary.jobs).toBeGreaterThan(0);
  });

  it('a posture snapshot the policy binds: every file is linted again', async () => {
    const policy = readWorkspaceFile(workspace, POLICY).replace(
      '    log_backup:\n',
      '    posture: posture/prod.json\n    posture_max_age: 5200w\n    log_backup:\n',
    );
    writeFile(workspace, POLICY, policy);
    writeFile(workspace, 'posture/prod.json', readFileSync(new URL('../fixtures/posture/prod.json', import.meta.url), 'utf8'));
    server.state.contents.set(`${BASE_SHA}:${POLICY}`, policy);
    openPullRequest(server, 25, [addedFile(workspace, 'posture/prod.json')]);
    const run = await runAction({ server, workspace, pullNumber: 25 });
    const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as { summary: { jobs: number } };
    expect(report.summary.jobs).toBeGreaterThan(0);
  });

  it('a policy named by an absolute path inside the workspace is still the repository policy', async () => {
    writeFile(workspace, POLICY, readWorkspaceFile(workspace, POLICY).replace('enabled: true', 'enabled: false'));
    server.state.contents.set(
      `${BASE_SHA}:${POLICY}`,
      readFileSync(new URL('./fixtures/repo/.github/tidb-import-guard.yml', import.meta.url), 'utf8'),
    );
    openPullRequest(server, 24, [addedFile(workspace, POLICY)]);
    const run = await runAction({ server, workspace, pullNumber: 24, inputs: { policy: join(workspace, POLICY) } });
    expect(weakenings(run.outputs['report-json']!).length).toBeGreaterThan(0);
  });
});

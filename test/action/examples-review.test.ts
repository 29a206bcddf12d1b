/**
 * What a reviewer sees: the example repository opened as one pull request, linted by the built
 * action against the loopback GitHub API. Inline comments land on the unsafe files' risky lines
 * (never on the safe ones), the summary comment carries the posture table, and the step fails.
 * Set TIG_SHOW_REVIEW=1 to print the comments, the summary comment and the job summary.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../github-server/server.js';
import { addedFile, openPullRequest, PROJECT_ROOT, runAction } from './harness.js';

let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    return statSync(abs).isDirectory() ? listFiles(abs, root) : [relative(root, abs).split('\\').join('/')];
  });
}

describe('the example repository as a pull request', () => {
  it('comments on the risky lines of the unsafe examples only', async () => {
    server = await startFakeGitHub();
    const workspace = join(mkdtempSync(join(tmpdir(), 'tig-examples-')), 'workspace');
    mkdirSync(join(workspace, '..', 'temp'));
    cpSync(join(PROJECT_ROOT, 'examples'), workspace, { recursive: true });
    cpSync(join(PROJECT_ROOT, 'policies/example.yml'), join(workspace, '.github/tidb-import-guard.yml'));
    const changed = listFiles(workspace).filter((f) => /\.(sql|toml)$/.test(f));
    openPullRequest(
      server,
      7,
      changed.map((f) => addedFile(workspace, f)),
    );

    const run = await runAction({ server, workspace, pullNumber: 7 });
    expect(run.code).toBe(1);
    expect(server.violations).toEqual([]);

    const comments = server.state.reviewComments;
    const commented = new Set(comments.map((c) => c.path));
    for (const unsafe of [
      'deploy/prod/orders-physical.toml',
      'deploy/prod/app-backfill.toml',
      'migrations/prod/2026-11-21-import-invoices.sql',
      'tools/local-test.toml',
    ]) {
      expect(commented.has(unsafe), unsafe).toBe(true);
    }
    for (const safe of ['deploy/prod/catalog-logical.toml', 'migrations/prod/2026-11-01-schema.sql', 'cdc/prod-to-kafka.toml']) {
      expect(commented.has(safe), safe).toBe(false);
    }
    const orders = comments.find((c) => c.path === 'deploy/prod/orders-physical.toml')!;
    const lines = readFileSync(join(workspace, 'deploy/prod/orders-physical.toml'), 'utf8').split('\n');
    expect(lines[(orders.line ?? 0) - 1]).toBe('backend = "local"');
    expect(orders.body).toContain('```suggestion\nbackend = "tidb"\n```');

    const summary = server.state.issueComments.find((c) => c.body.includes('tidb-import-guard'))!;
    expect(summary.body).toMatch(/^\| \*\*prod\*\*|^\| `?prod`? /m);
    expect(summary.body.length).toBeLessThan(65_536);
    expect(run.summary).toContain('prod');

    if (process.env['TIG_SHOW_REVIEW']) {
      const show = comments.map((c) => `--- review comment on ${c.path}:${c.line}\n${c.body}`).join('\n\n');
      process.stdout.write(`${show}\n\n=== summary comment\n${summary.body}\n\n=== job summary\n${run.summary}\n`);
    }
  }, 60_000);
});

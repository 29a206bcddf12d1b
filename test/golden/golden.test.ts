/**
 * Golden files: what users see, byte for byte, so any change to it is a visible diff in review.
 *
 * - `npm-start.txt`: `npm start`'s report (the CLI's default text format on the example
 *   repository, no colour), and the same report as `--format compact`, `json`, `sarif`, `gitlab`;
 * - `review-comments.md`, `summary-comment.md`, `job-summary.md`: what the built action posts
 *   when the whole example repository is opened as one pull request (the loopback GitHub).
 *
 * "Today" is fixed by SOURCE_DATE_EPOCH so waiver expiry reads the same every day.
 * `UPDATE_GOLDEN=1 npx vitest run test/golden` rewrites the files; review the diff, then commit.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../github-server/server.js';
import { addedFile, openPullRequest, PROJECT_ROOT, runAction } from '../action/harness.js';

const GOLDEN = join(PROJECT_ROOT, 'test/golden');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
/** 2026-12-01T00:00:00Z: before the example waiver's expiry (2026-12-31). */
const SOURCE_DATE_EPOCH = '1796083200';

function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (UPDATE || !existsSync(path)) {
    writeFileSync(path, actual);
    if (!UPDATE) throw new Error(`${name} did not exist and was written; review and commit it`);
    return;
  }
  // A plain string comparison: vitest prints the line diff.
  expect(actual, `${name} differs; if intended, rerun with UPDATE_GOLDEN=1 and commit the diff`).toBe(readFileSync(path, 'utf8'));
}

function cli(args: readonly string[]): { stdout: string; stderr: string; status: number | null } {
  const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', SOURCE_DATE_EPOCH };
  const r = spawnSync(process.execPath, ['dist/cli.js', 'check', '--root', 'examples', '--policy', 'policies/example.yml', '--fail-on', 'never', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('golden files of the example repository', () => {
  it('npm start: the same command as package.json says', () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['start']).toBe('node dist/cli.js check --root examples --policy policies/example.yml --fail-on never');
    const r = cli([]);
    expect(r.status).toBe(0);
    golden('npm-start.txt', r.stdout);
  });

  for (const [format, file] of [
    ['compact', 'compact.txt'],
    ['json', 'report.json'],
    ['sarif', 'report.sarif'],
    ['gitlab', 'gitlab.json'],
  ] as const) {
    it(`--format ${format}`, () => {
      const r = cli(['--format', format]);
      expect(r.status).toBe(0);
      golden(file, r.stdout);
    });
  }
});

let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const abs = join(dir, name);
      return statSync(abs).isDirectory() ? listFiles(abs, root) : [relative(root, abs).split('\\').join('/')];
    });
}

describe('golden files of the example pull request', () => {
  it('review comments, summary comment and job summary', async () => {
    server = await startFakeGitHub();
    const workspace = join(mkdtempSync(join(tmpdir(), 'tig-golden-')), 'workspace');
    mkdirSync(join(workspace, '..', 'temp'));
    cpSync(join(PROJECT_ROOT, 'examples'), workspace, { recursive: true });
    cpSync(join(PROJECT_ROOT, 'policies/example.yml'), join(workspace, '.github/tidb-import-guard.yml'));
    const changed = listFiles(workspace).filter((f) => /\.(sql|toml)$/.test(f));
    openPullRequest(server, 7, changed.map((f) => addedFile(workspace, f)));

    const run = await runAction({ server, workspace, pullNumber: 7, extraEnv: { SOURCE_DATE_EPOCH } });
    expect(run.code).toBe(1);
    expect(server.violations).toEqual([]);

    const comments = [...server.state.reviewComments].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0)));
    golden('review-comments.md', comments.map((c) => `<!-- ===== review comment on ${c.path}:${c.line} ===== -->\n${c.body}\n`).join('\n'));
    const summary = server.state.issueComments.find((c) => c.body.includes('tidb-import-guard'));
    expect(summary).toBeDefined();
    golden('summary-comment.md', `${summary!.body}\n`);
    golden('job-summary.md', run.summary);
  }, 90_000);
});

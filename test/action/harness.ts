/**
 * Runs the action against the loopback GitHub, as the runner would: `INPUT_*` variables, an event
 * payload file, and `GITHUB_API_URL` pointing at the loopback server. By default in process,
 * through the action's I/O port (src/action/io.ts) with the workflow commands written as
 * @actions/core writes them; with `bundle: true` the built dist/index.js runs as a separate Node
 * process, which a few tests per major path do to prove the bundle.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, statSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type PullFile } from '../github-server/server.js';
import type { ActionIo, Annotation } from '../../src/shells/action/io.js';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURE = join(PROJECT_ROOT, 'test/action/fixtures/repo');

/**
 * Each test of the file gets a fresh loopback GitHub and workspace (handed to `use`), and ends by
 * checking that every request it served matched GitHub's OpenAPI description.
 */
export function withFakeGitHub(use: (server: FakeGitHub, workspace: string) => void): void {
  let server: FakeGitHub | undefined;
  beforeEach(async () => {
    server = await startFakeGitHub();
    use(server, makeWorkspace());
  });
  afterEach(async () => {
    expect(server!.violations).toEqual([]);
    await server!.close();
  });
}

/** A fresh copy of the fixture repository (the runner's GITHUB_WORKSPACE). */
export function makeWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tig-action-'));
  const workspace = join(dir, 'workspace');
  cpSync(FIXTURE, workspace, { recursive: true });
  mkdirSync(join(dir, 'temp'));
  return workspace;
}

export function writeFile(workspace: string, path: string, text: string): void {
  mkdirSync(dirname(join(workspace, path)), { recursive: true });
  writeFileSync(join(workspace, path), text);
}

export function readWorkspaceFile(workspace: string, path: string): string {
  return readFileSync(join(workspace, path), 'utf8');
}

/** The patch GitHub shows for a file added with this content. */
export function addedPatch(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return `@@ -0,0 +1,${lines.length} @@\n${lines.map((line) => `+${line}`).join('\n')}`;
}

/** A pull-request file entry for a file of the workspace added in the PR. */
export function addedFile(workspace: string, path: string): PullFile {
  return { filename: path, status: 'added', patch: addedPatch(readWorkspaceFile(workspace, path)) };
}

export const HEAD_SHA = 'a'.repeat(40);
export const BASE_SHA = 'b'.repeat(40);

export function openPullRequest(server: FakeGitHub, number: number, files: PullFile[], headSha = HEAD_SHA): void {
  server.state.pulls.set(number, { number, headSha, baseSha: BASE_SHA, files });
}

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = /^([^<]+)<<(.+)$/.exec(lines[i] as string);
    if (!header) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== header[2]; i++) value.push(lines[i] as string);
    outputs[header[1] as string] = value.join('\n');
  }
  return outputs;
}

export interface RunOptions {
  readonly server: FakeGitHub;
  readonly workspace: string;
  readonly pullNumber?: number;
  readonly eventName?: string;
  readonly inputs?: Record<string, string>;
  readonly token?: string;
  readonly fork?: boolean;
  readonly headSha?: string;
  /** Replaces the generated event payload (e.g. a workflow_run event). */
  readonly payload?: object;
  /**
   * The workspace's git HEAD. By default the harness makes the workspace a checkout of the run's
   * head commit (a `.git/HEAD` naming it, as actions/checkout leaves a detached HEAD); `false`
   * leaves `.git` as the test made it (a real repository, or none).
   */
  readonly gitHead?: string | false;
  /** More environment variables for the action (test knobs). */
  readonly extraEnv?: Record<string, string>;
  /** The event payload file's text, verbatim (a malformed payload). */
  readonly rawPayload?: string;
  /** The pull request's author (`pull_request.user.login`); `pr-author` by default. */
  readonly author?: string;
  /** The event's `pull_request.changed_files`; by default the number of files the server lists. */
  readonly changedFiles?: number | null;
  /** Run the built dist/index.js as a process instead of the source in process. */
  readonly bundle?: boolean;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const temp = join(dirname(options.workspace), 'temp');
  const eventName = options.eventName ?? (options.pullNumber !== undefined ? 'pull_request' : 'push');
  const eventPath = join(temp, `event-${Date.now()}-${Math.random()}.json`);
  const fullName = `${options.server.state.owner}/${options.server.state.repo}`;
  const listed = options.pullNumber !== undefined ? options.server.state.pulls.get(options.pullNumber)?.files.length : undefined;
  const changedFiles = options.changedFiles === undefined ? listed : options.changedFiles === null ? undefined : options.changedFiles;
  const payload =
    options.payload ??
    (options.pullNumber !== undefined
      ? {
          action: 'synchronize',
          number: options.pullNumber,
          pull_request: {
            number: options.pullNumber,
            user: { login: options.author ?? 'pr-author', type: 'User' },
            ...(changedFiles !== undefined ? { changed_files: changedFiles } : {}),
            head: { sha: options.headSha ?? HEAD_SHA, repo: { full_name: options.fork ? 'someone/data' : fullName } },
            base: { sha: BASE_SHA, repo: { full_name: fullName } },
          },
        }
      : { ref: 'refs/heads/main', after: HEAD_SHA });
  writeFileSync(eventPath, options.rawPayload ?? JSON.stringify(payload));
  if (options.gitHead !== false) {
    mkdirSync(join(options.workspace, '.git'), { recursive: true });
    writeFileSync(join(options.workspace, '.git', 'HEAD'), `${options.gitHead ?? options.headSha ?? HEAD_SHA}\n`);
  }
  const outputFile = join(temp, `output-${Date.now()}-${Math.random()}`);
  const summaryFile = join(temp, `summary-${Date.now()}-${Math.random()}`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputs = { 'github-token': options.token ?? 'write-token', ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: options.server.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: fullName,
    GITHUB_SHA: options.headSha ?? HEAD_SHA,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: temp,
    // Retry waits in milliseconds instead of seconds, so fault scenarios finish quickly.
    TIDB_IMPORT_GUARD_RETRY_BASE_MS: '5',
    ...options.extraEnv,
  };
  // The runner keeps hyphens in input names: INPUT_FAIL-ON, INPUT_GITHUB-TOKEN.
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  if (!options.bundle) {
    const run = await runInProcess(env);
    return { ...run, outputs: { ...parseOutputs(readFileSync(outputFile, 'utf8')), ...run.outputs }, summary: run.summary };
  }
  // TIG_SPAWN_LOG=FILE counts the bundle processes a test run starts (a line each).
  if (process.env['TIG_SPAWN_LOG']) appendFileSync(process.env['TIG_SPAWN_LOG'], 'bundle\n');
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist/index.js')], {
    cwd: options.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolveExit) => child.on('close', resolveExit));
  return {
    code,
    stdout,
    stderr,
    outputs: existsSync(outputFile) ? parseOutputs(readFileSync(outputFile, 'utf8')) : {},
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
  };
}

/** @actions/core's escaping of workflow-command data and properties. */
const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A workflow command line as @actions/core's issueCommand writes it. */
function command(name: string, message: string, where?: Annotation): string {
  const properties = where
    ? Object.entries({
        title: where.title,
        file: where.file,
        line: where.startLine,
        endLine: where.endLine,
        col: where.startColumn,
        endColumn: where.endColumn,
      })
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    : [];
  return `::${name}${properties.length ? ` ${properties.join(',')}` : ''}::${escapeData(message)}\n`;
}

/** The action's source, in this process, over an I/O port that records what the runner would show. */
async function runInProcess(env: Readonly<Record<string, string>>): Promise<ActionRun> {
  const { runAction: run } = await import('../../src/shells/action/run.js');
  const { createClient } = await import('../../src/shells/action/github-api.js');
  let stdout = '';
  let summary = '';
  const outputs: Record<string, string> = {};
  const io: ActionIo = {
    env,
    input: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    info: (message) => (stdout += `${message}\n`),
    warning: (message, where) => (stdout += command('warning', message, where)),
    error: (message, where) => (stdout += command('error', message, where)),
    notice: (message, where) => (stdout += command('notice', message, where)),
    setOutput: (name, value) => (outputs[name] = String(value)),
    appendSummary: async (markdown) => {
      if (env['GITHUB_STEP_SUMMARY']) summary += `${markdown}\n`;
    },
    readText(path, maxBytes) {
      try {
        const stat = statSync(path);
        return stat.isFile() && stat.size <= maxBytes ? readFileSync(path, 'utf8') : undefined;
      } catch {
        return undefined;
      }
    },
    exists: (path) => existsSync(path),
    writeText(path, text) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    },
    github: createClient,
  };
  const code = await run(io);
  return { code, stdout, stderr: '', outputs, summary };
}

/** A finding of the JSON report, as the tests look at it. */
export interface ReportFinding {
  readonly rule: string;
  readonly file: string;
  readonly severity: string;
  readonly suppressed: boolean;
  readonly suppression?: { readonly kind: string };
}

/** The JSON report the run wrote (its `report-json` output). */
export function reportOf(run: ActionRun): { readonly findings: ReportFinding[]; readonly summary: { readonly jobs: number } } {
  return JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8'));
}

/** Opens pull request `number` adding the workspace's `files` as they are, runs the action on it, and reads its report. */
export async function runOnPullRequest(
  server: FakeGitHub,
  workspace: string,
  number: number,
  files: readonly string[],
): Promise<{ readonly code: number | null; readonly findings: ReportFinding[] }> {
  openPullRequest(
    server,
    number,
    files.map((f) => addedFile(workspace, f)),
  );
  const run = await runAction({ server, workspace, pullNumber: number });
  return { code: run.code, findings: reportOf(run).findings };
}

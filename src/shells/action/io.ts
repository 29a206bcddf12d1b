/**
 * The action's I/O port, like the CLI's `CliIo`: everything the action does to the runner goes
 * through it (the environment and inputs, log lines and annotations, step outputs, the job
 * summary, files outside the workspace's read-only checks, and the GitHub client). `nodeIo()` is
 * the runner's (@actions/core and the file system); tests pass their own and run the action in
 * process against the loopback GitHub, keeping a few runs of the bundle to prove the bundle.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createClient, type GitHubClient, type RetryPolicy } from './github-api.js';

/** Where an annotation points (GitHub's workflow-command properties). */
export interface Annotation {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly endLine?: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
}

export interface ActionIo {
  /** The runner's environment (GITHUB_*, RUNNER_TEMP, the test knobs). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** An input's value as the runner passes it (`INPUT_*`), trimmed like core.getInput; '' when not set. */
  input(name: string): string;
  info(message: string): void;
  warning(message: string, where?: Annotation): void;
  error(message: string, where?: Annotation): void;
  notice(message: string, where?: Annotation): void;
  setOutput(name: string, value: string | number): void;
  /** Appends to the job summary; does nothing when the runner gives none. Throws when it cannot write. */
  appendSummary(markdown: string): Promise<void>;
  /** A regular file's text when it is at most `maxBytes`; undefined otherwise. */
  readText(path: string, maxBytes: number): string | undefined;
  exists(path: string): boolean;
  /** Writes a file, creating its folder. Throws when it cannot. */
  writeText(path: string, text: string): void;
  /** A GitHub client for the API phase (the retry policy and deadline are the client's). */
  github(token: string, baseUrl: string, policy: RetryPolicy, log: (message: string) => void): Promise<GitHubClient>;
}

/** The runner's I/O: @actions/core for logs, annotations, outputs and the summary; node:fs for files. */
export async function nodeIo(): Promise<ActionIo> {
  const core = await import('@actions/core');
  return {
    env: process.env,
    input: (name) => core.getInput(name),
    info: (message) => core.info(message),
    warning: (message, where) => core.warning(message, where),
    error: (message, where) => core.error(message, where),
    notice: (message, where) => core.notice(message, where),
    setOutput: (name, value) => core.setOutput(name, value),
    appendSummary: async (markdown) => {
      if (!process.env['GITHUB_STEP_SUMMARY']) return;
      await core.summary.addRaw(markdown, true).write();
    },
    readText(path, maxBytes) {
      try {
        const stat = statSync(path);
        if (!stat.isFile() || stat.size > maxBytes) return undefined;
        return readFileSync(path, 'utf8');
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
}

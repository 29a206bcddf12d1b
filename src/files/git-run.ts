/**
 * Running git for `--changed-since` (the one place the tool needs git), safely for a repository
 * it does not trust: no system or global configuration, no hooks, no fsmonitor program, no
 * external diff or textconv driver, no pager, no prompt, no optional lock (nothing written to the
 * repository), NUL-separated output, bounded in size and time. The environment's own GIT_*
 * variables are dropped (a GIT_DIR left in the environment would point git elsewhere).
 */
import { createRequire } from 'node:module';

/**
 * node:child_process, loaded on the first git run: only `--changed-since` runs git, and loading the
 * module costs every other check about 8 ms of CPU (docs/performance.md, fifth pass).
 */
let childProcess: typeof import('node:child_process') | undefined;
function childProcessModule(): typeof import('node:child_process') {
  childProcess ??= createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
  return childProcess;
}

/** Output larger than this (about 500,000 changed paths) is refused, not truncated. */
export const GIT_OUTPUT_MAX_BYTES = 64 * 1024 * 1024;
const GIT_TIMEOUT_MS = 120_000;

export type GitResult =
  | { readonly ok: true; readonly out: Buffer }
  | { readonly ok: false; readonly missing: boolean; readonly message: string };

export function gitEnvironment(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined && !key.startsWith('GIT_')) clean[key] = value;
  return {
    ...clean,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    LC_ALL: 'C',
    // Never let git ask for credentials or reach for a program.
    GIT_ASKPASS: 'true',
    SSH_ASKPASS: 'true',
  };
}

const SAFE_CONFIG = [
  '-c',
  'core.fsmonitor=false',
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'core.untrackedCache=false',
  '-c',
  'diff.external=',
  '-c',
  'core.pager=cat',
  '--no-pager',
];

/** `git -C cwd <safe config> ...args`; the first line of git's own error when it fails. */
export function runGit(cwd: string, args: readonly string[], env: Readonly<Record<string, string | undefined>>, git = 'git'): GitResult {
  try {
    const out = childProcessModule().execFileSync(git, ['-C', cwd, ...SAFE_CONFIG, ...args], {
      env: gitEnvironment(env),
      maxBuffer: GIT_OUTPUT_MAX_BYTES,
      timeout: GIT_TIMEOUT_MS,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    return { ok: true, out };
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: Buffer; signal?: string };
    if (e.code === 'ENOENT') return { ok: false, missing: true, message: 'git is not installed (or not on PATH)' };
    if (e.code === 'ENOBUFS')
      return { ok: false, missing: false, message: `git's output is over ${GIT_OUTPUT_MAX_BYTES / 1024 / 1024} MiB` };
    if (e.signal === 'SIGTERM') return { ok: false, missing: false, message: `git did not answer within ${GIT_TIMEOUT_MS / 1000} s` };
    const first = (e.stderr?.toString('utf8') ?? '').split('\n').find((l) => l.trim() !== '') ?? (e.message || 'git failed');
    return { ok: false, missing: false, message: first.trim().slice(0, 500) };
  }
}

/** NUL-separated fields, the final empty one dropped. */
export function nulFields(out: Buffer): string[] {
  const fields = out.toString('utf8').split('\0');
  if (fields[fields.length - 1] === '') fields.pop();
  return fields;
}

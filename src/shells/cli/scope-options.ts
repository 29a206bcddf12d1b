/**
 * The check options that choose what is linted, resolved in the shell: `--changed-since REF`
 * (src/files/changed-since.ts) and `--stdin --stdin-filename PATH`.
 */
import { readSync } from 'node:fs';
import { resolve } from 'node:path';
import { discoverPolicy } from '../../model/policy/load.js';
import type { CheckOptions } from '../check-repository.js';
import { planChangedSince } from '../changed-since.js';
import { POLICY_FILE_MAX_BYTES, createConfinedReader } from '../../files/confined.js';
import { findRepositoryRoot, toRepoPath } from '../../files/files.js';
import { safeText } from '../../lint/sanitize.js';

export type StdinRead = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly reason: string };

/**
 * Standard input, at most `maxBytes` (the limit files have): one byte more is read to know it is
 * over, and nothing beyond that is kept.
 */
export function readStandardInput(maxBytes: number, fd = 0): StdinRead {
  const chunks: Buffer[] = [];
  let total = 0;
  const buffer = Buffer.alloc(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // A non-blocking descriptor with nothing yet: wait a little, without spinning.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
        continue;
      }
      if (code === 'EOF') break;
      return { ok: false, reason: `cannot be read (${code ?? 'error'})` };
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) return { ok: false, reason: `is over \`scan.max_file_bytes\` (${maxBytes} bytes)` };
    chunks.push(Buffer.from(buffer.subarray(0, n)));
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

export interface ScopeFlags {
  readonly cwd: string;
  readonly root?: string;
  readonly policy?: string;
  readonly changedSince?: string;
  readonly stdin: boolean;
  readonly stdinFilename?: string;
  readonly paths: readonly string[];
  /** `--base-policy` was given: it wins over the merge base's policy. */
  readonly hasBasePolicy: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly readStdin?: (maxBytes: number) => StdinRead;
  readonly git?: string;
}

/** The extra check options, a note for standard error, or an error (exit 2). */
export function scopeOptions(
  flags: ScopeFlags,
): { ok: true; options: Partial<CheckOptions>; note?: string } | { ok: false; message: string } {
  if (flags.stdinFilename !== undefined && !flags.stdin) return { ok: false, message: '--stdin-filename needs --stdin' };
  if (flags.stdin) {
    if (flags.stdinFilename === undefined || flags.stdinFilename === '')
      return { ok: false, message: '--stdin needs --stdin-filename PATH: the path decides the file type and the cluster' };
    if (flags.paths.length) return { ok: false, message: '--stdin lints standard input only: give no PATH arguments' };
    if (flags.changedSince !== undefined) return { ok: false, message: '--stdin and --changed-since cannot be combined' };
    const read = flags.readStdin ?? ((max: number) => readStandardInput(max));
    return { ok: true, options: { stdin: { path: flags.stdinFilename, read } } };
  }
  if (flags.changedSince === undefined) return { ok: true, options: {} };
  const root = flags.root !== undefined ? resolve(flags.cwd, flags.root) : findRepositoryRoot(flags.cwd);
  const reader = createConfinedReader(root);
  let policyPath: string | undefined;
  if (flags.policy !== undefined) policyPath = toRepoPath(root, resolve(flags.cwd, flags.policy));
  else policyPath = discoverPolicy((p) => reader.exists(p));
  const planned = planChangedSince({
    root,
    ref: flags.changedSince,
    policyPath,
    readHead: (p) => {
      const read = reader.readText(p, POLICY_FILE_MAX_BYTES);
      return read.ok ? read.text : undefined;
    },
    env: flags.env,
    ...(flags.git !== undefined ? { git: flags.git } : {}),
  });
  if (!planned.ok) return { ok: false, message: safeText(planned.message) };
  const { plan } = planned;
  return {
    ok: true,
    options: {
      ...(plan.changedFiles ? { changedFiles: plan.changedFiles } : {}),
      ...(plan.basePolicy && !flags.hasBasePolicy ? { basePolicy: plan.basePolicy } : {}),
      // `--base-policy FILE` wins for the policy; its baseline (or `--baseline FILE`) is still
      // read at the merge base.
      readBaseRevision: plan.readBaseRevision,
    },
    note: `tidb-import-guard: --changed-since ${safeText(flags.changedSince)}: linting ${safeText(plan.description)}\n`,
  };
}

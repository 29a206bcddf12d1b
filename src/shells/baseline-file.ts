/**
 * Finding and reading the baseline file for a check (the shell side of src/parse/baseline/format.ts
 * and src/lint/baseline.ts): the CLI's `--baseline FILE` wins over the policy's `baseline:` key. A baseline the policy names is
 * repository content: it is read through the confined reader (never through a link out of the
 * repository), capped in size, and parsed strictly. A named baseline that is missing, too large,
 * not a file or malformed stops the check (exit 2) with its position: it is never taken as
 * "nothing baselined", and never as "everything clean".
 */
import { dirname, isAbsolute, posix, relative, resolve, sep } from 'node:path';
import { BASELINE_MAX_BYTES, parseBaseline, type Baseline } from '../parse/baseline/format.js';
import type { Location } from '../core/types.js';
import type { Policy } from '../model/policy/types.js';
import { createConfinedReader, type ConfinedReader, type FsPort } from '../files/confined.js';
import { toRepoPath } from '../files/files.js';
import { safeText } from '../lint/sanitize.js';

export interface BaselineTarget {
  /** Repository-relative with `/` (`../…` for a file outside the repository named by the user). */
  readonly file: string;
  /** Where `--update-baseline` writes it. */
  readonly absolute: string;
}

export type BaselineLoad =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly baseline: Baseline; readonly target: BaselineTarget }
  | { readonly kind: 'fatal'; readonly message: string; readonly problems: readonly (Location & { readonly message: string })[] };

export interface BaselineRequest {
  readonly root: string;
  readonly cwd: string;
  /** `--baseline FILE` as given (relative to `cwd`). */
  readonly path?: string;
  /** `--update-baseline`: a missing file is fine (it is about to be written). */
  readonly update?: boolean;
  readonly fs?: FsPort;
}

function mib(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

export function loadBaseline(policy: Policy, reader: ConfinedReader, request: BaselineRequest): BaselineLoad {
  let file: string;
  let absolute: string;
  let from: ConfinedReader = reader;
  // Where a problem with the file as such (missing, too big) is shown: the policy key, or the file.
  let anchor: Location;
  if (request.path !== undefined) {
    absolute = isAbsolute(request.path) ? request.path : resolve(request.cwd, request.path);
    const inRepository = toRepoPath(request.root, absolute);
    if (inRepository === undefined) {
      // Named by the user, outside the repository: read where it is, still a capped regular file.
      from = createConfinedReader(dirname(absolute), request.fs ? { fs: request.fs } : {});
    }
    file = inRepository ?? relative(request.root, absolute).split(sep).join('/');
    anchor = { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  } else if (policy.baseline) {
    file = policy.baseline.path;
    absolute = resolve(request.root, ...file.split('/'));
    anchor = policy.baseline.location;
  } else return { kind: 'none' };

  const fatal = (why: string, at: Location = anchor): BaselineLoad => ({
    kind: 'fatal',
    message: `cannot use the baseline ${file}: ${why}`,
    problems: [{ ...at, message: `baseline ${file}: ${why}` }],
  });
  const read = from.read(from === reader ? file : absolute, BASELINE_MAX_BYTES);
  const target: BaselineTarget = { file, absolute };
  if (!read.ok) {
    if (read.kind === 'missing') {
      if (request.update) {
        // About to be written: never through a linked directory that leads out of the repository.
        const blocked = from === reader ? blockedParent(reader, file) : undefined;
        if (blocked) return fatal(`it would be written under \`${blocked}\`, which is not a directory of the repository`);
        return { kind: 'ok', baseline: { file, entries: [] }, target };
      }
      return fatal('it does not exist; write it with `tidb-import-guard check --update-baseline`');
    }
    if (read.kind === 'too-big')
      return fatal(
        `it is ${read.size !== undefined ? mib(read.size) : 'too large'}, over the ${mib(BASELINE_MAX_BYTES)} a baseline may be`,
      );
    return fatal(`it ${read.reason}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    return fatal('it is not UTF-8 text', { file, line: 1, column: 1, endLine: 1, endColumn: 1 });
  }
  const parsed = parseBaseline(file, text);
  if (!parsed.ok) {
    const first = parsed.problems[0]!;
    return {
      kind: 'fatal',
      message: `the baseline ${file} is invalid (${first.line}:${first.column}: ${safeText(first.message.replace(`baseline ${file}: `, ''))}); fix it, or delete it and write it afresh with \`tidb-import-guard check --update-baseline\``,
      problems: parsed.problems,
    };
  }
  return { kind: 'ok', baseline: parsed.baseline, target };
}

/** The nearest existing ancestor of `file` when it is not a directory inside the repository. */
function blockedParent(reader: ConfinedReader, file: string): string | undefined {
  for (let dir = posix.dirname(file); dir !== '.' && dir !== '/' && dir !== ''; dir = posix.dirname(dir)) {
    const kind = reader.kind(dir);
    if (kind === 'directory') return undefined;
    if (kind !== 'missing') return dir;
  }
  return undefined;
}

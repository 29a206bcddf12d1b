/**
 * `checkRepository`: the one entry both shells (CLI and action) call. It finds and loads the
 * policy, lists the files in scope, streams them through the pure checker, and returns the report.
 * It never throws for bad input: a missing or invalid policy comes back as `fatal` with
 * positioned `invalid-policy` findings, so the shell can exit 2 and still show where.
 *
 * Over 400 lines: the orchestration both shells share (policy, base policy, baseline, scope,
 * unreadable files) stays in one place so the CLI and the action cannot drift apart.
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { textOf, type Refused } from '../core/repo.js';
import type { Finding } from '../core/types.js';
import { createChecker, sortFindings, summarize } from '../lint/engine/check.js';
import { ruleMeta } from '../lint/rules/registry.js';
import { TOOL_VERSION } from '../core/tool-version.js';
import { discoverPolicy, loadPolicy } from '../model/policy/load.js';
import { diffBaselines, diffPolicies, withConfigRules, type Weakening } from '../model/policy/weakened.js';
import { parseBaseline } from '../parse/baseline/format.js';
import type { LoadResult, Policy, PolicyProblem } from '../model/policy/types.js';
import { compilePosture } from '../model/posture/compile.js';
import { changefeedConfigFiles, type ChangefeedConfigFiles } from '../parse/ticdc/changefeed.js';
import { loadSnapshots } from '../model/posture-live/bind.js';
import { nowMs } from '../core/now.js';
import type { CheckResult } from '../lint/result.js';
import { fileChunks } from '../files/chunks.js';
import { POLICY_FILE_MAX_BYTES, createConfinedReader, type FsPort } from '../files/confined.js';
import { fileSystemRepo, findRepositoryRoot, selectFiles, toRepoPath, type GitIgnoredCount } from '../files/files.js';
import { scanWalk, unmatchedGlobs, type ScanWalk } from '../files/walk.js';
import { safeText } from '../lint/sanitize.js';
import { policyFinding, unreadFinding } from './shell-findings.js';
import { loadBaseline, type BaselineTarget } from './baseline-file.js';
import { basePolicyFileReader } from './base-policy-file.js';
import picomatch from 'picomatch';
import { byCodeUnit } from '../core/compare.js';
import { dependentConfigs } from './dependent-configs.js';
import { PATH_GLOB } from '../core/glob.js';

export interface CheckOptions {
  /** Absolute repository root; default: the git top level of `cwd`. */
  readonly root?: string;
  /** Where relative `paths` start; default: process.cwd(). */
  readonly cwd?: string;
  /** Files or directories; default: the whole repository. */
  readonly paths?: readonly string[];
  /** Repository-relative or absolute; default: discovered. */
  readonly policyPath?: string;
  /**
   * The pull request base's policy text, read under the head policy's path (the CLI's
   * `--base-policy FILE`). Enables policy-weakened. The files it extends are never read from the
   * working copy (src/shells/base-policy-file.ts): at the base revision when `readBaseRevision` is
   * given, else next to `basePolicyFile`; a base policy that does not load is fatal.
   */
  readonly basePolicyText?: string;
  /** With `basePolicyText`: the absolute path it was read from (what it extends is read next to it). */
  readonly basePolicyFile?: string;
  /**
   * With `basePolicyText`: reads a file at the base revision (the CLI's `--changed-since` merge
   * base), for what the base policy extends and its baseline. Absent, no base revision is known and
   * the baseline is not compared (the outcome's `notes` say so): the working copy's is the head's,
   * never the base's.
   */
  readonly readBaseRevision?: (path: string, maxBytes?: number) => string | undefined;
  /**
   * The base policy as the action fetched it at the base commit: its path and every file it is
   * made of, and `loaded` when the action already loaded it from those files (not loaded again).
   */
  readonly basePolicy?: { readonly path: string; readonly files: Readonly<Record<string, string>>; readonly loaded?: LoadResult };
  /**
   * The policy as the shell already loaded it through the same confined reading of the root (the
   * action loads it to plan its scope): used when `path` is the policy this check resolves to, so
   * the policy is loaded once per run.
   */
  readonly loadedPolicy?: { readonly path: string; readonly result: LoadResult };
  /** Pull-request scope: only these repository-relative files are linted. */
  readonly changedFiles?: readonly string[];
  /** YYYY-MM-DD; default: today (UTC) from SOURCE_DATE_EPOCH, else the clock. */
  readonly today?: string;
  /** Now in ms (posture snapshot age); default: the start of `today` when given, else SOURCE_DATE_EPOCH or the clock. */
  readonly now?: number;
  /**
   * `--stdin --stdin-filename PATH`: lint this content as if it were the file PATH (relative to
   * `cwd`; it need not exist). `read` is called once with the policy's `scan.max_file_bytes`.
   */
  readonly stdin?: {
    readonly path: string;
    read(maxBytes: number): { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly reason: string };
  };
  /** The file-system port every read goes through (tests inject errors root cannot provoke). */
  readonly fs?: FsPort;
  /** `--baseline FILE` (relative to `cwd`); default: the policy's `baseline:` key. */
  readonly baselinePath?: string;
  /** `--update-baseline`: take every current finding as recorded; the shell writes the file. */
  readonly updateBaseline?: boolean;
}

export interface CheckOutcome {
  readonly result: CheckResult;
  /** Set when the tool could not do its job (exit 2): missing or invalid policy, missing paths. */
  readonly fatal?: string;
  /** Paths named in `paths` that the policy's `scan.exclude` covers, with the glob: not linted (the shell says so). */
  readonly excluded?: readonly { readonly path: string; readonly glob: string }[];
  /** The baseline in use, and where `--update-baseline` writes it. */
  readonly baseline?: BaselineTarget;
  /** What git's ignore rules kept out of the walk (untracked files they ignore), and ignore files not applied. */
  readonly gitIgnored?: GitIgnoredCount;
  /** The absolute repository root the finding paths are relative to (the CLI quotes source lines from it). */
  readonly root?: string;
  /** What the check could not compare or do, in words, for standard error (and the report's warnings). */
  readonly notes?: readonly string[];
}

function emptyResult(policyFile: string, findings: readonly Finding[]): CheckResult {
  const sorted = sortFindings(findings);
  return {
    report: {
      version: 1,
      tool: { name: 'tidb-import-guard', version: TOOL_VERSION },
      policy: policyFile,
      findings: sorted,
      summary: summarize(sorted, 0, 0),
    },
    clusters: [],
  };
}

/**
 * The most a file is read whole (a config is parsed from one string; V8 cannot make a string of
 * 512 MiB or more): above it a SQL file is scanned in pieces and anything else is a finding.
 */
export const HOLD_MAX_BYTES = 256 * 1024 * 1024;

function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
}

export async function checkRepository(options: CheckOptions): Promise<CheckOutcome> {
  const cwd = options.cwd ?? process.cwd();
  const root = options.root ? resolve(options.root) : findRepositoryRoot(cwd);

  let policyPath = options.policyPath;
  // A policy the user named outside the repository (the examples' one) is trusted where it is:
  // its folder is the one place outside the root the reader may resolve into (for its `extends`).
  let extraRoots: string[] = [];
  if (policyPath !== undefined) {
    const given = isAbsolute(policyPath) ? policyPath : resolve(cwd, policyPath);
    const inRepository = toRepoPath(root, given);
    if (inRepository === undefined) extraRoots = [dirname(given)];
    // A policy outside the repository is named relative to the root, with `/`.
    policyPath = inRepository ?? relative(root, given).split(sep).join('/');
  }
  const reader = createConfinedReader(root, { extraRoots, ...(options.fs ? { fs: options.fs } : {}) });
  const readPolicyFile = (p: string): string | undefined | Refused => {
    const read = reader.readText(p, POLICY_FILE_MAX_BYTES);
    if (read.ok) return read.text;
    return read.kind === 'missing' ? undefined : { refused: read.reason };
  };
  const readText = (p: string): string | undefined => textOf(readPolicyFile(p));

  if (policyPath === undefined) {
    policyPath = discoverPolicy((p) => reader.exists(p));
    if (policyPath === undefined) {
      return {
        result: emptyResult('', []),
        fatal: 'no policy file: create .github/tidb-import-guard.yml (see the README), or pass --policy',
      };
    }
  }
  const policyText = readPolicyFile(policyPath);
  if (typeof policyText !== 'string') {
    const why = policyText === undefined ? 'it does not exist' : `it ${policyText.refused}`;
    return { result: emptyResult(policyPath, []), fatal: `cannot read the policy file ${policyPath}: ${why}` };
  }
  const loaded = options.loadedPolicy?.path === policyPath ? options.loadedPolicy.result : loadPolicy(policyPath, readPolicyFile);
  if (!loaded.ok) {
    return {
      result: emptyResult(policyPath, loaded.problems.map(policyFinding)),
      fatal: `the policy ${policyPath} is invalid (${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'})`,
    };
  }
  const policy = loaded.policy;
  const repo = fileSystemRepo(root, reader);
  // Posture snapshots (`posture:`): a file that does not validate is invalid-policy, like the policy.
  const bound = loadSnapshots(policy, readText);
  const headConfigs = changefeedConfigFiles(readPolicyFile);
  const compiled = compilePosture(policy, headConfigs, bound.snapshots);
  if (compiled.problems.length || bound.problems.length) {
    const problems: PolicyProblem[] = [...bound.problems, ...compiled.problems.map((p) => ({ ...p.location, message: p.message }))];
    return {
      result: emptyResult(policyPath, problems.map(policyFinding)),
      fatal: `the policy ${policyPath} is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'})`,
    };
  }

  // `--base-policy FILE`: loaded once, what it extends read at the base (never the working copy).
  let baseFromFile: LoadResult | undefined;
  if (!options.basePolicy && options.basePolicyText !== undefined) {
    const baseReader = basePolicyFileReader({
      policyPath,
      text: options.basePolicyText,
      root,
      ...(options.basePolicyFile !== undefined ? { file: options.basePolicyFile } : {}),
      ...(options.readBaseRevision ? { readBaseRevision: options.readBaseRevision } : {}),
    });
    baseFromFile = loadPolicy(policyPath, baseReader.read);
    const failed = basePolicyFileFailure(baseReader.inWorkingCopy, baseFromFile);
    if (failed !== undefined) return { result: emptyResult(policyPath, []), fatal: failed };
  }
  const weakenings: Weakening[] = options.basePolicy
    ? baseWeakenings(options.basePolicy.path, (p) => options.basePolicy!.files[p], policy, headConfigs, options.basePolicy.loaded)
    : baseFromFile
      ? baseWeakenings(policyPath, () => undefined, policy, headConfigs, baseFromFile)
      : [];

  // Filled while the files stream through; the checker reads it in finish().
  const skipped: Finding[] = [];
  let files: Iterable<string>;
  let walk: ScanWalk | undefined;
  let excluded: CheckOutcome['excluded'];
  let gitIgnored: GitIgnoredCount | undefined;
  let stdinPath: string | undefined;
  if (options.stdin) {
    const rel = toRepoPath(root, resolve(cwd, options.stdin.path));
    if (rel === undefined || rel === '') {
      return {
        result: emptyResult(policyPath, []),
        fatal: `--stdin-filename ${safeText(options.stdin.path)} is not a file path inside the repository`,
      };
    }
    if (!/\.(sql|toml)$/i.test(rel)) {
      return { result: emptyResult(policyPath, []), fatal: `--stdin-filename ${safeText(rel)}: only .sql and .toml files are linted` };
    }
    const glob = policy.scan.exclude.find((g) => picomatch(g, PATH_GLOB)(rel));
    files = [];
    if (glob !== undefined) excluded = [{ path: rel, glob }];
    else {
      files = [rel];
      stdinPath = rel;
    }
  } else if (options.changedFiles && !options.paths) {
    // Pull-request scope: the changed files themselves, never a walk of the whole repository.
    // The changed files exclude removed ones, so one missing from the workspace was hidden by a
    // sparse or partial checkout: a file the linter cannot read cannot be shown safe.
    files = selectFiles(root, options.changedFiles, policy.scan, reader, (path) => skipped.push(unreadFinding(path, 'notInWorkspace')));
    // A Lightning config that reads a changed file (a filter @file, its data directory) changes with it.
    const dependents = dependentConfigs(root, cwd, policy.scan, reader, options.changedFiles, new Set(files));
    if (dependents.length) files = [...files, ...dependents].sort(byCodeUnit);
  } else {
    // The walk streams: files are read and reduced as it reaches them, and the listing is never held.
    walk = scanWalk(root, cwd, options.paths ?? [root], policy.scan, reader);
    // What makes the run fatal is known before a file is read: the paths named, and (by a walk
    // that reads nothing and stops once each glob has matched a file) the globs that match none.
    const missing = walk.globs
      ? [...unmatchedGlobs(root, cwd, options.paths ?? [root], policy.scan, reader), ...walk.missing]
      : walk.missing;
    if (missing.length) {
      return { result: emptyResult(policyPath, []), fatal: `no such file or directory: ${missing.join(', ')}` };
    }
    if (walk.refused.length) {
      return {
        result: emptyResult(policyPath, []),
        fatal: `cannot lint ${walk.refused.map((r) => `${r.path}: it ${r.reason}`).join('; ')}`,
      };
    }
    if (walk.excluded.length) excluded = walk.excluded;
    files = walk.files();
    if (options.changedFiles) {
      const changed = new Set(options.changedFiles);
      files = filtered(files, (f) => changed.has(f));
    }
  }

  const fullScope =
    !options.stdin && !options.changedFiles && (options.paths === undefined || options.paths.some((p) => resolve(cwd, p) === root));
  const baseline = loadBaseline(policy, reader, {
    root,
    cwd,
    ...(options.baselinePath !== undefined ? { path: options.baselinePath } : {}),
    ...(options.updateBaseline ? { update: true } : {}),
    ...(options.fs ? { fs: options.fs } : {}),
  });
  if (options.updateBaseline && baseline.kind === 'none') {
    return {
      result: emptyResult(policyPath, []),
      fatal: '--update-baseline needs a baseline file: pass --baseline FILE or set `baseline:` in the policy',
    };
  }
  if (options.updateBaseline && !fullScope) {
    // Written from a part of the repository, it would drop the entries of every other file.
    return {
      result: emptyResult(policyPath, []),
      fatal: '--update-baseline writes the baseline from the whole repository: run it without paths or a changed-files scope',
    };
  }
  if (baseline.kind === 'fatal') {
    return { result: emptyResult(policyPath, baseline.problems.map(policyFinding)), fatal: baseline.message };
  }
  // Entries the pull request adds to the baseline weaken the policy like a new waiver.
  const notes: string[] = [];
  if (baseline.kind === 'ok' && !options.updateBaseline) {
    // `--baseline FILE` replaces the policy's key: inside the repository it is compared with FILE at
    // the base revision (a change could add its own findings to it); outside, the person running the
    // job chose it and it is no part of the change, so there is nothing to compare.
    const flagged = options.baselinePath !== undefined ? baseline.target.file : undefined;
    const flaggedOutside = flagged !== undefined && (flagged === '..' || flagged.startsWith('../'));
    let base: ReturnType<typeof baseBaseline>;
    if (flaggedOutside) base = undefined;
    else if (options.basePolicy) {
      const files = options.basePolicy.files;
      const readFlagged = flagged !== undefined && options.readBaseRevision ? options.readBaseRevision : (p: string) => files[p];
      base = baseBaseline(options.basePolicy.path, (p) => files[p], options.basePolicy.loaded, readFlagged, flagged);
    } else if (baseFromFile) {
      // `--base-policy FILE`: the policy is the file (loaded above), and its baseline is read at
      // the base revision, when there is one.
      if (options.readBaseRevision) base = baseBaseline(policyPath, () => undefined, baseFromFile, options.readBaseRevision, flagged);
      else {
        const named = flagged ?? (baseFromFile.ok ? baseFromFile.policy.baseline?.path : undefined);
        if (named !== undefined)
          notes.push(
            `--base-policy: the baseline ${safeText(named)} of the base policy is not compared: no base revision is known to read it at (the working copy's is the change's own). Add --changed-since REF to read it at the merge base; until then, baseline entries this change adds are not reported as policy-weakened.`,
          );
      }
    }
    if (base) weakenings.push(...diffBaselines(base.policy, base.entries, baseline.baseline));
  }

  const checker = createChecker({
    policy,
    posture: compiled.posture,
    today: options.today ?? new Date(nowMs(process.env)).toISOString().slice(0, 10),
    now: options.now ?? (options.today !== undefined ? Date.parse(`${options.today}T00:00:00Z`) : nowMs(process.env)),
    snapshots: bound.snapshots,
    fullScope,
    weakenings,
    repo,
    extraFindings: skipped,
    ...(baseline.kind === 'ok' ? { baseline: baseline.baseline, ...(options.updateBaseline ? { updateBaseline: true } : {}) } : {}),
  });
  for (const path of files) {
    if (path === stdinPath && options.stdin) {
      const given = options.stdin.read(policy.scan.maxFileBytes);
      if (given.ok) checker.add({ path, bytes: given.bytes });
      else skipped.push(unreadFinding(path, 'stdinUnreadable', { reason: given.reason }));
      continue;
    }
    // However high `scan.max_file_bytes` is set, no file is held whole beyond HOLD_MAX_BYTES.
    const read = reader.read(path, Math.min(policy.scan.maxFileBytes, HOLD_MAX_BYTES));
    if (read.ok) checker.add({ path, bytes: read.bytes });
    else if (read.kind === 'too-big' && read.size !== undefined) {
      // Size never hides an import: a large SQL file is scanned in pieces, in bounded memory.
      if (path.toLowerCase().endsWith('.sql')) checker.add({ path, size: read.size, chunks: fileChunks(reader, path) });
      else if (read.size > policy.scan.maxFileBytes)
        skipped.push(unreadFinding(path, 'overMaxFileBytes', { size: formatBytes(read.size), max: formatBytes(policy.scan.maxFileBytes) }));
      else skipped.push(unreadFinding(path, 'overHoldLimit', { size: formatBytes(read.size), limit: formatBytes(HOLD_MAX_BYTES) }));
    } else {
      // A link out, a FIFO, a device, an I/O error: a file the linter cannot read cannot be shown safe.
      skipped.push(unreadFinding(path, 'unreadable', { reason: read.reason }));
    }
  }
  if (walk) {
    const end = walk.end();
    // A directory the walk could not read hides files: never clean, always said (first, as the listing said them).
    skipped.unshift(...end.unreadable.map((u) => unreadFinding(u.path, 'directoryUnreadable', { reason: u.reason })));
    gitIgnored = end.gitIgnored;
  }
  return {
    result: checker.finish(),
    ...(excluded ? { excluded } : {}),
    ...(baseline.kind === 'ok' ? { baseline: baseline.target } : {}),
    ...(gitIgnored ? { gitIgnored } : {}),
    ...(notes.length ? { notes } : {}),
    root,
  };
}

/**
 * Why a `--base-policy FILE` cannot be compared (the run stops, exit 2), or undefined. The person
 * who runs the job named FILE to be compared with: one that does not load, or whose extends would
 * be read from the working copy, would leave `policy-weakened` unchecked, so the run never passes
 * silently without it.
 */
function basePolicyFileFailure(inWorkingCopy: readonly string[], loaded: LoadResult): string | undefined {
  if (inWorkingCopy.length) {
    const named = inWorkingCopy.map((p) => `\`${safeText(p)}\``).join(', ');
    return `--base-policy: the base policy extends ${named}, which would be read from the working copy, the change's own version (a relaxation made there would go unseen). Add --changed-since REF to read it at the merge base, or give a base policy whose extended files lie outside the repository in the same layout (a second checkout of the base branch).`;
  }
  if (loaded.ok) return undefined;
  const shown = loaded.problems
    .slice(0, 3)
    .map((p) => `${safeText(p.file)}:${p.line}:${p.column}: ${safeText(p.message)}`)
    .join('; ');
  const more = loaded.problems.length > 3 ? `; and ${loaded.problems.length - 3} more` : '';
  return `--base-policy: the base policy does not load, so policy-weakened cannot be checked (${shown}${more})`;
}

/**
 * `policy-weakened` compares the pull request's base policy with the head one. `readBase` reads
 * the base versions of the policy's files (the action fetches them at the base commit, and
 * `--changed-since` reads them at the merge base; `--base-policy FILE` is loaded before, see
 * basePolicyFileReader). A base fetched from the base revision that does not load is ignored: the
 * base is not what is being reviewed. Changefeed `config:` files are read on each side (the base's
 * with `readBase`) and compared by their rules.
 */
function baseWeakenings(
  basePath: string,
  readBase: (p: string) => string | undefined,
  head: Policy,
  headConfigs: ChangefeedConfigFiles,
  loaded?: LoadResult,
): Weakening[] {
  const base = loaded ?? loadPolicy(basePath, readBase);
  if (!base.ok) return [];
  // Changefeed `config:` files are compared by their rules, each side's own (weakened/config-rules.ts).
  const baseConfigs = changefeedConfigFiles(readBase);
  return diffPolicies(withConfigRules(base.policy, baseConfigs), withConfigRules(head, headConfigs), {
    defaultSeverity: (id) => ruleMeta(id)?.defaultSeverity,
  });
}

/**
 * The base policy and the entries of its baseline, for `policy-weakened`. The base baseline is read
 * with the base policy's files (the action fetches it at the base commit), or by `readBaseline` at
 * the base revision (`--base-policy` with `--changed-since`); one that is missing or does not parse
 * holds nothing, so every head entry counts as added. `baselinePath` (`--baseline FILE` inside the
 * repository) replaces the base policy's `baseline:` key.
 */
function baseBaseline(
  basePath: string,
  readBase: (p: string) => string | undefined,
  loaded?: LoadResult,
  readBaseline: (p: string) => string | undefined = readBase,
  baselinePath?: string,
): { policy: Policy; entries: { fingerprint: string; rule: string; file: string }[] } | undefined {
  const base = loaded ?? loadPolicy(basePath, readBase);
  if (!base.ok) return undefined;
  const path = baselinePath ?? base.policy.baseline?.path;
  const text = path !== undefined ? readBaseline(path) : undefined;
  const parsed = path !== undefined && text !== undefined ? parseBaseline(path, text) : undefined;
  return { policy: base.policy, entries: parsed?.ok ? [...parsed.baseline.entries] : [] };
}

function* filtered(items: Iterable<string>, keep: (item: string) => boolean): Generator<string, void, undefined> {
  for (const item of items) if (keep(item)) yield item;
}

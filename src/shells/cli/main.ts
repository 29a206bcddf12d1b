/**
 * The command line: a thin shell over `checkRepository` and the report formatters.
 *   tidb-import-guard check [PATH...] [--policy FILE] [--format text|compact|json|sarif|github|gitlab]
 *                           [--output FILE] [--fail-on error|warning|notice|never] [--base-policy FILE]
 *   tidb-import-guard explain RULE-ID | rules | --version | --help
 * Exit codes: 0 clean at --fail-on, 1 findings at or above it, 2 the tool could not do its job.
 * The program around it (streams, signals, crashes, out of memory) is bin.ts.
 */
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Finding } from '../../core/types.js';
import { serializeBaseline } from '../../parse/baseline/format.js';
import type { BaselineTarget } from '../baseline-file.js';
import { parseArgs } from 'node:util';
import { failsCheck } from '../../report/verdict.js';
import { sourceLines } from './source-lines.js';
import { FAIL_ON, FORMATS, renderReportPieces } from './render.js';
import { RULES, ruleMeta } from '../../lint/rules/registry.js';
import { checkRepository } from '../check-repository.js';
import { safeText } from '../../lint/sanitize.js';
import { POLICY_FILE_MAX_BYTES, createConfinedReader, describeFsError } from '../../files/confined.js';
import { readRuleDoc } from '../rule-docs.js';
import { suggest } from '../../core/suggest.js';
import { quietReport, tooManyWarnings, wantsColour, wantsHyperlinks } from './conventions.js';
import { gitIgnoredNote } from './scope-notes.js';
import { scopeOptions, type StdinRead } from './scope-options.js';
import { slowNodeNotice } from './node-notice.js';
import { initCommand } from './init.js';
import { POSTURE_USAGE, postureCommand } from './posture.js';
import { quickAnswer, USAGE } from './usage.js';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
  /** Standard input for `--stdin` (tests give it; default: the process's). */
  readonly readStdin?: (maxBytes: number) => StdinRead;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const quick = quickAnswer(command);
  if (quick) {
    io.stdout(quick.stdout);
    return quick.code;
  }
  // `check --help`, `init --help`, `posture fetch -h`: the command's usage (after `--` it is an argument).
  const options = rest.indexOf('--') === -1 ? rest : rest.slice(0, rest.indexOf('--'));
  if (options.includes('--help') || options.includes('-h')) {
    if (command === 'posture' || command === 'init') {
      io.stdout(POSTURE_USAGE);
      return 0;
    }
    if (command === 'check' || command === 'explain' || command === 'rules') {
      io.stdout(USAGE);
      return 0;
    }
  }
  if (command === 'rules') return listRules(io);
  if (command === 'explain') return explain(rest, io);
  if (command === 'check') return check(rest, io);
  if (command === 'posture') return postureCommand(rest, io);
  if (command === 'init') return initCommand(rest, io);
  io.stderr(`tidb-import-guard: unknown command \`${command}\`\n\n${USAGE}`);
  return 2;
}

/** `rules`: one line a rule, its one-line summary (the README's table); the long text is `explain RULE`'s. */
function listRules(io: CliIo): number {
  const width = Math.max(...RULES.map((r) => r.id.length));
  const lines = RULES.map((r) => `${r.id.padEnd(width)}  ${r.meta.defaultSeverity.padEnd(7)}  ${r.meta.summary}`);
  io.stdout(`${'rule'.padEnd(width)}  default  description\n${lines.join('\n')}\n`);
  return 0;
}

function explain(args: readonly string[], io: CliIo): number {
  const id = args[0];
  if (!id || args.length > 1) {
    io.stderr('tidb-import-guard: usage: tidb-import-guard explain RULE-ID\n');
    return 2;
  }
  if (!ruleMeta(id)) {
    const near = suggest(
      id,
      RULES.map((r) => r.id),
    );
    const hint = near ? `did you mean \`${near}\`? ` : '';
    io.stderr(`tidb-import-guard: unknown rule \`${id}\`; ${hint}\`tidb-import-guard rules\` lists them\n`);
    return 2;
  }
  const doc = readRuleDoc(id);
  io.stdout(doc ?? `${id}: ${ruleMeta(id)!.description}\n`);
  return 0;
}

async function check(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        policy: { type: 'string' },
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        'fail-on': { type: 'string', default: 'error' },
        'base-policy': { type: 'string' },
        root: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        baseline: { type: 'string' },
        'update-baseline': { type: 'boolean', default: false },
        'changed-since': { type: 'string' },
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
      },
    });
  } catch (error) {
    io.stderr(`tidb-import-guard: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) {
    io.stderr(`tidb-import-guard: --format must be one of ${FORMATS.join(', ')}\n`);
    return 2;
  }
  const failOn = values['fail-on'] as (typeof FAIL_ON)[number];
  if (!FAIL_ON.includes(failOn)) {
    io.stderr(`tidb-import-guard: --fail-on must be one of ${FAIL_ON.join(', ')}\n`);
    return 2;
  }
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    io.stderr('tidb-import-guard: --max-warnings must be a whole number, 0 or more\n');
    return 2;
  }
  let basePolicyText: string | undefined;
  const basePolicyFile = values['base-policy'] !== undefined ? resolve(io.cwd, values['base-policy']) : undefined;
  if (basePolicyFile !== undefined) {
    // Named by the user, so it may be anywhere; still a regular file (not a FIFO) and capped.
    const read = createConfinedReader('/').readText(basePolicyFile, POLICY_FILE_MAX_BYTES);
    if (!read.ok) {
      io.stderr(`tidb-import-guard: cannot read --base-policy ${values['base-policy']}: it ${read.reason}\n`);
      return 2;
    }
    basePolicyText = read.text;
  }
  const scope = scopeOptions({
    cwd: io.cwd,
    ...(values.root !== undefined ? { root: values.root } : {}),
    ...(values.policy !== undefined ? { policy: values.policy } : {}),
    ...(values['changed-since'] !== undefined ? { changedSince: values['changed-since'] } : {}),
    stdin: values.stdin === true,
    ...(values['stdin-filename'] !== undefined ? { stdinFilename: values['stdin-filename'] } : {}),
    paths: positionals,
    hasBasePolicy: basePolicyText !== undefined,
    env: io.env,
    ...(io.readStdin ? { readStdin: io.readStdin } : {}),
  });
  if (!scope.ok) {
    io.stderr(`tidb-import-guard: ${scope.message}\n`);
    return 2;
  }
  if (scope.note) io.stderr(scope.note);
  const notice = slowNodeNotice(process.versions.node, positionals.length === 0 && !values.stdin && values['changed-since'] === undefined);
  if (notice) io.stderr(notice);
  const outcome = await checkRepository({
    cwd: io.cwd,
    ...(values.root !== undefined ? { root: resolve(io.cwd, values.root) } : {}),
    ...(positionals.length ? { paths: positionals } : {}),
    ...(values.policy !== undefined ? { policyPath: values.policy } : {}),
    ...(basePolicyText !== undefined ? { basePolicyText, ...(basePolicyFile !== undefined ? { basePolicyFile } : {}) } : {}),
    ...(values.baseline !== undefined ? { baselinePath: values.baseline } : {}),
    ...(values['update-baseline'] ? { updateBaseline: true } : {}),
    ...scope.options,
  });
  if (values['update-baseline'] && !outcome.fatal && outcome.baseline) {
    const written = writeBaseline(outcome.baseline, outcome.result.report.findings, io);
    if (written !== 0) return written;
  }
  // A named path the policy's scan excludes is not linted: said, never skipped silently (README.md "Command line").
  // The run's warnings go to standard error, and into SARIF as tool notifications.
  const warnings: string[] = [];
  for (const e of outcome.excluded ?? []) {
    const warning = `${safeText(e.path)} is not linted: the policy's scan.exclude glob \`${safeText(e.glob)}\` excludes it`;
    warnings.push(warning);
    io.stderr(`tidb-import-guard: ${warning}\n`);
  }
  for (const note of outcome.notes ?? []) {
    warnings.push(note);
    io.stderr(`tidb-import-guard: ${note}\n`);
  }
  const ignoredNote = gitIgnoredNote(outcome.gitIgnored);
  if (ignoredNote) {
    warnings.push(ignoredNote.replace(/^tidb-import-guard: /, '').trim());
    io.stderr(ignoredNote);
  }
  const full = outcome.result.report;
  const report = values.quiet ? quietReport(full) : full;
  const toFile = values.output !== undefined;
  const colour = wantsColour({
    flag: values.color === true ? true : values['no-color'] === true ? false : undefined,
    env: io.env,
    isTTY: io.isTTY,
    toFile,
  });
  const pieces = renderReportPieces(format, report, {
    colour,
    hyperlinks: wantsHyperlinks({ colour, env: io.env, isTTY: io.isTTY, toFile }),
    counts: !outcome.fatal,
    // Secrets are masked in quoted lines even when --quiet hides their findings.
    secrets: full.findings.filter((f) => f.rule === 'plaintext-secret'),
    ...(outcome.root !== undefined ? { lineText: sourceLines(outcome.root, full.policy) } : {}),
    warnings,
    ...(outcome.fatal ? { fatal: outcome.fatal } : {}),
  });
  // Written piece by piece: the report of a large run is never held whole as one text.
  if (values.output !== undefined) {
    try {
      writePieces(values.output, pieces);
    } catch (error) {
      io.stderr(`tidb-import-guard: cannot write ${values.output}: ${describeFsError(error)}\n`);
      return 2;
    }
  } else for (const piece of pieces) io.stdout(piece);
  if (outcome.fatal) {
    io.stderr(`tidb-import-guard: ${outcome.fatal}\n`);
    return 2;
  }
  if (failsCheck(full.findings, failOn)) return 1;
  if (maxWarnings !== undefined && tooManyWarnings(full.findings, maxWarnings)) {
    io.stderr(`tidb-import-guard: too many warnings (more than --max-warnings ${maxWarnings})\n`);
    return 1;
  }
  return 0;
}

/** `--output`: the file truncated and written piece by piece (an empty report still makes the file). */
function writePieces(path: string, pieces: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    for (const piece of pieces) writeFileSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}

/** `--update-baseline`: the file, rewritten from the findings the run took as recorded. */
function writeBaseline(target: BaselineTarget, findings: readonly Finding[], io: CliIo): number {
  const recorded = findings.filter((f) => f.suppression?.kind === 'baseline');
  try {
    mkdirSync(dirname(target.absolute), { recursive: true });
    writeFileSync(target.absolute, serializeBaseline(recorded));
  } catch (error) {
    io.stderr(`tidb-import-guard: cannot write the baseline ${safeText(target.file)}: ${describeFsError(error)}\n`);
    return 2;
  }
  io.stderr(
    `tidb-import-guard: wrote ${recorded.length} baseline entr${recorded.length === 1 ? 'y' : 'ies'} to ${safeText(target.file)}\n`,
  );
  return 0;
}

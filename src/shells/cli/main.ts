/**
 * The command line: a thin shell over `checkRepository` and the report formatters.
 *   tidb-import-guard check [PATH...] [--policy FILE] [--format text|json|sarif|github]
 *                           [--output FILE] [--fail-on error|warning|notice|never] [--base-policy FILE]
 *   tidb-import-guard explain RULE-ID | rules | --version | --help
 * Exit codes: 0 clean at --fail-on, 1 findings at or above it, 2 the tool could not do its job.
 * The program around it (streams, signals, crashes, out of memory) is bin.ts.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TOOL_VERSION } from '../../core/tool-version.js';
import { formatJson } from '../../report/json.js';
import { failsCheck } from '../../report/verdict.js';
import { formatText } from '../../report/text.js';
import { formatSarif } from '../../report/sarif.js';
import { formatGithubCommands } from '../../report/workflow-commands.js';
import { RULES, ruleMeta } from '../../lint/rules/registry.js';
import { checkRepository } from '../check-repository.js';
import { safeText } from '../../lint/sanitize.js';
import { POLICY_FILE_MAX_BYTES, createConfinedReader, describeFsError } from '../../files/confined.js';
import { readRuleDoc } from '../rule-docs.js';
import { suggest } from '../../core/suggest.js';
import { quietReport, tooManyWarnings, wantsColour } from './conventions.js';
import { slowNodeNotice } from './node-notice.js';
import { initCommand } from './init.js';
import { postureCommand } from './posture.js';
import type { CliIo } from './io.js';

export type { CliIo } from './io.js';

const USAGE = `Usage:
  tidb-import-guard check [PATH...] [options]   lint Lightning configs and SQL against the policy
  tidb-import-guard posture fetch|verify ...    read the clusters' real posture, compare the policy with it
  tidb-import-guard init [--posture FILE...]     write a draft policy from the repository (and snapshots)
  tidb-import-guard explain RULE-ID             show a rule's documentation
  tidb-import-guard rules                       list the rules
  tidb-import-guard --version | --help

Options of check:
  --policy FILE        the policy (default: .github/tidb-import-guard.yml, then tidb-import-guard.yml)
  --format FORMAT      text (default), json, sarif or github (workflow annotations)
  --output FILE        write the report to FILE instead of standard output
  --fail-on LEVEL      error (default), warning, notice or never
  --base-policy FILE   the policy before the change (enables policy-weakened)
  --root DIR           the repository root (default: the git top level of the current directory)
  --quiet              report errors only
  --max-warnings N     also fail (exit 1) when more than N warnings remain
  --color, --no-color  colour the text output (default: on a terminal, unless NO_COLOR is set)

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 the tool could not do its job.
`;

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;


export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`tidb-import-guard ${TOOL_VERSION}\n`);
    return 0;
  }
  if (command === 'rules') return listRules(io);
  if (command === 'explain') return explain(rest, io);
  if (command === 'check') return check(rest, io);
  if (command === 'posture') return postureCommand(rest, io);
  if (command === 'init') return initCommand(rest, io);
  io.stderr(`tidb-import-guard: unknown command \`${command}\`\n\n${USAGE}`);
  return 2;
}

function listRules(io: CliIo): number {
  const width = Math.max(...RULES.map((r) => r.id.length));
  const lines = RULES.map((r) => `${r.id.padEnd(width)}  ${r.meta.defaultSeverity.padEnd(7)}  ${r.meta.description}`);
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
    const near = suggest(id, RULES.map((r) => r.id));
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
  if (values['base-policy'] !== undefined) {
    // Named by the user, so it may be anywhere; still a regular file (not a FIFO) and capped.
    const read = createConfinedReader('/').readText(resolve(io.cwd, values['base-policy']), POLICY_FILE_MAX_BYTES);
    if (!read.ok) {
      io.stderr(`tidb-import-guard: cannot read --base-policy ${values['base-policy']}: it ${read.reason}\n`);
      return 2;
    }
    basePolicyText = read.text;
  }
  const notice = slowNodeNotice(process.versions.node, positionals.length === 0);
  if (notice) io.stderr(notice);
  const outcome = await checkRepository({
    cwd: io.cwd,
    ...(values.root !== undefined ? { root: values.root } : {}),
    ...(positionals.length ? { paths: positionals } : {}),
    ...(values.policy !== undefined ? { policyPath: values.policy } : {}),
    ...(basePolicyText !== undefined ? { basePolicyText } : {}),
  });
  // A named path the policy's scan excludes is not linted: said, never skipped silently (cli.md).
  for (const e of outcome.excluded ?? []) {
    io.stderr(`tidb-import-guard: ${safeText(e.path)} is not linted: the policy's scan.exclude glob \`${safeText(e.glob)}\` excludes it\n`);
  }
  const full = outcome.result.report;
  const report = values.quiet ? quietReport(full) : full;
  const colour = wantsColour({ flag: values.color === true ? true : values['no-color'] === true ? false : undefined, env: io.env, isTTY: io.isTTY, toFile: values.output !== undefined });
  const rendered =
    format === 'json'
      ? formatJson(report)
      : format === 'sarif'
        ? formatSarif(report, { helpMarkdown: readRuleDoc })
        : format === 'github'
          ? formatGithubCommands(report)
          : formatText(report, { colour, counts: !outcome.fatal });
  if (values.output !== undefined) {
    try {
      writeFileSync(values.output, rendered);
    } catch (error) {
      io.stderr(`tidb-import-guard: cannot write ${values.output}: ${describeFsError(error)}\n`);
      return 2;
    }
  } else io.stdout(rendered);
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

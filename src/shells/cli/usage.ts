/**
 * The CLI's usage text and the answers that need nothing else (`--version`, `--help`): bin.ts
 * gives them without loading the rest of the program (README.md "Command line": start-up), main.ts for callers that
 * run `main` directly.
 */
import { TOOL_VERSION } from '../../core/tool-version.js';

export const USAGE = `Usage:
  tidb-import-guard check [PATH...] [options]   lint Lightning configs and SQL against the policy
  tidb-import-guard posture fetch|verify ...    read the clusters' real posture, compare the policy with it
  tidb-import-guard init [--posture FILE...]     write a draft policy from the repository (and snapshots)
  tidb-import-guard explain RULE-ID             show a rule's documentation
  tidb-import-guard rules                       list the rules
  tidb-import-guard --version | --help

Options of check:
  --policy FILE        the policy (default: .github/tidb-import-guard.yml, then tidb-import-guard.yml; .yaml too)
  --format FORMAT      text (default: grouped, with source excerpts), compact (one line each),
                       json, sarif, github (workflow annotations) or gitlab (Code Quality)
  --output FILE        write the report to FILE instead of standard output
  --fail-on LEVEL      error (default), warning, notice or never
  --base-policy FILE   the policy before the change (enables policy-weakened)
  --root DIR           the repository root (default: the git top level of the current directory)
  --quiet              report errors only
  --max-warnings N     also fail (exit 1) when more than N warnings remain
  --baseline FILE      findings recorded in FILE do not fail (default: the policy's baseline: key)
  --update-baseline    write the baseline from the current findings (whole repository only)
  --color, --no-color  colour the text output (default: on a terminal, unless NO_COLOR is set;
                       FORCE_COLOR forces it); rule ids link to their docs on terminals known to
                       support hyperlinks (FORCE_HYPERLINK=1/0 overrides)
  --changed-since REF  lint only the files changed since the merge base of REF and HEAD (needs git;
                       everything when the policy changed, and the base policy is compared)
  --stdin              lint standard input as if it were the file of --stdin-filename PATH

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 the tool could not do its job.
`;

/**
 * The output and exit code of a command answered from this file alone (`--help`, `-h`, `help`,
 * none, `--version`, `-v`), else undefined.
 */
export function quickAnswer(command: string | undefined): { readonly stdout: string; readonly code: number } | undefined {
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return { stdout: USAGE, code: command === undefined ? 2 : 0 };
  }
  if (command === '--version' || command === '-v') return { stdout: `tidb-import-guard ${TOOL_VERSION}\n`, code: 0 };
  return undefined;
}

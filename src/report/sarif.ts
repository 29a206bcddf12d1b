/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. A pure function of the findings,
 * the rule metadata and the rules' help texts (the shell reads the doc pages and passes them in).
 *
 * - `ruleId` is the rule's public id; every rule of the registry is listed, so ids and indexes
 *   are stable across runs whether or not a rule fired.
 * - `help.markdown` carries the doc page (code scanning shows it and ignores `helpUri`), with a
 *   link to `docs/rules/<id>.md`.
 * - `partialFingerprints.primaryLocationLineHash` is the finding's fingerprint (rule, path and
 *   normalized content, not the line), so alerts follow code that moves.
 * - URIs are repository-relative with `uriBaseId: %SRCROOT%`.
 * - Suppressed findings are present with `suppressions` (inline directive → `inSource`, policy
 *   waiver or baseline entry → `external`), never dropped, so a viewer can show what was waived
 *   and why. With a baseline, results carry `baselineState` (`withBaselineState`).
 */
import { byCodeUnit } from '../core/compare.js';
import type * as Sarif from 'sarif';
import { uriPath, type Finding, type Severity } from '../core/types.js';
import type { BaselineSection, Report } from '../lint/result.js';
import { RULES } from '../lint/rules/registry.js';
import { PROJECT_HOME, docsBaseUrl } from './doc-links.js';
import { helpOf } from './help.js';
import { arrayItemPieces } from './json-pieces.js';
import { plainText } from '../core/plain-text.js';

export interface SarifRule {
  readonly id: string;
  readonly meta: { readonly description: string; readonly defaultSeverity: Severity };
}

export interface SarifInput {
  readonly findings: readonly Finding[];
  readonly rules: readonly SarifRule[];
  /** Doc page Markdown of a rule (the `docs/rules/<id>.md` text); missing ones get a stub. */
  readonly helpMarkdown?: (ruleId: string) => string | undefined;
  readonly toolVersion: string;
  /** Base for doc links, e.g. `https://github.com/owner/repo/blob/v1`; default: a relative link. */
  readonly docsBaseUrl?: string;
  readonly informationUri?: string;
  /** The baseline the run was compared with (report.baseline): results get a `baselineState`. */
  readonly baseline?: BaselineSection;
  /** How the run went: `executionSuccessful` false when the tool could not do its job (exit 2). */
  readonly invocation?: SarifInvocation;
}

/** The run's own messages (why it could not do its job, what it did not lint), as SARIF notifications. */
export interface SarifInvocation {
  readonly executionSuccessful: boolean;
  readonly notifications?: readonly { readonly level: 'error' | 'warning' | 'note'; readonly message: string }[];
}

export const SRCROOT = '%SRCROOT%';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Readonly<Record<Severity, Sarif.ReportingConfiguration.level>> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

/**
 * Security rules get code scanning's `security-severity` (a CVSS-like score; with it, code scanning
 * files the alert under security and ranks it: 7.0-8.9 is "high"). Decision: only
 * `plaintext-secret` is a security finding; the other rules are about data integrity (a restore or
 * a downstream that silently lacks rows) and policy hygiene, which code scanning's security view
 * would misfile, so they keep the plain `error`/`warning`/`note` levels.
 */
const SECURITY_SEVERITY: Readonly<Record<string, string>> = { 'plaintext-secret': '8.0' };

function docLink(ruleId: string, docsBaseUrl: string | undefined): string {
  const path = `docs/rules/${ruleId}.md`;
  return docsBaseUrl ? `${docsBaseUrl.replace(/\/+$/, '')}/${path}` : path;
}

function ruleName(ruleId: string): string {
  return ruleId
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

function toRule(rule: SarifRule, input: SarifInput): Sarif.ReportingDescriptor {
  const link = docLink(rule.id, input.docsBaseUrl);
  const page = input.helpMarkdown?.(rule.id)?.trim();
  const markdown = `${page ? page : `# ${rule.id}\n\n${rule.meta.description}`}\n\nDocumentation: [${link}](${link})`;
  const security = SECURITY_SEVERITY[rule.id];
  const descriptor: Sarif.ReportingDescriptor = {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: rule.meta.description },
    defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
    help: { text: `${rule.meta.description} See ${link}.`, markdown },
    properties: { tags: security ? ['tidb', 'security'] : ['tidb'], ...(security ? { 'security-severity': security } : {}) },
  };
  if (/^https?:\/\//.test(link)) descriptor.helpUri = link;
  return descriptor;
}

function toResult(finding: Finding, ruleIndex: Map<string, number>): Sarif.Result {
  const result: Sarif.Result = {
    ruleId: finding.rule,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriPath(finding.file), uriBaseId: SRCROOT },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
          },
        },
      },
    ],
    partialFingerprints: { primaryLocationLineHash: finding.fingerprint },
  };
  const index = ruleIndex.get(finding.rule);
  if (index !== undefined) result.ruleIndex = index;
  const properties: Record<string, unknown> = {};
  if (finding.cluster) properties['cluster'] = finding.cluster;
  if (finding.tables?.length) properties['tables'] = [...finding.tables];
  const help = helpOf(finding);
  if (help !== undefined) properties['help'] = help;
  if (finding.fix) {
    properties['fix'] = finding.fix.edits
      ? { title: finding.fix.title, edits: finding.fix.edits.map((e) => ({ ...e })) }
      : { title: finding.fix.title, replacement: finding.fix.replacement };
    // Every edit of the fix, applied together (a fix of several edits is one SARIF fix).
    const edits = finding.fix.edits ?? [
      { line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn, text: finding.fix.replacement },
    ];
    // The same replacement as a SARIF fix (the finding's region replaced by the text), so viewers
    // that apply fixes (VS Code's SARIF viewer) offer it. Never for a secret's region.
    if (finding.rule !== 'plaintext-secret') {
      result.fixes = [
        {
          description: { text: finding.fix.title },
          artifactChanges: [
            {
              artifactLocation: { uri: uriPath(finding.file), uriBaseId: SRCROOT },
              replacements: edits.map((e) => ({
                deletedRegion: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn },
                insertedContent: { text: e.text },
              })),
            },
          ],
        },
      ];
    }
  }
  if (Object.keys(properties).length) result.properties = properties;
  if (finding.suppressed) {
    result.suppressions = [
      {
        kind: finding.suppression?.kind === 'inline' ? 'inSource' : 'external',
        status: 'accepted',
        ...(finding.suppression?.reason ? { justification: finding.suppression.reason } : {}),
      },
    ];
  }
  return result;
}

/**
 * Without a baseline, results carry no `baselineState` (SARIF: it is only meaningful against a
 * baseline). With one: a finding the baseline records is `unchanged`, any other `new`, and each
 * entry that matched nothing is an `absent` result (kind `pass`, level `none`: nothing to fix
 * there) at the file the entry names, so a viewer can show what disappeared.
 */
function withBaselineState(input: SarifInput, ruleIndex: ReadonlyMap<string, number>): Sarif.Result[] {
  const results = input.findings.map((finding) => {
    const result = toResult(finding, ruleIndex as Map<string, number>);
    if (input.baseline) result.baselineState = finding.suppression?.kind === 'baseline' ? 'unchanged' : 'new';
    return result;
  });
  for (const entry of input.baseline?.absent ?? []) {
    const index = ruleIndex.get(entry.rule);
    if (index === undefined) continue;
    results.push({
      ruleId: entry.rule,
      ruleIndex: index,
      kind: 'pass',
      level: 'none',
      message: { text: entry.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: uriPath(entry.file), uriBaseId: SRCROOT } } }],
      partialFingerprints: { primaryLocationLineHash: entry.fingerprint },
      baselineState: 'absent',
    });
  }
  return results;
}

export function buildSarif(input: SarifInput): Sarif.Log {
  // Rules the registry does not know (should not happen) still get a descriptor: a result's
  // ruleId must resolve for viewers.
  const known = new Map(input.rules.map((rule) => [rule.id, rule] as const));
  for (const finding of input.findings) {
    if (!known.has(finding.rule))
      known.set(finding.rule, { id: finding.rule, meta: { description: finding.rule, defaultSeverity: finding.severity } });
  }
  const rules = [...known.values()].sort((a, b) => byCodeUnit(a.id, b.id));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index] as const));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tidb-import-guard',
            version: input.toolVersion,
            semanticVersion: input.toolVersion,
            ...(input.informationUri ? { informationUri: input.informationUri } : {}),
            rules: rules.map((rule) => toRule(rule, input)),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { description: { text: 'The root of the repository that was checked.' } } },
        columnKind: 'utf16CodeUnits',
        invocations: [invocationOf(input.invocation ?? { executionSuccessful: true })],
        results: withBaselineState(input, ruleIndex),
      },
    ],
  };
}

function invocationOf(invocation: SarifInvocation): Sarif.Invocation {
  const notifications = (invocation.notifications ?? []).map(
    (n): Sarif.Notification => ({ level: n.level, message: { text: plainText(n.message) } }),
  );
  return {
    executionSuccessful: invocation.executionSuccessful,
    ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
  };
}

export interface SarifOptions {
  readonly helpMarkdown?: (ruleId: string) => string | undefined;
  /** Default: the project's home at this release (report/doc-links.ts), so every rule has a `helpUri`. */
  readonly docsBaseUrl?: string;
  /** Default: the project's home. */
  readonly informationUri?: string;
  /** Set when the tool could not do its job (exit 2): the invocation is not successful. */
  readonly fatal?: string;
  /** The run's warnings (paths not linted, ignore files not applied), as tool notifications. */
  readonly warnings?: readonly string[];
}

/** `--format sarif` and the action's `sarif` input: the report's findings against the rule registry. */
export function formatSarif(report: Report, options: SarifOptions = {}): string {
  return [...sarifChunks(report, options)].join('');
}

/**
 * The SARIF log in pieces, one result at a time, for a shell that writes as it goes. Joined, they
 * are `JSON.stringify(log, null, 2)` and a line break: the log is stringified with no results
 * (`results` is the last key of the only run, so its `[]` is the text's last `[]`), and each
 * result is stringified alone and indented to its depth.
 */
export function* sarifChunks(report: Report, options: SarifOptions = {}): Generator<string> {
  const log = buildSarif({
    findings: report.findings,
    rules: RULES.map((rule) => ({ id: rule.id, meta: { description: rule.meta.description, defaultSeverity: rule.meta.defaultSeverity } })),
    toolVersion: report.tool.version,
    ...(report.baseline ? { baseline: report.baseline } : {}),
    helpMarkdown: options.helpMarkdown,
    docsBaseUrl: options.docsBaseUrl ?? docsBaseUrl(report.tool.version),
    informationUri: options.informationUri ?? PROJECT_HOME,
    invocation: {
      executionSuccessful: options.fatal === undefined,
      notifications: [
        ...(options.fatal !== undefined ? [{ level: 'error' as const, message: options.fatal }] : []),
        ...(options.warnings ?? []).map((message) => ({ level: 'warning' as const, message })),
      ],
    },
  });
  const run = log.runs[0]!;
  const results = run.results ?? [];
  if (log.runs.length !== 1 || results.length === 0) {
    yield `${JSON.stringify(log, null, 2)}\n`;
    return;
  }
  const shell = JSON.stringify({ ...log, runs: [{ ...run, results: [] }] }, null, 2);
  const at = shell.lastIndexOf('[]');
  yield `${shell.slice(0, at)}[`;
  yield* arrayItemPieces(results, '        ');
  yield `\n      ]${shell.slice(at + 2)}\n`;
}

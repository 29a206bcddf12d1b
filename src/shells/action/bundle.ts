/**
 * The hand-over between the two workflows of fork mode (docs/github/README.md, "Pull requests from forks"). The
 * `pull_request` run (read-only token, runs on the fork's files as data) writes this bundle next
 * to the JSON report; a `workflow_run` run with a write token downloads it as an artifact and
 * posts the comments, without checking out or running anything from the fork.
 *
 * The bundle comes from an untrusted run, so reading it is strict: wrong shapes are rejected, text
 * is length-capped, and the pull request it names is only trusted when the API confirms that its
 * head is the commit the `workflow_run` event (trusted) says was linted.
 */
import { holdsSecret } from '../../lint/sanitize.js';
import type { Finding, FindingFix, FixEdit, Severity } from '../../core/types.js';
import type { CheckResult, ClusterPosture } from '../../lint/result.js';
import type { FailOn } from './inputs.js';

export const BUNDLE_FILE = 'result.json';

export interface PublishBundle {
  readonly version: 1;
  readonly pullRequest: { readonly number: number; readonly headSha: string };
  readonly failOn: FailOn;
  /** What was linted, in words. */
  readonly scope: string;
  readonly result: CheckResult;
  /** Text of the lines suggestions are made on, by `file:line` (the publisher has no checkout). */
  readonly lines: Readonly<Record<string, string>>;
}

const MAX_TEXT = 10_000;
const MAX_FINDINGS = 20_000;
const SEVERITIES: readonly string[] = ['error', 'warning', 'notice'];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, max = MAX_TEXT): string | undefined => (typeof value === 'string' && value.length <= max ? value : undefined);
const count = (value: unknown): number | undefined =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined;

/** `{ title, replacement }` or `{ title, edits }` (at most a few edits, each well formed), else nothing. */
function readFix(value: Json): FindingFix | undefined {
  const title = text(value['title'], 200);
  if (title === undefined) return undefined;
  const replacement = text(value['replacement'], 2000);
  if (replacement !== undefined) return { title, replacement };
  const edits = value['edits'];
  if (!Array.isArray(edits) || edits.length === 0 || edits.length > 16) return undefined;
  const read: FixEdit[] = [];
  for (const e of edits) {
    if (!isObject(e)) return undefined;
    const [line, column, endLine, endColumn] = [e['line'], e['column'], e['endLine'], e['endColumn']].map(count);
    const body = text(e['text'], 2000);
    if (!line || !column || !endLine || !endColumn || body === undefined) return undefined;
    read.push({ line, column, endLine, endColumn, text: body });
  }
  return { title, edits: read };
}

function readFinding(value: unknown): Finding | undefined {
  if (!isObject(value)) return undefined;
  const rule = text(value['rule'], 100);
  const file = text(value['file'], 1000);
  const message = text(value['message']);
  const fingerprint = text(value['fingerprint'], 200);
  const severity = value['severity'];
  const [line, column, endLine, endColumn] = [value['line'], value['column'], value['endLine'], value['endColumn']].map(count);
  if (
    !rule ||
    !/^[a-z-]+$/.test(rule) ||
    !file ||
    message === undefined ||
    !fingerprint ||
    typeof severity !== 'string' ||
    !SEVERITIES.includes(severity)
  )
    return undefined;
  if (!line || !column || !endLine || !endColumn) return undefined;
  const fix = isObject(value['fix']) ? readFix(value['fix']) : undefined;
  const cluster = text(value['cluster'], 200);
  const job = text(value['job'], 100);
  return {
    rule,
    severity: severity as Severity,
    file,
    line,
    column,
    endLine,
    endColumn,
    message,
    suppressed: value['suppressed'] === true,
    fingerprint,
    ...(cluster ? { cluster } : {}),
    ...(job ? { job } : {}),
    ...(fix ? { fix } : {}),
  };
}

function readCluster(value: unknown): ClusterPosture | undefined {
  if (!isObject(value) || !isObject(value['logBackup']) || !isObject(value['findings']) || !Array.isArray(value['changefeeds']))
    return undefined;
  const cluster = text(value['cluster'], 200);
  const tidbVersion = text(value['tidbVersion'], 50);
  const jobs = count(value['jobs']);
  const findings = value['findings'];
  const [error, warning, notice] = [findings['error'], findings['warning'], findings['notice']].map(count);
  if (!cluster || !tidbVersion || jobs === undefined || error === undefined || warning === undefined || notice === undefined)
    return undefined;
  const task = text(value['logBackup']['task'], 200);
  const description = text(value['description'], 500);
  const changefeeds = value['changefeeds'].flatMap((feed: unknown) => {
    const id = isObject(feed) ? text(feed['id'], 200) : undefined;
    const downstream = isObject(feed) ? text(feed['downstream'], 200) : undefined;
    return id && downstream ? [{ id, downstream }] : [];
  });
  return {
    cluster,
    tidbVersion,
    jobs,
    changefeeds,
    findings: { error, warning, notice },
    logBackup: { enabled: value['logBackup']['enabled'] === true, ...(task ? { task } : {}) },
    ...(description ? { description } : {}),
  };
}

/** Parses a bundle from an untrusted run; a string says what is wrong with it. */
export function readPublishBundle(raw: string): PublishBundle | string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return 'the result bundle is not JSON';
  }
  if (!isObject(value) || value['version'] !== 1) return 'the result bundle has no `version: 1`';
  const pr = value['pullRequest'];
  const number = isObject(pr) ? count(pr['number']) : undefined;
  const headSha = isObject(pr) ? text(pr['headSha'], 64) : undefined;
  if (!number || !headSha || !/^[0-9a-f]{40,64}$/.test(headSha)) return 'the result bundle names no pull request';
  const failOn = value['failOn'];
  if (typeof failOn !== 'string' || ![...SEVERITIES, 'never'].includes(failOn)) return 'the result bundle has no valid `failOn`';
  const result = value['result'];
  const report = isObject(result) ? result['report'] : undefined;
  if (!isObject(result) || !isObject(report) || !Array.isArray(report['findings']) || !Array.isArray(result['clusters']))
    return 'the result bundle has no report';
  if (report['findings'].length > MAX_FINDINGS) return 'the result bundle has too many findings';
  const findings = report['findings'].map(readFinding);
  if (findings.some((finding) => finding === undefined)) return 'the result bundle has a malformed finding';
  const clusters = result['clusters'].map(readCluster);
  if (clusters.some((cluster) => cluster === undefined)) return 'the result bundle has a malformed cluster';
  const summary = isObject(report['summary']) ? report['summary'] : {};
  const policy = text(report['policy'], 1000) ?? '';
  const lines: Record<string, string> = {};
  if (isObject(value['lines'])) {
    for (const [key, line] of Object.entries(value['lines']).slice(0, MAX_FINDINGS)) {
      const lineText = text(line, 2000);
      if (lineText !== undefined && !lineText.includes('\n')) lines[key] = lineText;
    }
  }
  const valid = findings as Finding[];
  const unsuppressed = (severity: Severity): number => valid.filter((f) => !f.suppressed && f.severity === severity).length;
  return {
    version: 1,
    pullRequest: { number, headSha },
    failOn: failOn as FailOn,
    scope: text(value['scope'], 500) ?? 'the pull request',
    lines,
    result: {
      report: {
        version: 1,
        tool: {
          name: 'tidb-import-guard',
          version: text(isObject(report['tool']) ? report['tool']['version'] : undefined, 50) ?? 'unknown',
        },
        policy,
        findings: valid,
        // Counts are recomputed, not trusted.
        summary: {
          files: count(summary['files']) ?? 0,
          jobs: count(summary['jobs']) ?? 0,
          errors: unsuppressed('error'),
          warnings: unsuppressed('warning'),
          notices: unsuppressed('notice'),
          suppressed: valid.filter((f) => f.suppressed).length,
        },
      },
      clusters: clusters as ClusterPosture[],
    },
  };
}

/** The bundle a `pull_request` run leaves for the publisher. */
export function makePublishBundle(
  pullRequest: { number: number; headSha: string },
  failOn: FailOn,
  scope: string,
  result: CheckResult,
  lineText: (file: string, line: number) => string | undefined,
): PublishBundle {
  const lines: Record<string, string> = {};
  for (const finding of result.report.findings) {
    // Only lines a suggestion is built on; never a secret's line.
    if (!finding.fix || finding.suppressed || finding.rule === 'plaintext-secret' || finding.line !== finding.endLine) continue;
    // A fix of several edits is spelled out from the lines it edits.
    for (const at of new Set([finding.line, ...(finding.fix.edits ?? []).map((e) => e.line)])) {
      const line = lineText(finding.file, at);
      // The artifact is as public as a comment: a line holding a credential is never stored.
      if (line !== undefined && !holdsSecret(line)) lines[`${finding.file}:${at}`] = line;
    }
  }
  return { version: 1, pullRequest, failOn, scope, result, lines };
}

import type { Finding } from '../core/types.js';

/** The JSON report of `--format json`: a public contract (docs/json-report.md). Optional fields are omitted. */
export interface Report {
  readonly version: 1;
  readonly tool: { readonly name: 'tidb-import-guard'; readonly version: string };
  /** Repository-relative path of the policy file, with `/`. */
  readonly policy: string;
  /** Sorted by file, line, column, rule. */
  readonly findings: readonly Finding[];
  readonly summary: Summary;
  /**
   * Present when a baseline was applied: its file, and the entries that matched nothing in a
   * whole-repository run (SARIF's `baselineState: absent`). Not part of the JSON report.
   */
  readonly baseline?: BaselineSection;
}

export interface BaselineSection {
  readonly file: string;
  readonly absent: readonly { readonly fingerprint: string; readonly rule: string; readonly file: string; readonly message: string }[];
}

export interface Summary {
  readonly files: number;
  readonly jobs: number;
  /** Unsuppressed findings by severity. */
  readonly errors: number;
  readonly warnings: number;
  readonly notices: number;
  readonly suppressed: number;
}

/** One row of the posture table shown in the PR summary comment and the job summary. */
export interface ClusterPosture {
  readonly cluster: string;
  readonly description?: string;
  readonly tidbVersion: string;
  readonly logBackup: { readonly enabled: boolean; readonly task?: string };
  readonly changefeeds: readonly { readonly id: string; readonly downstream: string }[];
  /** Jobs mapped to this cluster. */
  readonly jobs: number;
  /** Unsuppressed findings about this cluster, by severity. */
  readonly findings: { readonly error: number; readonly warning: number; readonly notice: number };
}

/** What a check hands the shells: the contract report plus what the summaries need. */
export interface CheckResult {
  readonly report: Report;
  readonly clusters: readonly ClusterPosture[];
}

/** The merge gate, the same for the CLI and the action: does a finding at or above `fail-on` remain? */
import { SEVERITY_RANK, type Finding, type Severity } from '../core/types.js';

export type FailOn = Severity | 'never';

export function failsAt(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}

/** True when an unsuppressed finding at or above `failOn` remains. */
export function failsCheck(findings: readonly Finding[], failOn: FailOn): boolean {
  return findings.some((f) => !f.suppressed && failsAt(f.severity, failOn));
}

/**
 * The policy's `rules:` map. A rule that computed a milder severity than its default (the notice of
 * `precheck-override`, an experimental-feature warning) never becomes stricter through an override,
 * and a rule whose severity is fixed (`meta.severityFixed`) keeps its own.
 */
import { SEVERITY_RANK, type Severity, type SeveritySetting } from '../../core/types.js';
import type { Policy } from '../../model/policy/types.js';
import { ruleMeta } from '../rules/registry.js';
import type { Pending } from './pending.js';

function minSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b;
}

/** A finding's severity under the policy's `rules:` map; undefined when the rule is `off`. */
export function settledSeverity(policy: Policy, rule: string, computed: Severity): Severity | undefined {
  const setting: SeveritySetting | undefined = policy.rules[rule];
  const meta = ruleMeta(rule);
  if (setting === undefined || meta?.severityFixed) return computed;
  if (setting === 'off') return undefined;
  return meta && computed === meta.defaultSeverity ? setting : minSeverity(setting, computed);
}

/** `p` with its settled severity, or nothing when its rule is `off`. */
export function applySeverity(policy: Policy, p: Pending): Pending[] {
  const severity = settledSeverity(policy, p.d.rule, p.d.severity);
  if (severity === undefined) return [];
  return [severity === p.d.severity ? p : { ...p, d: { ...p.d, severity } }];
}

/** What a weakening is, the severity `policy-weakened` reports at, and where the comparisons anchor. */
import type { Severity } from '../../../core/types.js';
import type { PathSegment } from '../../../parse/policy/yaml-tree.js';
import type { Cluster, Policy, PolicyLocation } from '../types.js';

export type WeakeningKind =
  | 'cluster-removed'
  | 'log-backup-disabled'
  | 'lightning-precheck-lost'
  | 'match-narrowed'
  | 'changefeed-removed'
  | 'changefeed-narrowed'
  | 'changefeed-force-replicate-off'
  | 'changefeed-config-changed'
  | 'changefeed-downstream-changed'
  | 'changefeed-state-relaxed'
  | 'ticdc-removed'
  | 'posture-unbound'
  | 'posture-max-age-raised'
  | 'exemption-widened'
  | 'waiver-widened'
  | 'severity-lowered'
  | 'unmapped-lowered'
  | 'scan-narrowed'
  | 'baseline-entries-added';

export interface Weakening {
  /** What was relaxed, from what to what, in plain words (one sentence or two). */
  readonly message: string;
  /** Where to anchor the finding in the head policy (see the module comment). */
  readonly location: PolicyLocation;
  /** Stable across unrelated edits (no line numbers, no list indexes), for the fingerprint. */
  readonly key: string;
  readonly kind: WeakeningKind;
  /** The cluster concerned, when there is one. */
  readonly cluster?: string;
  /**
   * The severity `policy-weakened` reports it at: the BASE policy's setting for the rule, else
   * its default (error). The head policy never decides it: a pull request cannot lower the rule
   * that judges it (its own `rules: { policy-weakened: ... }` is itself a weakening).
   */
  readonly severity: Severity;
}

/** A weakening before its severity is decided (`diffPolicies`). */
export type Found = Omit<Weakening, 'severity'>;

/** policy-weakened's own default (`weakeningSeverity` needs it whatever the caller passes). */
export const OWN_DEFAULTS: Readonly<Record<string, Severity>> = { 'policy-weakened': 'error' };

/** What `policy-weakened` reports at: the base policy's setting only (docs/github/README.md), default error. */
export function weakeningSeverity(base: Policy): Severity | 'off' {
  return base.rules['policy-weakened'] ?? OWN_DEFAULTS['policy-weakened'] ?? 'error';
}

/** Where a weakening anchors in the head policy (weakened.ts builds it from the head's position index). */
export interface Locator {
  /** A top-level setting (`clusters`, `rules`, `unmapped`, `scan.include`...), in the last head file that writes it. */
  topLevel(path: readonly PathSegment[]): PolicyLocation;
  /** The first of these keys found inside a head cluster; the cluster's name key when none is. */
  inCluster(cluster: Cluster, ...paths: (readonly PathSegment[])[]): PolicyLocation;
}

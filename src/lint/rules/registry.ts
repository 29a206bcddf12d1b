/**
 * Every rule, in one sorted list: the CLI's `rules` table, `explain`, SARIF metadata, severity
 * overrides and suppressions all read this. Tests prove that this list, the rule files and the
 * docs/rules pages agree.
 */
import type { Rule, RuleMeta } from './types.js';
import type { JobSubject } from './job-subject.js';
import { rule as changefeedGap } from './changefeed-gap.js';
import { rule as deprecatedLightningKey } from './deprecated-lightning-key.js';
import { rule as expiredWaiver } from './expired-waiver.js';
import { rule as invalidImportInto } from './invalid-import-into.js';
import { rule as invalidLightningConfig } from './invalid-lightning-config.js';
import { rule as invalidPolicy } from './invalid-policy.js';
import { rule as invalidSuppression } from './invalid-suppression.js';
import { rule as logBackupGap } from './log-backup-gap.js';
import { rule as plaintextSecret } from './plaintext-secret.js';
import { rule as policyWeakened } from './policy-weakened.js';
import { rule as postureDrift } from './posture-drift.js';
import { rule as precheckBlocksImport } from './precheck-blocks-import.js';
import { rule as precheckOverride } from './precheck-override.js';
import { rule as syntaxError } from './syntax-error.js';
import { rule as unmappedTarget } from './unmapped-target.js';
import { rule as unmatchedGlob } from './unmatched-glob.js';
import { rule as unnecessaryOverride } from './unnecessary-override.js';
import { rule as unsupportedOnVersion } from './unsupported-on-version.js';
import { rule as unusedSuppression } from './unused-suppression.js';

// biome-ignore lint/suspicious/noExplicitAny: the registry holds rules of every subject type; each stage narrows by id.
type AnyRule = Rule<any>;

export const RULES: readonly AnyRule[] = [
  changefeedGap,
  deprecatedLightningKey,
  expiredWaiver,
  invalidImportInto,
  invalidLightningConfig,
  invalidPolicy,
  invalidSuppression,
  logBackupGap,
  plaintextSecret,
  policyWeakened,
  postureDrift,
  precheckBlocksImport,
  precheckOverride,
  syntaxError,
  unmappedTarget,
  unmatchedGlob,
  unnecessaryOverride,
  unsupportedOnVersion,
  unusedSuppression,
  // Ids are lowercase ASCII with hyphens: code-unit order is the collator's order, without building
  // a collator at every start-up (`--version` included).
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The rules that judge one import job against one target cluster (the engine runs these). */
export const JOB_RULES: readonly Rule<JobSubject>[] = [
  precheckBlocksImport,
  logBackupGap,
  changefeedGap,
  precheckOverride,
  unnecessaryOverride,
  unsupportedOnVersion,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

export function ruleMeta(id: string): RuleMeta | undefined {
  return RULES.find((r) => r.id === id)?.meta;
}

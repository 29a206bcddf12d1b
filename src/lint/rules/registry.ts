/**
 * Every rule, in one sorted list: the engine runs each stage's rules from it, and the CLI's
 * `rules` table, `explain`, SARIF metadata, severity overrides, suppressions and the policy
 * schema's rule enum all read it. Adding a rule is one line here (tests prove that this list, the
 * rule files, the docs/rules pages and the RuleTester tables agree; `npm run gen:rules` writes the
 * README's rule table and the schema's enum from it).
 */
import { byCodeUnit } from '../../core/compare.js';
import type { Diagnostic } from '../../core/types.js';
import type { Rule, RuleMeta, RuleStage } from './types.js';
import type { StageSubjects } from './stages.js';
import { rule as changefeedGap } from './changefeed-gap.js';
import { rule as checksumNotRequired } from './checksum-not-required.js';
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
export type AnyRule = Rule<any, string>;

export const RULES: readonly AnyRule[] = [
  changefeedGap,
  checksumNotRequired,
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
].sort((a, b) => byCodeUnit(a.id, b.id));

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

const BY_ID: ReadonlyMap<string, AnyRule> = new Map(RULES.map((r) => [r.id, r]));

export function ruleMeta(id: string): RuleMeta | undefined {
  return BY_ID.get(id)?.meta;
}

export function ruleById(id: string): AnyRule | undefined {
  return BY_ID.get(id);
}

type Check<S extends RuleStage> = (subject: StageSubjects[S]) => readonly Diagnostic[];

const byStage = new Map<RuleStage, readonly Check<RuleStage>[]>();

/** The checks of every rule of `stage` (and, for `job`, the rules' `checkJob`), in registry order. */
export function checksOf<S extends RuleStage>(stage: S): readonly Check<S>[] {
  let checks = byStage.get(stage);
  if (!checks) {
    checks = RULES.flatMap((r) => {
      if (r.meta.stage === stage && r.check) return [r.check as Check<RuleStage>];
      // A rule of another stage may judge version-dependent settings per job (types.ts `checkJob`).
      return stage === 'job' && r.checkJob ? [r.checkJob as Check<RuleStage>] : [];
    });
    byStage.set(stage, checks);
  }
  return checks as readonly Check<S>[];
}

/** Runs every rule of `stage` on `subject`. */
export function runStage<S extends RuleStage>(stage: S, subject: StageSubjects[S]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const check of checksOf(stage)) out.push(...check(subject));
  return out;
}

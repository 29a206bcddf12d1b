/**
 * The policy as the rest of the linter sees it: validated once against
 * `policies/policy.schema.json`, merged over its `extends`, deep-frozen plain data. Rules read it,
 * never parse it (docs/architecture.md, principle 5). Every value a finding may anchor on keeps its location
 * in the policy file it came from (which, with `extends`, is not always `Policy.file`).
 */
import type { Location, SeveritySetting } from '../../core/types.js';

/** A resolved region of a policy file (1-based, end exclusive like every span of the project). */
export type PolicyLocation = Location;

/** Why a policy could not be loaded; one per problem, positioned in the file it is about. */
export interface PolicyProblem extends PolicyLocation {
  readonly message: string;
}

export interface Policy {
  /** The policy file that was loaded (repository-relative, `/`). */
  readonly file: string;
  /** Every file that contributed, bases first, `file` last (for "did the policy change?"). */
  readonly files: readonly string[];
  readonly version: 1;
  readonly scan: {
    readonly include: readonly string[];
    readonly exclude: readonly string[];
    readonly maxFileBytes: number;
  };
  readonly unmapped: SeveritySetting;
  /**
   * The `baseline:` file (repository-relative, `/`), from the last file that sets it: findings it
   * records do not fail the check (src/lint/baseline.ts).
   */
  readonly baseline?: { readonly path: string; readonly location: PolicyLocation };
  /** In the order they are first defined (bases first). */
  readonly clusters: readonly Cluster[];
  /** Only the overrides the policy writes; the rule registry holds the default severities. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  /** Where each override of `rules` is written (for `policy-weakened`). */
  readonly ruleLocations: Readonly<Record<string, PolicyLocation>>;
  /**
   * Where each top-level key and each key directly under one is written (`scan`, `scan.include`,
   * `unmapped`, `clusters`...), from the last file that writes it, by dotted path: `policy-weakened`
   * anchors there without parsing the policy again.
   */
  readonly keyLocations: Readonly<Record<string, PolicyLocation>>;
  /** Bases' waivers first, in file order. */
  readonly waivers: readonly Waiver[];
  /**
   * The path globs the policy writes and that select files (`scan.include`, `match.paths`, waiver
   * `paths`), each where it is written: `unmatched-glob`. Absent for policies built in code.
   */
  readonly globs?: readonly PolicyGlob[];
}

/** One path glob written in the policy, and where. */
export interface PolicyGlob {
  readonly glob: string;
  readonly key: 'scan.include' | 'match.paths' | 'waivers.paths';
  readonly location: PolicyLocation;
}

export interface Cluster {
  readonly name: string;
  readonly description?: string;
  /** As written ("8.5.1", "v7.5"); it parses with `parseVersion` (checked at load). */
  readonly tidbVersion: string;
  /** Defaulted to `tidbVersion`. */
  readonly lightningVersion: string;
  readonly match: { readonly paths: readonly string[]; readonly hosts: readonly string[] };
  readonly logBackup: { readonly enabled: boolean; readonly task?: string; readonly location: PolicyLocation };
  /**
   * TiCDC servers run on the cluster (`ticdc: true`, or any changefeed declared): v6.5.0's precheck
   * blocks on them alone. `ticdcLocation` is the `ticdc` value when the policy writes it.
   */
  readonly ticdc: boolean;
  /** The `ticdc` key's own value (false when absent). */
  readonly ticdcDeclared: boolean;
  readonly ticdcLocation?: PolicyLocation;
  readonly changefeeds: readonly ChangefeedPolicy[];
  readonly exemptions: readonly Exemption[];
  /** The cluster's posture snapshot (posture.md), when the policy binds one with `posture:`. */
  readonly posture?: PostureBinding;
  /** The cluster's name key. */
  readonly location: PolicyLocation;
  /** Where each of the cluster's keys and each key directly under one is written (`match`, `match.paths`), by dotted path. */
  readonly keyLocations: Readonly<Record<string, PolicyLocation>>;
}

export interface ChangefeedPolicy {
  readonly id: string;
  /**
   * Table-filter rules, raw. Present exactly when `config` is absent: the policy's `rules`, or
   * `['*.*']` (TiCDC's default, located at the `id`) when the policy gives neither.
   */
  readonly rules?: readonly LocatedRule[];
  /** Repository-relative path of the changefeed's TOML config (rules and flags are read from it). */
  readonly config?: string;
  /** undefined = TiCDC's default for the cluster's version (or the config file's value). */
  readonly caseSensitive?: boolean;
  /** false when absent (TiCDC's default); always false with `config` (read it from the file). */
  readonly forceReplicate: boolean;
  /**
   * TiCDC's word for the changefeed's state (`normal` when the policy does not say): decides
   * whether it blocks the precheck (src/model/posture/blocking.ts). `stateLocation` is the `state` value.
   */
  readonly state: string;
  readonly stateLocation?: PolicyLocation;
  /** `{}` when the policy does not say where the changefeed writes. */
  readonly downstream: { readonly cluster?: string; readonly kind?: string };
  /** The `id` value. */
  readonly location: PolicyLocation;
}

/** A table-filter rule string as written, with where it is written. */
export interface LocatedRule {
  readonly rule: string;
  readonly location: PolicyLocation;
}

export interface Exemption {
  readonly tables: readonly LocatedRule[];
  /** `log_backup`, `changefeeds` (every changefeed of the cluster) or changefeed ids; checked at load. */
  readonly skip: readonly string[];
  readonly reason: string;
  /** The whole exemption item. */
  readonly location: PolicyLocation;
}

export interface Waiver {
  readonly rule: string;
  readonly paths: readonly string[];
  readonly tables?: readonly LocatedRule[];
  readonly reason: string;
  /** YYYY-MM-DD, a real calendar date (checked at load); the last day the waiver applies. */
  readonly expires?: string;
  /** The whole waiver item. */
  readonly location: PolicyLocation;
}

export type LoadResult = { ok: true; policy: Policy; problems: [] } | { ok: false; problems: PolicyProblem[] };

/** `posture:` and `posture_max_age` of a cluster. */
export interface PostureBinding {
  /** Repository-relative path of the snapshot file. */
  readonly path: string;
  /** `posture_max_age` in seconds (default 7 days) and as written. */
  readonly maxAgeSeconds: number;
  readonly maxAgeText: string;
  /** The `posture` value. */
  readonly location: PolicyLocation;
  /** Whether the policy itself writes `log_backup` / `changefeeds` (both may be left to the snapshot). */
  readonly declaresLogBackup: boolean;
  readonly declaresChangefeeds: boolean;
}

/**
 * What TiDB's CDC/PITR precheck does on a given version: whether it exists for a kind of job, and
 * which changefeed states make it fail (docs/rules/precheck-blocks-import.md and its table). One place, so the
 * posture rules, the posture snapshot reader and `posture-drift` predict the same thing.
 *
 * Sources (pingcap/tidb):
 * - Lightning's `CHECK_TARGET_USING_CDC_PITR`: lightning/pkg/importer/precheck_impl.go (br/pkg/lightning/
 *   restore/precheck_impl.go before v7.x), listed since v6.5.0 in docs tidb-lightning-prechecks.md.
 * - v6.5.0 reads every key under `/tidb/cdc/`, captures included: any running TiCDC server blocks,
 *   even with no changefeed (tidb issue #41040; br/pkg/utils/cdc.go at v6.5.0).
 * - v6.6.0 to v8.1.x: only changefeeds in `normal`, `stopped` or `error` block (tidb PR #41076,
 *   br/pkg/utils/cdc.go `GetCDCChangefeedNameSet`).
 * - v8.2.0 and later: `normal`, `running`, `warning`, `stopped`, `error`, `failed` block; `finished`,
 *   removed and any other state do not (tidb PRs #53121, #53482; pkg/util/cdcutil/cdc.go
 *   `checkpointTSFor`).
 * - Not established: v6.5.1 to v6.5.x and v7.1.x, where a backport (tidb PR #47322) may skip the
 *   default TiCDC cluster id, so changefeeds might not block at all.
 */
import { atLeast, compareVersions, parseVersion, type Version } from '../../core/version.js';

/** Whether something makes the precheck fail: yes, no, or not established (report both ways). */
export type BlockVerdict = 'blocks' | 'passes' | 'unestablished';

/** A declared changefeed's state when neither the policy nor a posture snapshot says (docs/rules/precheck-blocks-import.md). */
export const DEFAULT_CHANGEFEED_STATE = 'normal';

/** TiCDC's words for a changefeed's state, as the policy accepts them. */
export const CHANGEFEED_STATES = ['normal', 'running', 'warning', 'pending', 'stopped', 'error', 'failed', 'finished', 'removed'] as const;

const BLOCKING_V66 = new Set(['normal', 'stopped', 'error']);
const BLOCKING_V82 = new Set(['normal', 'running', 'warning', 'stopped', 'error', 'failed']);

function v(text: string): Version {
  return parseVersion(text) as Version;
}

function inRange(version: Version, from: string, below: string): boolean {
  return compareVersions(version, v(from)) >= 0 && compareVersions(version, v(below)) < 0;
}

/** Versions whose changefeed blocking is not established (docs/rules/precheck-blocks-import.md): v6.5.1–v6.5.x and v7.1.x. */
export function changefeedBlockingUnestablished(version: Version): boolean {
  return inRange(version, '6.5.1', '6.6.0') || inRange(version, '7.1.0', '7.2.0');
}

/**
 * Does a changefeed in `state` make the CDC/PITR precheck of a tool at `version` (Lightning's
 * version for Lightning, TiDB's for IMPORT INTO) fail? The state is TiCDC's own word, compared
 * case-insensitively; undefined means the policy did not say, i.e. `normal`.
 *
 * On v6.5.0 every changefeed blocks (its TiCDC servers do). Where blocking is not established,
 * the states that block on v6.6.0 are `unestablished` and the others pass. Below v6.5.0 nothing
 * blocks (there is no precheck; see `precheckOf`).
 */
export function blocksPrecheck(state: string | undefined, version: Version): BlockVerdict {
  const s = (state ?? DEFAULT_CHANGEFEED_STATE).trim().toLowerCase();
  if (!atLeast(version, '6.5.0')) return 'passes';
  if (!atLeast(version, '6.5.1')) return 'blocks';
  if (atLeast(version, '8.2.0')) return BLOCKING_V82.has(s) ? 'blocks' : 'passes';
  if (!BLOCKING_V66.has(s)) return 'passes';
  return changefeedBlockingUnestablished(version) ? 'unestablished' : 'blocks';
}

/** Running TiCDC servers block on their own (no changefeed needed) only on v6.5.0 (tidb issue #41040). */
export function ticdcServersBlock(version: Version): boolean {
  return atLeast(version, '6.5.0') && !atLeast(version, '6.5.1');
}

/**
 * Does a changefeed in `state` still replicate, now or once resumed? Every state but `finished`
 * and `removed` (docs/policy.md "Protected": a stopped or failed changefeed that is resumed never sees
 * ingested rows either).
 */
export function changefeedProtects(state: string | undefined): boolean {
  const s = (state ?? DEFAULT_CHANGEFEED_STATE).trim().toLowerCase();
  return s !== 'finished' && s !== 'removed';
}

/** Whether the CDC/PITR precheck exists for a job: `unestablished` means report both ways. */
export type PrecheckPresence = 'present' | 'absent' | 'unestablished';

/**
 * The precheck of Lightning (from v6.5.0) or IMPORT INTO (see `IMPORT_INTO_PRECHECK_ESTABLISHED_SINCE`) at
 * `version`.
 */
export function precheckOf(kind: 'lightning' | 'import-into', version: Version): PrecheckPresence {
  if (kind === 'lightning') return atLeast(version, '6.5.0') ? 'present' : 'absent';
  // Below v7.2.0 TiDB has no IMPORT INTO at all: the statement fails (`unsupported-on-version`),
  // so nothing is imported unchecked.
  if (!atLeast(version, '7.2.0')) return 'present';
  return atLeast(version, IMPORT_INTO_PRECHECK_ESTABLISHED_SINCE) ? 'present' : 'unestablished';
}

/**
 * First TiDB release where IMPORT INTO's CDC/PITR check (`checkCDCPiTRTasks`, called from
 * `CheckRequirements`) is established: v7.2.0, the first release with IMPORT INTO. The check came
 * with pingcap/tidb PR #44313 (executor/importer/precheck.go, commit 20a442fead53, master
 * 2023-06-07) and every later version of the file keeps it (pkg/executor/importer/precheck.go
 * from v7.5.0). v7.2.0 holds it: its documentation (pingcap/docs #13928, docs-cn #14183) describes
 * PRs #44674 and #44587, merged to master on 2023-06-15/16 without a cherry-pick, so release-7.2
 * was branched after them. Kept as a constant so `precheckOf` can still say `unestablished` if a
 * release is ever found to lack it.
 */
export const IMPORT_INTO_PRECHECK_ESTABLISHED_SINCE = '7.2.0';

/** What makes the precheck of one job fail on one cluster. */
export interface PrecheckPrediction {
  readonly precheck: PrecheckPresence;
  /** Any log backup task blocks (paused ones too). */
  readonly logBackup: boolean;
  /** TiCDC servers block by themselves (v6.5.0 with `ticdc: true` or any changefeed). */
  readonly ticdcServers: boolean;
  /** Per changefeed id, in the cluster's order. */
  readonly changefeeds: ReadonlyMap<string, BlockVerdict>;
  /** Is the job rejected at start (with no override)? */
  readonly rejected: BlockVerdict;
}

/**
 * Predicts the precheck for a job of `kind` at `version` on a cluster with (or without) log
 * backup, TiCDC servers, and changefeeds in the given states.
 */
export function predictPrecheck(
  kind: 'lightning' | 'import-into',
  version: Version,
  cluster: {
    readonly logBackup: boolean;
    readonly ticdc: boolean;
    readonly changefeeds: readonly { readonly id: string; readonly state?: string }[];
  },
): PrecheckPrediction {
  const precheck = precheckOf(kind, version);
  const ticdcServers = ticdcServersBlock(version) && (cluster.ticdc || cluster.changefeeds.length > 0);
  const changefeeds = new Map<string, BlockVerdict>();
  for (const f of cluster.changefeeds) changefeeds.set(f.id, precheck === 'absent' ? 'passes' : blocksPrecheck(f.state, version));
  let rejected: BlockVerdict = 'passes';
  if (precheck !== 'absent') {
    const verdicts = [...changefeeds.values()];
    if (cluster.logBackup || ticdcServers || verdicts.includes('blocks')) rejected = 'blocks';
    else if (verdicts.includes('unestablished')) rejected = 'unestablished';
    if (rejected === 'blocks' && precheck === 'unestablished') rejected = 'unestablished';
  }
  return { precheck, logBackup: cluster.logBackup && precheck !== 'absent', ticdcServers, changefeeds, rejected };
}

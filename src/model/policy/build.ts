/**
 * One schema-valid policy file → a layer of typed, located policy data, plus the checks the
 * schema cannot express that need only this file (duplicate changefeed ids, exemption `skip`
 * references, real dates, local paths). Checks that need the merged policy (a changefeed's
 * downstream cluster may be defined in another file) are left as references for the loader.
 *
 * Over 400 lines: every per-file check the schema cannot express reads the same located YAML
 * nodes, and they are kept beside the one builder that walks them, so a new key is checked in the
 * same place it is read.
 */
import { parseVersion } from '../../core/version.js';
import type { SeveritySetting } from '../../core/types.js';
import { DEFAULT_CHANGEFEED_STATE } from '../posture/blocking.js';
import { suggest } from './schema.js';
import type {
  Cluster,
  ChangefeedPolicy,
  Exemption,
  LocatedRule,
  PolicyGlob,
  PolicyLocation,
  PolicyProblem,
  PostureBinding,
  Waiver,
} from './types.js';
import { globProblem } from './glob-syntax.js';
import type { PathSegment, PolicyFileTree } from '../../parse/policy/yaml-tree.js';
import { anchorLocation, formatPath, keyLocation, keyLocations, valueLocation } from '../../parse/policy/yaml-tree.js';

/** The file's data as the schema guarantees it. */
interface RawPolicy {
  readonly version: 1;
  readonly extends?: readonly string[];
  readonly scan?: { readonly include?: readonly string[]; readonly exclude?: readonly string[]; readonly max_file_bytes?: number | string };
  readonly unmapped?: SeveritySetting;
  readonly baseline?: string;
  readonly clusters?: Readonly<Record<string, RawCluster>>;
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
  readonly waivers?: readonly RawWaiver[];
}
interface RawCluster {
  readonly description?: string;
  readonly tidb_version: string;
  readonly lightning_version?: string;
  readonly match: { readonly paths?: readonly string[]; readonly hosts?: readonly string[] };
  /** Required unless `posture` is given (schema). */
  readonly log_backup?: { readonly enabled: boolean; readonly task?: string };
  readonly posture?: string;
  readonly posture_max_age?: string;
  readonly ticdc?: boolean;
  readonly changefeeds?: readonly RawChangefeed[];
  readonly exemptions?: readonly RawExemption[];
}
interface RawChangefeed {
  readonly id: string;
  readonly rules?: readonly string[];
  readonly config?: string;
  readonly case_sensitive?: boolean;
  readonly force_replicate?: boolean;
  readonly state?: string;
  readonly downstream?: { readonly cluster?: string; readonly kind?: string };
}
interface RawExemption {
  readonly tables: readonly string[];
  readonly skip: readonly string[];
  readonly reason: string;
}
interface RawWaiver {
  readonly rule: string;
  readonly paths: readonly string[];
  readonly tables?: readonly string[];
  readonly reason: string;
  readonly expires?: string;
}

export interface ExtendsEntry {
  /** Repository-relative path of the extended file, or undefined when the entry is not local. */
  readonly resolved: string | undefined;
  readonly location: PolicyLocation;
}

/** A changefeed's `downstream.cluster`, checked once every file is merged. */
export interface DownstreamReference {
  readonly from: Cluster;
  readonly name: string;
  readonly location: PolicyLocation;
}

export interface PolicyLayer {
  readonly file: string;
  readonly extends: readonly ExtendsEntry[];
  readonly scan: { readonly include?: readonly string[]; readonly exclude?: readonly string[]; readonly maxFileBytes?: number };
  readonly unmapped?: SeveritySetting;
  readonly baseline?: { readonly path: string; readonly location: PolicyLocation };
  readonly clusters: readonly Cluster[];
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly ruleLocations: Readonly<Record<string, PolicyLocation>>;
  /** Where this file writes its top-level keys and the keys directly under them. */
  readonly keyLocations: Readonly<Record<string, PolicyLocation>>;
  readonly waivers: readonly Waiver[];
  readonly downstreamReferences: readonly DownstreamReference[];
  /** This file's `scan.include` globs, and its clusters' `match.paths` and waivers' `paths` (with their owner). */
  readonly globs: readonly (PolicyGlob & { readonly cluster?: Cluster; readonly waiver?: Waiver })[];
}

/** The `skip` words that are not changefeed ids. */
export const SKIP_LOG_BACKUP = 'log_backup';
export const SKIP_ALL_CHANGEFEEDS = 'changefeeds';

export function buildLayer(
  tree: PolicyFileTree,
  data: unknown,
): { readonly layer: PolicyLayer; readonly problems: readonly PolicyProblem[] } {
  const raw = data as RawPolicy;
  const problems: PolicyProblem[] = [];
  const report = (location: PolicyLocation, path: readonly PathSegment[], message: string): void => {
    problems.push({ ...location, message: `${formatPath(path)}: ${message}` });
  };

  const extendsEntries: ExtendsEntry[] = (raw.extends ?? []).map((entry, i) => {
    const path = ['extends', i];
    const location = valueLocation(tree, path);
    const resolved = resolveLocalPath(tree.file, entry, true);
    if (!resolved.ok) report(location, path, `\`${entry}\` ${resolved.reason}`);
    return { resolved: resolved.ok ? resolved.path : undefined, location };
  });

  const scan = {
    ...(raw.scan?.include ? { include: raw.scan.include } : {}),
    ...(raw.scan?.exclude ? { exclude: raw.scan.exclude } : {}),
    ...(raw.scan?.max_file_bytes !== undefined ? { maxFileBytes: parseSize(raw.scan.max_file_bytes) } : {}),
  };

  // Every path and host glob must parse; the path globs that select files are kept for unmatched-glob.
  const globs: (PolicyGlob & { cluster?: Cluster; waiver?: Waiver })[] = [];
  const checkGlobs = (
    path: readonly PathSegment[],
    list: readonly string[] | undefined,
    key?: PolicyGlob['key'],
    owner?: { cluster?: Cluster; waiver?: Waiver },
  ): void => {
    (list ?? []).forEach((glob, i) => {
      const location = valueLocation(tree, [...path, i]);
      const problem = globProblem(glob);
      if (problem) report(location, [...path, i], `\`${glob}\` is not a valid glob: ${problem}`);
      else if (key) globs.push({ glob, key, location, ...owner });
    });
  };
  checkGlobs(['scan', 'include'], raw.scan?.include, 'scan.include');
  checkGlobs(['scan', 'exclude'], raw.scan?.exclude);

  const clusters: Cluster[] = [];
  const downstreamReferences: DownstreamReference[] = [];
  for (const [name, rawCluster] of Object.entries(raw.clusters ?? {})) {
    const built = buildCluster(tree, name, rawCluster, report);
    clusters.push(built.cluster);
    downstreamReferences.push(...built.references);
    checkGlobs(['clusters', name, 'match', 'paths'], rawCluster.match.paths, 'match.paths', { cluster: built.cluster });
    checkGlobs(['clusters', name, 'match', 'hosts'], rawCluster.match.hosts);
  }

  const rules: Record<string, SeveritySetting> = {};
  const ruleLocations: Record<string, PolicyLocation> = {};
  for (const [id, severity] of Object.entries(raw.rules ?? {})) {
    rules[id] = severity;
    ruleLocations[id] = keyLocation(tree, ['rules'], id);
  }

  const waivers: Waiver[] = (raw.waivers ?? []).map((w, i) => {
    const path = ['waivers', i];
    if (w.rule === 'invalid-policy') {
      report(
        valueLocation(tree, [...path, 'rule']),
        [...path, 'rule'],
        '`invalid-policy` cannot be waived: a policy that does not validate always stops the check',
      );
    }
    if (w.expires !== undefined && !isCalendarDate(w.expires)) {
      report(
        valueLocation(tree, [...path, 'expires']),
        [...path, 'expires'],
        `"${w.expires}" is not a real date; expected a date written YYYY-MM-DD`,
      );
    }
    const waiver: Waiver = {
      rule: w.rule,
      paths: w.paths,
      ...(w.tables ? { tables: locatedRules(tree, [...path, 'tables'], w.tables) } : {}),
      reason: w.reason,
      ...(w.expires !== undefined ? { expires: w.expires } : {}),
      location: valueLocation(tree, path),
    };
    checkGlobs([...path, 'paths'], w.paths, 'waivers.paths', { waiver });
    return waiver;
  });

  // The baseline is a repository file like a posture snapshot: relative to the repository root.
  let baseline: PolicyLayer['baseline'];
  if (raw.baseline !== undefined) {
    const location = valueLocation(tree, ['baseline']);
    const resolved = resolveLocalPath('', raw.baseline, false);
    if (!resolved.ok) report(location, ['baseline'], `\`${raw.baseline}\` ${resolved.reason}`);
    else baseline = { path: resolved.path, location };
  }

  return {
    layer: {
      file: tree.file,
      extends: extendsEntries,
      scan,
      ...(raw.unmapped !== undefined ? { unmapped: raw.unmapped } : {}),
      ...(baseline ? { baseline } : {}),
      clusters,
      rules,
      ruleLocations,
      keyLocations: keyLocations(tree, []),
      waivers,
      downstreamReferences,
      globs,
    },
    problems,
  };
}

type Report = (location: PolicyLocation, path: readonly PathSegment[], message: string) => void;

function buildCluster(
  tree: PolicyFileTree,
  name: string,
  raw: RawCluster,
  report: Report,
): { readonly cluster: Cluster; readonly references: readonly DownstreamReference[] } {
  const base = ['clusters', name];
  for (const key of ['tidb_version', 'lightning_version'] as const) {
    const version = raw[key];
    if (version !== undefined && parseVersion(version) === undefined) {
      report(valueLocation(tree, [...base, key]), [...base, key], `"${version}" is not a TiDB version; expected a version such as "8.5.1"`);
    }
  }

  const changefeeds: ChangefeedPolicy[] = [];
  const pendingReferences: { name: string; location: PolicyLocation }[] = [];
  const firstById = new Map<string, PolicyLocation>();
  (raw.changefeeds ?? []).forEach((feed, i) => {
    const path = [...base, 'changefeeds', i];
    const location = valueLocation(tree, [...path, 'id']);
    const first = firstById.get(feed.id);
    if (first) report(location, [...path, 'id'], `duplicate changefeed id \`${feed.id}\` (already defined at line ${first.line})`);
    else firstById.set(feed.id, location);
    if (feed.config !== undefined) {
      const resolved = resolveLocalPath('', feed.config, false);
      if (!resolved.ok) report(valueLocation(tree, [...path, 'config']), [...path, 'config'], `\`${feed.config}\` ${resolved.reason}`);
    }
    const downstream = feed.downstream ?? {};
    if (downstream.cluster !== undefined) {
      const refLocation = valueLocation(tree, [...path, 'downstream', 'cluster']);
      if (downstream.cluster === name) {
        report(refLocation, [...path, 'downstream', 'cluster'], `a changefeed cannot replicate cluster \`${name}\` into itself`);
      } else pendingReferences.push({ name: downstream.cluster, location: refLocation });
    }
    const rules =
      feed.config !== undefined ? undefined : feed.rules ? locatedRules(tree, [...path, 'rules'], feed.rules) : [{ rule: '*.*', location }];
    changefeeds.push({
      id: feed.id,
      ...(rules ? { rules } : {}),
      ...(feed.config !== undefined ? { config: normalizeRelative(feed.config) } : {}),
      ...(feed.case_sensitive !== undefined ? { caseSensitive: feed.case_sensitive } : {}),
      forceReplicate: feed.force_replicate ?? false,
      state: feed.state ?? DEFAULT_CHANGEFEED_STATE,
      ...(feed.state !== undefined ? { stateLocation: valueLocation(tree, [...path, 'state']) } : {}),
      downstream: {
        ...(downstream.cluster !== undefined ? { cluster: downstream.cluster } : {}),
        ...(downstream.kind !== undefined ? { kind: downstream.kind } : {}),
      },
      location,
    });
  });

  const skipChoices = [SKIP_LOG_BACKUP, SKIP_ALL_CHANGEFEEDS, ...changefeeds.map((f) => f.id)];
  const exemptions: Exemption[] = (raw.exemptions ?? []).map((exemption, i) => {
    const path = [...base, 'exemptions', i];
    exemption.skip.forEach((word, j) => {
      if (skipChoices.includes(word)) return;
      const suggestion = suggest(word, skipChoices);
      const ids =
        changefeeds.length > 0
          ? `, or a changefeed id of \`${name}\` (${changefeeds.map((f) => f.id).join(', ')})`
          : ` (cluster \`${name}\` has no changefeeds)`;
      report(
        valueLocation(tree, [...path, 'skip', j]),
        [...path, 'skip', j],
        `\`${word}\` is not something to skip; expected ${SKIP_LOG_BACKUP}, ${SKIP_ALL_CHANGEFEEDS}${ids}${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
      );
    });
    return {
      tables: locatedRules(tree, [...path, 'tables'], exemption.tables),
      skip: exemption.skip,
      reason: exemption.reason,
      location: valueLocation(tree, path),
    };
  });

  const cluster: Cluster = {
    name,
    ...(raw.description !== undefined ? { description: raw.description } : {}),
    tidbVersion: raw.tidb_version,
    lightningVersion: raw.lightning_version ?? raw.tidb_version,
    match: { paths: raw.match.paths ?? [], hosts: raw.match.hosts ?? [] },
    logBackup: {
      enabled: raw.log_backup?.enabled ?? false,
      ...(raw.log_backup?.task !== undefined ? { task: raw.log_backup.task } : {}),
      location: raw.log_backup ? valueLocation(tree, [...base, 'log_backup', 'enabled']) : anchorLocation(tree, base),
    },
    ticdc: raw.ticdc === true || changefeeds.length > 0,
    ticdcDeclared: raw.ticdc === true,
    ...(raw.ticdc !== undefined ? { ticdcLocation: valueLocation(tree, [...base, 'ticdc']) } : {}),
    changefeeds,
    exemptions,
    ...(raw.posture !== undefined ? { posture: postureBinding(tree, base, raw, report) } : {}),
    location: anchorLocation(tree, base),
    keyLocations: keyLocations(tree, base),
  };
  return { cluster, references: pendingReferences.map((r) => ({ from: cluster, ...r })) };
}

const DURATION_UNITS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** `posture_max_age` (schema-checked: a number and a unit) in seconds. */
export function parseDuration(text: string): number {
  const m = /^([0-9]+)(s|m|h|d|w)$/.exec(text);
  return m ? Number(m[1]) * (DURATION_UNITS[m[2] as string] as number) : Number.NaN;
}

function postureBinding(tree: PolicyFileTree, base: readonly PathSegment[], raw: RawCluster, report: Report): PostureBinding {
  const path = [...base, 'posture'];
  const location = valueLocation(tree, path);
  const resolved = resolveLocalPath('', raw.posture as string, false);
  if (!resolved.ok) report(location, path, `\`${raw.posture}\` ${resolved.reason}`);
  const maxAgeText = raw.posture_max_age ?? '7d';
  return {
    path: resolved.ok ? resolved.path : (raw.posture as string),
    maxAgeSeconds: parseDuration(maxAgeText),
    maxAgeText,
    location,
    declaresLogBackup: raw.log_backup !== undefined,
    declaresChangefeeds: raw.changefeeds !== undefined,
  };
}

function locatedRules(tree: PolicyFileTree, path: readonly PathSegment[], rules: readonly string[]): LocatedRule[] {
  return rules.map((rule, i) => ({ rule, location: valueLocation(tree, [...path, i]) }));
}

const SIZE_UNITS: Readonly<Record<string, number>> = {
  '': 1,
  B: 1,
  KB: 1000,
  kB: 1000,
  MB: 1000 ** 2,
  GB: 1000 ** 3,
  KiB: 1024,
  MiB: 1024 ** 2,
  GiB: 1024 ** 3,
};

/**
 * `max_file_bytes`: a whole number of bytes, or a size like `10MiB` (schema-checked: KB/MB/GB
 * are powers of 1000, KiB/MiB/GiB powers of 1024, as the IEC prefixes define).
 */
export function parseSize(value: number | string): number {
  if (typeof value === 'number') return value;
  const m = /^([0-9]+) ?([A-Za-z]*)$/.exec(value);
  if (!m) return Number.NaN;
  return Number(m[1]) * (SIZE_UNITS[m[2] ?? ''] ?? Number.NaN);
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function normalizeRelative(path: string): string {
  return path.replace(/^(\.\/)+/, '');
}

/**
 * Resolves a path written in a policy to a repository-relative one: `extends` entries relative to
 * the policy file's folder, changefeed `config` relative to the repository root. Only local
 * relative paths inside the repository are allowed (no URL, absolute path, `~`, or `\`).
 */
export function resolveLocalPath(
  fromFile: string,
  entry: string,
  relativeToFile: boolean,
): { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: string } {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(entry))
    return { ok: false, reason: 'is not a local path; only local files in the repository can be used' };
  if (entry.startsWith('/') || entry.startsWith('~'))
    return { ok: false, reason: 'is not a relative path; write it relative to the policy file, such as "./shared.yml"' };
  if (entry.includes('\\')) return { ok: false, reason: 'uses `\\`; write paths with `/`' };
  const segments = relativeToFile ? fromFile.split('/').slice(0, -1) : [];
  for (const part of entry.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (segments.length === 0) return { ok: false, reason: 'points outside the repository' };
      segments.pop();
    } else segments.push(part);
  }
  if (segments.length === 0) return { ok: false, reason: 'does not name a file' };
  return { ok: true, path: segments.join('/') };
}

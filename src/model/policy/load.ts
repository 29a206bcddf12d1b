/**
 * Loads the policy: reads each file through the injected `read` (the core never touches the file
 * system), parses YAML keeping positions, validates every file against the JSON Schema, follows
 * `extends`, merges, checks what the schema cannot, and returns deep-frozen data — or every
 * problem found, each positioned in the file it is about. It never throws for bad input.
 *
 * `extends` merge (each file is merged after the files it extends, in list order, the extending
 * file last; a file reached twice is merged once, where it is first reached):
 * - `clusters`: by name; a later definition **replaces** the earlier one whole (no deep merge, so
 *   what a cluster's posture is can be read in one place), keeping the earlier position in order.
 * - `rules`: merged key by key, the later file wins.
 * - `waivers`: concatenated, bases first.
 * - `scan.include`, `scan.exclude`, `scan.max_file_bytes`, `unmapped`, `baseline`: the last file that sets
 *   each key wins (lists are replaced, not concatenated).
 * Every file must say `version: 1`; `clusters` may be left out only by a file that `extends`,
 * and the merged policy must define at least one cluster.
 */
import { byCodeUnit } from '../../core/compare.js';
import { readPolicyFile } from '../../parse/policy/yaml-tree.js';
import { schemaAt, schemaProblems } from './schema.js';
import { buildLayer, parseSize } from './build.js';
import type { PolicyLayer } from './build.js';
import type { Cluster, LoadResult, Policy, PolicyGlob, PolicyLocation, PolicyProblem, Waiver } from './types.js';
import type { SeveritySetting } from '../../core/types.js';
import type { Refused } from '../../core/repo.js';

export type { Cluster, ChangefeedPolicy, Exemption, LocatedRule, Policy, PolicyLocation, PolicyProblem, Waiver } from './types.js';

/** More files than any real policy chain; bounds the work on a pathological repository. */
const MAX_POLICY_FILES = 64;

/** Where the policy is looked for when no `--policy`/`policy` input is given, in order. */
export const POLICY_LOCATIONS: readonly string[] = [
  '.github/tidb-import-guard.yml',
  '.github/tidb-import-guard.yaml',
  'tidb-import-guard.yml',
  'tidb-import-guard.yaml',
];

/**
 * The first policy file that exists: `.github/` before the repository root, and at each place
 * `.yml` before `.yaml` (both spellings are accepted because both are common; when both exist
 * the `.yml` one is used).
 */
export function discoverPolicy(exists: (path: string) => boolean): string | undefined {
  return POLICY_LOCATIONS.find((path) => exists(path));
}

/**
 * `read` gives a file's text, undefined when there is no such file, or why the shell refused it
 * (a link out of the repository, not a regular file, too big: src/files/confined.ts).
 */
export function loadPolicy(path: string, read: (path: string) => string | undefined | Refused): LoadResult {
  const problems: PolicyProblem[] = [];
  const layers: PolicyLayer[] = [];
  const state = new Map<string, 'loading' | 'done'>();

  const visit = (file: string, chain: readonly string[], via: PolicyLocation | undefined): void => {
    const seen = state.get(file);
    if (seen === 'done') return;
    if (seen === 'loading') {
      const cycle = [...chain.slice(chain.indexOf(file)), file].join(' → ');
      problems.push({ ...(via as PolicyLocation), message: `extends cycle: ${cycle}` });
      return;
    }
    if (state.size >= MAX_POLICY_FILES) {
      problems.push({ ...(via as PolicyLocation), message: `too many policy files in the extends chain (more than ${MAX_POLICY_FILES})` });
      return;
    }
    state.set(file, 'loading');
    const text = readSafely(read, file);
    if (typeof text !== 'string') {
      const why = text === undefined ? 'does not exist or cannot be read' : text.refused;
      problems.push(
        via
          ? { ...via, message: `extends: policy file \`${file}\` ${why}` }
          : { file, line: 1, column: 1, endLine: 1, endColumn: 1, message: `policy file \`${file}\` ${why}` },
      );
      state.set(file, 'done');
      return;
    }
    const loaded = loadFile(file, text);
    problems.push(...loaded.problems);
    if (loaded.layer) {
      for (const entry of loaded.layer.extends) {
        if (entry.resolved !== undefined) visit(entry.resolved, [...chain, file], entry.location);
      }
      layers.push(loaded.layer);
    }
    state.set(file, 'done');
  };
  visit(path, [], undefined);

  if (problems.length === 0) {
    const merged = mergeLayers(path, layers);
    problems.push(...merged.problems);
    if (problems.length === 0) return { ok: true, policy: deepFreeze(merged.policy), problems: [] };
  }
  return { ok: false, problems: sortProblems(problems) };
}

/** The shell's reader should not throw; if it does, the file is unreadable, not a crash. */
function readSafely(read: (path: string) => string | undefined | Refused, file: string): string | undefined | Refused {
  try {
    return read(file);
  } catch {
    return undefined;
  }
}

/** One file: YAML → schema → typed layer. A layer only comes back when the file is valid. */
function loadFile(file: string, text: string): { readonly layer?: PolicyLayer; readonly problems: readonly PolicyProblem[] } {
  const read = readPolicyFile(file, text);
  if (!read.ok) return { problems: read.problems };
  const invalid = schemaProblems(read.tree, read.data);
  if (invalid.length > 0) return { problems: invalid };
  const { layer, problems } = buildLayer(read.tree, read.data);
  return { layer, problems };
}

function schemaDefault<T>(path: readonly string[]): T {
  return schemaAt(path)?.default as T;
}

function mergeLayers(
  file: string,
  layers: readonly PolicyLayer[],
): { readonly policy: Policy; readonly problems: readonly PolicyProblem[] } {
  let include = schemaDefault<readonly string[]>(['scan', 'include']);
  let exclude = schemaDefault<readonly string[]>(['scan', 'exclude']);
  let maxFileBytes = parseSize(schemaDefault<string | number>(['scan', 'max_file_bytes']));
  let unmapped = schemaDefault<SeveritySetting>(['unmapped']);
  let baseline: Policy['baseline'];
  const clusters = new Map<string, Cluster>();
  const rules: Record<string, SeveritySetting> = {};
  const ruleLocations: Record<string, PolicyLocation> = {};
  const keyLocations = new Map<string, PolicyLocation>();
  const waivers: Waiver[] = [];
  for (const layer of layers) {
    include = layer.scan.include ?? include;
    exclude = layer.scan.exclude ?? exclude;
    maxFileBytes = layer.scan.maxFileBytes ?? maxFileBytes;
    unmapped = layer.unmapped ?? unmapped;
    baseline = layer.baseline ?? baseline;
    for (const cluster of layer.clusters) clusters.set(cluster.name, cluster);
    Object.assign(rules, layer.rules);
    Object.assign(ruleLocations, layer.ruleLocations);
    for (const [key, location] of Object.entries(layer.keyLocations)) keyLocations.set(key, location);
    waivers.push(...layer.waivers);
  }

  const problems: PolicyProblem[] = [];
  if (clusters.size === 0) {
    problems.push({
      file,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      message: 'no clusters: the policy (with the files it extends) must define at least one cluster under `clusters`',
    });
  }
  const kept = new Set(clusters.values());
  for (const layer of layers) {
    for (const reference of layer.downstreamReferences) {
      if (!kept.has(reference.from) || clusters.has(reference.name)) continue;
      const names = [...clusters.keys()];
      problems.push({
        ...reference.location,
        message: `clusters.${reference.from.name}: downstream cluster \`${reference.name}\` is not defined in the policy; expected one of ${names.map((n) => `\`${n}\``).join(', ')}, or \`kind\` for a sink outside the policy`,
      });
    }
  }
  // The path globs of the merged policy: `scan.include` from the last file that sets it, the
  // clusters that survived the merge, every waiver.
  const includeLayer = [...layers].reverse().find((l) => l.scan.include !== undefined);
  const keptWaivers = new Set(waivers);
  const globs: PolicyGlob[] = layers.flatMap((l) =>
    l.globs
      .filter((g) =>
        g.key === 'scan.include' ? l === includeLayer : g.cluster ? kept.has(g.cluster) : g.waiver ? keptWaivers.has(g.waiver) : false,
      )
      .map((g) => ({ glob: g.glob, key: g.key, location: g.location })),
  );
  const policy: Policy = {
    file,
    files: layers.map((l) => l.file),
    version: 1,
    scan: { include, exclude, maxFileBytes },
    unmapped,
    ...(baseline ? { baseline } : {}),
    clusters: [...clusters.values()],
    rules,
    ruleLocations,
    keyLocations: Object.fromEntries(keyLocations),
    waivers,
    globs,
  };
  return { policy, problems };
}

function sortProblems(problems: readonly PolicyProblem[]): PolicyProblem[] {
  return [...problems].sort(
    (a, b) => byCodeUnit(a.file, b.file) || a.line - b.line || a.column - b.column || byCodeUnit(a.message, b.message),
  );
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

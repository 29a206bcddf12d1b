/**
 * `init`'s draft policy (posture.md): pure, from the import jobs a repository scan found and the
 * posture snapshots given. One cluster per snapshot (its log backup, its changefeeds with their real
 * rules, its TiDB version, bound with `posture:`), or without snapshots one cluster per distinct
 * Lightning `[tidb] host`/`pd-addr` host and one for the SQL directories with IMPORT INTO.
 * `match.paths` are the jobs' directories, so `check` with the draft maps every job. Every value
 * the draft had to guess carries a `# guessed:` comment.
 */
import { CHANGEFEED_STATES, DEFAULT_CHANGEFEED_STATE } from '../posture/blocking.js';
import { GONE_STATES, preferredTask } from './real.js';
import { compareVersions, type PostureSnapshot, type SnapshotChangefeed } from './snapshot.js';
import { hostsOf } from '../policy/mapping.js';
import { byCodeUnit } from '../../core/compare.js';

export const SCHEMA_URL = 'https://raw.githubusercontent.com/tidb-import-guard/tidb-import-guard/v1/policies/policy.schema.json';

/** What `init` needs of one import job. */
export interface DraftJob {
  readonly file: string;
  readonly kind: 'lightning' | 'import-into';
  readonly hosts: readonly string[];
  /** The clusters a `tidb-import-guard: cluster=` directive in the file names (check maps the file there). */
  readonly directiveClusters?: readonly string[];
}

export interface DraftSnapshot {
  /** Repository-relative path of the snapshot file. */
  readonly path: string;
  readonly snapshot: PostureSnapshot;
}

interface DraftCluster {
  readonly name: string;
  readonly files: string[];
  readonly hosts: string[];
  readonly snapshot?: DraftSnapshot;
  why: string;
}

const q = (s: string): string => JSON.stringify(s);
/** A policy cluster key init may write (the schema's own pattern is wider; this is what a directive can safely give). */
const CLUSTER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;
/** A host worth a `match.hosts` entry: a DNS name or an IP address, nothing a glob or YAML could misread. */
const HOST_NAME = /^(?:[a-z0-9_](?:[a-z0-9_-]{0,62})(?:\.[a-z0-9_](?:[a-z0-9_-]{0,62}))*|[0-9a-f:.]{2,45})$/;
/** Whether init may write `name` as a cluster key. */
export const isClusterName = (name: string): boolean => CLUSTER_NAME.test(name);
/** More SQL directories than this get one cluster together (a draft with hundreds of clusters helps no one). */
const MAX_SQL_CLUSTERS = 12;
/** Glob characters in a path are escaped, so `match.paths` names that very path. */
const escapeGlob = (path: string): string => path.replace(/[*?[\]{}()!+@\\]/g, (c) => `\\${c}`);
/** Text for a `#` comment: one line, printable, bounded. */
const commentText = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?').slice(0, 200);
const GUESSED_VERSION = '8.5.1';

function dirOf(file: string): string {
  const i = file.lastIndexOf('/');
  return i < 0 ? '' : file.slice(0, i);
}

function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'cluster';
}

function sinkKind(feed: SnapshotChangefeed): string {
  const scheme = feed.sink.scheme;
  if (scheme === 'tidb' || scheme === 'mysql' || scheme === 'kafka') return scheme;
  if (scheme.startsWith('mysql')) return 'mysql';
  if (scheme.startsWith('pulsar')) return 'pulsar';
  if (scheme.startsWith('kafka')) return 'kafka';
  if (['s3', 'gcs', 'gs', 'azure', 'azblob', 'file', 'local', 'hdfs'].includes(scheme)) return 'storage';
  return 'other';
}

/** Assigns each job to one cluster; returns the clusters in a stable order. */
function planClusters(jobs: readonly DraftJob[], snapshots: readonly DraftSnapshot[]): DraftCluster[] {
  if (snapshots.length) {
    const clusters: DraftCluster[] = snapshots.map((s) => ({
      name: s.snapshot.cluster,
      files: [],
      hosts: [],
      snapshot: s,
      why: `from the posture snapshot ${s.path}`,
    }));
    for (const job of jobs) {
      // A job whose path names a cluster goes there; any other to the first snapshot's cluster.
      const segments = job.file.toLowerCase().split('/');
      const named = clusters.find((c) => segments.includes(c.name.toLowerCase()));
      (named ?? clusters[0]!).files.push(job.file);
    }
    return clusters;
  }
  const byKey = new Map<string, DraftCluster>();
  const used = new Set<string>();
  const clusterFor = (key: string, name: string, why: string, host?: string, exact = false): DraftCluster => {
    let c = byKey.get(key);
    if (!c) {
      let unique = name;
      if (!exact) for (let i = 2; used.has(unique); i++) unique = `${name}-${i}`;
      used.add(unique);
      c = { name: unique, files: [], hosts: host ? [host] : [], why };
      byKey.set(key, c);
    }
    return c;
  };
  const sorted = [...jobs].sort((a, b) => byCodeUnit(a.file, b.file));
  // 1. Files with a cluster directive: check maps them by it, so the draft defines those clusters.
  const directed = new Set<string>();
  for (const job of sorted) {
    const names = (job.directiveClusters ?? []).filter((n) => CLUSTER_NAME.test(n));
    if (!names.length) continue;
    directed.add(job.file);
    for (const name of names) {
      const c = clusterFor(`directive:${name}`, name, 'named by `tidb-import-guard: cluster=` directives in its files', undefined, true);
      if (!c.files.includes(job.file)) c.files.push(job.file);
    }
  }
  // 2. Lightning configs: one cluster per distinct [tidb] host (else the first pd-addr host).
  const hostClusterOfDir = new Map<string, Set<DraftCluster>>();
  for (const job of sorted) {
    if (directed.has(job.file) || job.kind !== 'lightning') continue;
    const host = job.hosts.flatMap(hostsOf).find((h) => HOST_NAME.test(h));
    const c = host
      ? clusterFor(`host:${host}`, slug(host), `the Lightning configs whose [tidb] host or pd-addr is ${host}`, host)
      : clusterFor('lightning', 'lightning', 'the Lightning configs that name no usable host');
    c.files.push(job.file);
    const dir = dirOf(job.file);
    (hostClusterOfDir.get(dir) ?? hostClusterOfDir.set(dir, new Set()).get(dir)!).add(c);
  }
  // 3. SQL files with IMPORT INTO: one cluster per directory, or the Lightning host cluster that
  //    alone owns the same directory (its configs and its migrations likely target one cluster).
  const sqlDirs = [...new Set(sorted.filter((j) => !directed.has(j.file) && j.kind === 'import-into').map((j) => dirOf(j.file)))];
  const oneForAll = sqlDirs.length > MAX_SQL_CLUSTERS;
  for (const job of sorted) {
    if (directed.has(job.file) || job.kind !== 'import-into') continue;
    const dir = dirOf(job.file);
    const owners = hostClusterOfDir.get(dir);
    let c: DraftCluster;
    if (owners?.size === 1) {
      c = [...owners][0]!;
      if (!c.why.includes('guessed')) c.why += '; guessed: the SQL imports in its directories target it too';
    } else if (oneForAll)
      c = clusterFor(
        'sql',
        'import-into',
        `the SQL files with IMPORT INTO (${sqlDirs.length} directories, more than ${MAX_SQL_CLUSTERS}: one cluster for all; split it)`,
      );
    else
      c = clusterFor(
        `sql:${dir}`,
        dir === '' ? 'import-into' : slug(dir),
        `the SQL files with IMPORT INTO in ${dir === '' ? 'the root directory' : `${dir}/`}`,
      );
    if (!c.files.includes(job.file)) c.files.push(job.file);
  }
  return [...byKey.values()];
}

/** `match.paths`: `dir/**` for each directory whose jobs all go to one cluster, the files themselves otherwise. */
function matchPaths(cluster: DraftCluster, owner: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const paths = new Set<string>();
  for (const file of cluster.files) {
    const dir = dirOf(file);
    const shared = (owner.get(dir)?.size ?? 0) > 1;
    paths.add(dir === '' || shared ? escapeGlob(file) : `${escapeGlob(dir)}/**`);
  }
  return [...paths].sort();
}

export function draftPolicy(
  jobs: readonly DraftJob[],
  snapshots: readonly DraftSnapshot[],
): { readonly text: string; readonly clusters: number } {
  const clusters = planClusters(jobs, snapshots);
  const owner = new Map<string, Set<string>>();
  for (const c of clusters) for (const f of c.files) (owner.get(dirOf(f)) ?? owner.set(dirOf(f), new Set()).get(dirOf(f))!).add(c.name);

  const out: string[] = [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    '#',
    '# A draft written by `tidb-import-guard init`. Review every value marked "guessed", then keep this',
    '# file under CODEOWNERS: the linter trusts what it says about each cluster.',
    'version: 1',
    'clusters:',
  ];
  if (!clusters.length) {
    out.push(
      '  # guessed: no import job was found; one cluster to start from',
      '  prod:',
      `    tidb_version: ${q(GUESSED_VERSION)}  # guessed: set the cluster's TiDB version`,
      '    match: { paths: ["deploy/prod/**"] }  # guessed: where this cluster\'s import files live',
      '    log_backup: { enabled: true }  # guessed: the strict choice; say false if no log backup runs',
      '    changefeeds: []  # guessed: list the changefeeds (or bind a snapshot with `posture:`)',
    );
    return { text: `${out.join('\n')}\n`, clusters: 1 };
  }
  for (const c of clusters) {
    out.push(`  # ${commentText(`${c.name}: ${c.why}; ${c.files.length} import file(s)`)}`);
    out.push(`  ${c.name}:`);
    const snap = c.snapshot?.snapshot;
    const versions = snap ? [...snap.tidb.versions].sort(compareVersions) : [];
    if (versions.length) {
      out.push(
        `    tidb_version: ${q(versions[0]!)}${versions.length > 1 ? `  # the oldest of ${versions.join(', ')} (a rolling upgrade?)` : ''}`,
      );
    } else {
      out.push(`    tidb_version: ${q(GUESSED_VERSION)}  # guessed: set the cluster's TiDB version`);
    }
    if (c.snapshot)
      out.push(
        `    posture: ${q(c.snapshot.path)}  # refresh with \`tidb-import-guard posture fetch --cluster ${c.name} --policy <this file> --pd <PD URL>\``,
      );
    const paths = matchPaths(c, owner);
    out.push('    match:');
    if (paths.length)
      out.push(`      paths: [${paths.map(q).join(', ')}]${c.snapshot && snapshots.length > 1 ? '  # guessed: from directory names' : ''}`);
    else out.push(`      paths: [${q(`deploy/${c.name}/**`)}]  # guessed: no import file was found for this cluster`);
    if (c.hosts.length) out.push(`      hosts: [${c.hosts.map(q).join(', ')}]`);
    if (snap) {
      const task = preferredTask(snap.log_backup.tasks);
      out.push(
        task
          ? `    log_backup: { enabled: true, task: ${q(task.name)} }${snap.log_backup.tasks.length > 1 ? `  # tasks: ${snap.log_backup.tasks.map((t) => t.name).join(', ')}` : ''}`
          : '    log_backup: { enabled: false }',
      );
      if (snap.ticdc.captures.length) out.push(`    ticdc: true  # ${snap.ticdc.captures.length} TiCDC server(s) run here`);
      const feeds = snap.ticdc.changefeeds.filter((f) => !GONE_STATES.has(f.state));
      const seen = new Set<string>();
      if (!feeds.length) out.push('    changefeeds: []');
      else out.push('    changefeeds:');
      for (const f of feeds) {
        if (seen.has(f.id)) continue; // one id in several TiCDC clusters: the first; posture-drift reports the rest
        seen.add(f.id);
        out.push(`      - id: ${q(f.id)}`);
        out.push(`        rules: [${f.rules.map(q).join(', ')}]`);
        out.push(`        case_sensitive: ${String(f.case_sensitive)}`);
        if (f.force_replicate) out.push('        force_replicate: true');
        const state = f.state.toLowerCase();
        if (state !== DEFAULT_CHANGEFEED_STATE && (CHANGEFEED_STATES as readonly string[]).includes(state))
          out.push(`        state: ${state}`);
        out.push(
          `        downstream: { kind: ${sinkKind(f)} }  # guessed from its sink (${f.sink.scheme}${f.sink.host ? `://${f.sink.host}` : ''}); a TiDB cluster of this policy is \`cluster: NAME\``,
        );
        for (const ef of f.event_filters) {
          if (ef.ignore_event.some((e) => ['insert', 'all dml'].includes(e.toLowerCase()))) {
            out.push(`        # its event filter drops inserts into [${ef.matcher.join(', ')}]: point \`config:\` at its TOML to say so`);
          }
        }
      }
    } else {
      out.push('    log_backup: { enabled: true }  # guessed: the strict choice; say false if no log backup runs');
      out.push('    changefeeds: []  # guessed: list the changefeeds (or fetch a snapshot: tidb-import-guard posture fetch)');
    }
  }
  return { text: `${out.join('\n')}\n`, clusters: clusters.length };
}

/**
 * The remedies the posture rules look for across files: snapshot backups later in the same SQL
 * file, and imports of the same source into a changefeed's downstream cluster. Indexed once per
 * run, so each job asks in time proportional to what it writes.
 */
import { byCodeUnit } from '../../core/compare.js';
import { NO_TABLES, union, type TableName, type TableSet } from '../../core/filter/index.js';
import { lowerName } from '../../core/filter/charset.js';
import type { SnapshotRemedy } from '../../model/jobs/sql.js';
import type { ImportJob } from '../../model/jobs/model.js';
import { MAX_PREFERRED_EXAMPLES, type Remedies } from '../../model/posture/analyze.js';
import type { CompiledCluster } from '../../model/posture/compile.js';
import type { FileState } from './read-file.js';

export function buildRemedies(files: readonly FileState[], jobClusters: ReadonlyMap<ImportJob, readonly CompiledCluster[]>): Remedies {
  const byFile = new Map(files.map((f) => [f.path, f]));
  const known = new Map<string, TableName>();
  for (const f of files) {
    for (const j of f.jobs) {
      if (j.written.kind !== 'exact') continue;
      for (const n of j.written.names) if (n.schema) known.set(`${n.schema}.${n.table}`.toLowerCase(), n);
    }
  }
  const knownTables = [...known.entries()]
    .sort(([a], [b]) => byCodeUnit(a, b))
    .slice(0, MAX_PREFERRED_EXAMPLES)
    .map(([, n]) => n);
  const snapshotIndexes = new Map<FileState, SnapshotIndex>();
  const downstream = downstreamIndex(jobClusters);
  return {
    knownTables,
    snapshotAfter(job) {
      const file = byFile.get(job.file);
      // A detached import returns at once: a BACKUP later in the file runs before its rows exist.
      if (!file || job.statementIndex === undefined || job.detached || !file.snapshots.length) return NO_TABLES;
      let index = snapshotIndexes.get(file);
      if (!index) snapshotIndexes.set(file, (index = indexSnapshots(file.snapshots)));
      return index.after(job);
    },
    downstreamImports: downstream,
  };
}

/**
 * The BACKUP statements of one file, looked up by the names they cover, so that an import asks only
 * about the later BACKUPs that can contain what it writes: the cost per import is the number of
 * names it writes, not the number of BACKUPs in the file. For the tables an import writes, the
 * union of those BACKUPs holds exactly what the union of every later BACKUP holds.
 */
interface SnapshotIndex {
  after(job: ImportJob): TableSet;
}

function indexSnapshots(snapshots: readonly SnapshotRemedy[]): SnapshotIndex {
  // For each name, the last BACKUP naming it: when any BACKUP of it follows an import, so does that one.
  const lastByTable = new Map<string, SnapshotRemedy>();
  const lastByTableName = new Map<string, SnapshotRemedy>();
  const lastBySchema = new Map<string, SnapshotRemedy>();
  const qualifiedByTableName = new Map<string, Map<string, SnapshotRemedy>>();
  let lastAll: SnapshotRemedy | undefined;
  const unnamed: SnapshotRemedy[] = [];
  for (const s of snapshots) {
    const covered = s.covered;
    if (!covered) {
      unnamed.push(s);
      continue;
    }
    if (covered.allDatabases) lastAll = s;
    for (const schema of covered.schemas ?? []) lastBySchema.set(lowerName(schema), s);
    for (const n of covered.tables ?? []) {
      const table = lowerName(n.table);
      if (!n.schema) {
        lastByTableName.set(table, s);
        continue;
      }
      const key = `${lowerName(n.schema)}.${table}`;
      lastByTable.set(key, s);
      const bySchema = qualifiedByTableName.get(table) ?? new Map<string, SnapshotRemedy>();
      bySchema.set(key, s);
      qualifiedByTableName.set(table, bySchema);
    }
  }
  return {
    after(job) {
      const at = job.statementIndex as number;
      const relevant = new Set<SnapshotRemedy>();
      const add = (s: SnapshotRemedy | undefined): void => {
        if (s && s.statementIndex > at) relevant.add(s);
      };
      for (const s of unnamed) add(s);
      add(lastAll);
      if (job.written.kind !== 'exact') {
        for (const s of snapshots) add(s);
      } else {
        for (const n of job.written.names) {
          const table = lowerName(n.table);
          add(lastByTableName.get(table));
          if (n.schema) {
            add(lastByTable.get(`${lowerName(n.schema)}.${table}`));
            add(lastBySchema.get(lowerName(n.schema)));
          } else {
            // A table in an unknown database: a BACKUP of that table in any database, or of any database.
            for (const s of qualifiedByTableName.get(table)?.values() ?? []) add(s);
            for (const s of lastBySchema.values()) add(s);
          }
        }
      }
      if (!relevant.size) return NO_TABLES;
      return unionAll([...relevant].sort((a, b) => a.statementIndex - b.statementIndex).map((s) => s.covers));
    },
  };
}

/** `union` of many sets without spreading them into one call's arguments (which overflows the stack). */
function unionAll(sets: readonly TableSet[]): TableSet {
  let out: TableSet = NO_TABLES;
  const CHUNK = 1024;
  for (let i = 0; i < sets.length; i += CHUNK) out = union(out, ...sets.slice(i, i + CHUNK));
  return out;
}

/**
 * Jobs mapped to a cluster that read a given source, indexed once by source: a job's downstream
 * imports are found without scanning every job (the answer is shared by every job of that source
 * that is not itself among them, in the order the jobs were read).
 */
function downstreamIndex(jobClusters: ReadonlyMap<ImportJob, readonly CompiledCluster[]>): Remedies['downstreamImports'] {
  const bySource = new Map<string, ImportJob[]>();
  for (const job of jobClusters.keys()) {
    if (job.source === undefined) continue;
    const list = bySource.get(job.source);
    if (list) list.push(job);
    else bySource.set(job.source, [job]);
  }
  type Downstream = { readonly set: TableSet; readonly jobs: readonly ImportJob[]; readonly members: ReadonlySet<ImportJob> };
  const shared = new Map<string, Downstream>();
  return (job, cluster) => {
    if (job.source === undefined) return { set: NO_TABLES, jobs: [] };
    const key = `${cluster}\u0000${job.source}`;
    let all = shared.get(key);
    if (!all) {
      const jobs = (bySource.get(job.source) ?? []).filter((other) => jobClusters.get(other)?.some((c) => c.name === cluster));
      all = { set: jobs.length ? unionAll(jobs.map((j) => j.written.set)) : NO_TABLES, jobs, members: new Set(jobs) };
      shared.set(key, all);
    }
    if (!all.members.has(job)) return { set: all.set, jobs: all.jobs };
    const jobs = all.jobs.filter((other) => other !== job);
    return { set: jobs.length ? unionAll(jobs.map((j) => j.written.set)) : NO_TABLES, jobs };
  };
}

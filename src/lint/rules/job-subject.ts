import type { ImportJob } from '../../model/jobs/model.js';
import type { JobAnalysis } from '../../model/posture/analyze.js';
import type { CompiledCluster } from '../../model/posture/compile.js';
import { listTables } from '../../model/posture/analyze.js';

/** What every job rule receives: one import job, one of its target clusters, and the shared analysis. */
export interface JobSubject {
  readonly job: ImportJob;
  readonly cluster: CompiledCluster;
  readonly analysis: JobAnalysis;
}

/** "log backup task `pitr-prod` and changefeeds `a`, `b`": what makes the job's precheck fail. */
export function guardsText(analysis: JobAnalysis): string {
  const parts = analysis.blockers;
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Why a rejection is only possible, not certain (docs/rules/precheck-blocks-import.md, unverified rows). */
export function uncertainty(analysis: JobAnalysis): string {
  const v = `v${analysis.version[0]}.${analysis.version[1]}.${analysis.version[2]}`;
  return analysis.precheck === 'unestablished'
    ? `Whether IMPORT INTO on TiDB ${v} runs the CDC/PITR check is not established.`
    : `Whether changefeeds block the precheck on ${v} is not established (a backport may skip TiCDC's default cluster id).`;
}

export function jobWhat(job: ImportJob): string {
  if (job.kind === 'import-into') return job.fromSelect ? 'IMPORT INTO ... FROM SELECT' : 'IMPORT INTO';
  return job.backend
    ? `physical import (backend \`${job.backend}\`)`
    : 'physical import (no backend set, so Lightning treats it as `local`)';
}

/** The job as a headline's subject: "This physical import", "This IMPORT INTO". */
export function jobHeadline(job: ImportJob): string {
  if (job.kind === 'import-into') return job.fromSelect ? 'This IMPORT INTO ... FROM SELECT' : 'This IMPORT INTO';
  return 'This physical import';
}

/** The logical-mode alternative, as a `help` clause. */
export function logicalHelp(job: ImportJob): string {
  return job.kind === 'lightning'
    ? 'use logical mode: `backend = "tidb"`'
    : 'import with TiDB Lightning in logical mode (`backend = "tidb"`)';
}

/** What the job writes, for messages: "`app.orders`", or "tables matching the filter `['app.*']`". */
export function writtenText(job: ImportJob): string {
  const w = job.written;
  if (w.kind === 'exact')
    return w.names.length ? listTables(w.names.map((n) => (n.schema ? `${n.schema}.${n.table}` : n.table))) : 'no table';
  return `the tables ${w.description.replace(/^\(/, '').replace(/\)$/, '')}`;
}

export function overrideWhat(job: ImportJob): string {
  return job.kind === 'import-into' ? '`DISABLE_PRECHECK`' : '`check-requirements = false`';
}

/** Why the job runs without TiDB's CDC/PITR precheck stopping it. */
export function uncheckedWhy(subject: JobSubject): string {
  const { job, analysis } = subject;
  if (analysis.uncheckedWhy) return analysis.uncheckedWhy;
  return analysis.override ? `${overrideWhat(job)} switches off the precheck` : 'nothing stops it';
}

/** Markdown/plain-text code span that survives backquotes inside it. */
export function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** An identifier as SQL needs it: bare when it is a plain name, backquoted otherwise. */
function sqlIdent(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : '`' + name.replace(/`/g, '``') + '`';
}

/** The concrete snapshot backup to take after the import, as SQL and as a br command. */
export function snapshotFix(names: readonly { schema: string; table: string }[], filterRules?: readonly string[]): string {
  const known = names.filter((n) => n.schema);
  if (known.length) {
    const list = known.slice(0, 5);
    const sql = `BACKUP TABLE ${list.map((n) => `${sqlIdent(n.schema)}.${sqlIdent(n.table)}`).join(', ')} TO '<storage>';`;
    const first = list[0] as { schema: string; table: string };
    const br = `br backup table --db '${first.schema}' --table '${first.table}' --storage '<storage>'`;
    return `${code(sql)} (or ${code(br)}${list.length > 1 ? ' for each table' : ''})`;
  }
  if (filterRules?.length) {
    // A filter may hold thousands of rules: the command names a few and counts the rest.
    const shown = filterRules.slice(0, 5).map((r) => `--filter '${r.length > 200 ? `${r.slice(0, 200)}…` : r}'`);
    const rest = filterRules.length - shown.length;
    const command = code(`br backup full ${shown.join(' ')} --storage '<storage>'`);
    return rest > 0
      ? `${command} with one \`--filter\` for each of the other ${rest.toLocaleString('en-US')} rules of the filter`
      : command;
  }
  return `a ${code("BACKUP TABLE <db>.<table> TO '<storage>';")} naming the imported tables`;
}

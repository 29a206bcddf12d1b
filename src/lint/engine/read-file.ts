/**
 * Stage one, per file: bytes → parsed document → import jobs, remedies, directives and the
 * findings a document gives on its own (syntax, correctness, secrets). Only what later stages
 * need is kept, so thousands of ordinary migrations cost no memory after they are read.
 */
import type { Diagnostic, SourceFile, Span } from '../../core/types.js';
import { EMPTY_DOCUMENTS, type RepoDocuments } from '../../parse/repo-documents.js';
import { textPositions } from '../../core/lines.js';
import { decodeSource } from '../../core/text.js';
import type { ImportJob } from '../../model/jobs/model.js';
import { lightningJob, readLightningFilter } from '../../model/jobs/lightning.js';
import { lightningVersionedFeatures } from '../../parse/lightning/validate.js';
import type { SnapshotRemedy } from '../../model/jobs/sql.js';
import { foldLightningKeys } from '../../parse/lightning/fold-keys.js';
import { isLightningConfig, isLightningFragment, readLightningConfig } from '../../parse/lightning/config.js';
import type { Positions, TextSource } from '../../parse/sql/kept-text.js';
import { parseToml } from '../../parse/toml/document.js';
import { readDirectives, type FileDirectives } from './directives.js';
import { RULE_IDS, runStage } from '../rules/registry.js';
import { readSqlFile, readSqlText, STREAM_ABOVE } from './read-sql.js';

export interface FileState {
  readonly path: string;
  /** The file's text, or (a streamed SQL file) the parts of it findings can point into. */
  readonly text: TextSource;
  readonly lines: Positions;
  readonly jobs: readonly ImportJob[];
  readonly snapshots: readonly SnapshotRemedy[];
  readonly directives: FileDirectives;
  readonly diagnostics: readonly Diagnostic[];
}

export type FileLanguage = 'sql' | 'toml';

export function languageOf(path: string): FileLanguage | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.sql')) return 'sql';
  if (lower.endsWith('.toml')) return 'toml';
  return undefined;
}

const NO_DIRECTIVES: FileDirectives = { suppressions: [], problems: [] };

/** Reads one file; returns undefined when it holds nothing any later stage needs. */
export function readFile(file: SourceFile, repo: RepoDocuments = EMPTY_DOCUMENTS): FileState | undefined {
  const language = languageOf(file.path);
  if (!language) return undefined;
  if (language === 'sql' && ('chunks' in file || file.bytes.length > STREAM_ABOVE)) {
    // Too large to hold as one string: read in pieces, keeping only what findings need.
    const read = readSqlFile(file.path, 'chunks' in file ? () => file.chunks() : () => piecesOf(file.bytes));
    return keepParts(file.path, read);
  }
  if ('chunks' in file) return undefined;
  const decoded = decodeSource(file.bytes);
  if (!decoded.ok) {
    const at: Span = { start: decoded.offset, end: decoded.offset };
    return keep(
      file.path,
      decoded.text,
      [],
      [],
      NO_DIRECTIVES,
      runStage('parse', { language: 'text', problems: [{ message: decoded.message, span: at }] }),
    );
  }
  const text = decoded.text;
  if (language === 'sql') {
    const read = readSqlText(file.path, text);
    if (holdsNothing(read.jobs, read.diagnostics, read.directives)) return undefined;
    // A file with something to keep: every string taken from its text (a table name, a location)
    // would keep the whole text alive until the report is made. Read again in small pieces, as a
    // streamed file is, it keeps only the statements and comments findings need, with their
    // positions (src/parse/sql/kept-text.ts): memory per job, not per byte of the repository.
    // Findings quote (and fingerprint) the text of their spans: where the kept parts do not hold
    // one of them exactly (a syntax error's place), the whole text is kept, as before.
    const parts = readSqlFile(file.path, () => piecesOf(file.bytes, KEPT_PIECE_BYTES));
    const same = spansFindingsRead(read).every((span) => parts.text.slice(span.start, span.end) === text.slice(span.start, span.end));
    return same ? keepParts(file.path, parts) : keep(file.path, text, read.jobs, read.snapshots, read.directives, read.diagnostics);
  }
  const toml = parseToml(text);
  if (!toml.ok) {
    const at: Span = { start: toml.offset, end: toml.offset };
    return keep(
      file.path,
      text,
      [],
      [],
      NO_DIRECTIVES,
      runStage('parse', { language: 'TOML', problems: [{ message: toml.message, span: at }] }),
    );
  }
  // Lightning matches keys to its fields in any letter case (BurntSushi/toml): read them so.
  const parsed = { doc: foldLightningKeys(toml.doc) };
  // A fragment (only [tidb], [checkpoint], ... sections) is a config, checked for keys and
  // secrets, but not a job: the rest of the task is given on the command line.
  const fragment = !isLightningConfig(parsed.doc);
  if (fragment && !isLightningFragment(parsed.doc)) return undefined;
  const config = readLightningConfig(parsed.doc);
  const filter = readLightningFilter(config, file.path, repo);
  const base = fragment ? undefined : lightningJob(file.path, config, text, repo, filter);
  // Keys and backends accepted by some Lightning versions only: judged per cluster (issue 11 item 8).
  const features = base ? [...base.versionedFeatures, ...lightningVersionedFeatures(parsed.doc, config)] : [];
  const jobs = base ? [{ ...base, versionedFeatures: features.length ? features : NONE }] : [];
  const targets = [...parsed.doc.entries.map((e) => ({ start: e.keySpan.start, end: e.valueSpan.end }))].sort((a, b) => a.start - b.start);
  const directives = readDirectives(
    parsed.doc.comments.map((c) => ({ ...c, ownLine: ownLine(text, c.span.start) })),
    targets,
    text.length,
    RULE_IDS,
  );
  return keep(file.path, text, jobs, [], directives, runStage('document', { kind: 'lightning', doc: parsed.doc, config, text, filter }));
}

/** The spans of a SQL file that findings can be placed at, quote or fingerprint. */
function spansFindingsRead(read: ReturnType<typeof readSqlText>): Span[] {
  const spans: Span[] = [];
  for (const d of read.diagnostics) spans.push(d.span);
  for (const p of read.directives.problems) spans.push(p.span);
  for (const s of read.directives.suppressions) spans.push(s.span);
  if (read.directives.clusters) spans.push(read.directives.clusters.span, ...read.directives.clusters.names.map((n) => n.span));
  for (const j of read.jobs) {
    spans.push(j.anchor);
    if (j.override) spans.push(j.override.span);
    if (j.logicalFix) spans.push(j.logicalFix.span);
    for (const f of j.versionedFeatures) spans.push(f.span);
  }
  return spans;
}

/** Pieces in which a SQL file with jobs is read again: what it keeps holds at most a few of them. */
const KEPT_PIECE_BYTES = 512;

/** Views of bytes already in memory, 1 MiB (or `size`) at a time. */
function* piecesOf(bytes: Uint8Array, size = 1024 * 1024): Iterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Nothing a later stage needs: no job, no finding, no directive. */
function holdsNothing(jobs: readonly ImportJob[], diagnostics: readonly Diagnostic[], directives: FileDirectives): boolean {
  return !jobs.length && !diagnostics.length && !directives.suppressions.length && !directives.problems.length && !directives.clusters;
}

function keepParts(path: string, read: ReturnType<typeof readSqlFile>): FileState | undefined {
  const { jobs, snapshots, directives, diagnostics } = read;
  if (holdsNothing(jobs, diagnostics, directives)) return undefined;
  const kept = compact(snapshots, directives, diagnostics);
  return {
    path,
    text: read.text,
    lines: read.text,
    jobs: jobs.length ? jobs.slice() : NONE,
    snapshots: kept.snapshots,
    directives: kept.directives,
    diagnostics: kept.diagnostics,
  };
}

// What most kept files hold of these is nothing: one shared empty value each, not three per file.
const NONE: readonly never[] = Object.freeze([]);
const NO_DIRECTIVES_KEPT: FileDirectives = Object.freeze({ suppressions: NONE, problems: NONE });

function compact(
  snapshots: readonly SnapshotRemedy[],
  directives: FileDirectives,
  diagnostics: readonly Diagnostic[],
): Pick<FileState, 'snapshots' | 'directives' | 'diagnostics'> {
  return {
    snapshots: snapshots.length ? snapshots : NONE,
    directives: directives.clusters || directives.suppressions.length || directives.problems.length ? directives : NO_DIRECTIVES_KEPT,
    diagnostics: diagnostics.length ? diagnostics : NONE,
  };
}

function keep(
  path: string,
  text: string,
  jobs: readonly ImportJob[],
  snapshots: readonly SnapshotRemedy[],
  directives: FileDirectives,
  diagnostics: readonly Diagnostic[],
): FileState | undefined {
  if (holdsNothing(jobs, diagnostics, directives)) return undefined;
  const kept = compact(snapshots, directives, diagnostics);
  return {
    path,
    text,
    lines: textPositions(text),
    jobs: jobs.length ? jobs.slice() : NONE,
    snapshots: kept.snapshots,
    directives: kept.directives,
    diagnostics: kept.diagnostics,
  };
}

/** Only white space precedes `offset` on its line. */
function ownLine(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * Stage one, per file: bytes → parsed document → import jobs, remedies, directives and the
 * findings a document gives on its own (syntax, correctness, secrets). Only what later stages
 * need is kept, so thousands of ordinary migrations cost no memory after they are read.
 */
import type { Diagnostic, SourceFile, Span } from '../core/types.js';
import { EMPTY_REPO, type RepoView } from '../core/repo.js';
import { buildLineIndex, type LineIndex } from '../core/lines.js';
import { decodeSource } from '../core/text.js';
import type { ImportJob } from '../jobs/model.js';
import { lightningJob, readLightningFilter } from '../jobs/lightning.js';
import { lightningVersionedFeatures } from '../lightning/validate.js';
import { sqlJobs, type SnapshotRemedy } from '../jobs/sql.js';
import { isLightningConfig, isLightningFragment, readLightningConfig } from '../lightning/config.js';
import { parseSql } from '../sql/parse.js';
import { parseToml } from '../toml/document.js';
import { readDirectives, type FileDirectives } from './directives.js';
import { RULE_IDS } from '../rules/registry.js';
import { rule as syntaxError } from '../rules/syntax-error.js';
import { documentDiagnosticsForSql, documentDiagnosticsForLightning } from './document-rules.js';

export interface FileState {
  readonly path: string;
  readonly text: string;
  readonly lines: LineIndex;
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
export function readFile(file: SourceFile, repo: RepoView = EMPTY_REPO): FileState | undefined {
  const language = languageOf(file.path);
  if (!language) return undefined;
  const decoded = decodeSource(file.bytes);
  if (!decoded.ok) {
    const at: Span = { start: decoded.offset, end: decoded.offset };
    return keep(file.path, decoded.text, [], [], NO_DIRECTIVES, [...syntaxError.check({ language: 'text', problems: [{ message: decoded.message, span: at }] })]);
  }
  const text = decoded.text;
  if (language === 'sql') {
    const doc = parseSql(text);
    const found = sqlJobs(file.path, doc, text);
    const diagnostics = [
      ...syntaxError.check({ language: 'SQL', problems: doc.errors }),
      ...documentDiagnosticsForSql(doc, found, text),
    ];
    const directives = readDirectives(doc.comments, doc.statements.map((s) => s.span), text.length, RULE_IDS);
    return keep(file.path, text, found.jobs, found.snapshots, directives, diagnostics);
  }
  const parsed = parseToml(text);
  if (!parsed.ok) {
    const at: Span = { start: parsed.offset, end: parsed.offset };
    return keep(file.path, text, [], [], NO_DIRECTIVES, [...syntaxError.check({ language: 'TOML', problems: [{ message: parsed.message, span: at }] })]);
  }
  // A fragment (only [tidb], [checkpoint], ... sections) is a config, checked for keys and
  // secrets, but not a job: the rest of the task is given on the command line.
  const fragment = !isLightningConfig(parsed.doc);
  if (fragment && !isLightningFragment(parsed.doc)) return undefined;
  const config = readLightningConfig(parsed.doc);
  const filter = readLightningFilter(config, file.path, repo);
  const base = fragment ? undefined : lightningJob(file.path, config, text, repo, filter);
  // Keys and backends accepted by some Lightning versions only: judged per cluster (issue 11 item 8).
  const jobs = base ? [{ ...base, versionedFeatures: [...base.versionedFeatures, ...lightningVersionedFeatures(parsed.doc, config)] }] : [];
  const targets = [...parsed.doc.entries.map((e) => ({ start: e.keySpan.start, end: e.valueSpan.end }))].sort((a, b) => a.start - b.start);
  const directives = readDirectives(parsed.doc.comments, targets, text.length, RULE_IDS);
  return keep(file.path, text, jobs, [], directives, documentDiagnosticsForLightning(parsed.doc, config, text, filter));
}

function keep(
  path: string,
  text: string,
  jobs: readonly ImportJob[],
  snapshots: readonly SnapshotRemedy[],
  directives: FileDirectives,
  diagnostics: readonly Diagnostic[],
): FileState | undefined {
  if (!jobs.length && !diagnostics.length && !directives.suppressions.length && !directives.problems.length && !directives.clusters) {
    return undefined;
  }
  return { path, text, lines: buildLineIndex(text), jobs, snapshots, directives, diagnostics };
}

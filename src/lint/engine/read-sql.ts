/**
 * Stage one for a SQL file: its statements stream through `scanSql` into the job reader, which
 * keeps the imports, backups and LOAD DATA statements; the directives and problems come with
 * them. A file held in memory keeps its text (positions come from a line index); a file too large
 * to hold is read in pieces twice — once to scan it, once to place what was kept — and keeps only
 * those parts, so its size never hides an import and never costs memory in proportion.
 */
import type { Diagnostic, Span } from '../../core/types.js';
import { firstInvalidUtf8 } from '../../core/text.js';
import type { ImportJob } from '../../model/jobs/model.js';
import { sqlJobReader, type SnapshotRemedy, type SqlJobReader } from '../../model/jobs/sql.js';
import { KeptText, positionsOf, type TextSource } from '../../parse/sql/kept-text.js';
import { SCAN_LIMITS, scanSql, type ScannedStatement, type SqlScan } from '../../parse/sql/scan.js';
import { RULE_IDS, runStage } from '../rules/registry.js';
import { readDirectives, type FileDirectives } from './directives.js';

/** Bytes already in memory above this size are still read in pieces (no string near V8's limit). */
export const STREAM_ABOVE = 64 * 1024 * 1024;

export interface SqlRead {
  readonly jobs: readonly ImportJob[];
  readonly snapshots: readonly SnapshotRemedy[];
  readonly directives: FileDirectives;
  readonly diagnostics: readonly Diagnostic[];
}

function settle(reader: SqlJobReader, scan: SqlScan, text: TextSource): SqlRead {
  const found = reader.finish();
  const diagnostics = [
    ...runStage('parse', { language: 'SQL', problems: scan.errors }),
    ...runStage('document', { kind: 'sql', statements: found.kept, jobs: found, text }),
  ];
  const directives = readDirectives(scan.comments, scan.targets, scan.length, RULE_IDS);
  return { jobs: found.jobs, snapshots: found.snapshots, directives, diagnostics };
}

/**
 * The imports that only the NO_BACKSLASH_ESCAPES reading of the file finds. The session's sql_mode
 * is not in the file (a `SET sql_mode`, the cluster's global mode, the client's options), and under
 * that mode a backslash in a string is an ordinary character: `SELECT 'x\'; IMPORT INTO ... ; -- '`
 * is one string by default and a SELECT, an IMPORT INTO and a comment under it (TiDB's lexer honours
 * the mode, and the mysql client follows the server's status flag for it). Only a file with a
 * backslash can read differently; its imports are the union of both readings (the other reading
 * adds jobs only: its remedies, directives and syntax problems are not taken).
 */
function otherReadingJobs(
  path: string,
  pieces: Iterable<string>,
  seen: readonly ImportJob[],
  source: (s: ScannedStatement) => TextSource,
  keep?: (s: ScannedStatement) => void,
): ImportJob[] {
  const reader = sqlJobReader(path);
  scanSql(
    pieces,
    (s) => {
      if (reader.add(s, source(s))) keep?.(s);
    },
    SCAN_LIMITS,
    true,
  );
  const at = new Set(seen.map((j) => j.anchor.start));
  return reader.finish().jobs.filter((j) => !at.has(j.anchor.start));
}

function withJobs(read: SqlRead, extra: readonly ImportJob[]): SqlRead {
  if (!extra.length) return read;
  return { ...read, jobs: [...read.jobs, ...extra].sort((a, b) => a.anchor.start - b.anchor.start) };
}

/** A SQL file whose whole text is in memory. */
export function readSqlText(path: string, text: string): SqlRead {
  const reader = sqlJobReader(path);
  const scan = scanSql([text], (s) => {
    reader.add(s, text);
  });
  const read = settle(reader, scan, text);
  if (!text.includes('\\')) return read;
  return withJobs(
    read,
    otherReadingJobs(path, [text], read.jobs, () => text),
  );
}

/** Pieces passed on unchanged, noting whether any holds a backslash. */
function* noting(pieces: Iterable<string>, seen: { backslash: boolean }): Generator<string> {
  for (const piece of pieces) {
    if (!seen.backslash && piece.includes('\\')) seen.backslash = true;
    yield piece;
  }
}

/** A SQL file read in pieces: `chunks` gives its bytes from the start each time it is called. */
export function readSqlFile(path: string, chunks: () => Iterable<Uint8Array>): SqlRead & { readonly text: KeptText } {
  const kept = new KeptText();
  const status: DecodeStatus = {};
  const seen = { backslash: false };
  let read: SqlRead;
  try {
    const reader = sqlJobReader(path);
    const own = (s: ScannedStatement): TextSource => {
      const start = s.statement.span.start;
      return { slice: (a, b) => s.text.slice(a - start, b - start) };
    };
    const keep = (s: ScannedStatement): void => kept.add(s.statement.span.start, s.text);
    const scan = scanSql(noting(decodePieces(chunks(), status), seen), (s) => {
      if (reader.add(s, own(s))) keep(s);
    });
    if (status.error) {
      // As for a file in memory: an undecodable file is one finding, where decoding stopped.
      kept.add(status.error.offset);
      read = failure(status.error.message, status.error.offset, 'text');
    } else {
      for (const e of scan.errors) kept.add(e.span.start);
      for (const c of scan.comments) kept.add(c.span.start, c.raw);
      read = settle(reader, scan, kept);
      if (seen.backslash) read = withJobs(read, otherReadingJobs(path, decodePieces(chunks(), {}), read.jobs, own, keep));
    }
    kept.resolve(positionsOf(decodePieces(chunks(), {}), kept.anchors()));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const fresh = new KeptText();
    fresh.add(0);
    fresh.resolve([{ line: 1, column: 1 }]);
    return { ...failure(`the file could not be read to its end${code ? ` (${code})` : ''}`, 0, 'text'), text: fresh };
  }
  return { ...read, text: kept };
}

function failure(message: string, offset: number, language: string): SqlRead {
  const at: Span = { start: offset, end: offset };
  return {
    jobs: [],
    snapshots: [],
    directives: { suppressions: [], problems: [] },
    diagnostics: runStage('parse', { language, problems: [{ message, span: at }] }),
  };
}

interface DecodeStatus {
  error?: { readonly message: string; readonly offset: number };
}

/**
 * UTF-8 bytes in pieces → text in pieces, as `decodeSource` decodes a whole file: a leading BOM is
 * dropped, a NUL among the first 8000 bytes means binary, an invalid sequence stops the text
 * there (`status.error` says where, in UTF-16 units).
 */
export function* decodePieces(chunks: Iterable<Uint8Array>, status: DecodeStatus): Generator<string> {
  const first = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const rest = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let carry: Uint8Array | undefined;
  let chars = 0;
  let started = false;
  let head = 0;
  for (const chunk of chunks) {
    if (head < 8000) {
      const nul = chunk.subarray(0, 8000 - head).indexOf(0);
      if (nul >= 0) {
        status.error = { message: 'binary content (a NUL byte): this is not a text file', offset: 0 };
        return;
      }
      head += chunk.length;
    }
    let bytes = chunk;
    if (carry) {
      bytes = new Uint8Array(carry.length + chunk.length);
      bytes.set(carry);
      bytes.set(chunk, carry.length);
      carry = undefined;
    }
    const cut = completePrefix(bytes);
    if (cut < bytes.length) carry = bytes.slice(cut);
    const body = bytes.subarray(0, cut);
    if (body.length === 0) continue;
    const decoder = started ? rest : first;
    let text: string;
    try {
      text = decoder.decode(body);
    } catch {
      const bad = firstInvalidUtf8(body);
      const good = decoder.decode(body.subarray(0, Math.max(bad, 0)));
      if (good) yield good;
      status.error = { message: 'invalid UTF-8 byte sequence: the file must be UTF-8 text', offset: chars + good.length };
      return;
    }
    started = true;
    chars += text.length;
    yield text;
  }
  if (carry) status.error = { message: 'invalid UTF-8 byte sequence: the file must be UTF-8 text', offset: chars };
}

/** Length of the longest prefix of `b` that does not end inside a UTF-8 sequence. */
function completePrefix(b: Uint8Array): number {
  const n = b.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const c = b[n - k] as number;
    if ((c & 0xc0) === 0x80) continue; // continuation byte: look further back
    if (c < 0x80) return n;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return k < need ? n - k : n;
  }
  return n;
}

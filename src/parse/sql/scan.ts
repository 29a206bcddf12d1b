/**
 * `scanSql`: what the checker reads of a SQL file. The text streams through the splitter in
 * pieces; each statement the linter follows is parsed from its own text and handed to `visit` in
 * file order, and then forgotten (the visitor keeps what it needs). Of the comments only the
 * directives are kept, with the statements they cover. So a file costs memory for what matters
 * in it — imports, backups, directives — not for its size or its number of statements.
 */
import type { Span } from '../../core/types.js';
import type { SqlProblem, SqlStatement } from './ast.js';
import { INTERESTING, parseRawStatement } from './parse.js';
import { SqlSplitter, type SplitComment } from './split.js';

export interface ScanLimits {
  /** A statement the linter follows that is longer than this is a problem, not parsed. */
  readonly maxHeldStatement: number;
  /** A directive comment longer than this is a problem, not read. */
  readonly maxDirectiveComment: number;
  /** Problems kept per file; the rest are counted in one last problem. */
  readonly maxProblems: number;
}

export const SCAN_LIMITS: ScanLimits = { maxHeldStatement: 1024 * 1024, maxDirectiveComment: 64 * 1024, maxProblems: 100 };

export interface ScannedStatement {
  readonly statement: SqlStatement;
  /** Position among all statements of the file (a later BACKUP has a greater index). */
  readonly index: number;
  /** A problem (lexical or grammar) lies inside the statement. */
  readonly hasErrors: boolean;
  /** The statement's text `[span.start, span.end)`, detached from the file's text. */
  readonly text: string;
}

export interface SqlScan {
  /** The directive comments (`tidb-import-guard...`), in order. */
  readonly comments: readonly SplitComment[];
  /**
   * The statements a directive may cover, in order: for each directive, the statement it sits in
   * or follows on its line (a trailing directive), and the next one (a directive on its own line).
   */
  readonly targets: readonly Span[];
  readonly errors: readonly SqlProblem[];
  /** Length of the text, in UTF-16 units. */
  readonly length: number;
}

/** A copy that shares no memory with the (large) string it was cut from. */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

export function scanSql(
  pieces: Iterable<string>,
  visit: (s: ScannedStatement) => void,
  limits: ScanLimits = SCAN_LIMITS,
  noBackslashEscapes = false,
): SqlScan {
  const comments: SplitComment[] = [];
  const targets: Span[] = [];
  const errors: SqlProblem[] = [];
  let dropped = 0;
  let firstDropped: Span | undefined;
  let lastSplitError = -1;
  /** End of the last directive still waiting for the statement it covers. */
  let waitingFrom = -1;
  /** The last statement seen (start -1: none yet), and whether it is already among the targets. */
  let lastStart = -1;
  let lastEnd = -1;
  let lastPushed = false;
  const problem = (p: SqlProblem): void => {
    if (errors.length < limits.maxProblems) errors.push(p);
    else {
      dropped++;
      firstDropped ??= p.span;
    }
  };
  /** Every statement, followed or not: the first after a directive is the one it sits in (it starts before the directive) or the next one. */
  const seen = (start: number, end: number): void => {
    lastStart = start;
    lastEnd = end;
    lastPushed = false;
    if (waitingFrom !== -1) {
      targets.push({ start, end });
      lastPushed = true;
      waitingFrom = -1;
    }
  };
  const splitter: SqlSplitter = new SqlSplitter(
    {
      other(start, end) {
        seen(start, end);
      },
      statement(raw) {
        seen(raw.start, raw.end);
        if (!raw.clientUse && !INTERESTING.has(raw.firstWord)) return;
        if (!raw.clientUse && (!raw.held || raw.end - raw.start > limits.maxHeldStatement)) {
          problem({
            message: `This ${raw.firstWord.toUpperCase()} statement is longer than ${limits.maxHeldStatement / 1024} KiB: it is not checked, so it cannot be shown safe. Split it or shorten it.`,
            span: { start: raw.keywordStart, end: raw.keywordEnd },
          });
          return;
        }
        const text = raw.clientUse ? '' : detach(splitter.slice(raw.start, raw.end));
        const parsed = parseRawStatement(raw, text);
        for (const p of parsed.problems) problem(p);
        const hasErrors = parsed.problems.length > 0 || (lastSplitError >= raw.start && lastSplitError <= raw.end);
        visit({ statement: parsed.statement, index: raw.index, hasErrors, text });
      },
      comment(c) {
        comments.push({
          text: detach(c.text),
          span: c.span,
          raw: detach(c.raw),
          ...(c.ownLine !== undefined ? { ownLine: c.ownLine } : {}),
        });
        // A directive at the end of a line covers the statement that ended before it there.
        if (c.ownLine === false && lastStart !== -1 && !lastPushed) {
          targets.push({ start: lastStart, end: lastEnd });
          lastPushed = true;
        }
        waitingFrom = c.span.end;
      },
      error(e) {
        lastSplitError = e.span.start;
        problem(e);
      },
    },
    {
      comments: 'directives',
      held: INTERESTING,
      maxHeldStatement: limits.maxHeldStatement,
      maxDirectiveComment: limits.maxDirectiveComment,
      noBackslashEscapes,
    },
  );
  for (const piece of pieces) splitter.push(piece);
  splitter.end();
  errors.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  if (dropped) {
    errors.push({
      message: `${dropped} more problem${dropped === 1 ? '' : 's'} in this file are not listed.`,
      span: firstDropped ?? { start: 0, end: 0 },
    });
  }
  return { comments, targets, errors, length: splitter.length };
}

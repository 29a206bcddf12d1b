/**
 * Splits a SQL file into statements without tokenizing it: one `charCodeAt` pass that only knows
 * where strings, quoted names, comments and terminators are, and remembers each statement's
 * first word. The parsers then tokenize the few statements whose first word interests the
 * linter. This is what keeps 30 MB of ordinary migrations well under a second.
 *
 * The splitter is a stream: text arrives in pieces (`push`), and it holds only what it still
 * needs — the statement in progress when its first word is one the linter follows, a comment that
 * may be a directive, a few characters of lookahead — so a file of any size is split in bounded
 * memory. A construct cut by a piece boundary (a string, a comment, a long word) is resumed where
 * it stopped; splitting in pieces gives exactly what splitting the whole text gives.
 *
 * Statement ends follow the mysql client, which is how migration files are run:
 * - the terminator (`;`, or what `DELIMITER xx` set: the first word of a statement, the rest of
 *   its line is the command and the line is not a statement; quotes and the 15-character limit as
 *   in mysql's get_arg/com_delimiter);
 * - the client's backslash commands outside strings, quoted names and ordinary comments: `\g` and
 *   `\G` send the statement, `\c` clears it, every other command also ends the statement here
 *   (conservative: text after it starts a statement of its own, so nothing is hidden behind it).
 *   Commands that take arguments (`\u db`, `\d //`, `\. file`, ...) consume them up to the
 *   terminator or the end of the line; `\u db` and `\r db` change the database like `USE db`;
 * - the client's named commands (`use db`, `source f`, `quit`, ...): first on a line at the start
 *   of a statement, on a line without the terminator or `\g`, the line is the command
 *   (client/mysql.cc find_command); `use db` and `connect db` change the database.
 *
 * Over 400 lines on purpose: one streaming automaton whose states share its fields and its
 * offset bookkeeping across chunks; spread over files it would be harder to check against itself.
 */
import type { Comment } from '../../core/types.js';
import type { SqlProblem } from './ast.js';
import { FEATURE_COMMENT, FEATURE_LIST_MAX, FEATURE_LIST_TOO_LONG, FEATURE_NEED_MORE, tidbCommentBody } from './feature-ids.js';
import {
  CH_BACKQUOTE,
  CH_BACKSLASH,
  CH_CR,
  CH_DQUOTE,
  CH_HASH,
  CH_LF,
  CH_MINUS,
  CH_SEMI,
  CH_SLASH,
  CH_SQUOTE,
  CH_STAR,
  CH_TAB,
  CH_SPACE,
  isDigit,
  isIdentChar,
} from './lexer.js';

/** One statement's extent, before parsing. */
export interface RawStatement {
  /** First token. */
  readonly start: number;
  /** End of the last token before the terminator (or the end of the text). */
  readonly end: number;
  /** The first token's extent. */
  readonly keywordStart: number;
  readonly keywordEnd: number;
  /** The first token lowercased when it is a word of 3 to 11 letters, else ''. */
  readonly firstWord: string;
  /** How many executable comments (`/*! ... *\/`) are open where the statement starts. */
  readonly executableDepth: number;
  /** Position of the statement among all statements of the file, from 0. */
  readonly index: number;
  /**
   * A mysql client command that changes the database (`\u db`, `\r db`): the database as the
   * client reads it, or '' when the client would not switch to a name known here.
   */
  readonly clientUse?: { readonly name: string; readonly start: number; readonly end: number };
  /** The statement's text is still held (`SqlSplitter.slice`) while the sink sees it. */
  readonly held: boolean;
}

/** A comment the sink asked for; `raw` is the whole comment as written (markers included). */
export interface SplitComment extends Comment {
  readonly raw: string;
}

export interface SplitSink {
  statement(raw: RawStatement): void;
  /**
   * When given, called instead of `statement` for a statement whose first word is not among
   * `SplitOptions.held` (and that is not a client command): its extent and nothing else, so the
   * many statements nobody reads cost no object each.
   */
  other?(start: number, end: number): void;
  comment(comment: SplitComment): void;
  error(problem: SqlProblem): void;
}

export interface SplitOptions {
  /** Report every comment, or only those whose text starts with `tidb-import-guard` (directives). */
  readonly comments: 'all' | 'directives';
  /** First words (lowercase) whose statements are held whole while they are read. */
  readonly held: ReadonlySet<string>;
  /** A held statement longer than this is not held (the sink learns it by `tooLong`). */
  readonly maxHeldStatement: number;
  /** A directive comment longer than this is an error. */
  readonly maxDirectiveComment: number;
  /**
   * Read strings as under sql_mode NO_BACKSLASH_ESCAPES (a backslash is an ordinary character), for
   * the second reading of a file whose session mode the linter cannot know (read-sql.ts).
   */
  readonly noBackslashEscapes?: boolean;
  /**
   * false: read every string and quoted name inside a statement as a token of its own instead of
   * taking those that close into the surrounding run of code. Same result, slower: the tests
   * compare the two (test/sql/merged-runs.test.ts).
   */
  readonly mergeRuns?: boolean;
}

export const DIRECTIVE_PREFIX = 'tidb-import-guard';
/** mysql keeps 15 characters of a DELIMITER (client/mysql.cc: `char delimiter[16]`). */
const MAX_DELIMITER = 15;
/** How much of a client command's line is read for its argument (mysql reads 255 or 512). */
const MAX_COMMAND_LINE = 1024;
/**
 * The mysql client's named commands (client/mysql.cc `commands[]`) and whether they take
 * parameters. At the start of a line, with nothing buffered, `find_command` runs such a line on its
 * own, without a terminator (see `namedCommand`). `use` and `connect` change the database.
 */
const NAMED_COMMANDS = new Map<string, boolean>([
  ['?', true],
  ['clear', false],
  ['connect', true],
  ['edit', false],
  ['ego', false],
  ['exit', false],
  ['go', false],
  ['help', true],
  ['nopager', false],
  ['notee', false],
  ['pager', true],
  ['print', false],
  ['prompt', true],
  ['quit', false],
  ['rehash', false],
  ['source', true],
  ['status', false],
  ['system', true],
  ['tee', true],
  ['use', true],
  ['charset', true],
  ['warnings', false],
  ['nowarning', false],
  ['resetconnection', false],
  ['query_attributes', true],
  ['ssl_session_data_print', true],
]);
const MAX_NAMED_COMMAND = 22;
const MIN_KEYWORD = 3;
const MAX_KEYWORD = 11;
/** A first word longer than this cannot be a keyword: it is skipped without being held. */
const MAX_HELD_WORD = 64;

/** The mysql client's one-character commands (`\g`, `\u`, ...) and whether they take arguments. */
const CLIENT_COMMANDS = new Map<number, boolean>([...'?crdeGqghntPpR#.s!TuCWwx'].map((c) => [c.charCodeAt(0), '?rdhPR.!TuC'.includes(c)]));

// biome-ignore lint/suspicious/noConstEnum: used in this file only, where esbuild and tsc inline it.
const enum Pending {
  None,
  /** Stopped at `pos` for lack of lookahead: restart there with more text. */
  Restart,
  LineComment,
  BlockComment,
  Quoted,
  /** A long first word: consume identifier characters. */
  Word,
  /** The rest of a line (or up to the terminator / `*\/`) that is not SQL. */
  SkipLine,
}

export class SqlSplitter {
  private buf = '';
  /** File offset of buf[0]. */
  private base = 0;
  /** File offset where reading resumes. */
  private pos = 0;
  private total = 0;
  private pending = Pending.None;
  /** Start of the pending construct (comment, string, word) and of a pending comment's text. */
  private pendingStart = 0;
  private pendingBody = 0;
  private pendingQuote = 0;
  /** The pending comment grew past the directive limit and its head was let go. */
  private pendingDropped = false;
  /** Block comments: where the search for `*\/` resumes. */
  private searchFrom = 0;
  /** SkipLine: also stop at the terminator (client command arguments) / at `*\/`. */
  private skipToDelimiter = false;
  private skipToCommentEnd = false;

  private delimiter = ';';
  private delimiterCode = 59;
  private special = specialCharacters(59);

  private stmtStart = -1;
  private lastEnd = -1;
  private keywordEnd = -1;
  /** The first token is a quoted run still open: the keyword ends where it closes. */
  private keywordAtClose = false;
  private firstWord = '';
  private depthAtStart = 0;
  private executableDepth = 0;
  private held = false;
  private count = 0;
  /** Only spaces since the last line break (or the start of the text), before the current token. */
  private lineClean = true;
  /** `lineClean` as it was where the current token starts (restored when the token is read again). */
  private tokenLineStart = true;

  /** Strings that close inside a run of code are taken into it (false: one token at a time, the tests' reference). */
  private readonly merge: boolean;

  constructor(
    private readonly sink: SplitSink,
    private readonly options: SplitOptions,
  ) {
    this.merge = options.mergeRuns !== false;
  }

  /** Characters pushed so far. */
  get length(): number {
    return this.total;
  }

  /** Text of `[start, end)` (file offsets): valid inside sink callbacks for held statements and reported comments. */
  slice(start: number, end: number): string {
    return this.buf.slice(start - this.base, end - this.base);
  }

  push(chunk: string): void {
    if (chunk.length === 0) return;
    this.total += chunk.length;
    this.buf = this.buf.length === 0 ? chunk : this.buf + chunk;
    this.run(false);
    this.compact();
  }

  end(): void {
    this.run(true);
    this.finishStatement();
    this.buf = '';
    this.base = this.total;
  }

  /** Drops what is no longer needed from the front of the buffer. */
  private compact(): void {
    let keep = this.pos;
    if (this.pending === Pending.LineComment || this.pending === Pending.BlockComment) {
      const limit = this.options.maxDirectiveComment;
      if (!this.pendingDropped) {
        if (this.pos - this.pendingStart <= limit + 2) keep = Math.min(keep, this.pendingStart);
        else {
          if (this.options.comments === 'directives') this.directiveTooLong(this.pendingStart, this.pendingBody);
          this.pendingDropped = true;
        }
      }
      if (this.pending === Pending.BlockComment) keep = Math.min(keep, this.searchFrom);
    }
    if (this.stmtStart !== -1 && this.held) {
      if (this.total - this.stmtStart > this.options.maxHeldStatement) this.held = false;
      else keep = Math.min(keep, this.stmtStart);
    }
    const drop = keep - this.base;
    if (drop > 0) {
      this.buf = this.buf.slice(drop);
      this.base = keep;
    }
  }

  private finishStatement(): void {
    if (this.stmtStart !== -1 && this.sink.other !== undefined && (this.firstWord === '' || !this.options.held.has(this.firstWord))) {
      this.count++;
      this.sink.other(this.stmtStart, this.lastEnd);
    } else if (this.stmtStart !== -1) {
      this.sink.statement({
        start: this.stmtStart,
        end: this.lastEnd,
        keywordStart: this.stmtStart,
        keywordEnd: this.keywordEnd,
        firstWord: this.firstWord,
        executableDepth: this.depthAtStart,
        index: this.count++,
        held: this.held,
      });
    }
    this.stmtStart = -1;
    this.firstWord = '';
    this.held = false;
    this.keywordAtClose = false;
  }

  private setDelimiter(delimiter: string): void {
    this.delimiter = delimiter;
    this.delimiterCode = delimiter.charCodeAt(0);
    this.special = specialCharacters(this.delimiterCode);
  }

  /** A directive comment over the limit (its head is still here) is an error, not a silent skip. */
  private directiveTooLong(start: number, bodyStart: number): void {
    const limit = this.options.maxDirectiveComment;
    if (!startsDirective(this.slice(bodyStart, Math.min(this.total, bodyStart + limit)))) return;
    this.sink.error({
      message: `A \`${DIRECTIVE_PREFIX}\` directive comment longer than ${limit} characters is not read: shorten it.`,
      span: { start, end: start + (bodyStart - start) },
    });
  }

  /** Reports a comment `[start, end)` whose text is `[bodyStart, bodyEnd)`, if the sink wants it. */
  private emitComment(start: number, end: number, bodyStart: number, bodyEnd: number): void {
    if (start < this.base || (this.pendingDropped && start === this.pendingStart)) return; // over the limit: dealt with when its head was dropped
    if (this.options.comments === 'directives') {
      if (end - start > this.options.maxDirectiveComment + 2) {
        this.directiveTooLong(start, bodyStart);
        return;
      }
      const body = this.slice(bodyStart, bodyEnd);
      if (!startsDirective(body)) return;
      this.sink.comment({ text: body, span: { start, end }, raw: this.slice(start, end), ownLine: this.tokenLineStart });
      return;
    }
    this.sink.comment({
      text: this.slice(bodyStart, bodyEnd),
      span: { start, end },
      raw: this.slice(start, end),
      ownLine: this.tokenLineStart,
    });
  }

  private run(final: boolean): void {
    const text = this.buf;
    const base = this.base;
    const n = text.length;
    let i = this.pos - base;

    // Resume a construct cut by the previous piece's end.
    switch (this.pending) {
      case Pending.LineComment: {
        const stop = lineEnd(text, i, n);
        if (stop === n && !final) {
          this.pos = base + n;
          return;
        }
        this.emitComment(this.pendingStart, base + stop, this.pendingBody, base + stop);
        i = stop;
        break;
      }
      case Pending.BlockComment: {
        const close = text.indexOf('*/', this.searchFrom - base);
        if (close === -1) {
          if (!final) {
            this.searchFrom = base + Math.max(this.searchFrom - base, n - 1);
            this.pos = base + n;
            return;
          }
          this.unterminatedComment(this.pendingStart, base + n);
          i = n;
          break;
        }
        this.emitComment(this.pendingStart, base + close + 2, this.pendingBody, base + close);
        i = close + 2;
        break;
      }
      case Pending.Quoted: {
        const close = resumeQuoted(text, i, n, this.pendingQuote, final, this.options.noBackslashEscapes === true);
        if (close < 0) {
          this.pos = base + -close - 1;
          return;
        }
        i = close;
        if (close > n) {
          this.unterminatedQuoted(this.pendingStart, this.pendingQuote);
          i = n;
        }
        this.closeToken(base + i);
        break;
      }
      case Pending.Word: {
        for (;;) {
          if (i >= n) break;
          const at = this.atDelimiter(text, i, n, final);
          if (at === 2) {
            this.pos = base + i;
            return;
          }
          if (at === 1 || !isIdentChar(text.charCodeAt(i))) break;
          i++;
        }
        if (i === n && !final) {
          this.pos = base + n;
          return;
        }
        this.keywordEnd = base + i;
        this.lastEnd = base + i;
        break;
      }
      case Pending.SkipLine: {
        const stop = this.skipLine(text, i, n, final);
        if (stop < 0) {
          this.pos = base + n;
          return;
        }
        i = stop;
        break;
      }
      default:
        break;
    }
    this.pending = Pending.None;
    this.pendingDropped = false;

    while (i < n) {
      const c = text.charCodeAt(i);
      if (c <= CH_SPACE) {
        if (c === CH_LF || c === CH_CR) this.lineClean = true;
        i++;
        continue;
      }
      this.tokenLineStart = this.lineClean;
      this.lineClean = false;
      if (c === this.delimiterCode) {
        const at = this.atDelimiter(text, i, n, final);
        if (at === 2) return this.restart(i);
        if (at === 1) {
          this.finishStatement();
          i += this.delimiter.length;
          continue;
        }
      }
      if (c === CH_SEMI && this.delimiterCode !== CH_SEMI) {
        // Under another DELIMITER the client sends `a; b` as one query, and TiDB (asked for
        // multi-statements, as the mysql client does) runs each statement: `;` still ends one.
        this.finishStatement();
        i++;
        continue;
      }
      if (c === CH_HASH || c === CH_MINUS) {
        if (c === CH_MINUS) {
          if (i + 2 >= n && !final) return this.restart(i);
          if (!isDashComment(text, i, n)) {
            i = this.code(text, i, n, c, final);
            if (i < 0) return;
            continue;
          }
        }
        const stop = lineEnd(text, i, n);
        const bodyStart = base + i + (c === CH_HASH ? 1 : 2);
        if (stop === n && !final) return this.suspend(Pending.LineComment, i, bodyStart, n);
        this.emitComment(base + i, base + stop, bodyStart, base + stop);
        i = stop;
        continue;
      }
      if (c === CH_SLASH) {
        if (i + 1 >= n && !final) return this.restart(i);
        if (text.charCodeAt(i + 1) === CH_STAR) {
          const body = executableCommentBody(text, i, n, final);
          if (body === FEATURE_NEED_MORE) return this.restart(i);
          if (body === FEATURE_LIST_TOO_LONG) {
            // Not read, so not shown safe: reported, and the content lexed as code from the `[`.
            this.sink.error({
              message: `This /*T![...] feature list is longer than ${FEATURE_LIST_MAX} characters: it is not read, so what the comment holds cannot be shown safe.`,
              span: { start: base + i, end: base + i + 4 },
            });
            this.executableDepth++;
            i += 4;
            continue;
          }
          if (body !== FEATURE_COMMENT) {
            this.executableDepth++;
            i = body;
            continue;
          }
          const close = text.indexOf('*/', i + 2);
          if (close === -1) {
            if (!final) {
              this.searchFrom = base + Math.max(i + 2, n - 1);
              return this.suspend(Pending.BlockComment, i, base + i + 2, n);
            }
            this.unterminatedComment(base + i, base + n);
            i = n;
            continue;
          }
          this.emitComment(base + i, base + close + 2, base + i + 2, base + close);
          i = close + 2;
          continue;
        }
      }
      if (c === CH_STAR && this.executableDepth > 0) {
        if (i + 1 >= n && !final) return this.restart(i);
        if (text.charCodeAt(i + 1) === CH_SLASH) {
          this.executableDepth--;
          i += 2;
          continue;
        }
      }
      if (c === CH_BACKSLASH) {
        if (i + 1 >= n && !final) return this.restart(i);
        const command = text.charCodeAt(i + 1);
        const takesArguments = i + 1 < n ? CLIENT_COMMANDS.get(command) : undefined;
        if (takesArguments !== undefined) {
          i = this.clientCommand(text, i, n, command, takesArguments, final);
          if (i < 0) return;
          continue;
        }
      }
      i = this.code(text, i, n, c, final);
      if (i < 0) return;
    }
    this.pos = base + n;
  }

  private restart(i: number): void {
    this.pending = Pending.Restart;
    this.lineClean = this.tokenLineStart;
    this.pos = this.base + i;
  }

  private suspend(kind: Pending, start: number, bodyStart: number, n: number): void {
    this.pending = kind;
    this.pendingStart = this.base + start;
    this.pendingBody = bodyStart;
    this.pendingDropped = false;
    this.pos = this.base + n;
  }

  /** Whether the terminator starts at `j`: 0 no, 1 yes, 2 cannot tell yet (the text ends inside it). */
  private atDelimiter(text: string, j: number, n: number, final: boolean): 0 | 1 | 2 {
    if (text.charCodeAt(j) !== this.delimiterCode) return 0;
    const length = this.delimiter.length;
    if (length === 1 || text.startsWith(this.delimiter, j)) return 1;
    if (!final && j + length > n && this.delimiter.startsWith(text.slice(j, n))) return 2;
    return 0;
  }

  /** A string or quoted name ended at `end` (file offset). */
  private closeToken(end: number): void {
    this.lastEnd = end;
    if (this.keywordAtClose) {
      this.keywordEnd = end;
      this.keywordAtClose = false;
    }
  }

  private unterminatedComment(start: number, end: number): void {
    this.sink.error({ message: 'Unterminated comment: "/*" has no closing "*/".', span: { start, end: start + 2 } });
    this.emitComment(start, end, start + 2, end);
  }

  private unterminatedQuoted(start: number, quote: number): void {
    const what = quote === CH_BACKQUOTE ? 'quoted identifier' : 'string';
    this.sink.error({
      message: `Unterminated ${what}: the ${String.fromCharCode(quote)} opened here is never closed, so the rest of the file is inside it.`,
      span: { start, end: start + 1 },
    });
  }

  /**
   * A code token at `i`: a string or quoted name, the statement's first word, or a run of other
   * characters. Returns where reading continues, or -1 when it suspended for more text.
   */
  private code(text: string, i: number, n: number, c: number, final: boolean): number {
    const base = this.base;
    if (c === CH_SQUOTE || c === CH_DQUOTE || c === CH_BACKQUOTE) {
      if (this.stmtStart === -1) {
        this.startStatement(i, i + 1, '');
        this.keywordAtClose = true;
      }
      const close = resumeQuoted(text, i + 1, n, c, final, this.options.noBackslashEscapes === true);
      if (close < 0) {
        this.pending = Pending.Quoted;
        this.pendingStart = base + i;
        this.pendingQuote = c;
        this.pos = base + -close - 1;
        return -1;
      }
      if (close > n) {
        this.unterminatedQuoted(base + i, c);
        i = n;
      } else i = close;
      this.closeToken(base + i);
      return i;
    }
    if (this.stmtStart === -1) {
      // The first token: a word is read whole so it can be classified; anything else is one character.
      let j = i + 1;
      if (isIdentChar(c)) {
        for (; j < n; j++) {
          const at = this.atDelimiter(text, j, n, final);
          if (at === 2 && j - i <= MAX_HELD_WORD) {
            this.restart(i);
            return -1;
          }
          if (at !== 0 || !isIdentChar(text.charCodeAt(j))) break;
        }
        if (j === n && !final) {
          if (j - i <= MAX_HELD_WORD) {
            this.restart(i);
            return -1;
          }
          this.startStatement(i, j, '');
          this.pending = Pending.Word;
          this.pos = base + j;
          return -1;
        }
      }
      const length = j - i;
      const word = length >= MIN_KEYWORD && length <= MAX_KEYWORD && isIdentChar(c) ? text.slice(i, j).toLowerCase() : '';
      if (word === 'delimiter' && this.executableDepth === 0 && (j >= n || text.charCodeAt(j) <= CH_SPACE)) {
        return this.delimiterCommand(text, i, j, n, final);
      }
      if (this.tokenLineStart && this.executableDepth === 0 && length <= MAX_NAMED_COMMAND && (isIdentChar(c) || c === 63) /* ? */) {
        const takesParameters = NAMED_COMMANDS.get(word !== '' ? word : text.slice(i, j).toLowerCase());
        if (takesParameters !== undefined) {
          if (j >= n && !final) {
            this.restart(i);
            return -1;
          }
          const next = this.namedCommand(text, i, j, n, final, takesParameters);
          if (next !== NOT_A_COMMAND) return next;
        }
      }
      this.startStatement(i, j, word);
      this.lastEnd = base + j;
      return j;
    }
    // Any other run of characters that cannot start a string, comment or terminator, with the
    // spaces and line breaks inside the statement: the run ends at the last token before them, and
    // `lineClean` is what the main loop would have made of those spaces.
    let j = i + 1;
    const special = this.special;
    const delimiterCode = this.delimiterCode;
    for (;;) {
      let d = 0;
      while (j < n) {
        d = text.charCodeAt(j);
        if ((d < 128 && special[d] === 1) || d === delimiterCode) break;
        j++;
      }
      // A string or quoted name that closes in this text is taken into the run (`VALUES (1, 'a'),
      // (2, 'b')` is one run, not five): the main loop would read it as a token of its own and go
      // on with the same run of code after it, so the run's end and line state come out the same.
      // One that does not close here (or the terminator) is left to the main loop, as before.
      if (j >= n || this.merge === false || d === delimiterCode || (d !== CH_SQUOTE && d !== CH_DQUOTE && d !== CH_BACKQUOTE)) break;
      const close = resumeQuoted(text, j + 1, n, d, final, this.options.noBackslashEscapes === true);
      if (close < 0 || close > n) break;
      j = close;
    }
    let last = j - 1;
    let lineBreak = false;
    for (let d = text.charCodeAt(last); d <= CH_SPACE; d = text.charCodeAt(--last)) {
      if (d === CH_LF || d === CH_CR) lineBreak = true;
    }
    this.lastEnd = base + last + 1;
    this.lineClean = lineBreak;
    return j;
  }

  /** A statement starts at `start`, its first token ends at `keywordEnd` (buffer indexes). */
  private startStatement(start: number, keywordEnd: number, word: string): void {
    this.stmtStart = this.base + start;
    this.keywordEnd = this.base + keywordEnd;
    this.lastEnd = this.base + keywordEnd;
    this.depthAtStart = this.executableDepth;
    this.firstWord = word;
    this.held = word !== '' && this.options.held.has(word);
  }

  /** `DELIMITER xx`: the rest of the line is the command. */
  private delimiterCommand(text: string, wordStart: number, wordEnd: number, n: number, final: boolean): number {
    const stop = lineEnd(text, wordEnd, n);
    if (stop === n && !final && n - wordStart < MAX_COMMAND_LINE) {
      this.restart(wordStart);
      return -1;
    }
    const line = text.slice(wordStart, Math.min(stop, wordStart + MAX_COMMAND_LINE));
    const argument = clientArgument(line, 'delimiter'.length);
    const span = { start: this.base + wordStart, end: this.base + wordEnd };
    if (!argument) {
      this.sink.error({ message: 'DELIMITER must be followed by the new statement terminator on the same line.', span });
    } else if (argument.includes('\\')) {
      this.sink.error({ message: 'DELIMITER cannot contain a backslash: the mysql client refuses it and keeps the old terminator.', span });
    } else {
      this.setDelimiter(argument.slice(0, MAX_DELIMITER));
    }
    return this.skipRest(text, Math.min(stop, wordStart + MAX_COMMAND_LINE), n, final, false);
  }

  /**
   * A named client command's word at `[i, j)`, first on its line with nothing buffered. As mysql's
   * find_command: the line is a command unless it holds the terminator or `\g` anywhere (then it is
   * SQL), the word ends at a space, a tab or the line end, and a command without parameters has
   * nothing after it. A command line ends at the line end. Returns where reading continues, -1 when
   * it suspended for more text, or NOT_A_COMMAND.
   */
  private namedCommand(text: string, i: number, j: number, n: number, final: boolean, takesParameters: boolean): number {
    const base = this.base;
    const limit = i + MAX_COMMAND_LINE;
    const window = Math.min(n, limit);
    const stop = lineEnd(text, j, window);
    if (stop === window && !(stop === n && final)) {
      if (n < limit) {
        this.restart(i);
        return -1;
      }
      // Too long to hold: a line with the terminator or \g in what is here is SQL; otherwise it
      // cannot be told, so say so and read on after the terminator or the line end.
      const head = text.slice(i, limit);
      if (head.includes(this.delimiter) || head.includes('\\g')) return NOT_A_COMMAND;
      this.sink.error({
        message: `A line starting with the mysql client command \`${text.slice(i, j)}\` is longer than ${MAX_COMMAND_LINE} characters: it is not read. Shorten it.`,
        span: { start: base + i, end: base + j },
      });
      return this.skipRest(text, limit, n, final, true);
    }
    const line = text.slice(i, stop);
    if (line.includes(this.delimiter) || line.includes('\\g')) return NOT_A_COMMAND;
    if (j < stop && text.charCodeAt(j) !== CH_SPACE && text.charCodeAt(j) !== CH_TAB) return NOT_A_COMMAND;
    if (!takesParameters && trimEnd(text, j, stop) > j) return NOT_A_COMMAND;
    const word = line.slice(0, j - i).toLowerCase();
    if (word === 'use' || word === 'connect') {
      const argument = clientArgument(line, j - i);
      let from = j;
      while (from < stop && text.charCodeAt(from) <= CH_SPACE) from++;
      if (argument !== undefined || word === 'use') {
        this.sink.statement({
          start: base + i,
          end: base + trimEnd(text, i, stop),
          keywordStart: base + i,
          keywordEnd: base + j,
          firstWord: 'use',
          executableDepth: 0,
          index: this.count++,
          clientUse: { name: argument ?? '', start: base + from, end: base + trimEnd(text, from, stop) },
          held: false,
        });
      }
    }
    return stop;
  }

  /** Continues past a command's line: at its end when it is here, else a pending skip. */
  private skipRest(text: string, from: number, n: number, final: boolean, toDelimiter: boolean): number {
    this.skipToDelimiter = toDelimiter;
    this.skipToCommentEnd = toDelimiter && this.executableDepth > 0;
    const stop = this.skipLine(text, from, n, final);
    if (stop >= 0) return stop;
    this.pending = Pending.SkipLine;
    this.pos = this.base + n;
    return -1;
  }

  /** End of a skipped line (after the terminator when it ends it), or -1 when the text ends first. */
  private skipLine(text: string, i: number, n: number, final: boolean): number {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === CH_LF || c === CH_CR) return i;
      if (this.skipToCommentEnd) {
        if (c === CH_STAR) {
          if (i + 1 >= n && !final) return -1;
          if (text.charCodeAt(i + 1) === CH_SLASH) return i;
        }
      } else if (this.skipToDelimiter && c === this.delimiterCode) {
        const at = this.atDelimiter(text, i, n, final);
        if (at === 1) return i + this.delimiter.length;
        if (at === 2) return -1;
      }
      i++;
    }
    return final ? n : -1;
  }

  /** A mysql client command `\x` at `i`. */
  private clientCommand(text: string, i: number, n: number, command: number, takesArguments: boolean, final: boolean): number {
    const base = this.base;
    if (!takesArguments) {
      this.finishStatement();
      return i + 2;
    }
    // The arguments: up to the terminator or the end of the line (`*/` inside `/*! ... */`).
    const stop = lineEnd(text, i + 2, Math.min(n, i + MAX_COMMAND_LINE));
    if (stop === n && !final && n - i < MAX_COMMAND_LINE) {
      this.restart(i);
      return -1;
    }
    this.finishStatement();
    const inComment = this.executableDepth > 0;
    const marker = findWithin(text, inComment ? '*/' : this.delimiter, i + 2, stop);
    const argumentsEnd = marker === -1 ? stop : marker;
    const line = text.slice(i, argumentsEnd);
    if (command === 100 /* d */) {
      const argument = clientArgument(line, 2);
      if (argument && !argument.includes('\\')) this.setDelimiter(argument.slice(0, MAX_DELIMITER));
      else
        this.sink.error({
          message: 'The client command \\d must be followed by a terminator without a backslash.',
          span: { start: base + i, end: base + i + 2 },
        });
    } else if (command === 117 /* u */ || command === 114 /* r */) {
      // The client reads the argument from the whole rest of the line: a terminator glued to the
      // name (`\u db;`) makes a name it may not switch to, so the database becomes unknown.
      const whole = clientArgument(text.slice(i, stop), 2);
      const read = clientArgument(line, 2);
      const argument = whole === read ? read : '';
      if (argument !== undefined || command === 117) {
        this.sink.statement({
          start: base + i,
          end: base + Math.max(i + 2, trimEnd(text, i, argumentsEnd)),
          keywordStart: base + i,
          keywordEnd: base + i + 2,
          firstWord: 'use',
          executableDepth: this.executableDepth,
          index: this.count++,
          clientUse: { name: argument ?? '', start: base + i + 2, end: base + argumentsEnd },
          held: false,
        });
      }
    }
    if (marker !== -1) return inComment ? marker : marker + this.delimiter.length;
    if (stop < n && stop - i < MAX_COMMAND_LINE) return stop;
    return this.skipRest(text, stop, n, final, true);
  }
}

/** `namedCommand`: the line is SQL after all. */
const NOT_A_COMMAND = -2;

/** Index of `needle` in `text[from, to)`, or -1; never looks past `to`. */
function findWithin(text: string, needle: string, from: number, to: number): number {
  const first = needle.charCodeAt(0);
  for (let k = from; k + needle.length <= to; k++) {
    if (text.charCodeAt(k) === first && text.startsWith(needle, k)) return k;
  }
  return -1;
}

function startsDirective(body: string): boolean {
  return body.trimStart().slice(0, DIRECTIVE_PREFIX.length).toLowerCase() === DIRECTIVE_PREFIX;
}

function trimEnd(text: string, from: number, end: number): number {
  while (end > from && text.charCodeAt(end - 1) <= CH_SPACE) end--;
  return end;
}

/**
 * The first argument of a client command line, as mysql's get_arg reads it: after the command
 * (`skip` characters) and spaces, a quoted argument (`'x'`, `"x"`, `` `x` ``, a doubled quote or
 * a backslash escaping a character) or a run up to the next space; undefined when there is none.
 */
export function clientArgument(line: string, skip: number): string | undefined {
  let i = skip;
  while (i < line.length && line.charCodeAt(i) <= CH_SPACE) i++;
  if (i >= line.length) return undefined;
  const q = line.charCodeAt(i);
  const quote = q === CH_SQUOTE || q === CH_DQUOTE || q === CH_BACKQUOTE ? q : 0;
  if (quote) i++;
  let out = '';
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === CH_BACKSLASH && i + 1 < line.length && quote !== CH_BACKQUOTE) {
      out += line[i + 1];
      i++;
    } else if (quote && c === quote && line.charCodeAt(i + 1) === quote) {
      out += line[i];
      i++;
    } else if (c === (quote || CH_SPACE)) {
      return out || undefined;
    } else out += line[i];
  }
  return quote ? undefined : out || undefined;
}

/**
 * Continues a quoted run whose opening quote is before `i`. Returns the index just past the
 * closing quote; `n + 1` when the text ends first and `final` (unterminated); `-(k + 1)` when
 * more text is needed to decide, `k` being where to resume.
 */
function resumeQuoted(text: string, i: number, n: number, quote: number, final: boolean, noBackslashEscapes: boolean): number {
  const escapes = quote !== CH_BACKQUOTE && !noBackslashEscapes;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === quote) {
      if (i + 1 >= n) return final ? i + 1 : -(i + 1);
      if (text.charCodeAt(i + 1) === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    if (escapes && c === CH_BACKSLASH) {
      if (i + 1 >= n) return final ? n + 1 : -(i + 1);
      i += 2;
      continue;
    }
    i++;
  }
  return final ? n + 1 : -(n + 1);
}

/** `--` starts a comment only when followed by a space, a control character or the end. */
function isDashComment(text: string, i: number, end: number): boolean {
  if (i + 1 >= end || text.charCodeAt(i + 1) !== CH_MINUS) return false;
  return i + 2 >= end || text.charCodeAt(i + 2) <= CH_SPACE;
}

/** End of a line comment's text: the next `\n` or `\r`, or `end`. */
function lineEnd(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === CH_LF || c === CH_CR) return i;
    i++;
  }
  return end;
}

/**
 * When `/*` at `i` opens an executable comment (`/*!`, `/*!50110`, `/*T!`, `/*T![feature]` with
 * features TiDB knows), the index where its code begins; -1 for an ordinary comment (an unknown
 * feature too); -2 when more text is needed to tell; -3 for a feature list too long to read.
 */
function executableCommentBody(text: string, i: number, n: number, final: boolean): number {
  let j = i + 2;
  if (j >= n) return final ? -1 : -2;
  const c = text.charCodeAt(j);
  if (c === 33 /* ! */) {
    j++;
    // MySQL version guard: five digits (six since 8.0); take up to six.
    if (j + 6 > n && !final) return -2;
    const digitsEnd = Math.min(n, j + 6);
    while (j < digitsEnd && isDigit(text.charCodeAt(j))) j++;
    return j;
  }
  if (c === 84 /* T */) {
    if (j + 1 >= n) return final ? -1 : -2;
    if (text.charCodeAt(j + 1) !== 33) return -1;
    // The feature list decides: code, an ordinary comment, or not read (feature-ids.ts).
    return tidbCommentBody(text, j + 2, n, final);
  }
  return -1;
}

/**
 * ASCII characters that end a run of ordinary code: quotes, comment starters, `*` (closes an
 * executable comment), `\` (client commands) and the terminator's first character. Spaces and
 * line breaks do not: inside a statement they only matter for where its last token ends.
 */
function specialCharacters(delimiterCode: number): Uint8Array {
  let table = specialTables.get(delimiterCode);
  if (table === undefined) {
    table = specialTable(delimiterCode);
    if (specialTables.size > 64) specialTables.clear();
    specialTables.set(delimiterCode, table);
  }
  return table;
}

/** One table per terminator, shared by the splitters (one per file) that use it; never written after it is made. */
const specialTables = new Map<number, Uint8Array>();

function specialTable(delimiterCode: number): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of [CH_SQUOTE, CH_DQUOTE, CH_BACKQUOTE, CH_MINUS, CH_HASH, CH_SLASH, CH_STAR, CH_BACKSLASH, CH_SEMI]) table[c] = 1;
  if (delimiterCode < 128) table[delimiterCode] = 1;
  return table;
}

export interface SplitResult {
  readonly statements: RawStatement[];
  readonly comments: Comment[];
  readonly errors: SqlProblem[];
}

/** Every statement, comment and lexical problem of a whole text (tests and small inputs). */
export function splitStatements(text: string, pieces: readonly string[] = [text]): SplitResult {
  const statements: RawStatement[] = [];
  const comments: Comment[] = [];
  const errors: SqlProblem[] = [];
  const splitter = new SqlSplitter(
    {
      statement: (s) => statements.push(s),
      comment: (c) => comments.push({ text: c.text, span: c.span }),
      error: (e) => errors.push(e),
    },
    { comments: 'all', held: new Set(), maxHeldStatement: Infinity, maxDirectiveComment: Infinity },
  );
  for (const piece of pieces) splitter.push(piece);
  splitter.end();
  return { statements, comments, errors };
}

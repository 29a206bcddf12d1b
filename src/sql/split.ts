/**
 * Splits a SQL file into statements without tokenizing it: one `charCodeAt` pass that only knows
 * where strings, quoted names, comments and terminators are, and remembers each statement's
 * first word. The parsers then tokenize the few statements whose first word interests the
 * linter. This is what keeps 30 MB of ordinary migrations well under a second.
 *
 * `DELIMITER xx` (a mysql client command, common in dumps and procedure scripts) changes the
 * terminator when it is the first word of a statement; the rest of its line is the command, and
 * the line is not a statement.
 */
import type { Comment } from '../core/types.js';
import type { SqlProblem } from './ast.js';
import {
  CH_BACKQUOTE,
  CH_DQUOTE,
  CH_HASH,
  CH_MINUS,
  CH_SLASH,
  CH_SQUOTE,
  CH_STAR,
  CH_SPACE,
  executableCommentBody,
  isDashComment,
  isIdentChar,
  lineEnd,
  skipQuoted,
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
}

export interface SplitResult {
  readonly statements: RawStatement[];
  readonly comments: Comment[];
  readonly errors: SqlProblem[];
}

const MIN_KEYWORD = 3;
const MAX_KEYWORD = 11;

export function splitStatements(text: string): SplitResult {
  const statements: RawStatement[] = [];
  const comments: Comment[] = [];
  const errors: SqlProblem[] = [];
  const n = text.length;

  let delimiter = ';';
  let delimiterCode = 59;
  let simpleDelimiter = true;
  let special = specialCharacters(delimiterCode);

  let stmtStart = -1;
  let lastEnd = -1;
  let keywordEnd = -1;
  let firstWord = '';
  let depthAtStart = 0;
  let executableDepth = 0;

  const finish = (): void => {
    if (stmtStart !== -1) {
      statements.push({
        start: stmtStart,
        end: lastEnd,
        keywordStart: stmtStart,
        keywordEnd,
        firstWord,
        executableDepth: depthAtStart,
      });
    }
    stmtStart = -1;
    firstWord = '';
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c <= CH_SPACE) {
      i++;
      continue;
    }
    if (c === delimiterCode && (simpleDelimiter || text.startsWith(delimiter, i))) {
      finish();
      i += delimiter.length;
      continue;
    }
    if (c === CH_HASH || (c === CH_MINUS && isDashComment(text, i, n))) {
      const stop = lineEnd(text, i, n);
      comments.push({ text: text.slice(i + (c === CH_HASH ? 1 : 2), stop), span: { start: i, end: stop } });
      i = stop;
      continue;
    }
    if (c === CH_SLASH && text.charCodeAt(i + 1) === CH_STAR) {
      const body = executableCommentBody(text, i, n);
      if (body !== -1) {
        executableDepth++;
        i = body;
        continue;
      }
      const close = text.indexOf('*/', i + 2);
      if (close === -1) {
        errors.push({ message: 'Unterminated comment: "/*" has no closing "*/".', span: { start: i, end: i + 2 } });
        comments.push({ text: text.slice(i + 2), span: { start: i, end: n } });
        i = n;
        continue;
      }
      comments.push({ text: text.slice(i + 2, close), span: { start: i, end: close + 2 } });
      i = close + 2;
      continue;
    }
    if (c === CH_STAR && executableDepth > 0 && text.charCodeAt(i + 1) === CH_SLASH) {
      executableDepth--;
      i += 2;
      continue;
    }

    // A code token.
    const tokenStart = i;
    if (c === CH_SQUOTE || c === CH_DQUOTE || c === CH_BACKQUOTE) {
      const close = skipQuoted(text, i, n);
      if (close === -1) {
        const what = c === CH_BACKQUOTE ? 'quoted identifier' : 'string';
        const quote = String.fromCharCode(c);
        errors.push({
          message: `Unterminated ${what}: the ${quote} opened here is never closed, so the rest of the file is inside it.`,
          span: { start: i, end: i + 1 },
        });
        i = n;
      } else {
        i = close;
      }
    } else if (stmtStart === -1) {
      // The first token: a word is read whole so it can be classified; anything else is one character.
      let j = i + 1;
      if (isIdentChar(c)) {
        while (j < n && isIdentChar(text.charCodeAt(j)) && !(text.charCodeAt(j) === delimiterCode && text.startsWith(delimiter, j))) j++;
      }
      i = j;
    } else {
      // Any other run of characters that cannot start a string, comment or terminator.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if ((d < 128 && special[d] === 1) || d === delimiterCode) break;
        j++;
      }
      i = j;
    }

    if (stmtStart === -1) {
      stmtStart = tokenStart;
      keywordEnd = i;
      depthAtStart = executableDepth;
      const length = i - tokenStart;
      if (length >= MIN_KEYWORD && length <= MAX_KEYWORD && isIdentChar(c)) {
        firstWord = text.slice(tokenStart, i).toLowerCase();
        if (firstWord === 'delimiter' && executableDepth === 0 && (i >= n || text.charCodeAt(i) <= CH_SPACE)) {
          const command = readDelimiterCommand(text, i, n);
          if (command.delimiter === '') {
            errors.push({
              message: 'DELIMITER must be followed by the new statement terminator on the same line.',
              span: { start: tokenStart, end: i },
            });
          } else {
            delimiter = command.delimiter;
            delimiterCode = delimiter.charCodeAt(0);
            simpleDelimiter = delimiter === ';';
            special = specialCharacters(delimiterCode);
          }
          stmtStart = -1;
          firstWord = '';
          i = command.end;
          continue;
        }
      }
    }
    lastEnd = i;
  }
  finish();
  return { statements, comments, errors };
}

/**
 * ASCII characters that end a run of ordinary code: space and control characters, quotes,
 * comment starters, `*` (closes an executable comment) and the terminator's first character.
 */
function specialCharacters(delimiterCode: number): Uint8Array {
  const table = new Uint8Array(128);
  for (let c = 0; c <= CH_SPACE; c++) table[c] = 1;
  for (const c of [CH_SQUOTE, CH_DQUOTE, CH_BACKQUOTE, CH_MINUS, CH_HASH, CH_SLASH, CH_STAR]) table[c] = 1;
  if (delimiterCode < 128) table[delimiterCode] = 1;
  return table;
}

/** `DELIMITER xx`: the terminator is the first run of non-space characters after the word. */
function readDelimiterCommand(text: string, i: number, n: number): { delimiter: string; end: number } {
  const stop = lineEnd(text, i, n);
  let j = i;
  while (j < stop && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  let k = j;
  while (k < stop && text.charCodeAt(k) > CH_SPACE) k++;
  return { delimiter: text.slice(j, k), end: stop };
}


import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SqlSplitter, type RawStatement, type SplitOptions } from '../../src/parse/sql/split.js';
import { sqlFragment as fragment } from '../helpers/sql-fragments.js';

/**
 * The splitter takes a string that closes inside a run of code into that run (split.ts, `code`);
 * `mergeRuns: false` reads it as a token of its own, as the splitter did before. Both must give
 * the same statements, comments and problems at the same positions, whole or in pieces.
 */
type Event = readonly [string, ...unknown[]];

function split(pieces: readonly string[], mergeRuns: boolean, withOther: boolean, noBackslashEscapes = false): Event[] {
  const events: Event[] = [];
  const options: SplitOptions = {
    comments: 'all',
    held: new Set(['import', 'use', 'backup']),
    maxHeldStatement: 64,
    maxDirectiveComment: 32,
    mergeRuns,
    noBackslashEscapes,
  };
  const splitter: SqlSplitter = new SqlSplitter(
    {
      statement: (raw: RawStatement) => events.push(['statement', raw, raw.held ? splitter.slice(raw.start, raw.end) : undefined]),
      ...(withOther ? { other: (start: number, end: number) => events.push(['statement-extent', start, end]) } : {}),
      comment: (c) => events.push(['comment', c]),
      error: (e) => events.push(['error', e]),
    },
    options,
  );
  for (const piece of pieces) splitter.push(piece);
  splitter.end();
  return events;
}

function cut(text: string, points: readonly number[]): string[] {
  const at = [...new Set(points.map((p) => Math.floor(p * (text.length + 1))))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let last = 0;
  for (const k of at) {
    if (k > last && k < text.length) {
      pieces.push(text.slice(last, k));
      last = k;
    }
  }
  pieces.push(text.slice(last));
  return pieces;
}

/** The same pieces with and without merged runs, backslashes as escapes or not (the held-statement and comment limits make pieces matter). */
function expectSame(text: string, pieces: readonly string[] = [text]): void {
  for (const withOther of [false, true]) {
    for (const noEscapes of [false, true]) {
      for (const cutAs of [[text], pieces, [...text]]) {
        expect(split(cutAs, true, withOther, noEscapes), JSON.stringify(cutAs)).toEqual(split(cutAs, false, withOther, noEscapes));
      }
    }
  }
}

describe('strings taken into runs of code', () => {
  it('split as when every string is a token of its own, whole or in pieces (fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 40 }),
        fc.array(fc.constantFrom(' ', '', '\n'), { maxLength: 40 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
        (parts, gaps, points) => {
          const text = parts.map((p, i) => p + (gaps[i] ?? ' ')).join('');
          expectSame(text, cut(text, points));
        },
      ),
      { numRuns: 1500, seed: 20261207 },
    );
  });

  it('split as before around quotes, comments, executable comments, backslashes and terminators', () => {
    const cases = [
      "INSERT INTO t VALUES (0, 'a /* no */', '{\"k\": \"v;0\"}'),\n  (1, 'it''s; fine', \"x\\\"y\") ;\nUSE db;",
      "SELECT 'a' 'b' `c``d` \"e\" -- c 'x'\n, 'y' # z\n;",
      "SELECT 1, 'unterminated ; \n still; USE x;",
      "SELECT `a;\nb`, '\\\\', '\\'' ;\\g USE db",
      "CREATE TABLE t (a int) /*T![placement] PLACEMENT POLICY='p;1' */ /*!50110 KEY_BLOCK_SIZE='8' */;",
      "DELIMITER $$\nSELECT 'a$$b', \"$$\" $$\nDELIMITER ;\nSELECT 'x';",
      "DELIMITER '\nSELECT 'a' SELECT \"b\"'\nDELIMITER ;\nUSE 'db';",
      "SELECT 'x'\n/* own line */ 'y'\n-- trailing\n;",
      "IMPORT INTO t FROM 's3://b/p?x=1;2' WITH thread = 1, skip_rows = 1, '\n'; BACKUP TABLE t TO 'l;x';",
      "SELECT \"a\"\\c 'b' \\u db\nSELECT '\r\n' ,'\r';",
    ];
    for (const text of cases) {
      expectSame(text);
      for (let k = 1; k < text.length; k += 3) expectSame(text, [text.slice(0, k), text.slice(k)]);
    }
  });

  it('end a run at a string that does not close in what has been read, and resume it with the next piece', () => {
    const text = "SELECT 1, 'a;b', 'c;d' ; USE db;";
    const events = split(["SELECT 1, 'a;b', 'c;", "d' ; USE db;"], true, true);
    expect(events).toEqual(split([text], false, true));
    expect(events.filter((e) => e[0] === 'statement-extent')).toEqual([['statement-extent', 0, 22]]);
  });
});

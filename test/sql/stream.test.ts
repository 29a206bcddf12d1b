import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSql } from '../../src/parse/sql/parse.js';
import { splitStatements } from '../../src/parse/sql/split.js';
import { buildLineIndex } from '../../src/core/lines.js';
import { readSqlFile, readSqlText } from '../../src/lint/engine/read-sql.js';
import { doublingRatio } from '../hostile/work-meter.js';
import { sqlFragment as fragment } from '../helpers/sql-fragments.js';

/** Cuts `text` at the given fractions (sorted, deduplicated) into pieces. */
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

describe('splitting in pieces', () => {
  it('gives exactly what splitting the whole text gives, wherever the pieces are cut (fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 40 }),
        fc.array(fc.constantFrom(' ', ''), { maxLength: 40 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
        (parts, gaps, points) => {
          const text = parts.map((p, i) => p + (gaps[i] ?? ' ')).join('');
          const whole = splitStatements(text);
          expect(splitStatements(text, cut(text, points))).toEqual(whole);
          // One character at a time: every construct straddles a boundary.
          expect(splitStatements(text, [...text])).toEqual(whole);
        },
      ),
      { numRuns: 2000, seed: 20261206 },
    );
  });

  it('keeps positions across a statement, a string and a comment that straddle piece boundaries', () => {
    const text = "USE db;\r\nIMPORT INTO t FROM 's3://b/a;b.csv' -- note; here\r\n WITH thread = 1; /* x; */ SELECT 1";
    for (let k = 1; k < text.length; k++) {
      expect(splitStatements(text, [text.slice(0, k), text.slice(k)]), `cut at ${k}`).toEqual(splitStatements(text));
    }
    expect(splitStatements(text).statements.map((s) => text.slice(s.start, s.end))).toEqual([
      'USE db',
      "IMPORT INTO t FROM 's3://b/a;b.csv' -- note; here\r\n WITH thread = 1",
      'SELECT 1',
    ]);
  });
});

describe('mysql client commands', () => {
  const texts = (sql: string): string[] => parseSql(sql).statements.map((s) => sql.slice(s.span.start, s.span.end));

  it('ends a statement at \\g and \\G, so an import after them is its own statement', () => {
    for (const sql of [
      "SELECT 1\\g IMPORT INTO t FROM 's3://b/x.csv' WITH DISABLE_PRECHECK;",
      "SELECT 1\\G IMPORT INTO t FROM 's3://b/x.csv' WITH DISABLE_PRECHECK;",
    ]) {
      const doc = parseSql(sql);
      expect(
        doc.statements.map((s) => s.kind),
        sql,
      ).toEqual(['other', 'import-into']);
      expect(texts(sql)[1]).toBe("IMPORT INTO t FROM 's3://b/x.csv' WITH DISABLE_PRECHECK");
      expect(doc.errors).toEqual([]);
    }
  });

  it('ends a statement at every other client command too (\\c clears, \\p prints, ...)', () => {
    expect(texts("SELECT 1 \\c IMPORT INTO t FROM 's3://b/x.csv'")).toEqual(['SELECT 1', "IMPORT INTO t FROM 's3://b/x.csv'"]);
    expect(texts('SELECT 1 \\p SELECT 2')).toEqual(['SELECT 1', 'SELECT 2']);
  });

  it('leaves \\g alone inside strings, quoted names and ordinary comments, and \\N (NULL) everywhere', () => {
    expect(texts("SELECT '\\g', `a\\g` /* \\g */ -- \\g\n, \\N; SELECT 2")).toEqual([
      "SELECT '\\g', `a\\g` /* \\g */ -- \\g\n, \\N",
      'SELECT 2',
    ]);
  });

  it('reads \\u db as USE db and \\d as DELIMITER, consuming their arguments up to the terminator', () => {
    const sql = "\\u sales\nIMPORT INTO t FROM 's3://b/x.csv';\n\\d //\nSELECT 1; SELECT 2//\n\\u `my db`; SELECT 3//\nSELECT 4//";
    const doc = parseSql(sql);
    // `SELECT 1; SELECT 2` is one query to the client and two statements to TiDB (multi-statements).
    expect(doc.statements.map((s) => s.kind)).toEqual(['use', 'import-into', 'other', 'other', 'use', 'other']);
    expect(texts(sql)[5]).toBe('SELECT 4');
    const first = doc.statements[0];
    expect(first?.kind === 'use' && first.database?.value).toBe('sales');
    const second = doc.statements[4];
    expect(second?.kind === 'use' && second.database?.value).toBe('my db');
    expect(texts(sql).slice(2, 4)).toEqual(['SELECT 1', 'SELECT 2']);
  });

  it('makes the database unknown when a terminator is glued to the \\u argument', () => {
    const doc = parseSql('\\u sales;\nSELECT 1;');
    const use = doc.statements[0];
    expect(use?.kind).toBe('use');
    expect(use?.kind === 'use' && use.database).toBeUndefined();
  });

  it('takes DELIMITER arguments as the client does: quoted, up to a space, 15 characters, never a backslash', () => {
    expect(texts("DELIMITER '//'\nSELECT 1 //\nIMPORT INTO t FROM 's3://b/x.csv' //")).toEqual([
      'SELECT 1',
      "IMPORT INTO t FROM 's3://b/x.csv'",
    ]);
    const refused = parseSql('DELIMITER \\\\\nSELECT 1; SELECT 2;');
    expect(refused.errors).toHaveLength(1);
    expect(refused.statements).toHaveLength(2);
  });
});

describe('cost of reading a SQL file', () => {
  const shape = (n: number): string => {
    let text = '';
    for (let i = 0; i < n; i++) {
      text += `USE db${i % 7};\nIMPORT INTO t${i} FROM 's3://b/t${i}.csv' WITH DISABLE_PRECHECK;\n-- tidb-import-guard-ignore log-backup-gap: checked\nBACKUP TABLE t${i} TO 's3://b/bk${i}';\nBEGIN; COMMIT;\n`;
    }
    return text;
  };
  const pieces = (text: string): (() => Iterable<Uint8Array>) => {
    const bytes = new TextEncoder().encode(text);
    return function* () {
      for (let i = 0; i < bytes.length; i += 4096) yield bytes.subarray(i, i + 4096);
    };
  };

  it('grows linearly with the statements, read whole or in pieces (work counted, not timed)', () => {
    expect(doublingRatio(shape, 500, (text) => readSqlText('a.sql', text)).ratio).toBeLessThan(2.3);
    expect(doublingRatio(shape, 500, (text) => readSqlFile('a.sql', pieces(text))).ratio).toBeLessThan(2.3);
  });

  it('finds the same jobs, directives and findings at the same positions either way', () => {
    const text = shape(40).replace(/\n/g, '\r\n') + "SELECT 'unterminated";
    const whole = readSqlText('a.sql', text);
    const streamed = readSqlFile('a.sql', pieces(text));
    expect(streamed.jobs.length).toBe(40);
    // Table sets carry a global id: compare what they are made of.
    const plain = (jobs: typeof whole.jobs) => jobs.map((j) => ({ ...j, written: { ...j.written, set: undefined, perName: undefined } }));
    expect(plain(streamed.jobs)).toEqual(plain(whole.jobs));
    expect(streamed.snapshots.length).toBe(whole.snapshots.length);
    expect(streamed.directives).toEqual(whole.directives);
    expect(streamed.diagnostics).toEqual(whole.diagnostics);
    const lines = buildLineIndex(text);
    const offsets = [
      ...whole.jobs.map((j) => j.anchor.start),
      ...whole.diagnostics.map((d) => d.span.start),
      ...whole.directives.suppressions.map((s) => s.span.end),
    ];
    for (const offset of offsets) expect(streamed.text.position(offset), `offset ${offset}`).toEqual(lines.position(offset));
  });
});

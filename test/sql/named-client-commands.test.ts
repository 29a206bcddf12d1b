/**
 * The mysql client's NAMED commands (`use db`, `source f`, `quit`, `help`, ...) run on their own,
 * without a terminator, when they start a line and nothing is buffered: mysql's
 * `read_and_execute` calls `find_command(line)` when `glob_buffer.is_empty()`, and `find_command`
 * (mysql-server `client/mysql.cc`, 8.0) matches the line's first word, up to a space or tab, against
 * `commands[]` case-insensitively — unless the line contains `\g` or the current delimiter (then the
 * line is parsed as SQL), and a command that takes no parameters must have nothing after it. So
 * `use db1` on its own line is a command and the next line starts a new statement: reading it as one
 * `USE` statement would hide an import behind it.
 */
import { describe, expect, it } from 'vitest';
import { buildLineIndex } from '../../src/core/lines.js';
import { readSqlFile, readSqlText } from '../../src/lint/engine/read-sql.js';
import { parseSql } from '../../src/parse/sql/parse.js';
import { splitStatements } from '../../src/parse/sql/split.js';

const IMPORT = "IMPORT INTO t FROM 's3://b/x.csv' WITH DISABLE_PRECHECK;";

/** Every way to cut `text` in two, plus one-character pieces. */
function cuts(text: string): string[][] {
  const out: string[][] = [[...text]];
  for (let k = 1; k < text.length; k++) out.push([text.slice(0, k), text.slice(k)]);
  return out;
}

function bytes(pieces: readonly string[]): () => Iterable<Uint8Array> {
  return () => pieces.map((p) => new TextEncoder().encode(p));
}

function job(text: string) {
  const read = readSqlText('a.sql', text);
  expect(read.jobs).toHaveLength(1);
  const found = read.jobs[0]!;
  return { found, position: buildLineIndex(text).position(found.anchor.start), read };
}

const texts = (sql: string): string[] => parseSql(sql).statements.map((s) => sql.slice(s.span.start, s.span.end));

describe('named mysql client commands at the start of a statement', () => {
  it('ends `use db1` at its line end: the import on the next line is found, at its line, in db1', () => {
    const text = `use db1\n${IMPORT}\n`;
    const { found, position } = job(text);
    expect(position).toMatchObject({ line: 2, column: 1 });
    expect(found.written).toMatchObject({ kind: 'exact', names: [{ schema: 'db1', table: 't' }] });
    expect(found.override?.text).toBe('DISABLE_PRECHECK');
    const doc = parseSql(text);
    expect(doc.statements.map((s) => s.kind)).toEqual(['use', 'import-into']);
    const use = doc.statements[0];
    expect(use?.kind === 'use' && use.database?.value).toBe('db1');
    expect(texts(text)[0]).toBe('use db1');
  });

  it('reads the same in any pieces, the command line straddling piece boundaries', () => {
    const text = `  use db1  \r\n-- c\n${IMPORT}\nquit\nIMPORT INTO u FROM 's3://b/y.csv';`;
    const whole = splitStatements(text);
    expect(whole.statements.map((s) => text.slice(s.start, s.end))).toEqual([
      'use db1',
      IMPORT.slice(0, -1),
      "IMPORT INTO u FROM 's3://b/y.csv'",
    ]);
    for (const pieces of cuts(text)) {
      expect(splitStatements(text, pieces), JSON.stringify(pieces)).toEqual(whole);
    }
    const read = readSqlText('a.sql', text);
    const streamed = readSqlFile('a.sql', bytes(cuts(text)[0]!));
    expect(read.jobs.map((j) => j.written.description)).toEqual(['`db1.t`', '`db1.u`']);
    expect(streamed.jobs.map((j) => j.anchor)).toEqual(read.jobs.map((j) => j.anchor));
  });

  it('is case-insensitive: USE db1 on its own line', () => {
    const { found, position } = job(`USE db1\n${IMPORT}`);
    expect(position).toMatchObject({ line: 2, column: 1 });
    expect(found.written.description).toBe('`db1.t`');
  });

  it('leaves `use db1;` as before: one USE statement, the import after it in db1', () => {
    const text = `use db1;\n${IMPORT}`;
    expect(texts(text)).toEqual(['use db1', IMPORT.slice(0, -1)]);
    const { found, position } = job(text);
    expect(position).toMatchObject({ line: 2, column: 1 });
    expect(found.written.description).toBe('`db1.t`');
  });

  it('leaves a line with the delimiter or \\g to SQL parsing (find_command returns nothing)', () => {
    // `use db1 -- ;` has a `;`: mysql reads the line as SQL, so the statement goes on to the next line.
    expect(texts('use db1 -- ;\nSELECT 1;')).toEqual(['use db1 -- ;\nSELECT 1']);
    expect(texts('use db1 \\g SELECT 1;')).toEqual(['use db1', 'SELECT 1']);
  });

  it('does not take a word that is not at the start of its statement, or of its line', () => {
    expect(texts('SELECT 1,\nuse db1\nFROM t;')).toEqual(['SELECT 1,\nuse db1\nFROM t']);
    // After a terminator on the same line the line holds the delimiter: SQL, as in mysql.
    expect(texts('SELECT 1; use db1\nSELECT 2;')).toEqual(['SELECT 1', 'use db1\nSELECT 2']);
    // A comment before the word on its line: not a command line.
    expect(texts('/* c */ use db1\nSELECT 2;')).toEqual(['use db1\nSELECT 2']);
    // Inside an executable comment the client has buffered `/*!`.
    expect(texts('/*!\nuse db1\nSELECT 2 */;')).toEqual(['use db1\nSELECT 2']);
  });

  it('does not see a command inside a string or a comment', () => {
    expect(texts("SELECT '\nuse db1\n', 1;")).toEqual(["SELECT '\nuse db1\n', 1"]);
    expect(texts('SELECT 1 /*\nuse db1\n*/, 2;')).toEqual(['SELECT 1 /*\nuse db1\n*/, 2']);
    expect(texts('-- use db1\nSELECT 1;')).toEqual(['SELECT 1']);
    expect(parseSql('/*\nuse db1\n*/ SELECT 1;').statements.map((s) => s.kind)).toEqual(['other']);
  });

  it('ends the statement at other named commands too, and a command without parameters only when alone', () => {
    for (const command of [
      'source x.sql',
      'quit',
      'exit',
      'go',
      'ego',
      'status',
      'help contents',
      '? contents',
      'tee out.txt',
      'notee',
      'charset utf8mb4',
      'warnings',
      'nowarning',
      'rehash',
      'print',
      'prompt x>',
      'pager less',
      'nopager',
      'system ls',
      'connect db2',
      'clear',
      'edit',
      'resetconnection',
      'query_attributes n v',
    ]) {
      const text = `${command}\n${IMPORT}`;
      expect(texts(text).at(-1), command).toBe(IMPORT.slice(0, -1));
    }
    // `status` takes no parameters: `status x` is SQL that goes on to the next line.
    expect(texts('status x\nSELECT 1;')).toEqual(['status x\nSELECT 1']);
    // The word ends at a space or tab only.
    expect(texts('use(db1)\nSELECT 1;')).toEqual(['use(db1)\nSELECT 1']);
  });

  it('still reads DELIMITER at the start of a line as the command', () => {
    expect(texts(`delimiter //\nSELECT 1; SELECT 2//\n${IMPORT.slice(0, -1)}//`)).toEqual(['SELECT 1', 'SELECT 2', IMPORT.slice(0, -1)]);
  });

  it('makes the database unknown when `use` has no name, and still ends the line', () => {
    const doc = parseSql(`use\n${IMPORT}`);
    expect(doc.statements.map((s) => s.kind)).toEqual(['use', 'import-into']);
    const use = doc.statements[0];
    expect(use?.kind === 'use' && use.database).toBeUndefined();
  });

  it('reports a command line too long to read instead of guessing, and still finds what follows', () => {
    const text = `use db1 ${'x '.repeat(2000)}\n${IMPORT}`;
    const doc = parseSql(text);
    expect(doc.errors.length).toBeGreaterThan(0);
    expect(doc.statements.at(-1)?.kind).toBe('import-into');
  });
});

/**
 * TiDB's `/*T![feature,...] ... *\/` comments. TiDB's lexer (pingcap/tidb pkg/parser/lexer.go,
 * `startWithSlash` and `scanFeatureIDs`) runs the content as code only when every feature id of
 * the list is one it knows (`CanParseFeature` in pkg/parser/tidb/features.go: auto_rand,
 * auto_id_cache, auto_rand_base, clustered_index, force_inc, placement, ttl, global_index,
 * pre_split; compared exactly, so case matters); with an id it does not know, the whole thing is an
 * ordinary comment. `/*T!` without a list is always code. A list that is not `[id(,id)*]` (a space,
 * an empty id) is no list: TiDB lexes the content as code from the `[`.
 *
 * So an IMPORT INTO inside `/*T![unknown_feature] ... *\/` never runs on TiDB, and the linter does
 * not report it (docs/security.md says so).
 */
import { describe, expect, it } from 'vitest';
import { parseSql } from '../../src/parse/sql/parse.js';
import { scanSql } from '../../src/parse/sql/scan.js';
import type { SqlStatement } from '../../src/parse/sql/ast.js';

const IMPORT = "IMPORT INTO app.t FROM 's3://b/t.csv'";
const kinds = (sql: string): string[] => parseSql(sql).statements.map((s) => s.kind);
const KNOWN = [
  'auto_rand',
  'auto_id_cache',
  'auto_rand_base',
  'clustered_index',
  'force_inc',
  'placement',
  'ttl',
  'global_index',
  'pre_split',
];

describe('/*T![feature] ... */', () => {
  it('an unknown feature id makes it an ordinary comment: the IMPORT INTO inside is not a statement', () => {
    const sql = `/*T![unknown_feature] ${IMPORT} */;\nSELECT 1;\n`;
    const doc = parseSql(sql);
    expect(doc.statements.map((s) => s.kind)).toEqual(['other']);
    expect(doc.comments.map((c) => sql.slice(c.span.start, c.span.end))).toEqual([`/*T![unknown_feature] ${IMPORT} */`]);
    expect(doc.errors).toEqual([]);
  });

  it('every feature id TiDB knows makes it code, alone or in a list', () => {
    for (const id of KNOWN) expect(kinds(`/*T![${id}] ${IMPORT} */;`), id).toEqual(['import-into']);
    expect(kinds(`/*T![clustered_index,ttl,pre_split] ${IMPORT} */;`)).toEqual(['import-into']);
    expect(kinds(`/*T! ${IMPORT} */;`)).toEqual(['import-into']);
  });

  it('one unknown id in the list, or a known id in another case, is enough to make it a comment', () => {
    expect(kinds(`/*T![clustered_index,bogus] ${IMPORT} */;`)).toEqual([]);
    expect(kinds(`/*T![TTL] ${IMPORT} */;`)).toEqual([]);
    expect(kinds(`/*T![resource_group] ${IMPORT} */;`)).toEqual([]);
  });

  it('inside a statement: an option in an unknown-feature comment is not an option TiDB sees', () => {
    const options = (sql: string) => {
      const stmt = parseSql(sql).statements[0] as Extract<SqlStatement, { kind: 'import-into' }>;
      return stmt.options.map((o) => o.name);
    };
    expect(options(`${IMPORT} /*T![bogus] WITH DISABLE_PRECHECK */;`)).toEqual([]);
    expect(options(`${IMPORT} /*T![ttl] WITH DISABLE_PRECHECK */;`)).toEqual(['disable_precheck']);
    expect(options(`${IMPORT} WITH thread = 4 /*T![bogus] , DISABLE_PRECHECK */;`)).toEqual(['thread']);
  });

  it('a list that is not one is no list: the content is code from the `[`, as TiDB lexes it', () => {
    for (const list of ['[]', '[ ttl ]', '[ttl,]', '[,ttl]', '[tt l]']) {
      const doc = parseSql(`/*T!${list} SELECT 1 */;`);
      expect(doc.comments, list).toEqual([]);
    }
  });

  it('a feature list too long to read is an error, never silently code or comment', () => {
    const list = `[${Array.from({ length: 80 }, () => 'ttl').join(',')}]`;
    const doc = parseSql(`/*T!${list} ${IMPORT} */;`);
    expect(doc.errors.map((e) => e.message)).toEqual([expect.stringMatching(/feature list .*longer than 256 characters/)]);
  });

  it('streamed in pieces of any size, the split is the same as whole', () => {
    const sql = `SELECT 1;\n/*T![unknown_feature] ${IMPORT} */;\n/*T![clustered_index,ttl] ${IMPORT} */;\n/*T![ttl,bogus] x */ USE db;\n`;
    const whole = (pieces: string[]) => {
      const seen: string[] = [];
      const scan = scanSql(pieces, (s) => seen.push(`${s.statement.kind}@${s.statement.span.start}`));
      return { seen, comments: scan.comments.map((c) => c.span.start), errors: scan.errors };
    };
    const expected = whole([sql]);
    expect(expected.seen).toEqual([`import-into@${sql.indexOf('/*T![clustered') + 26}`, `use@${sql.indexOf('USE db')}`]);
    for (let size = 1; size <= 40; size++) {
      const pieces = sql.match(new RegExp(`[^]{1,${size}}`, 'g')) ?? [];
      expect(whole(pieces), `pieces of ${size}`).toEqual(expected);
    }
  });
});

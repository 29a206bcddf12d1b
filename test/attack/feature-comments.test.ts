/**
 * Hostile `/*T![...]` and `/*!` comments: none may hide an IMPORT INTO that TiDB runs.
 * Newer TiDB registers more feature ids than the 2025 list (pingcap/tidb master,
 * pkg/parser/tidb/features.go: `affinity` (SHOW CREATE TABLE writes `/*T![affinity] AFFINITY='table' *\/`,
 * pkg/executor/show.go) and `region_split`); with them, the content is code there.
 */
import { describe, expect, it } from 'vitest';
import { parseSql } from '../../src/parse/sql/parse.js';

const IMPORT = "IMPORT INTO app.t FROM 's3://b/t.csv'";
const kinds = (sql: string): string[] => parseSql(sql).statements.map((s) => s.kind);

describe('hostile TiDB comments', () => {
  it('the ids newer TiDB registers make the content code', () => {
    expect(kinds(`/*T![affinity] ${IMPORT} */;`)).toEqual(['import-into']);
    expect(kinds(`/*T![region_split] ${IMPORT} */;`)).toEqual(['import-into']);
    expect(kinds(`/*T![ttl,affinity] ${IMPORT} */;`)).toEqual(['import-into']);
  });
  it('MySQL executable comments are code', () => {
    expect(kinds(`/*! ${IMPORT} */;`)).toEqual(['import-into']);
    expect(kinds(`/*!50000 ${IMPORT} */;`)).toEqual(['import-into']);
    expect(kinds(`/*!${IMPORT} */;`)).toEqual(['import-into']);
  });
  it('malformed lists are code from the [', () => {
    expect(kinds(`/*T![ttl ${IMPORT} */;`).length).toBeGreaterThan(0);
    expect(kinds(`/*T![] ${IMPORT} */;`).length).toBeGreaterThan(0);
  });
  it('an unterminated comment never throws', () => {
    expect(() => parseSql(`/*T![ttl] ${IMPORT}`)).not.toThrow();
    expect(() => parseSql(`/*T![bogus] ${IMPORT}`)).not.toThrow();
    expect(() => parseSql(`/*T![${'a'.repeat(300)}] ${IMPORT} */;`)).not.toThrow();
  });
  it('statements after a nested-looking comment are still seen', () => {
    // MySQL/TiDB comments do not nest: the first */ ends it.
    expect(kinds(`/*T![bogus] /* x */ ${IMPORT};`)).toEqual(['import-into']);
    expect(kinds(`/*T![bogus] /*T![ttl] x */ ${IMPORT};`)).toEqual(['import-into']);
  });
});

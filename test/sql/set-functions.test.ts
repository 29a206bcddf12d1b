import { describe, expect, it } from 'vitest';
import { rejectedSetFunctions } from '../../src/parse/sql/set-functions.js';
import { lint, SIMPLE_POLICY } from '../helpers/repo.js';
import type { ImportIntoStatement } from '../../src/parse/sql/ast.js';
import { parseSql } from '../../src/parse/sql/parse.js';

describe('functions TiDB rejects in IMPORT INTO SET (TestImportIntoValidateColAssignmentsWithEncodeCtx)', () => {
  it.each(['setvar', 'current_user', 'current_role', 'connection_id', 'tidb_is_ddl_owner', 'sleep', 'last_insert_id'])(
    'rejects %s()',
    (name) => {
      const args = name === 'setvar' ? "'a', 1" : name === 'sleep' ? '1' : '';
      expect(rejectedSetFunctions(`1 + ${name}(${args})`)).toEqual([{ name, offset: 4 }]);
    },
  );
  it.each(["'x'", '1+@1', "concat('hello','world')", "getvar('var1')", 'uncompress(compress(@raw))', "COALESCE(@1, 'def')"])(
    'allows %s',
    (expr) => {
      expect(rejectedSetFunctions(expr)).toEqual([]);
    },
  );
  it('tells a column named like a function from a call, and a string from code', () => {
    expect(rejectedSetFunctions('sleep + 1')).toEqual([]);
    expect(rejectedSetFunctions("concat('sleep(1)', @1)")).toEqual([]);
    expect(rejectedSetFunctions('CURRENT_USER')).toEqual([{ name: 'current_user', offset: 0 }]);
    expect(rejectedSetFunctions('sleep + SLEEP (1) /* sleep(1) */')).toEqual([{ name: 'sleep', offset: 8 }]);
  });
  it('finds calls in expressions that are not valid MySQL (TiDB-only or broken syntax)', () => {
    expect(rejectedSetFunctions('sleep(1) +* (')).toEqual([{ name: 'sleep', offset: 0 }]);
  });
  it('is an invalid-import-into finding at the function name', async () => {
    const { findings } = await lint(
      { 'migrations/prod/a.sql': "IMPORT INTO app.t (a, @1) SET b = SLEEP(@1) FROM 's3://b/t.csv';\n" },
      SIMPLE_POLICY,
    );
    const f = findings.filter((x) => x.rule === 'invalid-import-into');
    expect(f.map((x) => [x.line, x.column, x.endColumn])).toEqual([[1, 35, 40]]);
    expect(f[0]!.message).toContain('FUNCTION sleep is not supported in IMPORT INTO column assignment, index 0');
  });
  it('are found while the statement is parsed, and recorded on each assignment with the span of the name', () => {
    const sql =
      "-- x\nIMPORT INTO app.t (a, @1) SET b = SLEEP(@1) + current_user, c = 'sleep(1)', d = last_insert_id() FROM 's3://b/t.csv';\n";
    const stmt = parseSql(sql).statements.find((s): s is ImportIntoStatement => s.kind === 'import-into')!;
    const found = stmt.assignments.map((a) => a.rejectedFunctions.map((f) => [f.name, sql.slice(f.span.start, f.span.end)]));
    expect(found).toEqual([
      [
        ['sleep', 'SLEEP'],
        ['current_user', 'current_user'],
      ],
      [],
      [['last_insert_id', 'last_insert_id']],
    ]);
  });
});

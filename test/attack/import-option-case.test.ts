/**
 * TiDB lowercases an IMPORT INTO option name with Go's `strings.ToLower` (pingcap/tidb
 * pkg/parser, the WITH list: `&ast.LoadDataOpt{Name: strings.ToLower(...)}`; the executor then looks
 * the name up exactly, pkg/executor/importer/import.go `initOptions`). Go maps U+0130 (capital I
 * with dot above) to a plain `i` and U+212A (Kelvin sign) to `k`, one rune each; JavaScript's
 * toLowerCase maps U+0130 to `i` plus a combining dot. So `WITH DİSABLE_PRECHECK` switches TiDB's
 * CDC/PITR precheck off: it must be read as the override it is, not as an unknown option.
 */
import { describe, expect, it } from 'vitest';
import { lint, SIMPLE_POLICY } from '../helpers/repo.js';

const rules = async (sql: string) => (await lint({ 'migrations/prod/a.sql': sql }, SIMPLE_POLICY)).findings.map((f) => f.rule).sort();

describe('IMPORT INTO option names lowercased as Go lowercases them', () => {
  it('DİSABLE_PRECHECK (U+0130) is the override', async () => {
    const found = await rules("IMPORT INTO app.t FROM 's3://b/t.csv' WITH D\u0130SABLE_PRECHECK;\n");
    expect(found).toContain('precheck-override');
    expect(found).toContain('log-backup-gap');
    expect(found).not.toContain('precheck-blocks-import');
    expect(found).not.toContain('invalid-import-into');
  });
  it('a Kelvin sign in a name is a k', async () => {
    const found = await rules("IMPORT INTO app.t FROM 's3://b/t.csv' WITH DISABLE_PRECHECK, S\u212AIP_ROWS=1;\n");
    expect(found).not.toContain('invalid-import-into');
    expect(found).toContain('precheck-override');
  });
});

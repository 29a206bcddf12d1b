/**
 * TiDB compares database and table names without case (`lower_case_table_names` is fixed at 2:
 * names are stored as created, compared in lower case), so `IMPORT INTO APP.Orders` writes the
 * table created as `app.orders`. A case-sensitive changefeed (`case-sensitive = true`) matches its
 * rules against the name as stored, which the repository does not show: the rule `app.*` may well
 * replicate the table `APP.Orders` names. The conservative reading matches a changefeed's rules
 * against the written names in any case.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/repo.js';

const POLICY = `version: 1
clusters:
  prod:
    tidb_version: "8.5.1"
    match: { paths: ["migrations/**"] }
    log_backup: { enabled: false }
    changefeeds:
      - id: feed
        rules: ["app.*"]
        case_sensitive: true
        downstream: { kind: kafka }
`;

describe('a case-sensitive changefeed and a name in another case', () => {
  it('IMPORT INTO APP.Orders is a gap of a changefeed replicating app.*', async () => {
    const { findings } = await lint({ 'migrations/a.sql': "IMPORT INTO APP.Orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\n" }, POLICY);
    const rules = findings.map((f) => f.rule);
    expect(rules).toContain('changefeed-gap');
    expect(findings.find((f) => f.rule === 'precheck-override')?.severity).toBe('error');
  });
  it('a table the rules do not name in any case is still no gap', async () => {
    const { findings } = await lint({ 'migrations/a.sql': "IMPORT INTO other.t FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\n" }, POLICY);
    expect(findings.map((f) => f.rule)).not.toContain('changefeed-gap');
  });
});

/** "Did you mean" for unknown rule ids in suppressions and unknown cluster names in directives (issue 15, item 4). */
import { describe, expect, it } from 'vitest';
import { lint, SIMPLE_POLICY } from '../helpers/repo.js';

describe('did you mean', () => {
  it('suggests the rule id a suppression misspells', async () => {
    const { findings } = await lint(
      { 'deploy/prod/a.sql': "-- tidb-import-guard-ignore log-backup-gapp: staging copy\nIMPORT INTO app.orders FROM 's3://b/o.csv';\n" },
      SIMPLE_POLICY,
    );
    const f = findings.find((x) => x.rule === 'invalid-suppression')!;
    expect(f.message).toBe('Suppression names unknown rule `log-backup-gapp`');
    expect(f.help).toBe('did you mean `log-backup-gap`? `tidb-import-guard rules` lists the rule ids');
  });

  it('names which unknown rule each suggestion is for when there are several, and stays quiet for nonsense', async () => {
    const { findings } = await lint(
      { 'deploy/prod/a.sql': "-- tidb-import-guard-ignore changefed-gap, zzzz: why\nIMPORT INTO app.orders FROM 's3://b/o.csv';\n" },
      SIMPLE_POLICY,
    );
    const f = findings.find((x) => x.rule === 'invalid-suppression')!;
    expect(f.message).toBe('Suppression names unknown rule `changefed-gap`, `zzzz`');
    expect(f.help).toBe('did you mean `changefeed-gap` for `changefed-gap`? `tidb-import-guard rules` lists the rule ids');
  });

  it('suggests the cluster a directive misspells', async () => {
    const { findings } = await lint(
      { 'tools/a.sql': "-- tidb-import-guard: cluster=prd\nIMPORT INTO app.orders FROM 's3://b/o.csv';\n" },
      SIMPLE_POLICY,
    );
    const f = findings.find((x) => x.rule === 'unmapped-target')!;
    expect(f.message).toBe('The directive names cluster `prd`, which the policy does not define');
    expect(f.help).toBe("did you mean `prod`? Otherwise, name one of the policy's clusters: `prod`, `dr`, `legacy`");
  });
});

/**
 * The mysql client runs `0042.SQL` and Lightning reads `--config task.TOML` as readily as their
 * lower-case names, and the linter reads either by its extension in any case; the scan's
 * `scan.include` globs (`**\/*.sql`, `**\/*.toml`) must then select them too, or a pull request
 * hides an import in plain sight by the case of its extension.
 */
import { describe, expect, it } from 'vitest';
import { lint, SIMPLE_POLICY } from '../helpers/repo.js';

describe('extensions in any letter case are in scope', () => {
  it('x.SQL and x.TOML are linted', async () => {
    const { findings } = await lint(
      {
        'migrations/prod/0042.SQL': "IMPORT INTO app.t FROM 's3://b/t.csv' WITH DISABLE_PRECHECK;\n",
        'deploy/prod/task.TOML':
          '[lightning]\ncheck-requirements = false\n[tikv-importer]\nbackend = "local"\n[mydumper]\ndata-source-dir = "s3://b/x"\nfilter = ["app.*"]\n',
      },
      SIMPLE_POLICY,
    );
    const where = findings.map((f) => `${f.file}:${f.rule}`);
    expect(where).toContain('migrations/prod/0042.SQL:precheck-override');
    expect(where).toContain('deploy/prod/task.TOML:precheck-override');
  });
});

/** Honest scope (issue 15, item 3): a path named on the command line that `scan.exclude` covers is said, not silently skipped. */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/shells/cli/main.js';
import { SIMPLE_POLICY, tempRepo } from '../helpers/repo.js';

async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {}, isTTY: false });
  return { code, stdout, stderr };
}

const UNSAFE = "IMPORT INTO app.orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\n";

describe('paths named on the command line that the scan excludes', () => {
  it('are reported on standard error with the glob, and not linted', async () => {
    // SIMPLE_POLICY: scan.exclude ["**/node_modules/**", "**/vendor/**"].
    const repo = tempRepo({ 'deploy/prod/vendor/a.sql': UNSAFE, 'deploy/prod/b.sql': 'SELECT 1;\n' }, SIMPLE_POLICY);
    try {
      const r = await run(['check', '--format', 'json', 'deploy/prod/vendor', 'deploy/prod/vendor/a.sql', 'deploy/prod/b.sql'], repo.root);
      expect(r.stderr).toContain(
        "tidb-import-guard: deploy/prod/vendor is not linted: the policy's scan.exclude glob `**/vendor/**` excludes it\n",
      );
      expect(r.stderr).toContain(
        "tidb-import-guard: deploy/prod/vendor/a.sql is not linted: the policy's scan.exclude glob `**/vendor/**` excludes it\n",
      );
      const report = JSON.parse(r.stdout) as { findings: { file: string }[]; summary: { files: number } };
      expect(report.summary.files).toBe(1);
      expect(report.findings.filter((f) => f.file.includes('vendor'))).toEqual([]);
      expect(r.code).toBe(0);
    } finally {
      repo.remove();
    }
  });

  it('says nothing for paths the scan keeps', async () => {
    const repo = tempRepo({ 'deploy/prod/b.sql': 'SELECT 1;\n' }, SIMPLE_POLICY);
    try {
      const r = await run(['check', 'deploy/prod', 'deploy/prod/b.sql'], repo.root);
      expect(r.stderr).not.toContain('is not linted');
      expect(r.code).toBe(0);
    } finally {
      repo.remove();
    }
  });
});

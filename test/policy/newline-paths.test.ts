/**
 * A file or directory name may hold a line break (git stores it; a pull request can add one).
 * picomatch's `*`, `?` and `**` do not match one unless the glob is compiled with the `s` flag, so
 * without it a name with a line break escaped every glob: its directory's files were not even
 * scanned (`**\/*.sql` did not select `deploy/pr\nod/a.sql`), and a file named so was unmapped.
 * Every path glob now treats a line break as any other character (src/core/glob.ts): such a file
 * is scanned, mapped by its directory, and checked like its neighbours.
 */
import { describe, expect, it } from 'vitest';
import { SIMPLE_POLICY, tempRepo } from '../helpers/repo.js';

const UNSAFE = "IMPORT INTO app.orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\n";
const NAMES = ['deploy/prod/a\nb.sql', 'deploy/pr\nod/c.sql', 'deploy/prod/x\ny/d.sql', 'deploy/prod/ok.sql'];

describe('a line break in a path escapes no glob', () => {
  it('files under a name with a line break are scanned and mapped by the cluster globs, like their neighbours', async () => {
    const repo = tempRepo(Object.fromEntries(NAMES.map((n) => [n, UNSAFE])), SIMPLE_POLICY);
    try {
      const { result } = await repo.check();
      const rulesOf = (file: string) =>
        result.report.findings
          .filter((f) => f.file === file)
          .map((f) => `${f.rule}:${f.line}`)
          .sort();
      // The neighbour every other file is compared with.
      expect(rulesOf('deploy/prod/ok.sql')).toEqual(['changefeed-gap:1', 'log-backup-gap:1', 'precheck-override:1']);
      expect(rulesOf('deploy/prod/a\nb.sql')).toEqual(rulesOf('deploy/prod/ok.sql'));
      expect(rulesOf('deploy/prod/x\ny/d.sql')).toEqual(rulesOf('deploy/prod/ok.sql'));
      // `deploy/pr\nod/` is not `deploy/prod/`: scanned, and an error (unmapped), never skipped.
      expect(
        result.report.findings.filter((f) => f.file === 'deploy/pr\nod/c.sql').map((f) => [f.rule, f.severity, f.line, f.message]),
      ).toEqual([
        ['unmapped-target', 'error', 1, 'No cluster of the policy matches `deploy/pr\\nod/c.sql`, so this import cannot be checked'],
      ]);
    } finally {
      repo.remove();
    }
  });

  it('a changed-files scope selects them too (the action, --changed-since)', async () => {
    const repo = tempRepo(Object.fromEntries(NAMES.map((n) => [n, UNSAFE])), SIMPLE_POLICY);
    try {
      const { result } = await repo.check({ changedFiles: ['deploy/pr\nod/c.sql', 'deploy/prod/x\ny/d.sql'] });
      expect([...new Set(result.report.findings.map((f) => f.file))].sort()).toEqual(['deploy/pr\nod/c.sql', 'deploy/prod/x\ny/d.sql']);
    } finally {
      repo.remove();
    }
  });
});

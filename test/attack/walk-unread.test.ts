/**
 * Attacks on the streamed walk and unmatched-glob's tally: a glob whose files lie in a directory
 * the walk could not list was not tried against them, so "matches no file" would be a false
 * statement about files never seen. The rule stays silent for such a glob; the unreadable
 * directory is reported (syntax-error) either way.
 */
import { describe, expect, it } from 'vitest';
import { NODE_FS, type FsPort } from '../../src/files/confined.js';
import { tempRepo } from '../helpers/repo.js';

const IMPORT = "IMPORT INTO app.orders FROM 's3://dumps/orders/orders.*.csv';\n";
const POLICY = (paths: string) =>
  `version: 1\nclusters:\n  dr:\n    tidb_version: "8.5.1"\n    match: { paths: [${paths}], hosts: ["tidb.nowhere.internal"] }\n    log_backup: { enabled: false }\n`;

const locked: FsPort = {
  ...NODE_FS,
  readdirSync(path, options) {
    if (String(path).endsWith('locked')) throw Object.assign(new Error('EACCES: /abs'), { code: 'EACCES' });
    return NODE_FS.readdirSync(path, options);
  },
};

describe('unmatched-glob and directories the walk could not list', () => {
  it('says nothing about a glob that could match under an unlisted directory', async () => {
    const repo = tempRepo({ 'a/locked/x.sql': IMPORT, 'b/ok.sql': IMPORT }, POLICY('"a/locked/*.sql", "a/**/*.toml", "b/**"'));
    try {
      const outcome = await repo.check({ fs: locked });
      const findings = outcome.result.report.findings;
      expect(findings.filter((f) => f.rule === 'unmatched-glob').map((f) => f.message)).toEqual([]);
      expect(findings.some((f) => f.rule === 'syntax-error' && f.file === 'a/locked')).toBe(true);
    } finally {
      repo.remove();
    }
  });

  it('still reports a glob that matches no file anywhere else', async () => {
    const repo = tempRepo({ 'a/locked/x.sql': IMPORT, 'b/ok.sql': IMPORT }, POLICY('"c/typo/*.sql", "b/**"'));
    try {
      const outcome = await repo.check({ fs: locked });
      expect(outcome.result.report.findings.filter((f) => f.rule === 'unmatched-glob').length).toBe(1);
    } finally {
      repo.remove();
    }
  });
});

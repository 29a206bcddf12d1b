/**
 * Item 4 of issue 11: IMPORT INTO's CDC/PITR check exists from v7.2.0, the first release with
 * IMPORT INTO.
 *
 * Source: pingcap/tidb executor/importer/precheck.go as added by PR #44313 ("import into: precheck
 * and register to pd", commit 20a442fead53a37e7cda1e3acf6ae2368b34347a, merged to master
 * 2023-06-07): `CheckRequirements` checks that the table is empty, then calls `checkCDCPiTRTasks`
 * (log backup tasks first, "found PiTR log streaming task(s)", then `GetCDCChangefeedNameSet`),
 * both as ErrLoadDataPreCheckFailed (8173). Every later version of the file keeps the call
 * (commits e606b782b1, d677a0c139, bfacaf8887, 9d29580526; from v7.5.0 at
 * pkg/executor/importer/precheck.go, commit 318e82bbb7). v7.2.0 (released 2023-06-29) contains
 * it: the v7.2 documentation (pingcap/docs #13928, pingcap/docs-cn #14183, both
 * needs-cherry-pick-release-7.2) describes the active-job precheck of PR #44674 (master
 * 2023-06-15) and the DISABLE_TIKV_IMPORT_MODE option of PR #44587 (master 2023-06-16), neither of
 * which was cherry-picked, so release-7.2 was branched from master after 2023-06-16.
 */
import { describe, expect, it } from 'vitest';
import { parseVersion, type Version } from '../../src/core/version.js';
import { IMPORT_INTO_PRECHECK_ESTABLISHED_SINCE, precheckOf, predictPrecheck } from '../../src/model/posture/blocking.js';
import { lint } from '../helpers/repo.js';

const V = (s: string): Version => parseVersion(s)!;

describe('IMPORT INTO runs the CDC/PITR check from v7.2.0 (tidb PR #44313)', () => {
  it('is present on every release that has IMPORT INTO', () => {
    expect(IMPORT_INTO_PRECHECK_ESTABLISHED_SINCE).toBe('7.2.0');
    for (const version of ['7.2.0', '7.3.0', '7.4.0', '7.4.9', '7.5.0', '8.5.1']) {
      expect(precheckOf('import-into', V(version))).toBe('present');
    }
  });

  it('log backup rejects IMPORT INTO on v7.3.0: a rejection, not a maybe', () => {
    const p = predictPrecheck('import-into', V('7.3.0'), { logBackup: true, ticdc: false, changefeeds: [] });
    expect(p.rejected).toBe('blocks');
  });

  const policy = (version: string) => `version: 1
clusters:
  prod:
    tidb_version: "${version}"
    match: { paths: ["deploy/**"] }
    log_backup: { enabled: true }
`;
  const sql = "IMPORT INTO app.events FROM 's3://dumps/events/*.csv';\n";
  const rules = (findings: readonly { rule: string; severity: string }[]) => findings.map((f) => `${f.rule}:${f.severity}`).sort();

  it('on v7.2.0 – v7.4.x the statement is rejected at start: no log-backup gap is reported', async () => {
    for (const version of ['7.2.0', '7.4.1']) {
      const { findings } = await lint({ 'deploy/load.sql': sql }, policy(version));
      const got = rules(findings);
      expect(got).toContain('precheck-blocks-import:error');
      expect(got.filter((r) => r.startsWith('log-backup-gap'))).toEqual([]);
      const block = findings.find((f) => f.rule === 'precheck-blocks-import')!;
      expect(block.message).not.toContain('may be rejected');
      expect(block.message).not.toMatch(/not established/);
    }
  });
});

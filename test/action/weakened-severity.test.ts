/**
 * A pull request cannot lower the rule that judges it (issue 8, item 3; github.md "Approving a
 * weakened policy"): policy-weakened takes its severity from the BASE policy only, default error,
 * and a head policy that switches the rule (or a gap rule) off is itself reported, at error.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkRepository } from '../../src/shells/check-repository.js';
import { failsCheck } from '../../src/report/verdict.js';

const POLICY = '.github/tidb-import-guard.yml';
const base = (rules = '') => `version: 1
clusters:
  prod:
    tidb_version: "8.5.1"
    match:
      paths: ["deploy/**"]
    log_backup:
      enabled: true
      task: pitr-prod
    changefeeds:
      - id: prod-to-kafka
        downstream: { kind: kafka }
${rules}`;
// The head drops the changefeed and tries to silence everything that would say so.
const HEAD_SILENCED = `version: 1
clusters:
  prod:
    tidb_version: "8.5.1"
    match:
      paths: ["deploy/**"]
    log_backup:
      enabled: true
      task: pitr-prod
rules:
  policy-weakened: "off"
  log-backup-gap: "off"
  changefeed-gap: notice
`;

async function check(basePolicyText: string, head: string) {
  const root = mkdtempSync(join(tmpdir(), 'tig-weakened-'));
  mkdirSync(dirname(join(root, POLICY)), { recursive: true });
  writeFileSync(join(root, POLICY), head);
  mkdirSync(join(root, 'deploy'));
  writeFileSync(join(root, 'deploy/orders.toml'), '[tikv-importer]\nbackend = "tidb"\n[mydumper]\ndata-source-dir = "/data"\n');
  const outcome = await checkRepository({ root, cwd: root, basePolicyText });
  expect(outcome.fatal).toBeUndefined();
  return outcome.result.report.findings.filter((f) => f.rule === 'policy-weakened');
}

describe('policy-weakened severity comes from the base policy only', () => {
  it('a head policy that switches policy-weakened and the gap rules off still fails, every weakening at error', async () => {
    const found = await check(base(), HEAD_SILENCED);
    const messages = found.map((f) => `${f.severity}: ${f.message}`);
    expect(found.length).toBeGreaterThanOrEqual(4);
    expect(found.every((f) => f.severity === 'error' && !f.suppressed)).toBe(true);
    expect(messages.some((m) => m.includes('prod-to-kafka'))).toBe(true);
    for (const rule of ['policy-weakened', 'log-backup-gap', 'changefeed-gap']) {
      expect(
        messages.some((m) => m.includes(`The severity of rule \`${rule}\` was lowered`)),
        rule,
      ).toBe(true);
    }
    expect(failsCheck(found, 'error')).toBe(true);
  });

  it('the head raising or lowering it changes nothing; the base setting decides', async () => {
    const head = HEAD_SILENCED.replace('policy-weakened: "off"', 'policy-weakened: notice');
    expect((await check(base(), head)).every((f) => f.severity === 'error')).toBe(true);
    const fromBase = await check(
      base('rules:\n  policy-weakened: warning\n'),
      HEAD_SILENCED.replace('policy-weakened: "off"', 'policy-weakened: error'),
    );
    // The changefeed removal at the base's severity; lowering a gap rule (or this rule) stays an error.
    expect(fromBase.find((f) => f.message.includes('prod-to-kafka'))?.severity).toBe('warning');
    expect(fromBase.filter((f) => f.message.includes('The severity of rule')).map((f) => f.severity)).toEqual(['error', 'error']);
  });

  it("the base policy switching the rule off is the owners' decision", async () => {
    expect(await check(base('rules:\n  policy-weakened: "off"\n'), HEAD_SILENCED)).toEqual([]);
  });
});

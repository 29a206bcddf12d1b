/** The RuleTester itself: it rejects what ESLint's rejects (test/helpers/rule-tester.ts). */
import { describe, expect, it } from 'vitest';
import { rule as expiredWaiver } from '../../src/lint/rules/expired-waiver.js';
import { rule as logBackupGap } from '../../src/lint/rules/log-backup-gap.js';
import { rule as policyWeakened } from '../../src/lint/rules/policy-weakened.js';
import { rule as precheckBlocksImport } from '../../src/lint/rules/precheck-blocks-import.js';
import { rule as precheckOverride } from '../../src/lint/rules/precheck-override.js';
import { rule as syntaxError } from '../../src/lint/rules/syntax-error.js';
import { rule as unusedSuppression } from '../../src/lint/rules/unused-suppression.js';
import { SIMPLE_POLICY } from '../helpers/repo.js';
import { checkInvalid, checkValid, type InvalidCase } from '../helpers/rule-tester.js';

const GAP = "IMPORT INTO app.orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\n";
const SAFE = "IMPORT INTO app.orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\nBACKUP TABLE app.orders TO 's3://bk/';\n";

describe('RuleTester', () => {
  it('rejects an invalid case that reports nothing', async () => {
    await expect(
      checkInvalid(logBackupGap, { files: { 'migrations/prod/a.sql': SAFE }, errors: [{ messageId: 'gap', line: 1 }] }),
    ).rejects.toThrow(/reports nothing/);
  });
  it('rejects an invalid case that expects nothing', async () => {
    await expect(checkInvalid(logBackupGap, { files: { 'migrations/prod/a.sql': GAP }, errors: [] })).rejects.toThrow(/expects nothing/);
  });
  it('rejects a valid case that reports anything', async () => {
    await expect(checkValid(logBackupGap, { files: { 'migrations/prod/a.sql': GAP } })).rejects.toThrow(/valid case .* reports/);
  });
  it('rejects a wrong messageId, line or count', async () => {
    await expect(
      checkInvalid(logBackupGap, { files: { 'migrations/prod/a.sql': GAP }, errors: [{ messageId: 'gapDetached', line: 1 }] }),
    ).rejects.toThrow();
    await expect(
      checkInvalid(logBackupGap, { files: { 'migrations/prod/a.sql': GAP }, errors: [{ messageId: 'gap', line: 2 }] }),
    ).rejects.toThrow();
    await expect(
      checkInvalid(logBackupGap, {
        files: { 'migrations/prod/a.sql': GAP },
        errors: [
          { messageId: 'gap', line: 1 },
          { messageId: 'gap', line: 1 },
        ],
      }),
    ).rejects.toThrow();
  });
  it('accepts a matching case', async () => {
    await checkInvalid(logBackupGap, {
      files: { 'migrations/prod/a.sql': GAP },
      errors: [{ messageId: 'gap', line: 1, column: 1, cluster: 'prod', mentions: ['`app.orders`'] }],
    });
    await checkValid(logBackupGap, { files: { 'migrations/prod/a.sql': SAFE } });
  });

  it('rejects a wrong column, severity, cluster, file, end, tables, fix or a missing mention', async () => {
    const files = { 'deploy/prod/a.toml': '[tikv-importer]\nbackend = "local"\n[mydumper]\nfilter = [\'app.orders\']\n' };
    const right = {
      messageId: 'lightning',
      line: 2,
      column: 1,
      endColumn: 18,
      severity: 'error',
      cluster: 'prod',
      file: 'deploy/prod/a.toml',
      tables: ['app.orders'],
      fix: { title: 'Use logical import mode', replacement: 'backend = "tidb"' },
      mentions: ['`pitr-prod`'],
    } as const;
    await checkInvalid(precheckBlocksImport, { files, errors: [right] });
    const wrong: Partial<InvalidCase['errors'][number]>[] = [
      { column: 2 },
      { severity: 'warning' },
      { cluster: 'dr' },
      { file: 'deploy/prod/b.toml' },
      { endColumn: 17 },
      { tables: ['app.other'] },
      { fix: { title: 'Use logical import mode', replacement: 'backend = "tidb" ' } },
      { mentions: ['`pitr-dr`'] },
    ];
    for (const w of wrong)
      await expect(checkInvalid(precheckBlocksImport, { files, errors: [{ ...right, ...w }] }), JSON.stringify(w)).rejects.toThrow();
  });
  it("rejects a messageId the rule's meta.messages does not hold", async () => {
    const renamed = { ...logBackupGap, meta: { ...logBackupGap.meta, messages: {} } };
    await expect(checkValid(renamed, { files: { 'migrations/prod/a.sql': GAP } })).rejects.toThrow(/is not in meta\.messages/);
  });
  it('takes a notice in a valid case only with allowNotices', async () => {
    const exempt = {
      'deploy/prod/a.toml':
        '[lightning]\ncheck-requirements = false\n[tikv-importer]\nbackend = "local"\n[mydumper]\nfilter = [\'scratch.*\']\n',
    };
    await expect(checkValid(precheckOverride, { files: exempt })).rejects.toThrow(/valid case .* reports/);
    await checkValid(precheckOverride, { files: exempt, allowNotices: true });
  });
  it('runs a case against its base policy, its date and its scope', async () => {
    const head = SIMPLE_POLICY.replace(
      '    log_backup:\n      enabled: true\n      task: pitr-prod',
      '    log_backup:\n      enabled: false',
    );
    expect(head).not.toBe(SIMPLE_POLICY);
    const weakened = {
      files: { 'a.sql': 'SELECT 1;\n' },
      policy: head,
      errors: [{ messageId: 'weakened', line: head.split('\n').indexOf('      enabled: false') + 1 }],
    };
    await expect(checkInvalid(policyWeakened, weakened)).rejects.toThrow(/reports nothing/);
    await checkInvalid(policyWeakened, { ...weakened, basePolicy: SIMPLE_POLICY });

    const lastDay = {
      files: {
        'deploy/dr/a.sql':
          "-- tidb-import-guard-ignore unnecessary-override: CHG-1 until=2026-11-24\nIMPORT INTO a.b FROM 's3://b/x.csv' WITH DISABLE_PRECHECK;\n",
      },
      policy: SIMPLE_POLICY,
      errors: [{ messageId: 'expired', line: 1 }],
    };
    await expect(checkInvalid(expiredWaiver, lastDay)).rejects.toThrow(/reports nothing/);
    await checkInvalid(expiredWaiver, { ...lastDay, today: '2026-11-25' });

    const unusedWaiver = {
      files: { 'deploy/dr/a.sql': 'SELECT 1;\n' },
      policy: `${SIMPLE_POLICY}waivers:\n  - rule: log-backup-gap\n    paths: ["deploy/dr/**"]\n    reason: "CHG-1"\n`,
      errors: [{ messageId: 'waiver', line: SIMPLE_POLICY.split('\n').length + 1 }],
    };
    await checkInvalid(unusedSuppression, unusedWaiver);
    await expect(checkInvalid(unusedSuppression, { ...unusedWaiver, paths: ['deploy/dr/a.sql'] })).rejects.toThrow(/reports nothing/);
    await expect(checkInvalid(unusedSuppression, { ...unusedWaiver, changedFiles: ['deploy/dr/a.sql'] })).rejects.toThrow(
      /reports nothing/,
    );
  });
  it('runs the cases the shell reports itself: a changed file missing from the workspace, stdin it could not read', async () => {
    const missing = { files: {}, changedFiles: ['migrations/prod/gone.sql'] };
    await checkInvalid(syntaxError, { ...missing, errors: [{ messageId: 'notInWorkspace', line: 1, file: 'migrations/prod/gone.sql' }] });
    await expect(checkValid(syntaxError, missing)).rejects.toThrow(/valid case .* reports/);
    const closed = { files: {}, stdin: { path: 'migrations/prod/in.sql', read: () => ({ ok: false as const, reason: 'was closed' }) } };
    await checkInvalid(syntaxError, { ...closed, errors: [{ messageId: 'stdinUnreadable', line: 1, file: 'migrations/prod/in.sql' }] });
    await expect(checkInvalid(syntaxError, { files: {}, errors: [{ messageId: 'notInWorkspace', line: 1 }] })).rejects.toThrow(
      /reports nothing/,
    );
  });
});

/** The RuleTester itself: it rejects what ESLint's rejects (test/helpers/rule-tester.ts). */
import { describe, expect, it } from 'vitest';
import { rule as logBackupGap } from '../../src/lint/rules/log-backup-gap.js';
import { rule as syntaxError } from '../../src/lint/rules/syntax-error.js';
import { checkInvalid, checkValid } from '../helpers/rule-tester.js';

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
  it('runs a case with the shell options it gives (a changed file missing from the workspace)', async () => {
    const missing = { files: {}, options: { changedFiles: ['migrations/prod/gone.sql'] } };
    await checkInvalid(syntaxError, { ...missing, errors: [{ messageId: 'notInWorkspace', line: 1, file: 'migrations/prod/gone.sql' }] });
    await expect(checkValid(syntaxError, missing)).rejects.toThrow(/valid case .* reports/);
    await expect(checkInvalid(syntaxError, { files: {}, errors: [{ messageId: 'notInWorkspace', line: 1 }] })).rejects.toThrow(
      /reports nothing/,
    );
  });
});

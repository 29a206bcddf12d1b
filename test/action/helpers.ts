import type { Finding } from '../../src/core/types.js';

/** A hand-made finding; only what a test cares about needs saying. */
export function finding(overrides: Partial<Finding> & Pick<Finding, 'file' | 'line'>): Finding {
  const rule = overrides.rule ?? 'log-backup-gap';
  return {
    rule,
    severity: 'error',
    column: 1,
    endLine: overrides.line,
    endColumn: 10,
    message: `${rule} message`,
    suppressed: false,
    fingerprint: `${rule}:${overrides.file}:${overrides.line}`,
    ...overrides,
  };
}

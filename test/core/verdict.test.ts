import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import { failsCheck } from '../../src/report/verdict.js';

const finding = (severity: Finding['severity'], suppressed = false): Finding => ({
  rule: 'x',
  severity,
  file: 'a',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  message: 'm',
  suppressed,
  fingerprint: 'f',
});

describe('the merge gate', () => {
  it('fails at or above fail-on, ignoring suppressed findings and never with never', () => {
    expect(failsCheck([finding('warning')], 'error')).toBe(false);
    expect(failsCheck([finding('warning')], 'warning')).toBe(true);
    expect(failsCheck([finding('notice')], 'warning')).toBe(false);
    expect(failsCheck([finding('notice')], 'notice')).toBe(true);
    expect(failsCheck([finding('error', true)], 'notice')).toBe(false);
    expect(failsCheck([finding('error')], 'never')).toBe(false);
    expect(failsCheck([], 'notice')).toBe(false);
  });
});

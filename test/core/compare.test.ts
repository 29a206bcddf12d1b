/** The output's string order is code-unit order, whatever the machine's locale (src/core/compare.ts). */
import { describe, expect, it } from 'vitest';
import { byCodeUnit } from '../../src/core/compare.js';
import type { Finding } from '../../src/core/types.js';
import { sortFindings } from '../../src/lint/engine/check.js';

describe('byCodeUnit', () => {
  it('orders by UTF-16 code units, where a locale order would differ', () => {
    // en-US collation puts 'a' before 'B' and 'é' before 'f'; code units do neither.
    expect(['a', 'B', 'f', 'é', 'Z'].sort(byCodeUnit)).toEqual(['B', 'Z', 'a', 'f', 'é']);
    expect(['a', 'B', 'f', 'é', 'Z'].sort(byCodeUnit)).toEqual(['a', 'B', 'f', 'é', 'Z'].sort());
  });
});

describe('sortFindings', () => {
  it('breaks ties on cluster and message by code units', () => {
    const at = { rule: 'log-backup-gap', severity: 'error', file: 'a.sql', line: 1, column: 1, endLine: 1, endColumn: 2, fingerprint: 'x' };
    const findings = [
      { ...at, cluster: 'prod', message: 'b' },
      { ...at, cluster: 'Prod', message: 'a' },
      { ...at, cluster: 'prod', message: 'B' },
    ] as unknown as Finding[];
    expect(sortFindings(findings).map((f) => `${f.cluster} ${f.message}`)).toEqual(['Prod a', 'prod B', 'prod b']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  fingerprintMarker,
  fingerprintsInBody,
  isResolvedBody,
  isSummaryBody,
  resolvedMarker,
  summaryMarker,
} from '../../src/report/markers.js';

describe('markers', () => {
  it('round-trips fingerprints, including characters that could end an HTML comment', () => {
    const body = `text\n\n${fingerprintMarker('abc123')}\n${fingerprintMarker('odd -->value with spaces')}`;
    expect(body).not.toMatch(/odd -->/);
    expect(fingerprintsInBody(body)).toEqual(['abc123', 'odd -->value with spaces']);
  });

  it('finds nothing in other comments, and resolved markers do not count as live ones', () => {
    expect(fingerprintsInBody('LGTM')).toEqual([]);
    expect(fingerprintsInBody(null)).toEqual([]);
    const resolved = resolvedMarker('abc');
    expect(fingerprintsInBody(resolved)).toEqual([]);
    expect(isResolvedBody(resolved)).toBe(true);
    expect(isResolvedBody(fingerprintMarker('abc'))).toBe(false);
  });

  it('keys the summary marker by policy path', () => {
    const body = `${summaryMarker('.github/tidb-import-guard.yml')}\n## summary`;
    expect(isSummaryBody(body, '.github/tidb-import-guard.yml')).toBe(true);
    expect(isSummaryBody(body, 'other/policy.yml')).toBe(false);
  });
});

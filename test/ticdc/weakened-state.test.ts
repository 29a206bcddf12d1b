/**
 * `policy-weakened` for the keys of issue 11: `ticdc: true` removed, and a changefeed's `state`
 * changed to one that does not block the precheck on the cluster's version (domain.md section 2;
 * pingcap/tidb br/pkg/utils/cdc.go v6.6.0, pkg/util/cdcutil/cdc.go v8.2.0) or protects nothing.
 */
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/model/policy/load.js';
import type { Policy } from '../../src/model/policy/types.js';
import { diffPolicies } from '../../src/model/policy/weakened.js';

const FILE = '.github/tidb-import-guard.yml';
function policyOf(text: string): Policy {
  const result = loadPolicy(FILE, (p) => (p === FILE ? text : undefined));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.policy;
}
const POLICY = (version: string, state: string, ticdc = '') => `version: 1
clusters:
  prod:
    tidb_version: "${version}"
    match: { paths: ["deploy/**"] }
    log_backup: { enabled: false }${ticdc}
    changefeeds:
      - id: to-dr
        state: ${state}
`;
const kinds = (base: string, head: string) => diffPolicies(policyOf(base), policyOf(head), {}).map((w) => w.kind);

describe('changefeed state', () => {
  it('normal → failed on v7.5 stops blocking: a weakening, anchored at the state', () => {
    const head = POLICY('7.5.1', 'failed');
    const found = diffPolicies(policyOf(POLICY('7.5.1', 'normal')), policyOf(head), {});
    expect(found.map((w) => w.kind)).toEqual(['changefeed-state-relaxed']);
    expect(found[0]!.message).toContain('no longer blocks the precheck on v7.5.1');
    expect(found[0]!.location.line).toBe(9);
  });
  it('normal → failed on v8.5 still blocks: nothing', () => {
    expect(kinds(POLICY('8.5.1', 'normal'), POLICY('8.5.1', 'failed'))).toEqual([]);
  });
  it('→ finished protects nothing, on any version', () => {
    expect(kinds(POLICY('8.5.1', 'stopped'), POLICY('8.5.1', 'finished'))).toEqual(['changefeed-state-relaxed']);
  });
  it('failed → normal is stricter: nothing', () => {
    expect(kinds(POLICY('7.5.1', 'failed'), POLICY('7.5.1', 'normal'))).toEqual([]);
  });
});

describe('ticdc', () => {
  it('ticdc: true removed (no changefeed left) is a weakening', () => {
    const base = `version: 1\nclusters:\n  old:\n    tidb_version: "6.5.0"\n    match: { paths: ["a/**"] }\n    log_backup: { enabled: false }\n    ticdc: true\n`;
    const head = base.replace('    ticdc: true\n', '');
    expect(kinds(base, head)).toEqual(['ticdc-removed']);
    expect(kinds(base, base.replace('ticdc: true', 'ticdc: false'))).toEqual(['ticdc-removed']);
  });
  it('dropping the explicit key while changefeeds remain changes nothing', () => {
    expect(kinds(POLICY('6.5.0', 'normal', '\n    ticdc: true'), POLICY('6.5.0', 'normal'))).toEqual([]);
  });
});

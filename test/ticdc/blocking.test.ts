/**
 * Which changefeeds block the CDC/PITR precheck, per version (domain.md section 2, table).
 * Sources: pingcap/tidb br/pkg/utils/cdc.go at v6.5.0 (every key under /tidb/cdc/, captures too:
 * tidb issue #41040) and v6.6.0 (`GetCDCChangefeedNameSet`: normal, stopped, error; PR #41076);
 * pkg/util/cdcutil/cdc.go `checkpointTSFor` from v8.2.0 (PRs #53121, #53482: finished and unknown
 * states are ignored, every other TiCDC state blocks).
 */
import { describe, expect, it } from 'vitest';
import { parseVersion, type Version } from '../../src/core/version.js';
import {
  blocksPrecheck,
  changefeedProtects,
  predictPrecheck,
  precheckOf,
  ticdcServersBlock,
  CHANGEFEED_STATES,
} from '../../src/model/posture/blocking.js';
import { loadPolicy } from '../../src/model/policy/load.js';

const V = (s: string): Version => parseVersion(s)!;

function row(version: string): Record<string, string> {
  return Object.fromEntries(CHANGEFEED_STATES.map((s) => [s, blocksPrecheck(s, V(version))]));
}

describe('blocksPrecheck (domain.md section 2 table)', () => {
  it('v6.5.0: every changefeed blocks, and TiCDC servers block alone (tidb issue #41040)', () => {
    expect(new Set(Object.values(row('6.5.0')))).toEqual(new Set(['blocks']));
    expect(ticdcServersBlock(V('6.5.0'))).toBe(true);
    expect(ticdcServersBlock(V('6.5.1'))).toBe(false);
    expect(ticdcServersBlock(V('6.4.0'))).toBe(false);
    expect(ticdcServersBlock(V('8.5.1'))).toBe(false);
  });

  it('v6.6.0 to v8.1.x: normal, stopped and error block; failed, warning, pending, finished do not (tidb PR #41076)', () => {
    for (const version of ['6.6.0', '7.0.0', '7.5.0', '8.1.2']) {
      expect(row(version)).toEqual({
        normal: 'blocks',
        running: 'passes',
        warning: 'passes',
        pending: 'passes',
        stopped: 'blocks',
        error: 'blocks',
        failed: 'passes',
        finished: 'passes',
        removed: 'passes',
      });
    }
  });

  it('v8.2.0 and later: failed, warning and running block too (pkg/util/cdcutil/cdc.go, PR #53482)', () => {
    for (const version of ['8.2.0', '8.5.1', '9.0.0']) {
      expect(row(version)).toEqual({
        normal: 'blocks',
        running: 'blocks',
        warning: 'blocks',
        pending: 'passes',
        stopped: 'blocks',
        error: 'blocks',
        failed: 'blocks',
        finished: 'passes',
        removed: 'passes',
      });
    }
    expect(blocksPrecheck('something-new', V('8.5.1'))).toBe('passes');
  });

  it('v6.5.1–v6.5.x and v7.1.x are not established: blocking states are reported both ways', () => {
    for (const version of ['6.5.1', '6.5.12', '7.1.0', '7.1.6']) {
      expect(blocksPrecheck('normal', V(version))).toBe('unestablished');
      expect(blocksPrecheck('failed', V(version))).toBe('passes');
    }
  });

  it('the state is `normal` unless said, and compared case-insensitively', () => {
    expect(blocksPrecheck(undefined, V('7.5.0'))).toBe('blocks');
    expect(blocksPrecheck(' Failed ', V('8.5.0'))).toBe('blocks');
    expect(blocksPrecheck(undefined, V('6.4.0'))).toBe('passes');
  });

  it('every state but finished and removed still protects its tables (rules.md "Protected")', () => {
    expect(CHANGEFEED_STATES.filter((s) => !changefeedProtects(s))).toEqual(['finished', 'removed']);
    expect(changefeedProtects(undefined)).toBe(true);
  });
});

describe('predictPrecheck', () => {
  const cluster = (logBackup: boolean, ticdc: boolean, states: (string | undefined)[]) => ({
    logBackup,
    ticdc,
    changefeeds: states.map((state, i) => ({ id: `f${i}`, ...(state ? { state } : {}) })),
  });

  it('Lightning before v6.5.0 has no precheck: nothing is rejected', () => {
    expect(precheckOf('lightning', V('6.4.0'))).toBe('absent');
    expect(predictPrecheck('lightning', V('6.1.0'), cluster(true, true, ['normal'])).rejected).toBe('passes');
  });

  it('a failed changefeed alone does not stop a v7.5 import, but does on v8.2', () => {
    expect(predictPrecheck('lightning', V('7.5.0'), cluster(false, false, ['failed'])).rejected).toBe('passes');
    expect(predictPrecheck('lightning', V('8.2.0'), cluster(false, false, ['failed'])).rejected).toBe('blocks');
  });

  it('v6.5.0 rejects on TiCDC servers alone; later versions do not', () => {
    expect(predictPrecheck('lightning', V('6.5.0'), cluster(false, true, [])).rejected).toBe('blocks');
    expect(predictPrecheck('lightning', V('6.6.0'), cluster(false, true, [])).rejected).toBe('passes');
    expect(predictPrecheck('lightning', V('6.5.0'), cluster(false, false, [])).rejected).toBe('passes');
  });

  it('log backup blocks on every version with a precheck, whatever the changefeeds', () => {
    expect(predictPrecheck('lightning', V('7.1.3'), cluster(true, false, ['normal'])).rejected).toBe('blocks');
    expect(predictPrecheck('lightning', V('7.1.3'), cluster(false, false, ['normal'])).rejected).toBe('unestablished');
  });
});

describe('policy `state` and `ticdc`', () => {
  const text = `version: 1
clusters:
  prod:
    tidb_version: "7.5.0"
    match: { paths: ["deploy/**"] }
    log_backup: { enabled: false }
    ticdc: true
    changefeeds:
      - id: a
      - id: b
        state: failed
  old:
    tidb_version: "6.5.0"
    match: { paths: ["old/**"] }
    log_backup: { enabled: false }
`;

  it('loads them, with `normal` and `false` as defaults (older policies load unchanged)', () => {
    const result = loadPolicy('p.yml', (p) => (p === 'p.yml' ? text : undefined));
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    const [prod, old] = result.policy.clusters;
    expect(prod?.ticdc).toBe(true);
    expect(prod?.ticdcLocation).toMatchObject({ line: 7 });
    expect(prod?.changefeeds.map((f) => f.state)).toEqual(['normal', 'failed']);
    expect(prod?.changefeeds[1]?.stateLocation).toMatchObject({ line: 11 });
    expect(old?.ticdc).toBe(false);
  });

  it('rejects a state TiCDC does not have, with a suggestion', () => {
    const bad = text.replace('state: failed', 'state: faild');
    const result = loadPolicy('p.yml', (p) => (p === 'p.yml' ? bad : undefined));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problems.map((p) => p.message).join('\n')).toMatch(/state.*did you mean `failed`/);
  });
});

/**
 * The policy's `posture:` snapshot in `check`: verdicts use the union of declared and real
 * protection (posture.md). What `posture-drift` reports of each difference is its RuleTester table,
 * test/rules/posture-drift.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { postureBoundPolicy as policy, snapshot } from '../helpers/posture-snapshot.js';
import { lint } from '../helpers/repo.js';

/** A physical import with the precheck switched off: it runs unchecked, so every protection shows as a gap. */
function overrideImport(table: string): string {
  return `[lightning]\ncheck-requirements = false\n\n[tikv-importer]\nbackend = "local"\n\n[mydumper]\ndata-source-dir = "s3://dumps/x/2026-11-18"\nfilter = ['${table}']\n\n[tidb]\nhost = "tidb.prod.internal"\nport = 4000\nuser = "importer"\n`;
}

const LOGICAL = `[tikv-importer]\nbackend = "tidb"\n\n[mydumper]\ndata-source-dir = "s3://dumps/x/2026-11-18"\nfilter = ['app.orders']\n\n[tidb]\nhost = "tidb.prod.internal"\nport = 4000\nuser = "importer"\n`;

async function drifts(policyText: string, snap: string, files: Record<string, string> = { 'deploy/prod/a.toml': LOGICAL }) {
  const out = await lint({ 'posture/prod.json': snap, ...files }, policyText);
  return { ...out, drift: out.findings.filter((f) => f.rule === 'posture-drift') };
}

describe('verdicts use the union of declared and real protection', () => {
  it('a changefeed the policy does not declare makes a gap', async () => {
    const r = await drifts(
      policy('    log_backup: { enabled: false }\n    changefeeds: []\n'),
      snapshot({ feeds: [{ id: 'prod-to-analytics', rules: ['analytics.*'] }] }),
      { 'deploy/prod/a.toml': overrideImport('analytics.events') },
    );
    expect(r.drift).toHaveLength(1);
    const gaps = r.findings.filter((f) => f.rule === 'changefeed-gap');
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.message).toContain('prod-to-analytics');
  });

  it('real rules wider than the declared ones: the table they add is replicated', async () => {
    const r = await drifts(
      policy(
        '    log_backup: { enabled: false }\n    changefeeds:\n      - id: prod-to-dr\n        rules: ["app.*"]\n        downstream: { kind: kafka }\n',
      ),
      snapshot({ feeds: [{ id: 'prod-to-dr', rules: ['app.*', 'billing.*', '!billing.tmp'] }] }),
      { 'deploy/prod/a.toml': overrideImport('billing.invoices') },
    );
    expect(r.drift[0]!.tables?.[0]).not.toBe('billing.tmp');
    expect(r.findings.filter((f) => f.rule === 'changefeed-gap').map((f) => f.tables)).toEqual([['billing.invoices']]);
  });

  it('inserts count as dropped only where both sides drop them', async () => {
    const r = await drifts(
      policy(
        '    log_backup: { enabled: false }\n    changefeeds:\n      - id: prod-to-kafka\n        config: cdc/prod-to-kafka.toml\n        downstream: { kind: kafka }\n',
      ),
      snapshot({ feeds: [{ id: 'prod-to-kafka', rules: ['app.*'] }] }),
      {
        'cdc/prod-to-kafka.toml':
          "[filter]\nrules = ['app.*']\n\n[[filter.event-filters]]\nmatcher = ['app.audit']\nignore-event = ['insert']\n",
        'deploy/prod/a.toml': overrideImport('app.audit'),
      },
    );
    expect(r.findings.filter((f) => f.rule === 'changefeed-gap').map((f) => f.tables)).toEqual([['app.audit']]);
  });

  it('log backup running (even paused) while the policy says enabled: false makes a gap', async () => {
    const r = await drifts(policy('    log_backup: { enabled: false }\n'), snapshot({ tasks: [{ name: 'pitr_prod', state: 'paused' }] }), {
      'deploy/prod/a.toml': overrideImport('app.orders'),
    });
    const gaps = r.findings.filter((f) => f.rule === 'log-backup-gap');
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.message).toContain('pitr_prod');
  });

  it('a policy that matches the snapshot has no finding of any rule', async () => {
    const r = await drifts(
      policy(
        '    log_backup: { enabled: true, task: pitr_prod }\n    changefeeds:\n      - id: prod-to-dr\n        rules: ["app.*"]\n        downstream: { kind: kafka }\n',
      ),
      snapshot({ tasks: [{ name: 'pitr_prod' }], feeds: [{ id: 'prod-to-dr', rules: ['app.*'] }] }),
    );
    expect(r.findings).toEqual([]);
  });

  it('log_backup and changefeeds left to the snapshot: no drift, and verdicts use what it shows', async () => {
    const r = await drifts(policy(''), snapshot({ tasks: [{ name: 'pitr_prod' }], feeds: [{ id: 'prod-to-dr', rules: ['app.*'] }] }), {
      'deploy/prod/a.toml': overrideImport('app.orders'),
    });
    expect(r.drift).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'log-backup-gap')).toHaveLength(1);
    expect(r.findings.filter((f) => f.rule === 'changefeed-gap')).toHaveLength(1);
  });
});

describe('an invalid snapshot is invalid-policy at the posture: key (exit 2)', () => {
  const cases: [string, string | undefined, string][] = [
    ['not JSON', '{"version": 1,', 'is not JSON'],
    [
      'a schema violation',
      snapshot({ tasks: [{ name: 'pitr_prod' }] }).replace('"running"', '"sleeping"'),
      'does not match the snapshot schema',
    ],
    ['an unknown field', snapshot().replace('"version": 1,', '"version": 1, "extra": true,'), '`extra`'],
    ['another cluster', snapshot({ cluster: 'dr' }), 'describes cluster `dr`, not `prod`'],
    ['a missing file', undefined, 'does not exist'],
    ['a bad rule', snapshot({ feeds: [{ id: 'x', rules: ['app'] }] }), 'invalid rule `app`'],
  ];
  for (const [what, text, message] of cases) {
    it(what, async () => {
      const out = await lint(text === undefined ? {} : { 'posture/prod.json': text }, policy('    log_backup: { enabled: false }\n'));
      expect(out.fatal).toBeDefined();
      const invalid = out.findings.filter((f) => f.rule === 'invalid-policy');
      expect(invalid).toHaveLength(invalid.length || 1);
      expect(invalid[0]!.line).toBe(5);
      expect(invalid[0]!.message).toContain(message);
    });
  }
});

describe('the precheck prediction uses the real states (domain.md section 2)', () => {
  const physical = overrideImport('app.orders').replace('[lightning]\ncheck-requirements = false\n\n', '');
  const cluster =
    '    log_backup: { enabled: false }\n    changefeeds:\n      - id: prod-to-dr\n        rules: ["app.*"]\n        downstream: { kind: kafka }\n';

  it('a changefeed the snapshot shows `pending` does not block TiDB 8.5.1: the job runs unchecked and its gap is reported', async () => {
    const r = await drifts(policy(cluster), snapshot({ feeds: [{ id: 'prod-to-dr', rules: ['app.*'], state: 'pending' }] }), {
      'deploy/prod/a.toml': physical,
    });
    expect(r.findings.filter((f) => f.rule === 'precheck-blocks-import')).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'changefeed-gap').map((f) => f.tables)).toEqual([['app.orders']]);
  });

  it('the same changefeed `normal` blocks it', async () => {
    const r = await drifts(policy(cluster), snapshot({ feeds: [{ id: 'prod-to-dr', rules: ['app.*'], state: 'normal' }] }), {
      'deploy/prod/a.toml': physical,
    });
    expect(r.findings.filter((f) => f.rule === 'precheck-blocks-import')).toHaveLength(1);
    expect(r.findings.filter((f) => f.rule === 'changefeed-gap')).toEqual([]);
  });

  it('a declared changefeed the snapshot shows `finished` protects nothing and blocks nothing', async () => {
    const r = await drifts(policy(cluster), snapshot({ feeds: [{ id: 'prod-to-dr', rules: ['app.*'], state: 'finished' }] }), {
      'deploy/prod/a.toml': physical,
    });
    expect(r.findings.filter((f) => f.rule !== 'posture-drift')).toEqual([]);
    expect(r.drift.map((f) => f.severity)).toEqual(['warning']);
  });
});

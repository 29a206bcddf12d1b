/**
 * The policy's `posture:` snapshot in `check`: verdicts use the union of declared and real
 * protection, and `posture-drift` reports every difference (posture.md), anchored in the policy.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/repo.js';

interface Feed {
  id: string;
  state?: string;
  rules?: string[];
  case_sensitive?: boolean;
  force_replicate?: boolean;
  event_filters?: { matcher: string[]; ignore_event: string[] }[];
}

function snapshot(
  o: { tasks?: { name: string; state?: string }[]; feeds?: Feed[]; versions?: string[]; takenAt?: string | null; cluster?: string } = {},
): string {
  return JSON.stringify(
    {
      version: 1,
      kind: 'tidb-import-guard-posture',
      cluster: o.cluster ?? 'prod',
      ...(o.takenAt === null ? {} : { taken_at: o.takenAt ?? '2026-11-23T02:00:00Z' }),
      source: { pd: ['pd-0.prod.internal:2379'] },
      tidb: { versions: o.versions ?? ['8.5.1'] },
      log_backup: {
        tasks: (o.tasks ?? []).map((t) => ({
          name: t.name,
          state: t.state ?? 'running',
          start_ts: '454112233445566778',
          table_filter: ['*.*'],
        })),
      },
      ticdc: {
        captures: [],
        changefeeds: (o.feeds ?? []).map((f) => ({
          cluster_id: 'default',
          namespace: 'default',
          id: f.id,
          state: f.state ?? 'normal',
          case_sensitive: f.case_sensitive ?? false,
          force_replicate: f.force_replicate ?? false,
          rules: f.rules ?? ['*.*'],
          event_filters: f.event_filters ?? [],
          sink: { scheme: 'mysql', host: 'tidb-dr.internal:4000' },
        })),
      },
    },
    null,
    2,
  );
}

function policy(cluster: string): string {
  return `version: 1\nclusters:\n  prod:\n    tidb_version: "8.5.1"\n    posture: posture/prod.json\n    match: { paths: ["deploy/prod/**"] }\n${cluster}`;
}

/** A physical import with the precheck switched off: it runs unchecked, so every protection shows as a gap. */
function overrideImport(table: string): string {
  return `[lightning]\ncheck-requirements = false\n\n[tikv-importer]\nbackend = "local"\n\n[mydumper]\ndata-source-dir = "s3://dumps/x/2026-11-18"\nfilter = ['${table}']\n\n[tidb]\nhost = "tidb.prod.internal"\nport = 4000\nuser = "importer"\n`;
}

const LOGICAL = `[tikv-importer]\nbackend = "tidb"\n\n[mydumper]\ndata-source-dir = "s3://dumps/x/2026-11-18"\nfilter = ['app.orders']\n\n[tidb]\nhost = "tidb.prod.internal"\nport = 4000\nuser = "importer"\n`;

async function drifts(policyText: string, snap: string, files: Record<string, string> = { 'deploy/prod/a.toml': LOGICAL }) {
  const out = await lint({ 'posture/prod.json': snap, ...files }, policyText);
  return { ...out, drift: out.findings.filter((f) => f.rule === 'posture-drift') };
}

/** What a drift finding says: the headline and the help. */
function said(f: { message: string; help?: string }): string {
  return `${f.message} ${f.help ?? ''}`;
}

describe('posture-drift: the cluster protects more than declared (errors)', () => {
  it('a changefeed the policy does not declare, with an example table; the union makes it a gap', async () => {
    const r = await drifts(
      policy('    log_backup: { enabled: false }\n    changefeeds: []\n'),
      snapshot({ feeds: [{ id: 'prod-to-analytics', rules: ['analytics.*'] }] }),
      {
        'deploy/prod/a.toml': overrideImport('analytics.events'),
      },
    );
    expect(r.drift.map((f) => [f.severity, f.line])).toEqual([['error', 3]]);
    expect(said(r.drift[0]!)).toContain('runs changefeed `prod-to-analytics`');
    expect(said(r.drift[0]!)).toMatch(/`analytics\.[^`]+`/);
    const gaps = r.findings.filter((f) => f.rule === 'changefeed-gap');
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.message).toContain('prod-to-analytics');
  });

  it('real rules wider than the declared ones: the table is named, found with the filter engine', async () => {
    const r = await drifts(
      policy(
        '    log_backup: { enabled: false }\n    changefeeds:\n      - id: prod-to-dr\n        rules: ["app.*"]\n        downstream: { kind: kafka }\n',
      ),
      snapshot({ feeds: [{ id: 'prod-to-dr', rules: ['app.*', 'billing.*', '!billing.tmp'] }] }),
      { 'deploy/prod/a.toml': overrideImport('billing.invoices') },
    );
    expect(r.drift).toHaveLength(1);
    expect(r.drift[0]!.severity).toBe('error');
    expect(r.drift[0]!.line).toBe(9); // the changefeed's id
    expect(said(r.drift[0]!)).toMatch(/replicates `billing\.[^`]+`, which the policy's rules \['app\.\*'\] do not declare/);
    expect(r.drift[0]!.tables?.[0]).toMatch(/^billing\./);
    expect(r.drift[0]!.tables?.[0]).not.toBe('billing.tmp');
    // The verdict uses the union: billing.invoices is replicated by prod-to-dr.
    expect(r.findings.filter((f) => f.rule === 'changefeed-gap').map((f) => f.tables)).toEqual([['billing.invoices']]);
  });

  it('case sensitivity that widens what is replicated', async () => {
    const r = await drifts(
      policy(
        '    log_backup: { enabled: false }\n    changefeeds:\n      - id: prod-to-dr\n        rules: ["App.*"]\n        case_sensitive: true\n        downstream: { kind: kafka }\n',
      ),
      snapshot({ feeds: [{ id: 'prod-to-dr', rules: ['App.*'], case_sensitive: false }] }),
    );
    expect(r.drift.map((f) => f.severity)).toEqual(['error']);
    expect(said(r.drift[0]!)).toContain('case-insensitively');
  });

  it('real force-replicate the policy does not declare', async () => {
    const r = await drifts(
      policy(
        '    log_backup: { enabled: false }\n    changefeeds:\n      - id: prod-to-dr\n        rules: ["app.*"]\n        downstream: { kind: kafka }\n',
      ),
      snapshot({ feeds: [{ id: 'prod-to-dr', rules: ['app.*'], force_replicate: true }] }),
    );
    expect(r.drift.map((f) => [f.severity, said(f).includes('force-replicate')])).toEqual([['error', true]]);
  });

  it('an event filter the policy declares but the cluster does not have: the real changefeed replicates more', async () => {
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
    expect(r.drift.map((f) => f.severity)).toEqual(['error']);
    expect(r.drift[0]!.tables).toEqual(['app.audit']);
    // Inserts count as dropped only where both drop them: app.audit is replicated.
    expect(r.findings.filter((f) => f.rule === 'changefeed-gap').map((f) => f.tables)).toEqual([['app.audit']]);
  });

  it('log backup running (even paused) while the policy says enabled: false; the union makes it a gap', async () => {
    const r = await drifts(policy('    log_backup: { enabled: false }\n'), snapshot({ tasks: [{ name: 'pitr_prod', state: 'paused' }] }), {
      'deploy/prod/a.toml': overrideImport('app.orders'),
    });
    expect(r.drift.map((f) => [f.severity, f.line])).toEqual([['error', 7]]);
    expect(said(r.drift[0]!)).toContain('`pitr_prod` (paused)');
    const gaps = r.findings.filter((f) => f.rule === 'log-backup-gap');
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.message).toContain('pitr_prod');
  });
});

describe('posture-drift: the policy says more than the cluster (warnings)', () => {
  it('a declared changefeed the cluster does not run, or that finished', async () => {
    const cluster =
      '    log_backup: { enabled: false }\n    changefeeds:\n      - id: gone\n        downstream: { kind: kafka }\n      - id: done\n        downstream: { kind: kafka }\n';
    const r = await drifts(policy(cluster), snapshot({ feeds: [{ id: 'done', state: 'finished' }] }));
    expect(r.drift.map((f) => [f.severity, f.line])).toEqual([
      ['warning', 9],
      ['warning', 11],
    ]);
    expect(said(r.drift[1]!)).toContain('`finished`');
  });

  it('log backup declared but no task, and a task name the cluster does not have', async () => {
    const none = await drifts(policy('    log_backup: { enabled: true }\n'), snapshot());
    expect(none.drift.map((f) => f.severity)).toEqual(['warning']);
    const renamed = await drifts(
      policy('    log_backup: { enabled: true, task: pitr_old }\n'),
      snapshot({ tasks: [{ name: 'pitr_new' }] }),
    );
    expect(renamed.drift.map((f) => [f.severity, said(f).includes('pitr_new')])).toEqual([['warning', true]]);
  });

  it('a tidb_version the snapshot does not show', async () => {
    const r = await drifts(policy('    log_backup: { enabled: false }\n'), snapshot({ versions: ['8.5.2'] }));
    expect(r.drift.map((f) => [f.severity, f.line])).toEqual([['warning', 3]]);
    expect(said(r.drift[0]!)).toContain('8.5.2');
  });

  it('a stale snapshot, or one without taken_at; posture_max_age widens the window', async () => {
    const old = snapshot({ takenAt: '2026-11-10T00:00:00Z' });
    const stale = await drifts(policy('    log_backup: { enabled: false }\n'), old);
    expect(stale.drift.map((f) => [f.severity, f.line])).toEqual([['warning', 5]]);
    expect(said(stale.drift[0]!)).toContain('14 days ago');
    const undated = await drifts(policy('    log_backup: { enabled: false }\n'), snapshot({ takenAt: null }));
    expect(said(undated.drift[0]!)).toContain('no `taken_at`');
    const patient = await drifts(policy('    posture_max_age: 30d\n    log_backup: { enabled: false }\n'), old);
    expect(patient.drift).toEqual([]);
  });
});

describe('posture: without drift', () => {
  it('a policy that matches the snapshot has no finding', async () => {
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

  it("the severity follows the policy's rules: map", async () => {
    const r = await drifts(
      policy('    log_backup: { enabled: false }\nrules:\n  posture-drift: warning\n'),
      snapshot({ tasks: [{ name: 'pitr_prod' }] }),
    );
    expect(r.drift.map((f) => f.severity)).toEqual(['warning']);
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

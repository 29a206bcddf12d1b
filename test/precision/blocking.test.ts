/**
 * Items 1–3 of issue 11: event-filter matchers are case-sensitive; which changefeeds block the
 * precheck depends on their state and the version; v6.5.0 blocks on TiCDC servers alone.
 * Sources: pingcap/tiflow pkg/filter/sql_event_filter.go (matcher parsed with tfilter.Parse, never
 * CaseInsensitive, in every stored version of the file, from the v6.2-era form without a SQL mode
 * to the v8.x form with one; tiflow issue #11570, fixed only in the new TiCDC architecture, v9.0); pingcap/tidb br/pkg/utils/cdc.go (v6.5.0: captures,
 * issue #41040; v6.6.0: normal/stopped/error, PR #41076) and pkg/util/cdcutil/cdc.go (v8.2.0+,
 * PRs #53121, #53482).
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/repo.js';

/** A finding's message and help together (the message catalog puts what to do in `help`). */
const full = (f: { message: string; help?: string }): string => `${f.message} ${f.help ?? ''}`;

const IMPORT = (filter: string, override = false) => `${override ? '[lightning]\ncheck-requirements = false\n' : ''}[tikv-importer]
backend = "local"
[mydumper]
data-source-dir = "s3://b/d"
filter = ${filter}
`;

const rules = (findings: readonly { rule: string; severity: string }[]) => findings.map((f) => `${f.rule}:${f.severity}`).sort();

describe('event-filter matchers are case-sensitive whatever case-sensitive says (tiflow #11570)', () => {
  const policy = `version: 1
clusters:
  prod:
    tidb_version: "8.5.1"
    match: { paths: ["deploy/**"] }
    log_backup: { enabled: false }
    changefeeds:
      - id: to-kafka
        config: cdc/to-kafka.toml
        downstream: { kind: kafka }
`;
  const config =
    "case-sensitive = false\n[filter]\nrules = ['app.*']\n[[filter.event-filters]]\nmatcher = ['app.orders']\nignore-event = ['insert']\n";

  it('a matcher `app.orders` does not drop inserts into `app.Orders`: the gap is reported', async () => {
    // Lightning is case-sensitive here too, so it writes exactly `app.Orders`.
    const { findings } = await lint(
      { 'cdc/to-kafka.toml': config, 'deploy/a.toml': IMPORT("['app.Orders']\ncase-sensitive = true", true) },
      policy,
    );
    const gaps = findings.filter((f) => f.rule === 'changefeed-gap');
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.tables).toEqual(['app.Orders']);
  });

  it('the matcher still drops inserts into the table it names exactly', async () => {
    const { findings } = await lint(
      { 'cdc/to-kafka.toml': config, 'deploy/a.toml': IMPORT("['app.orders']\ncase-sensitive = true", true) },
      policy,
    );
    expect(findings.filter((f) => f.rule === 'changefeed-gap')).toEqual([]);
  });
});

describe('changefeed state and version decide blocking (domain.md section 2)', () => {
  const policy = (version: string, state: string, extra = '') => `version: 1
clusters:
  prod:
    tidb_version: "${version}"
    match: { paths: ["deploy/**"] }
    log_backup: { enabled: false }${extra}
    changefeeds:
      - id: to-dr
        rules: ["app.*"]
        state: ${state}
        downstream: { kind: kafka }
`;

  it('a failed changefeed on v7.5 does not stop the import: its gap is reported, not a rejection', async () => {
    const { findings } = await lint({ 'deploy/a.toml': IMPORT("['app.orders']") }, policy('7.5.1', 'failed'));
    expect(rules(findings)).toEqual(['changefeed-gap:error']);
    expect(full(findings[0]!)).toContain('`to-dr` is `failed`, a state that does not block it on this version');
  });

  it('a failed changefeed on v8.2 blocks: a rejection, no gap', async () => {
    const { findings } = await lint({ 'deploy/a.toml': IMPORT("['app.orders']") }, policy('8.2.0', 'failed'));
    expect(rules(findings)).toEqual(['precheck-blocks-import:error']);
  });

  it('a normal changefeed (the default) blocks on v7.5; a finished one protects nothing', async () => {
    expect(rules((await lint({ 'deploy/a.toml': IMPORT("['app.orders']") }, policy('7.5.1', 'normal'))).findings)).toEqual([
      'precheck-blocks-import:error',
    ]);
    expect(rules((await lint({ 'deploy/a.toml': IMPORT("['app.orders']") }, policy('7.5.1', 'finished'))).findings)).toEqual([]);
  });

  it('pending never blocks: the override is unnecessary, and the gap remains', async () => {
    const { findings } = await lint({ 'deploy/a.toml': IMPORT("['app.orders']", true) }, policy('8.5.1', 'pending'));
    expect(rules(findings)).toEqual(['changefeed-gap:error', 'unnecessary-override:warning']);
  });

  it('v7.1.x is not established: both the possible rejection and the gap', async () => {
    const { findings } = await lint({ 'deploy/a.toml': IMPORT("['app.orders']") }, policy('7.1.2', 'normal'));
    expect(rules(findings)).toEqual(['changefeed-gap:error', 'precheck-blocks-import:error']);
    expect(full(findings.find((f) => f.rule === 'precheck-blocks-import')!)).toMatch(
      /may reject this physical import|may be rejected at start/,
    );
  });

  it('an override where blocking is not established is not called unnecessary', async () => {
    const { findings } = await lint({ 'deploy/a.toml': IMPORT("['app.orders']", true) }, policy('6.5.3', 'normal'));
    expect(rules(findings)).toEqual(['changefeed-gap:error', 'precheck-override:error']);
  });
});

describe('v6.5.0 blocks on a running TiCDC server (tidb issue #41040)', () => {
  const policy = (ticdc: string, version = '6.5.0') => `version: 1
clusters:
  old:
    tidb_version: "${version}"
    match: { paths: ["deploy/**"] }
    log_backup: { enabled: false }${ticdc}
`;

  it('`ticdc: true` with no changefeed rejects a physical import on v6.5.0', async () => {
    const { findings } = await lint({ 'deploy/a.toml': IMPORT("['app.orders']") }, policy('\n    ticdc: true'));
    expect(rules(findings)).toEqual(['precheck-blocks-import:error']);
    expect(full(findings[0]!)).toContain('running TiCDC servers');
  });

  it('an override there is not unnecessary (a notice: nothing needs a remedy)', async () => {
    const { findings } = await lint({ 'deploy/a.toml': IMPORT("['app.orders']", true) }, policy('\n    ticdc: true'));
    expect(rules(findings)).toEqual(['precheck-override:notice']);
    expect(full(findings[0]!)).not.toMatch(/followed: \./);
  });

  it('without `ticdc`, or on v6.5.1, the override is unnecessary', async () => {
    expect(rules((await lint({ 'deploy/a.toml': IMPORT("['app.orders']", true) }, policy(''))).findings)).toEqual([
      'unnecessary-override:warning',
    ]);
    expect(rules((await lint({ 'deploy/a.toml': IMPORT("['app.orders']", true) }, policy('\n    ticdc: true', '6.5.1'))).findings)).toEqual(
      ['unnecessary-override:warning'],
    );
  });
});

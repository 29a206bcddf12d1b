/**
 * TiCDC reads a changefeed config with BurntSushi/toml too (pingcap/tiflow pkg/cmd/util/helper.go,
 * `StrictDecodeFile`: `toml.DecodeFile` into `config.ReplicaConfig`, then `Undecoded()`), so its keys
 * match in any letter case: `Force-Replicate = true` replicates tables with no valid index, and
 * `Case-Sensitive = false` matches the filter without case. The policy's `config:` file is read so.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/repo.js';

const policy = (tidb: string) => `version: 1
clusters:
  prod:
    tidb_version: "${tidb}"
    match: { paths: ["deploy/**"] }
    log_backup: { enabled: false }
    changefeeds:
      - id: feed
        config: cdc/feed.toml
        downstream: { kind: kafka }
`;

const JOB = `[lightning]\ncheck-requirements = false\n[tikv-importer]\nbackend = "local"\n[mydumper]\ndata-source-dir = "dump"\n`;

describe('changefeed config keys in any letter case', () => {
  it('Force-Replicate = true replicates a table with no valid index', async () => {
    const files = {
      'cdc/feed.toml': 'Force-Replicate = true\n[Filter]\nRules = ["app.*"]\n',
      'deploy/job.toml': JOB,
      'deploy/dump/app.nopk-schema.sql': 'CREATE TABLE nopk (a INT);\n',
      'deploy/dump/app.nopk.000000001.csv': '1\n',
    };
    const { findings } = await lint(files, policy('8.5.1'));
    expect(findings.map((f) => f.rule)).toContain('changefeed-gap');
  });
  it('Case-Sensitive = false matches the rules without case on a TiCDC whose default is case-sensitive', async () => {
    const files = {
      'cdc/feed.toml': 'Case-Sensitive = false\n[filter]\nrules = ["App.*"]\n',
      'deploy/job.toml': JOB,
      'deploy/dump/app.orders-schema.sql': 'CREATE TABLE orders (id INT PRIMARY KEY);\n',
      'deploy/dump/app.orders.000000001.csv': '1\n',
    };
    const { findings } = await lint(files, policy('6.5.0'));
    expect(findings.map((f) => f.rule)).toContain('changefeed-gap');
  });
});

/**
 * Issue 11 item 8: Lightning keys and backends by version. Sources (pingcap/tidb):
 * - `backend = "importer"`: tikv-importer support removed by PR #34313 (merged 2022-04-29, after
 *   v6.0.0 branched): refused from v6.1.0, deprecated before.
 * - `tikv-importer.duplicate-detection`: removed by PR #29249 (release-5.3: #29425), v5.3.0.
 * - `[black-white-list]`: `BWList` removed from br/pkg/lightning/config/config.go by PR #45197
 *   (commit 108cb92870, 2023-07-11, the change that added `[conflict]`), after the release-7.2
 *   branch: v7.2.0 accepts it, v7.3.0 refuses it.
 * - `duplicate-record-limit`, `mydumper.csv.skip-header-row`: no commit of pingcap/tidb-lightning
 *   (to 2021-05) or of pingcap/tidb master (to 2025-12) ever added either string (`git log -S`):
 *   unknown keys on every version, which Lightning refuses ("unknown configuration options").
 * - master-only: `[[mydumper.column-constants]]`, `mydumper.target-partition`, backends
 *   `import-into` (PR #65321) and `remote`.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/repo.js';

const policy = (lightning: string) =>
  `version: 1\nclusters:\n  c:\n    tidb_version: "8.5.1"\n    lightning_version: "${lightning}"\n    match: { paths: ["**"] }\n    log_backup: { enabled: false }\n`;
const CONFIG = (extra: string, backend = 'tidb') =>
  `[tikv-importer]\nbackend = "${backend}"\n[mydumper]\ndata-source-dir = "s3://b/d"\nfilter = ['app.*']\n${extra}`;
const found = async (text: string, lightning: string) =>
  (await lint({ 'a.toml': text }, policy(lightning))).findings.map((f) => `${f.rule}:${f.severity}`).sort();

describe('removed keys name the release that removed them', () => {
  it('importer: deprecated on v6.0.0, invalid from v6.1.0', async () => {
    expect(await found(CONFIG('', 'importer'), '6.0.0')).toEqual(['deprecated-lightning-key:warning']);
    expect(await found(CONFIG('', 'importer'), '6.1.0')).toEqual(['invalid-lightning-config:error']);
    const { findings } = await lint({ 'a.toml': CONFIG('', 'importer') }, policy('8.5.1'));
    expect(findings[0]!.message).toContain('was removed in TiDB Lightning v6.1.0');
  });
  it('duplicate-detection: accepted on v5.2, invalid from v5.3.0', async () => {
    const text = CONFIG('').replace('backend = "tidb"', 'backend = "local"\nduplicate-detection = true');
    expect(await found(text, '5.2.0')).toEqual([]);
    expect(await found(text, '5.3.0')).toEqual(['invalid-lightning-config:error']);
  });
  it('[black-white-list]: accepted on v6.5 and v7.2.0, invalid from v7.3.0 (PR #45197)', async () => {
    const text = CONFIG('[black-white-list]\ndo-dbs = ["app"]\n');
    expect(await found(text, '6.5.0')).toEqual([]);
    expect(await found(text, '7.2.0')).toEqual([]);
    expect(await found(text, '7.3.0')).toEqual(['invalid-lightning-config:error']);
    const { findings } = await lint({ 'a.toml': text }, policy('7.5.0'));
    expect(findings[0]!.message).toContain('was removed in TiDB Lightning v7.3.0');
  });
  it('duplicate-record-limit and mydumper.csv.skip-header-row never existed: unknown keys on every version', async () => {
    const bad = CONFIG('[mydumper.csv]\nskip-header-row = true\n').replace(
      'backend = "tidb"',
      'backend = "tidb"\nduplicate-record-limit = 10',
    );
    for (const version of ['5.0.0', '7.2.0', '8.5.1']) {
      const { findings } = await lint({ 'a.toml': bad }, policy(version));
      const messages = findings
        .filter((f) => f.rule === 'invalid-lightning-config')
        .map((f) => f.message)
        .join('\n');
      expect(messages, version).toMatch(/duplicate-record-limit/);
      expect(messages, version).toMatch(/skip-header-row/);
    }
  });
});

describe('master-only keys and backends are unsupported on every release', () => {
  it.each([
    ['[[mydumper.column-constants]]\ncolumn = "c"\nvalue = "v"\n', 'tidb'],
    ['[mydumper.csv]\nheader = true\n', 'import-into'],
    ['', 'remote'],
  ])('%j with backend %s', async (extra, backend) => {
    expect(await found(CONFIG(extra, backend), '8.5.1')).toEqual(['unsupported-on-version:error']);
  });
  it('mydumper.target-partition', async () => {
    const text = CONFIG('').replace("filter = ['app.*']", 'filter = [\'app.*\']\ntarget-partition = "p0"');
    expect(await found(text, '8.5.1')).toEqual(['unsupported-on-version:error']);
  });
});

/**
 * Deprecations come with the release that brought the replacement, not before (sources in
 * src/lightning/validate.ts DEPRECATIONS): a TiDB br/tests config written for v6.5 (pingcap/tidb
 * br/tests/lightning_*, commit c354b8bd07 of 2022-11-15) uses `on-duplicate`,
 * `duplicate-resolution`, `send-kv-pairs`, `incremental-import` and `csv.backslash-escape`, all
 * current there.
 */
describe("deprecations are judged against the cluster's Lightning version", () => {
  const cases: [string, string, string, string][] = [
    // key line, section, last version where it is current, first version where it is deprecated
    ['on-duplicate = "replace"', 'tikv-importer', '7.2.0', '7.3.0'],
    ['duplicate-resolution = "remove"', 'tikv-importer', '7.6.0', '8.0.0'],
    ['send-kv-pairs = 32768', 'tikv-importer', '7.1.0', '7.2.0'],
    ['incremental-import = true', 'tikv-importer', '7.2.0', '7.3.0'],
    ['backslash-escape = true', 'mydumper.csv', '6.6.0', '7.0.0'],
  ];
  it.each(cases)('%s in [%s]: nothing on v%s, deprecated-lightning-key on v%s', async (line, section, current, deprecated) => {
    const text =
      section === 'tikv-importer'
        ? CONFIG('').replace('backend = "tidb"', `backend = "local"\n${line}`)
        : CONFIG(`[${section}]\n${line}\n`);
    expect(await found(text, current)).toEqual([]);
    expect(await found(text, deprecated)).toEqual(['deprecated-lightning-key:warning']);
    const { findings } = await lint({ 'a.toml': text }, policy(deprecated));
    expect(findings[0]!.message).toContain(`v${deprecated}`);
  });
});

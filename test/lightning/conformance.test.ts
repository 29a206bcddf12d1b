/**
 * Issue 11 item 8: TiDB's own Lightning integration-test configs (pingcap/tidb lightning/tests,
 * run by TiDB's CI against master) are the evidence of what Lightning accepts. The fixtures in
 * test/fixtures/lightning-conformance/ use every key of those configs (each names its source);
 * none may get a key or type finding, and the only version findings are the master-only keys,
 * which no release accepts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readLightningConfig } from '../../src/parse/lightning/config.js';
import { lightningVersionedFeatures, validateLightningConfig } from '../../src/parse/lightning/validate.js';
import { docOf } from './helpers.js';
import { lint } from '../helpers/repo.js';
import { withText } from '../helpers/wording.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'lightning-conformance');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.toml'))
  .sort();

/** The master-only features each fixture uses (keys.ts VERSIONED_KEYS, UNRELEASED_BACKENDS). */
const MASTER_ONLY: Record<string, string[]> = {
  'column-constants.toml': ['`[[mydumper.column-constants]]`'],
  'partition-ingest.toml': ['`mydumper.target-partition`'],
  'import-into-backend.toml': ['`backend = "import-into"`'],
};

describe('conformance with TiDB integration-test configs', () => {
  it('has the fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(6));

  it.each(fixtures)('%s: every key known, every value of the right type', (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# Keys of pingcap\/tidb lightning\/tests\//);
    const doc = docOf(text);
    const config = readLightningConfig(doc);
    const invalid = validateLightningConfig(doc, config)
      .filter((p) => p.verdict === 'invalid')
      .map(withText)
      // TiDB's test harness passes the backend on the command line: a missing one is not a key problem.
      .filter((p) => !p.message.includes('`tikv-importer.backend` is missing'));
    expect(invalid.map((p) => p.message)).toEqual([]);
    // Deprecations are judged per cluster (a versioned feature with `deprecatedSince`), not here.
    const features = lightningVersionedFeatures(doc, config)
      .filter((f) => !f.deprecatedSince)
      .map((f) => f.what);
    expect(features).toEqual(MASTER_ONLY[name] ?? []);
  });

  it('on the newest release, a fixture without master-only keys gets no version finding', async () => {
    const policy = `version: 1\nclusters:\n  c:\n    tidb_version: "8.5.4"\n    match: { paths: ["**"] }\n    log_backup: { enabled: false }\n`;
    for (const name of fixtures.filter((f) => !MASTER_ONLY[f])) {
      const text = readFileSync(join(dir, name), 'utf8');
      const { findings } = await lint({ [`deploy/${name}`]: text }, policy);
      const versioned = findings.filter(
        (f) => f.rule === 'unsupported-on-version' || (f.rule === 'invalid-lightning-config' && f.message.includes('was removed')),
      );
      expect(
        versioned.map((f) => f.message),
        name,
      ).toEqual([]);
    }
  });
});

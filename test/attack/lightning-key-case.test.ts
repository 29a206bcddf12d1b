/**
 * Lightning reads its config with BurntSushi/toml into structs tagged `toml:"backend"`,
 * `toml:"check-requirements"`... (pingcap/tidb pkg/lightning/config/config.go, `LoadFromTOML`:
 * `toml.Decode`, then `MetaData.Undecoded()` for unknown keys). BurntSushi matches a key to a
 * field exactly, else with `strings.EqualFold` (decode.go, `unifyStruct`), and marks the key as
 * decoded either way. So `[TiKV-Importer] Backend = "local"` is a physical import to Lightning, and
 * `Check-Requirements = false` switches its precheck off; Go's EqualFold also folds the Kelvin sign
 * (U+212A) to `k` and the long s (U+017F) to `s`. A pull request must not hide an import or an
 * override (or a password) behind letter case.
 */
import { describe, expect, it } from 'vitest';
import { lint, SIMPLE_POLICY } from '../helpers/repo.js';

const rulesOf = (findings: readonly { rule: string; suppressed?: unknown }[]) => findings.map((f) => f.rule).sort();

const SOURCE = '[mydumper]\ndata-source-dir = "s3://bucket/orders"\nfilter = ["app.*"]\n';

describe('Lightning keys in any letter case (BurntSushi EqualFold)', () => {
  it('a case-variant override and backend are read as Lightning reads them', async () => {
    const { findings } = await lint(
      { 'deploy/prod/a.toml': `[Lightning]\nCheck-Requirements = false\n[TiKV-Importer]\nBackend = "LOCAL"\n${SOURCE}` },
      SIMPLE_POLICY,
    );
    const rules = rulesOf(findings);
    expect(rules).toContain('precheck-override');
    expect(rules).toContain('log-backup-gap');
    expect(rules).toContain('changefeed-gap');
    expect(rules).not.toContain('precheck-blocks-import');
    // Lightning accepts these keys: no "unknown key", no "backend is missing".
    expect(rules).not.toContain('invalid-lightning-config');
  });

  it('the Kelvin sign and the long s fold as Go folds them', async () => {
    const kelvin = `[lightning]\n"check-requirement\u017F" = false\n["ti\u212Av-importer"]\nbackend = "local"\n${SOURCE}`;
    const { findings } = await lint({ 'deploy/prod/k.toml': kelvin }, SIMPLE_POLICY);
    const rules = rulesOf(findings);
    expect(rules).toContain('precheck-override');
    expect(rules).toContain('log-backup-gap');
    expect(rules).not.toContain('invalid-lightning-config');
  });

  it('two spellings of one key: Lightning takes either (Go map order), so the riskier one is checked', async () => {
    const both = `[tikv-importer]\nbackend = "tidb"\nBackend = "local"\n${SOURCE}`;
    const { findings } = await lint({ 'deploy/prod/both.toml': both }, SIMPLE_POLICY);
    const rules = rulesOf(findings);
    expect(rules).toContain('precheck-blocks-import');
    const dup = findings.filter((f) => f.rule === 'invalid-lightning-config');
    expect(dup).toHaveLength(1);
    expect(dup[0]?.message).toMatch(/case/);

    const override = `[lightning]\ncheck-requirements = true\nCHECK-REQUIREMENTS = false\n[tikv-importer]\nbackend = "local"\n${SOURCE}`;
    const second = rulesOf((await lint({ 'deploy/prod/o.toml': override }, SIMPLE_POLICY)).findings);
    expect(second).toContain('precheck-override');
    expect(second).not.toContain('precheck-blocks-import');
  });

  it('a case-variant password is a plaintext secret, and a section of a fragment is still a fragment', async () => {
    const { findings } = await lint(
      { 'deploy/prod/p.toml': '[TiDB]\nhost = "tidb.prod.internal"\nPassword = "Hunter2Hunter2"\n' },
      SIMPLE_POLICY,
    );
    expect(rulesOf(findings)).toEqual(['plaintext-secret']);
  });

  it('free-form maps and unknown keys keep their spelling', async () => {
    const { findings } = await lint(
      {
        'deploy/prod/m.toml': `[tidb.session-vars]\nTiDB_Foo = "1"\n[tikv-importer]\nbackend = "tidb"\nbackendx = 1\n${SOURCE}`,
      },
      SIMPLE_POLICY,
    );
    const invalid = findings.filter((f) => f.rule === 'invalid-lightning-config');
    expect(invalid.map((f) => f.message)).toEqual([expect.stringContaining('tikv-importer.backendx')]);
  });
});

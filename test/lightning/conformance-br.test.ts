/**
 * Issue 11 item 8: TiDB's own Lightning integration-test configs under pingcap/tidb
 * br/tests/lightning_* are the evidence of what each Lightning release accepts. The fixtures in
 * test/fixtures/lightning-br-tests/ use every key of those configs at two commits (each fixture
 * names its source file and commit; README.md there says how they were written): c354b8bd07
 * (2022-11-15), written for Lightning v6.5.0, and db0d581b00 (2024-04-01), written for v8.1.0.
 * Linted against a cluster of that version, no key may be unknown, mistyped, removed or
 * unsupported, and no deprecation may point at a replacement that version does not have.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/repo.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'lightning-br-tests');
const policy = (version: string) =>
  `version: 1\nrules:\n  unmatched-glob: off\nclusters:\n  c:\n    tidb_version: "${version}"\n    match: { paths: ["**"] }\n    log_backup: { enabled: false }\n`;

/** Replacements and the release that brought them (deprecated-lightning-key's table). */
const REPLACEMENTS: [RegExp, string][] = [
  [/`parallel-import`/, '7.3.0'],
  [/`\[conflict\] strategy`|`conflict\.threshold`/, '7.3.0'],
  [/`send-kv-size`/, '7.2.0'],
  [/`escaped-by`/, '7.0.0'],
];
const atLeast = (a: string, b: string) => {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return true;
};

describe.each([
  ['v6.5', '6.5.0', 'c354b8bd07'],
  ['v8.1', '8.1.0', 'db0d581b00'],
])('br/tests Lightning configs at %s', (dir, version, commit) => {
  const fixtures = readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.toml'))
    .sort();
  const files = Object.fromEntries(fixtures.map((f) => [`deploy/${f}`, readFileSync(join(root, dir, f), 'utf8')]));

  it('has the fixtures, each naming its source and commit', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
    for (const [name, text] of Object.entries(files)) {
      expect(text.split('\n')[0], name).toMatch(
        new RegExp(`^# Keys of pingcap/tidb br/tests/lightning_[^ ]+\\.toml at commit ${commit} \\(TiDB Lightning v${version}\\),$`),
      );
    }
  });

  it(`no key is unknown, mistyped, removed or unsupported on Lightning v${version}`, async () => {
    const { findings } = await lint(files, policy(version));
    const wrong = findings.filter((f) => f.rule === 'invalid-lightning-config' || f.rule === 'unsupported-on-version');
    expect(wrong.map((f) => `${f.file}: ${f.message}`)).toEqual([]);
  });

  it(`no deprecation points at a replacement Lightning v${version} lacks`, async () => {
    const { findings } = await lint(files, policy(version));
    const deprecations = findings.filter((f) => f.rule === 'deprecated-lightning-key');
    for (const f of deprecations) {
      for (const [replacement, since] of REPLACEMENTS) {
        if (replacement.test(f.message)) expect(atLeast(version, since), `${f.file}: ${f.message}`).toBe(true);
      }
    }
  });
});

describe('br/tests special cases', () => {
  it('the unknown keys of lightning_unused_config_keys are each an error, on every version', async () => {
    const text = readFileSync(join(root, 'unknown-keys.toml'), 'utf8');
    for (const version of ['6.5.0', '8.1.0']) {
      const { findings } = await lint({ 'deploy/unknown.toml': text }, policy(version));
      const unknown = findings.filter((f) => f.rule === 'invalid-lightning-config').map((f) => f.message);
      expect(unknown, version).toHaveLength(3);
      for (const name of ['mistyped-section', 'lightning.mistyped-key', 'mistyped-array']) {
        expect(
          unknown.some((m) => m.includes(`unknown key \`${name}\``)),
          name,
        ).toBe(true);
      }
    }
  });

  it('a TiDB server config kept in a Lightning test folder is not a Lightning config', async () => {
    const text = readFileSync(join(root, 'not-lightning-tidb-server.toml'), 'utf8');
    const { findings } = await lint({ 'deploy/tidb.toml': text }, policy('8.1.0'));
    expect(findings).toEqual([]);
  });
});

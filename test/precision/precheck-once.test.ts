/**
 * Issue 11 item 5: the precheck runs once, at start (domain.md section 2; pingcap/ticdc issue
 * #1616): no message may suggest that passing it makes an import safe.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/repo.js';

const POLICY = (extra = '') => `version: 1
clusters:
  c:
    tidb_version: "8.5.1"
    match: { paths: ["**"] }
    log_backup: { enabled: false }${extra}
`;
const LIGHTNING = `[lightning]\ncheck-requirements = false\n[tikv-importer]\nbackend = "local"\n[mydumper]\ndata-source-dir = "s3://b/d"\nfilter = ['app.t']\n`;

describe('no message treats passing the precheck as safety', () => {
  it('unnecessary-override says the precheck runs once and is no safety', async () => {
    const { findings } = await lint({ 'a.toml': LIGHTNING }, POLICY());
    const f = findings.find((x) => x.rule === 'unnecessary-override')!;
    expect(`${f.message} ${f.help ?? ''}`).toContain('runs once, at start');
    expect(`${f.message} ${f.help ?? ''}`).toContain('does not make a physical import safe');
    for (const x of findings) expect(x.message).not.toMatch(/passes the precheck, so|is safe\b/);
  });
  it('the notice for an override with nothing to remedy does not call the import safe', async () => {
    const { findings } = await lint({ 'a.toml': LIGHTNING }, POLICY('\n    ticdc: true').replace('8.5.1', '6.5.0'));
    const f = findings.find((x) => x.rule === 'precheck-override')!;
    expect(f.severity).toBe('notice');
    expect(f.message).not.toMatch(/\bsafe\b/);
    expect(`${f.message} ${f.help ?? ''}`).toContain('the precheck is what would have caught it');
  });
});

describe('unnecessary-override on IMPORT INTO (issue 11 item 7)', () => {
  it('says DISABLE_PRECHECK skips only the CDC/PITR check (pkg/executor/importer/precheck.go CheckRequirements, v8.0.0+)', async () => {
    const { findings } = await lint({ 'a.sql': "IMPORT INTO db.t FROM 's3://b/f.csv' WITH DISABLE_PRECHECK;\n" }, POLICY());
    const f = findings.find((x) => x.rule === 'unnecessary-override')!;
    expect(`${f.message} ${f.help ?? ''}`).toContain('`DISABLE_PRECHECK` skips only the CDC/PITR check');
    expect(f.message).not.toContain('only skips the other prechecks');
  });
});

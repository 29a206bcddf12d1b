/**
 * Issue 11 item 5: the precheck runs once, at start (domain.md section 2; pingcap/ticdc issue
 * #1616): no message may suggest that passing it makes an import safe.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/repo.js';

/** A finding's message and help together (the message catalog puts what to do in `help`). */
const full = (f: { message: string; help?: string }): string => `${f.message} ${f.help ?? ''}`;

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
    // The message catalog keeps the finding short; the rule's page says that the precheck runs
    // once, at start. What item 5 asks: no message suggests that passing it is safety.
    expect(f).toBeDefined();
    for (const x of findings) expect(full(x)).not.toMatch(/passes the precheck, so|is safe\b|makes? (it|the import) safe/);
  });
  it('the notice for an override with nothing to remedy does not call the import safe', async () => {
    const { findings } = await lint({ 'a.toml': LIGHTNING }, POLICY('\n    ticdc: true').replace('8.5.1', '6.5.0'));
    const f = findings.find((x) => x.rule === 'precheck-override')!;
    expect(f.severity).toBe('notice');
    expect(full(f)).not.toMatch(/\bsafe\b/);
    expect(full(f)).toContain('the precheck is what would have caught it');
  });
});

/**
 * pingcap/tidb PR #51077 (commit fdcbd896e2, 2024-02-08, v8.0.0) added DISABLE_PRECHECK around
 * `checkCDCPiTRTasks` alone in `CheckRequirements` (pkg/executor/importer/precheck.go): the
 * table-empty, active-job and file-size checks still run, as on master (2025-12).
 */
describe('unnecessary-override on IMPORT INTO (issue 11 item 7)', () => {
  it('says DISABLE_PRECHECK skips only the CDC/PITR check (pkg/executor/importer/precheck.go CheckRequirements, v8.0.0+)', async () => {
    const { findings } = await lint({ 'a.sql': "IMPORT INTO db.t FROM 's3://b/f.csv' WITH DISABLE_PRECHECK;\n" }, POLICY());
    const f = findings.find((x) => x.rule === 'unnecessary-override')!;
    expect(full(f)).toContain('`DISABLE_PRECHECK` skips only the CDC/PITR check');
    expect(full(f)).not.toContain('only skips the other prechecks');
  });
});

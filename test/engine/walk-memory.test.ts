/**
 * Memory does not grow with the number of files (issue 9): the walk streams, one directory at a
 * time, and unmatched-glob keeps a bit per glob, not the paths. The bundled CLI checks 40,000
 * files with 250-character names under a 14 MiB heap; holding their listing (about 330 bytes a
 * path, twice: the sorted list and the paths unmatched-glob judged) needs more than that, and
 * the build before the streamed walk ran out of memory here at 18 MiB (it passes at 10 MiB).
 * Bounded by the cap and a generous kill timeout, never by time.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const DIRECTORIES = 20;
const FILES_PER_DIRECTORY = 2000;
const HEAP_MIB = 14;

const POLICY = `version: 1
clusters:
  prod:
    tidb_version: "8.5.1"
    match: { paths: ["migrations/**", "deploy/**"] }
    log_backup: { enabled: false }
`;

describe('the listing is never held', () => {
  it(`checks ${DIRECTORIES * FILES_PER_DIRECTORY} files under a ${HEAP_MIB} MiB heap, every one counted, and a glob that matches none still found`, () => {
    const root = mkdtempSync(join(tmpdir(), 'tig-walk-memory-'));
    try {
      mkdirSync(join(root, '.git'));
      mkdirSync(join(root, '.github'));
      writeFileSync(join(root, '.github/tidb-import-guard.yml'), POLICY);
      const long = 'm'.repeat(240);
      for (let d = 0; d < DIRECTORIES; d++) {
        const dir = join(root, 'migrations', `d${d}`);
        mkdirSync(dir, { recursive: true });
        for (let i = 0; i < FILES_PER_DIRECTORY; i++) writeFileSync(join(dir, `${long}_${String(i).padStart(5, '0')}.sql`), '');
      }
      // One import among them, last in the walk's order, so the run is not clean by reading nothing.
      writeFileSync(
        join(root, 'migrations', `d${DIRECTORIES - 1}`, 'zz.sql'),
        "IMPORT INTO app.orders FROM 's3://b/o.csv' WITH DISABLE_PRECHECK;\n",
      );
      const run = spawnSync(
        process.execPath,
        [`--max-old-space-size=${HEAP_MIB}`, CLI, 'check', '--root', root, '--format', 'json', '--fail-on', 'never'],
        { encoding: 'utf8', timeout: 600_000, maxBuffer: 16 * 1024 * 1024 },
      );
      expect(run.signal, run.stderr).toBeNull();
      expect(run.status, run.stderr).toBe(0);
      const report = JSON.parse(run.stdout) as {
        summary: { files: number; jobs: number };
        findings: { rule: string; file: string; message: string }[];
      };
      expect(report.summary.files).toBe(DIRECTORIES * FILES_PER_DIRECTORY + 1);
      expect(report.summary.jobs).toBe(1);
      expect(report.findings.filter((f) => f.rule === 'unmatched-glob').map((f) => f.message)).toEqual([
        'This `match.paths` glob `deploy/**` matches no file in the repository',
      ]);
      expect(report.findings.some((f) => f.file === `migrations/d${DIRECTORIES - 1}/zz.sql`)).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 900_000);
});

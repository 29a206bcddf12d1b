/**
 * The text report's memory does not grow with the bytes of the files it quotes (issue 9, fifth
 * pass in docs/performance.md): its code frames keep the last few files read, and the report is
 * written a group of findings at a time. 200 migrations of 170 KB, each with an import at its
 * end (one finding each), are checked with `--format text` under a 16 MiB heap; the build that
 * kept every quoted file's text and line index ran out of memory here at 24 MiB (it needed 48),
 * this one passes at 12. Bounded by the cap and a generous kill timeout, never by time.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const FILES = 200;
const HEAP_MIB = 16;

const POLICY = `version: 1
clusters:
  prod:
    tidb_version: "8.5.1"
    match: { paths: ["migrations/**"] }
    log_backup: { enabled: false }
`;

describe('the text report holds a few quoted files, not every one', () => {
  it(`quotes ${FILES} files of 170 KB under a ${HEAP_MIB} MiB heap`, () => {
    const root = mkdtempSync(join(tmpdir(), 'tig-text-memory-'));
    try {
      mkdirSync(join(root, '.git'));
      mkdirSync(join(root, '.github'));
      mkdirSync(join(root, 'migrations'));
      writeFileSync(join(root, '.github/tidb-import-guard.yml'), POLICY);
      const filler = Array.from({ length: 2000 }, (_, i) => `INSERT INTO app.t VALUES (${i}, '${'x'.repeat(50)}');`).join('\n');
      for (let i = 0; i < FILES; i++) {
        writeFileSync(
          join(root, 'migrations', `m${String(i).padStart(3, '0')}.sql`),
          `${filler}\nIMPORT INTO app.t_${i} FROM 's3://b/${i}.csv' WITH DISABLE_PRECHECK;\n`,
        );
      }
      const run = spawnSync(
        process.execPath,
        [`--max-old-space-size=${HEAP_MIB}`, CLI, 'check', '--root', root, '--format', 'text', '--fail-on', 'never'],
        { encoding: 'utf8', timeout: 600_000, maxBuffer: 64 * 1024 * 1024 },
      );
      expect(run.signal, run.stderr).toBeNull();
      expect(run.status, run.stderr).toBe(0);
      // Every file's import is quoted in its code frame, the last one too.
      for (const i of [0, FILES - 1]) {
        expect(run.stdout).toContain(`--> migrations/m${String(i).padStart(3, '0')}.sql:2001:`);
        expect(run.stdout).toContain(`IMPORT INTO app.t_${i} FROM 's3://b/${i}.csv' WITH DISABLE_PRECHECK;`);
      }
      expect(run.stdout).toMatch(/in 200 files, 200 import jobs\.\n$/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 900_000);
});

/**
 * How the command line bundle is cut (scripts/build.mjs): dist/cli.js answers --version and --help
 * alone and loads dist/cli-main.js for everything else.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the command line bundle', () => {
  it('answers --version and --help from dist/cli.js alone, and loads dist/cli-main.js for the rest', () => {
    // dist/cli.js copied without the rest of the program: what it can answer needs nothing else.
    const alone = mkdtempSync(join(tmpdir(), 'tig-cli-alone-'));
    try {
      copyFileSync(join(ROOT, 'dist/cli.js'), join(alone, 'cli.js'));
      copyFileSync(join(ROOT, 'dist/package.json'), join(alone, 'package.json'));
      const version = spawnSync(process.execPath, [join(alone, 'cli.js'), '--version'], { encoding: 'utf8' });
      expect(version.status).toBe(0);
      expect(version.stdout).toMatch(/^tidb-import-guard \d+\.\d+\.\d+\n$/);
      const help = spawnSync(process.execPath, [join(alone, 'cli.js'), '--help'], { encoding: 'utf8' });
      expect(help.status).toBe(0);
      expect(help.stdout).toContain('Usage:');
      const none = spawnSync(process.execPath, [join(alone, 'cli.js')], { encoding: 'utf8' });
      expect(none.status).toBe(2);
      expect(none.stdout).toBe(help.stdout);
      // Anything else needs the rest of the program: without it, an internal error (exit 2).
      const rules = spawnSync(process.execPath, [join(alone, 'cli.js'), 'rules'], { encoding: 'utf8' });
      expect(rules.status).toBe(2);
      expect(rules.stderr).toContain('internal error');
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
    const rules = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'rules'], { encoding: 'utf8' });
    expect(rules.status).toBe(0);
    expect(rules.stdout).toContain('log-backup-gap');
  });
});
